import { useI18n } from 'vue-i18n';

const INTL_LOCALE: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/** Numbers and dates in the chosen UI language (Intl). */
export function useFormat() {
  const { locale } = useI18n();
  const tag = () => INTL_LOCALE[locale.value] ?? locale.value;

  /** A calendar day `YYYY-MM-DD`, shown as a day (no time zone shift). */
  function day(iso: string | null | undefined, style: 'medium' | 'long' = 'medium'): string {
    if (!iso) return '';
    const [y, m, d] = iso.split('-').map(Number);
    if (!y || !m || !d) return iso;
    return new Intl.DateTimeFormat(tag(), { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  }

  function dayRange(from: string, to: string): string {
    const [a, b] = [from, to].map((iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return new Date(Date.UTC(y!, m! - 1, d!));
    });
    try {
      return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(a!, b!);
    } catch {
      return `${day(from)} – ${day(to)}`;
    }
  }

  function number(n: number | null | undefined): string {
    return n == null ? '' : new Intl.NumberFormat(tag()).format(n);
  }

  /** A share 0–1 as a percentage; `digits` is the most decimals shown (12,5 % with 1). */
  function percent(share: number, digits = 0): string {
    return new Intl.NumberFormat(tag(), { style: 'percent', maximumFractionDigits: digits }).format(share);
  }

  /** A number with exactly `digits` decimals (a ratio such as 3,4). */
  function decimal(n: number, digits = 1): string {
    return new Intl.NumberFormat(tag(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  }

  /** An instant in the viewer's own time zone and language, the zone named (e.g. for an audit trail). */
  function dateTime(iso: string | null | undefined): string {
    if (!iso) return '';
    return new Intl.DateTimeFormat(tag(), {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short',
    }).format(new Date(iso));
  }

  /** A calendar day in words, e.g. "Selasa, 24 November 2026". */
  function dayLong(iso: string): string {
    const [y, m, d] = iso.split('-').map(Number);
    if (!y || !m || !d) return iso;
    return new Intl.DateTimeFormat(tag(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  }

  /** A wall-clock time `HH:mm` as written in the language: 08.00 in Indonesian, 08:00 in English. */
  function clock(hhmm: string): string {
    return locale.value === 'id' ? hhmm.replace(':', '.') : hhmm;
  }

  /** An instant's day in a named zone, short: "Sen, 16 Nov". */
  function zonedDay(iso: string, timeZone: string): string {
    return new Intl.DateTimeFormat(tag(), { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
  }

  /** An instant's wall-clock time in a named zone, as `clock` writes it. */
  function zonedClock(iso: string, timeZone: string): string {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(new Date(iso)).map((x) => [x.type, x.value]),
    );
    return clock(`${p.hour}:${p.minute}`);
  }

  return { day, dayRange, number, percent, decimal, dateTime, dayLong, clock, zonedDay, zonedClock };
}
