import { TIME_ZONES } from '@lintas/shared';
import { useI18n } from 'vue-i18n';
import { useFormat } from '../../composables/use-format';

/** A seminar session as the action-plan pages read it. */
export interface SeminarSession {
  id: string;
  startsAt: string;
  endsAt: string;
  module: { title: string };
  venue?: { name: string } | null;
}

/** One way to write (`t` is the page's, which knows the action-plan texts) a seminar session: "Selasa, 1 Desember 2026 · 08.00–10.00 WITA", its module and its venue, in the cohort's zone. */
export function useSeminarText(t: (key: string) => string) {
  const { locale } = useI18n();
  const f = useFormat();
  function when(s: SeminarSession, zone: string): string {
    const iana = TIME_ZONES.find((z) => z.code === zone)?.iana ?? 'Asia/Jakarta';
    const day = new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: iana }).format(new Date(s.startsAt));
    return `${day} · ${f.zonedClock(s.startsAt, iana)}–${f.zonedClock(s.endsAt, iana)} ${zone}`;
  }
  const where = (s: SeminarSession): string => s.venue?.name ?? t('actionPlans.online');
  const full = (s: SeminarSession, zone: string): string => `${when(s, zone)} · ${s.module.title} · ${where(s)}`;
  return { when, where, full };
}
