import { describe, expect, it } from 'vitest';
import { splitByToday, webcalUrl } from './my-schedule';

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
});
