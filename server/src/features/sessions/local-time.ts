import { DateTime } from 'luxon';
import Holidays from 'date-holidays';
import { TIME_ZONES, type TimeZoneCode } from '@lintas/shared';

export function ianaOf(zone: TimeZoneCode): string {
  return TIME_ZONES.find((z) => z.code === zone)!.iana;
}

/** An instant as a wall clock in a zone: the date, the time and the weekday (1 = Monday). */
export function wallClock(instant: Date, zone: TimeZoneCode): { date: string; time: string; minutes: number; weekday: number } {
  const t = DateTime.fromJSDate(instant, { zone: ianaOf(zone) });
  return { date: t.toISODate()!, time: t.toFormat('HH:mm'), minutes: t.hour * 60 + t.minute, weekday: t.weekday };
}

/** The instant of a wall-clock date and time in a zone. */
export function instantOf(date: string, minutes: number, zone: TimeZoneCode): Date {
  return DateTime.fromISO(date, { zone: ianaOf(zone) }).startOf('day').plus({ minutes }).toJSDate();
}

/** Every date from `from` to `to`, inclusive (YYYY-MM-DD). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(from, { zone: 'UTC' }); d.toISODate()! <= to; d = d.plus({ days: 1 })) out.push(d.toISODate()!);
  return out;
}

export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

const holidays = new Holidays('ID');
const cache = new Map<number, Map<string, string>>();

/** The national (public) holiday on a date, by the maintained date-holidays tables, or null. */
export function nationalHoliday(date: string): string | null {
  const year = Number(date.slice(0, 4));
  let byDate = cache.get(year);
  if (!byDate) {
    byDate = new Map(holidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => [h.date.slice(0, 10), h.name]));
    cache.set(year, byDate);
  }
  return byDate.get(date) ?? null;
}

/** The dates from `from` to `to` a cohort may be taught on: Monday to Friday, not national holidays. */
export function workingDays(from: string, to: string): string[] {
  return datesBetween(from, to).filter((d) => weekdayOf(d) <= 5 && !nationalHoliday(d));
}

/** Office hours: Monday to Friday, 07:30–16:00 in the cohort's zone. */
export const WORKING_HOURS = { days: [1, 2, 3, 4, 5], start: 7 * 60 + 30, end: 16 * 60 } as const;
