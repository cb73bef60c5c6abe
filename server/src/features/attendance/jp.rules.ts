import { DEFAULT_COMPLETION_THRESHOLD, JP_EARNING_STATUSES, JP_EXEMPT_STATUSES, type AttendanceStatus, type PassVerdictCode } from '@lintas/shared';
import { col, sqlList } from '../sql-terms.js';

/**
 * The JP and completion rules, in JS and as SQL over a session (`s`) joined with the
 * person's attendance (`a`, null when nothing is recorded): a session earns its JP when
 * attended present or late, is exempt (out of the denominator) when excused or on
 * official duty; the completion rate is JP earned ÷ (JP scheduled − JP exempt), and an
 * enrolment completes when that rate meets the cohort's threshold.
 * jp.rules.test.ts checks that the forms agree on a real database.
 */

/** JS: a session attended with this status earns its JP. */
export const earnsJp = (status: AttendanceStatus | null | undefined): boolean => !!status && JP_EARNING_STATUSES.includes(status);

/** JS: a session with this status is left out of the completion denominator. */
export const isJpExempt = (status: AttendanceStatus | null | undefined): boolean => !!status && JP_EXEMPT_STATUSES.includes(status);

/** SQL: the attendance row earns JP (`a.status in ('PRESENT', 'LATE')`). */
export const earnsJpSql = (a = 'a') => `${col(a, 'status')} in (${sqlList(JP_EARNING_STATUSES)})`;

/** SQL: the attendance row is exempt. */
export const jpExemptSql = (a = 'a') => `${col(a, 'status')} in (${sqlList(JP_EXEMPT_STATUSES)})`;

/** SQL, per session row: the JP it earns (sum it for JP earned). */
export const jpEarnedSql = (a = 'a', s = 's') => `case when ${earnsJpSql(a)} then ${col(s, 'jp')} else 0 end`;

/** SQL, per session row: the JP it leaves out of the denominator (sum it for JP exempt). */
export const jpExemptJpSql = (a = 'a', s = 's') => `case when ${jpExemptSql(a)} then ${col(s, 'jp')} else 0 end`;

/** SQL, per session row: 1 when attended (earning), else 0 (take the max for "attended at all"). */
export const attendedSql = (a = 'a') => `case when ${earnsJpSql(a)} then 1 else 0 end`;

/** JP scheduled, earned and exempt: the totals completion is computed from. */
export interface JpTotals {
  jpScheduled: number;
  jpEarned: number;
  /** JP of sessions excused or on official duty: out of the denominator. */
  jpExempt: number;
}

/** JS: the totals of sessions, each with the person's status in it (none when unrecorded). */
export function jpTotals(sessions: Iterable<{ jp: number; status: AttendanceStatus | null | undefined }>): JpTotals {
  const t = { jpScheduled: 0, jpEarned: 0, jpExempt: 0 };
  for (const s of sessions) {
    t.jpScheduled += s.jp;
    if (earnsJp(s.status)) t.jpEarned += s.jp;
    if (isJpExempt(s.status)) t.jpExempt += s.jp;
  }
  return t;
}

/** JS: JP earned ÷ (JP scheduled − JP exempt), 0 when nothing counts. */
export function completionRate(p: JpTotals): number {
  const denominator = p.jpScheduled - p.jpExempt;
  return denominator > 0 ? p.jpEarned / denominator : 0;
}

/**
 * SQL, over a group of session rows: the completion rate, computed as the JS one is
 * (a double division, 0 when nothing counts), so both compare equal to a threshold.
 */
export function completionRateSql(a = 'a', s = 's'): string {
  const possible = `sum(${col(s, 'jp')} - ${jpExemptJpSql(a, s)})`;
  return `case when ${possible} > 0 then cast(sum(${jpEarnedSql(a, s)}) as double precision) / ${possible} else 0 end`;
}

/** The threshold of a cohort (or program), the default when it has none. */
export const thresholdOf = (c: { completionThreshold?: number | null } | null | undefined): number => c?.completionThreshold ?? DEFAULT_COMPLETION_THRESHOLD;

/** JS: the totals meet the threshold. */
export const meetsThreshold = (p: JpTotals, threshold: number): boolean => completionRate(p) >= threshold;

/** SQL, over a group of session rows: the rate meets `threshold` (an SQL expression: a column or a literal). */
export const meetsThresholdSql = (threshold: string, a = 'a', s = 's') => `${completionRateSql(a, s)} >= ${threshold}`;

/** A participant's verdict: the code, and the fewest further sessions (and their JP) that reach the threshold. */
export interface PassVerdict {
  code: PassVerdictCode;
  /** Fewest remaining sessions to attend to pass (largest JP first); 0 when passed or when passing is impossible. */
  sessionsNeeded: number;
  /** JP of those sessions. */
  jpNeeded: number;
  /** Sessions still to come that the person can attend. */
  sessionsRemaining: number;
}

/**
 * JS: the verdict of one person in one cohort, from the cohort's scheduled sessions (each
 * with its JP, its end and the person's status in it), the threshold and now. A session
 * attended earns its JP, an exempt one leaves the denominator (jpTotals); one that has not
 * ended and is neither can still be attended; one that has ended unattended is missed.
 * Passing needs the fewest remaining sessions, taken largest JP first, that bring the
 * completion rate (over every session, the remaining ones included) to the threshold.
 * PASSED when it is met with none of them; ON_TRACK when some are needed and the rate of
 * the sessions so far meets the threshold; ATTEND_MORE when behind; CANNOT_PASS when even
 * all of them fall short.
 */
export function passVerdict(
  sessions: Iterable<{ jp: number; endsAt: Date; status: AttendanceStatus | null | undefined }>, threshold: number, now: Date,
): PassVerdict {
  const all = [...sessions];
  const totals = jpTotals(all);
  const remaining = all.filter((s) => s.endsAt.getTime() > now.getTime() && !earnsJp(s.status) && !isJpExempt(s.status))
    .map((s) => s.jp).sort((a, b) => b - a);
  const verdict = (code: PassVerdictCode, sessionsNeeded = 0, jpNeeded = 0): PassVerdict => ({ code, sessionsNeeded, jpNeeded, sessionsRemaining: remaining.length });
  if (meetsThreshold(totals, threshold)) return verdict('PASSED');
  let jpNeeded = 0;
  for (let i = 0; i < remaining.length; i++) {
    jpNeeded += remaining[i]!;
    if (meetsThreshold({ ...totals, jpEarned: totals.jpEarned + jpNeeded }, threshold)) {
      const sofar = jpTotals(all.filter((s) => s.endsAt.getTime() <= now.getTime()));
      const onTrack = sofar.jpScheduled - sofar.jpExempt > 0 ? meetsThreshold(sofar, threshold) : true;
      return verdict(onTrack ? 'ON_TRACK' : 'ATTEND_MORE', i + 1, jpNeeded);
    }
  }
  return verdict('CANNOT_PASS');
}
