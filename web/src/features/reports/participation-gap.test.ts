import { ESELON_GROUPS, type EselonGroup } from '@lintas/shared';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { messages } from '../../i18n/messages';
import { gapSentence, participationGap } from './participation-gap';

/** Rows as `participationByEselon` returns them: every group, roster and enrolled given per group. */
function rows(counts: Partial<Record<EselonGroup, [roster: number, enrolled: number]>>) {
  return ESELON_GROUPS.map((group) => ({ group, roster: counts[group]?.[0] ?? 0, enrolled: counts[group]?.[1] ?? 0 }));
}

function sentence(locale: 'id' | 'en', counts: Parameters<typeof rows>[0]): string {
  const i18n = createI18n({ legacy: false, locale, messages });
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  return gapSentence(participationGap(rows(counts)), i18n.global.t, {
    percent: (v) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(v),
    ratio: (n) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n),
  });
}

describe('participationGap', () => {
  it('pools I and II against everyone else (sums, not an average of rates)', () => {
    // Leaders: 1 of 2 (I) and 0 of 38 (II) → 1 of 40 = 2.5 %; the rest: 100 of 200 + 0 of 40 → 100 of 240.
    const gap = participationGap(rows({ I: [2, 1], II: [38, 0], III: [200, 100], JF: [40, 0] }));
    expect(gap).toMatchObject({ kind: 'lower', leaders: { roster: 40, enrolled: 1, rate: 0.025 }, rest: { roster: 240, enrolled: 100 } });
    expect((gap as { ratio: number }).ratio).toBeCloseTo(100 / 240 / 0.025, 10);
  });

  it('states the gap in one sentence with both rates and the ratio, in the locale', () => {
    // 5 of 40 = 12.5 %; 421 of 1000 = 42.1 %; 42.1 / 12.5 = 3.368.
    expect(sentence('id', { I: [4, 1], II: [36, 4], III: [100, 42], PELAKSANA: [900, 379] })).toBe(
      'Pimpinan (eselon I–II) berpartisipasi 12,5% — 3,4 kali lebih rendah dari pegawai lain (42,1%).',
    );
    expect(sentence('en', { I: [4, 1], II: [36, 4], III: [100, 42], PELAKSANA: [900, 379] })).toBe(
      'Leaders (eselon I–II) participate at 12.5% — 3.4 times less than other staff (42.1%).',
    );
  });

  it('says "higher" when the leaders take part more', () => {
    expect(sentence('id', { II: [35, 24], IV: [400, 40] })).toBe(
      'Pimpinan (eselon I–II) berpartisipasi 68,6% — 6,9 kali lebih tinggi dari pegawai lain (10%).',
    );
  });

  it('calls rates less than 5 % apart the same', () => {
    expect(participationGap(rows({ II: [100, 40], III: [100, 41] })).kind).toBe('same');
    expect(participationGap(rows({ II: [100, 40], III: [100, 43] })).kind).toBe('lower');
  });

  it('handles empty rosters and zero participation without dividing by zero', () => {
    expect(participationGap(rows({})).kind).toBe('empty');
    expect(participationGap([]).kind).toBe('empty');
    expect(sentence('id', { III: [10, 5] })).toBe('Tidak ada pimpinan (eselon I–II) dalam cakupan ini; pegawai lain berpartisipasi 50%.');
    expect(sentence('id', { I: [4, 1] })).toBe('Cakupan ini hanya memuat pimpinan (eselon I–II); mereka berpartisipasi 25%.');
    expect(participationGap(rows({ I: [4, 0], JF: [10, 0] })).kind).toBe('noneYet');
    expect(sentence('id', { I: [4, 0], JF: [10, 3] })).toBe(
      'Pimpinan (eselon I–II) belum berpartisipasi sama sekali (0%), sedangkan pegawai lain 30%.',
    );
    expect(participationGap(rows({ I: [4, 2], JF: [10, 0] })).kind).toBe('restNone');
    for (const kind of ['empty', 'noLeaders', 'onlyLeaders', 'noneYet', 'leadersNone', 'restNone'] as const) {
      const counts = {
        empty: {}, noLeaders: { JF: [3, 1] }, onlyLeaders: { II: [3, 1] }, noneYet: { II: [3, 0], JF: [3, 0] },
        leadersNone: { II: [3, 0], JF: [3, 1] }, restNone: { II: [3, 1], JF: [3, 0] },
      }[kind] as Parameters<typeof rows>[0];
      expect(participationGap(rows(counts)).kind).toBe(kind);
      expect(sentence('en', counts)).not.toMatch(/NaN|Infinity|\{/);
    }
  });
});
