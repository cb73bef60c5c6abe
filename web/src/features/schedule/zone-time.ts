import { TIME_ZONES, type TimeZoneCode } from '@lintas/shared';

/** Minutes of one JP (jam pelajaran). */
export const JP_MINUTES = 45;

export function ianaOf(zone: TimeZoneCode): string {
  return TIME_ZONES.find((z) => z.code === zone)!.iana;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(iana: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormatters.set(iana, f);
  }
  return f;
}

/** The wall clock of an instant in a zone, as [year, month0, day, hour, minute, second, ms] (FullCalendar's array). */
export function wallArray(ms: number, iana: string): number[] {
  const p = Object.fromEntries(partsFormatter(iana).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return [Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second), ((ms % 1000) + 1000) % 1000];
}

/** The zone's offset from UTC in minutes at an instant (Intl knows the rules; Indonesian zones have no DST). */
export function offsetMinutes(ms: number, iana: string): number {
  const [y, mo, d, h, mi, s, msPart] = wallArray(ms, iana) as [number, number, number, number, number, number, number];
  return (Date.UTC(y, mo, d, h, mi, s, msPart) - ms) / 60_000;
}

/** A wall-clock date `YYYY-MM-DD` and time `HH:mm` in the zone → an ISO UTC instant. */
export function zonedToIso(date: string, time: string, iana: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the guessed instant is the offset at the real one for zones without DST.
  return new Date(asUtc - offsetMinutes(asUtc, iana) * 60_000).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as its wall-clock date `YYYY-MM-DD` and time `HH:mm` in the zone (for form fields). */
export function isoToZoned(iso: string, iana: string): { date: string; time: string } {
  const [y, mo, d, h, mi] = wallArray(Date.parse(iso), iana) as [number, number, number, number, number];
  return { date: `${y}-${pad(mo + 1)}-${pad(d)}`, time: `${pad(h)}:${pad(mi)}` };
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** Length of a session in JP, rounded to the nearest whole JP. */
export function jpBetween(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000 / JP_MINUTES);
}

/** Default length of a new session of a module: what is left of it, at most 4 JP, at least 1. */
export function defaultJp(plannedJp: number, scheduledJp: number): number {
  return Math.max(1, Math.min(plannedJp - scheduledJp, 4));
}

/** `YYYY-MM-DD` of the day after (for an exclusive end). */
export function nextDay(date: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
}
