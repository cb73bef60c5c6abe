import { ACTION_PLAN_APPROVED } from '@lintas/shared';

/**
 * The completion gate, as SQL on an enrolment alias (`e`) and its cohort (`c`): true when the
 * cohort's program does not ask for an approved change project, or when the enrolment's plan
 * is APPROVED or IMPLEMENTED. The one definition the cohort close applies.
 */
export function approvedPlanSql(e: string, c: string): string {
  const approved = ACTION_PLAN_APPROVED.map((s) => `'${s}'`).join(', ');
  return `(not exists (select 1 from program gp where gp.id = ${c}.program_id and gp.requires_approved_action_plan)
    or exists (select 1 from action_plan gap where gap.enrollment_id = ${e}.id and gap.status in (${approved})))`;
}

/** A milestone done on or before its due date, as SQL on a milestone alias. */
export const milestoneOnTimeSql = (m: string): string => `(${m}.status = 'DONE' and ${m}.done_date is not null and ${m}.done_date <= ${m}.due_date)`;

/** The seminar score: the mean of the reviewers' scores, rounded to two decimals; null when nobody scored. */
export function seminarScoreOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}
