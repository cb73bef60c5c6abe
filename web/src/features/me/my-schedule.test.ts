import { describe, expect, it } from 'vitest';
import { PASS_VERDICTS } from '@lintas/shared';
import { attendanceMessages } from '../attendance/attendance.messages';
import { splitByToday, verdictMessage, webcalUrl } from './my-schedule';

describe('my schedule', () => {
  it('puts today first by the participant’s own zone and drops past days', () => {
    const now = new Date('2026-11-24T16:30:00Z'); // 23:30 WIB, already 00:30 on the 25th in WITA
    const entries = [
      { date: '2026-11-25', startTime: '08:00', zone: 'WIB' as const },
      { date: '2026-11-24', startTime: '13:00', zone: 'WIB' as const },
      { date: '2026-11-24', startTime: '08:00', zone: 'WIB' as const },
      { date: '2026-11-23', startTime: '08:00', zone: 'WIB' as const },
    ];
    const { today, coming } = splitByToday(entries, now);
    expect(today.map((e) => e.startTime)).toEqual(['08:00', '13:00']);
    expect(coming.map((e) => e.date)).toEqual(['2026-11-25']);
    expect(splitByToday([{ date: '2026-11-25', startTime: '08:00', zone: 'WITA' as const }], now).today).toHaveLength(1);
  });

  it('offers the feed as webcal', () => {
    expect(webcalUrl('https://lintas.example/calendar/abc.ics')).toBe('webcal://lintas.example/calendar/abc.ics');
    expect(webcalUrl('http://127.0.0.1:4000/calendar/abc.ics')).toBe('webcal://127.0.0.1:4000/calendar/abc.ics');
  });

  it('words every verdict in both languages, the singular apart', () => {
    const n = (x: number) => String(x);
    expect(verdictMessage({ code: 'ATTEND_MORE', sessionsNeeded: 2, jpNeeded: 8 }, n)).toEqual({ key: 'attendance.myProgress.verdict.ATTEND_MORE', values: { sessions: '2', jp: '8' } });
    expect(verdictMessage({ code: 'ON_TRACK', sessionsNeeded: 1, jpNeeded: 4 }, n).key).toBe('attendance.myProgress.verdict.ON_TRACK_ONE');
    expect(verdictMessage({ code: 'CANNOT_PASS', sessionsNeeded: 0, jpNeeded: 0 }, n).key).toBe('attendance.myProgress.verdict.CANNOT_PASS');
    for (const lang of ['id', 'en'] as const) {
      const words = attendanceMessages[lang].attendance.myProgress.verdict as Record<string, string>;
      for (const code of PASS_VERDICTS) for (const k of [code, `${code}_ONE`]) {
        const key = verdictMessage({ code, sessionsNeeded: k.endsWith('_ONE') ? 1 : 2, jpNeeded: 8 }, n).key.split('.').at(-1)!;
        expect(words[key], `${lang} ${key}`).toBeTruthy();
      }
    }
    expect(attendanceMessages.id.attendance.myProgress.verdict.ATTEND_MORE.replace('{sessions}', '2').replace('{jp}', '8')).toBe('Hadiri 2 sesi lagi (8 JP) agar lulus.');
  });
});
