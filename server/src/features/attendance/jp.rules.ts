import { DEFAULT_COMPLETION_THRESHOLD, JP_EARNING_STATUSES, JP_EXEMPT_STATUSES, type AttendanceStatus } from '@lintas/shared';
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
