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

  function percent(share: number): string {
    return new Intl.NumberFormat(tag(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
  }

  /** An instant in the viewer's own time zone and language, the zone named (e.g. for an audit trail). */
  function dateTime(iso: string | null | undefined): string {
    if (!iso) return '';
    return new Intl.DateTimeFormat(tag(), {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short',
    }).format(new Date(iso));
  }

  return { day, dayRange, number, percent, dateTime };
}
