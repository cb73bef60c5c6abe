import { describe, expect, it } from 'vitest';
import { defaultJp, ianaOf, isoToZoned, jpBetween, nextDay, offsetMinutes, zonedToIso } from './zone-time';

describe('zone-time', () => {
  it('maps the Indonesian zones to IANA names with their offsets', () => {
    expect(ianaOf('WIB')).toBe('Asia/Jakarta');
    expect(offsetMinutes(Date.UTC(2026, 10, 24), ianaOf('WIB'))).toBe(420);
    expect(offsetMinutes(Date.UTC(2026, 10, 24), ianaOf('WITA'))).toBe(480);
    expect(offsetMinutes(Date.UTC(2026, 10, 24), ianaOf('WIT'))).toBe(540);
  });

  it('converts a wall clock in the cohort zone to a UTC instant and back', () => {
    expect(zonedToIso('2026-11-16', '08:00', 'Asia/Jakarta')).toBe('2026-11-16T01:00:00.000Z');
    expect(zonedToIso('2026-11-16', '08:00', 'Asia/Jayapura')).toBe('2026-11-15T23:00:00.000Z');
    expect(isoToZoned('2026-11-15T23:00:00.000Z', 'Asia/Jayapura')).toEqual({ date: '2026-11-16', time: '08:00' });
    expect(isoToZoned('2026-11-16T03:15:00.000Z', 'Asia/Makassar')).toEqual({ date: '2026-11-16', time: '11:15' });
  });

  it('counts JP and proposes a default length of at most 4 JP', () => {
    expect(jpBetween('2026-11-16T01:00:00Z', '2026-11-16T04:00:00Z')).toBe(4);
    expect(defaultJp(6, 0)).toBe(4);
    expect(defaultJp(6, 4)).toBe(2);
    expect(defaultJp(6, 8)).toBe(1);
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
