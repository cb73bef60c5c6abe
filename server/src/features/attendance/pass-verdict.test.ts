import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '@lintas/shared';
import { passVerdict } from './jp.rules.js';

const NOW = new Date('2026-12-10T12:00:00Z');
const past = (jp: number, status: AttendanceStatus | null = null) => ({ jp, status, endsAt: new Date('2026-12-01T10:00:00Z') });
const coming = (jp: number, status: AttendanceStatus | null = null) => ({ jp, status, endsAt: new Date('2026-12-20T10:00:00Z') });

describe('passVerdict: the fewest remaining sessions, largest JP first, that reach the threshold', () => {
  it('already passed: met even if every remaining session is missed', () => {
    const v = passVerdict([past(8, 'PRESENT'), past(8, 'PRESENT'), past(8, 'PRESENT'), past(8, 'PRESENT'), coming(4)], 0.8, NOW);
    expect(v).toEqual({ code: 'PASSED', sessionsNeeded: 0, jpNeeded: 0, sessionsRemaining: 1 });
  });

  it('exactly at the threshold counts as passed (8 of 10 JP = 80 %)', () => {
    expect(passVerdict([past(8, 'PRESENT'), past(2, 'ABSENT')], 0.8, NOW).code).toBe('PASSED');
    // 7 of 10 is not: and with no session left it can no longer pass.
    expect(passVerdict([past(7, 'PRESENT'), past(3, 'ABSENT')], 0.8, NOW).code).toBe('CANNOT_PASS');
  });

  it('behind: attend the largest sessions first — 2 more sessions (8 JP)', () => {
    // 24 of 32 JP so far; 4 + 4 to come: 32 of 40 = 80 % with both, 28 of 40 with one.
    const v = passVerdict([past(8, 'PRESENT'), past(8, 'PRESENT'), past(8, 'PRESENT'), past(8, 'ABSENT'), coming(4), coming(4)], 0.8, NOW);
    expect(v).toEqual({ code: 'ATTEND_MORE', sessionsNeeded: 2, jpNeeded: 8, sessionsRemaining: 2 });
    // 4 of 6 so far, 2 + 2 + 2 + 8 to come: the 8 JP session and two of 2 (16 of 20); smallest first would take all four.
    const largest = passVerdict([past(4, 'PRESENT'), past(2, 'ABSENT'), coming(2), coming(2), coming(2), coming(8)], 0.8, NOW);
    expect(largest).toEqual({ code: 'ATTEND_MORE', sessionsNeeded: 3, jpNeeded: 12, sessionsRemaining: 4 });
    const behind = passVerdict([past(4, 'PRESENT'), past(4, 'ABSENT'), coming(4), coming(4), coming(4)], 0.8, NOW);
    expect(behind).toEqual({ code: 'ATTEND_MORE', sessionsNeeded: 3, jpNeeded: 12, sessionsRemaining: 3 });
  });

  it('on track: the rate so far meets the threshold, sessions are still needed', () => {
    const v = passVerdict([past(4, 'PRESENT'), coming(4), coming(4)], 0.8, NOW);
    expect(v).toEqual({ code: 'ON_TRACK', sessionsNeeded: 2, jpNeeded: 8, sessionsRemaining: 2 });
    // Nothing has happened yet: on track, every session needed.
    expect(passVerdict([coming(8), coming(2)], 0.8, NOW)).toEqual({ code: 'ON_TRACK', sessionsNeeded: 1, jpNeeded: 8, sessionsRemaining: 2 });
  });

  it('impossible: even every remaining session falls short', () => {
    const v = passVerdict([past(8, 'ABSENT'), past(8, 'ABSENT'), coming(4), coming(4)], 0.8, NOW);
    expect(v).toEqual({ code: 'CANNOT_PASS', sessionsNeeded: 0, jpNeeded: 0, sessionsRemaining: 2 });
  });

  it('no remaining sessions: passed or not, nothing to attend', () => {
    expect(passVerdict([past(8, 'PRESENT')], 0.8, NOW)).toEqual({ code: 'PASSED', sessionsNeeded: 0, jpNeeded: 0, sessionsRemaining: 0 });
    expect(passVerdict([past(8, 'ABSENT')], 0.8, NOW)).toEqual({ code: 'CANNOT_PASS', sessionsNeeded: 0, jpNeeded: 0, sessionsRemaining: 0 });
    expect(passVerdict([], 0.8, NOW).code).toBe('CANNOT_PASS');
  });

  it('exempt sessions leave the denominator, whether past or excused ahead', () => {
    // 4 of 4 JP possible (the 8 JP excused): passed; an excused coming session is not one to attend.
    expect(passVerdict([past(4, 'PRESENT'), past(8, 'EXCUSED'), coming(4, 'EXCUSED')], 0.8, NOW))
      .toEqual({ code: 'PASSED', sessionsNeeded: 0, jpNeeded: 0, sessionsRemaining: 0 });
  });
});
