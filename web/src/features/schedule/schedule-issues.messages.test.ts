import {
  ATTENDANCE_WARNING_KINDS, ERROR_CODES, SCHEDULE_ISSUE_CODES, SCHEDULE_ISSUES, UNPLACED_REASONS, type ScheduleIssueParams,
} from '@lintas/shared';
import { describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createI18n } from 'vue-i18n';
import { LOCALES, messages } from '../../i18n/messages';
import { useIssueText, type WordableIssue } from './issue-text';

type Tree = { [key: string]: string | Tree };
const section = (locale: (typeof LOCALES)[number], name: string) => (messages[locale] as Record<string, Tree>)[name] ?? {};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Params as the API sends them, for every code (each code reads only its own). */
const SAMPLE: ScheduleIssueParams = {
  date: '2026-12-25', holidayName: 'Hari Raya Natal', cohortStartDate: '2026-11-16', cohortEndDate: '2026-11-27',
  timeZone: 'WIB', workdayStart: '07:30', workdayEnd: '16:00', venueName: 'Lab Digital', venueCapacity: 20,
  facilitatorName: 'Dr. Sari', otherCohortCode: 'PKP-2026-02', otherStartsAt: '2026-11-16T01:00:00.000Z', personCount: 3,
  moduleCode: 'DLA-02', moduleTitle: 'Keputusan Berbasis Data', scheduledJp: 2.67, plannedJp: 6, outsideGenerations: ['BOOMER', 'GEN_X'],
};

/** Words issues as the SPA does (useIssueText inside a component), rendered on the server side of Vue. */
async function word(locale: 'id' | 'en', issues: WordableIssue[]): Promise<string[]> {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'id', messages });
  const app = createSSRApp(defineComponent({
    setup() {
      const { issueText } = useIssueText();
      return () => h('ul', issues.map((i) => h('li', issueText(i, 'Asia/Jakarta'))));
    },
  }));
  app.use(i18n);
  const html = await renderToString(app);
  return [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
}

describe('schedule issue words', () => {
  it('every schedule issue code of shared has words in every locale, using only params that code always carries', () => {
    expect(SCHEDULE_ISSUE_CODES.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const words = section(locale, 'scheduleIssue');
      for (const code of SCHEDULE_ISSUE_CODES) {
        const text = words[code];
        expect(typeof text === 'string' && text.trim(), `${code} in ${locale}`).toBeTruthy();
        const allowed: readonly string[] = SCHEDULE_ISSUES[code].params;
        expect(placeholders(text as string).filter((p) => !allowed.includes(p)), `${code} in ${locale}`).toEqual([]);
      }
      expect(Object.keys(words).sort(), `no words for codes shared does not have (${locale})`).toEqual([...SCHEDULE_ISSUE_CODES].sort());
    }
  });

  it('every unplaced reason and attendance warning kind of shared has words in every locale', () => {
    const camel = (s: string) => s.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
    for (const locale of LOCALES) {
      const schedule = section(locale, 'schedule');
      const attendance = section(locale, 'attendance');
      expect(UNPLACED_REASONS.filter((r) => !((schedule.unplacedReason as Tree)?.[camel(r)] as string)?.trim()), locale).toEqual([]);
      expect(ATTENDANCE_WARNING_KINDS.filter((k) => !((attendance.warning as Tree)?.[k] as string)?.trim()), locale).toEqual([]);
    }
  });

  it('words each issue with its params formatted for the language, no placeholder left', async () => {
    const issues = SCHEDULE_ISSUE_CODES.map((code) => ({ code, params: SAMPLE }));
    for (const locale of ['id', 'en'] as const) {
      const texts = await word(locale, issues);
      expect(texts).toHaveLength(issues.length);
      for (const text of texts) expect(text).not.toMatch(/[{}]/);
    }
    const [idJp] = await word('id', [{ code: ERROR_CODES.JP_MISMATCH, params: SAMPLE }]);
    expect(idJp).toBe('2,67 JP terjadwal, padahal rencananya 6 JP. Tambah atau kurangi sesi mata pelatihan ini.');
    const [enJp] = await word('en', [{ code: ERROR_CODES.JP_MISMATCH, params: SAMPLE }]);
    expect(enJp).toBe('2.67 JP scheduled, 6 JP planned. Add or shorten sessions of this module.');
    const [idVenue, idHoliday, idHours] = await word('id', [ERROR_CODES.VENUE_DOUBLE_BOOKED, ERROR_CODES.HOLIDAY, ERROR_CODES.OUTSIDE_WORKING_HOURS].map((code) => ({ code, params: SAMPLE })));
    expect(idVenue).toBe('Lab Digital sudah dipakai angkatan PKP-2026-02 pada Sen, 16 Nov 08.00. Pilih waktu atau tempat lain.');
    expect(idHoliday).toBe('Jumat, 25 Desember 2026 hari libur nasional: Hari Raya Natal.');
    expect(idHours).toBe('Di luar jam kerja (Senin–Jumat 07.30–16.00 WIB).');
    const [idTargets] = await word('id', [{ code: ERROR_CODES.OUTSIDE_TARGET_GENERATIONS, params: SAMPLE }]);
    expect(idTargets).toBe('DLA-02 Keputusan Berbasis Data ditujukan untuk generasi lain: 3 peserta (Baby Boomer, Gen X) di luar sasarannya. Tetap boleh dijadwalkan.');
  });

  it('falls back to the code’s general words, never English server text, when params are missing or the code is new', async () => {
    const [missing, unknown] = await word('id', [
      { code: ERROR_CODES.JP_MISMATCH, params: { scheduledJp: 2 } },
      { code: 'schedule/some-future-code', params: {} },
    ]);
    expect(missing).toBe((messages.id.errors as Tree)[ERROR_CODES.JP_MISMATCH]);
    expect(unknown).toBe((messages.id.errors as Tree)[ERROR_CODES.INTERNAL]);
  });
});
