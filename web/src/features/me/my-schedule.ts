import { ianaOf, isoToZoned } from '../schedule/zone-time';
import type { PassVerdictCode, TimeZoneCode } from '@lintas/shared';

interface Entry { date: string; startTime: string; zone: TimeZoneCode }

/**
 * Splits a participant's entries into today's and the coming ones, "today" being
 * the date in the entry's own zone (the participant's), and drops past days.
 */
export function splitByToday<T extends Entry>(entries: readonly T[], now: Date = new Date()): { today: T[]; coming: T[] } {
  const today: T[] = [];
  const coming: T[] = [];
  const sorted = [...entries].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  for (const e of sorted) {
    const local = isoToZoned(now.toISOString(), ianaOf(e.zone)).date;
    if (e.date === local) today.push(e);
    else if (e.date > local) coming.push(e);
  }
  return { today, coming };
}

/** `webcal://` for a feed address, so phones offer to subscribe instead of downloading once. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/**
 * The message key and values of a participant's verdict (the server's passVerdict):
 * one sentence, the singular said apart (English needs it; vue-i18n plurals are not used).
 * `base` picks the wording: to the participant (default) or about them, to the organizer.
 */
export function verdictMessage(
  v: { code: PassVerdictCode; sessionsNeeded: number; jpNeeded: number }, number: (n: number) => string, base = 'attendance.myProgress.verdict',
): { key: string; values: Record<string, string> } {
  const one = v.sessionsNeeded === 1 && (v.code === 'ON_TRACK' || v.code === 'ATTEND_MORE');
  return {
    key: `${base}.${v.code}${one ? '_ONE' : ''}`,
    values: { sessions: number(v.sessionsNeeded), jp: number(v.jpNeeded) },
  };
}
