import type { EntityManager } from '@mikro-orm/core';
import { executeRead } from '../../db/read.js';
import { cohortsOf, type ReportScope } from '../reports/participation.repository.js';
import { milestoneOnTimeSql } from './action-plan.rules.js';

/** One eselon group × generation cell's counts, straight from the aggregate. */
export interface ActionPlanCounts {
  eselonGroup: string;
  generation: string | null;
  plans: number; draft: number; submitted: number; revisionRequested: number; approved: number; implemented: number;
  milestones: number; milestonesDone: number; milestonesOnTime: number; milestonesOverdue: number;
}

/**
 * Change projects of the cohorts in scope (the reports' cohort rule) and of the people in
 * scope (agency, province), by eselon group × generation of the participant, in one SQL
 * aggregate: plans per state; their milestones, done, done on time, and overdue on `today`.
 */
export async function actionPlanCounts(em: EntityManager, scope: ReportScope, today: string): Promise<ActionPlanCounts[]> {
  const { where, bind } = cohortsOf(scope, []);
  if (scope.agencyId != null) (where.push('p.agency_id = ?'), bind.push(scope.agencyId));
  if (scope.province) (where.push('ag.province = ?'), bind.push(scope.province));
  const byStatus = (s: string) => `sum(case when ps.status = '${s}' then 1 else 0 end)`;
  const sql = `
    with plan_scope as (
      select ap.id, ap.status, p.eselon_group, p.generation
      from action_plan ap join cohort c on c.id = ap.cohort_id join person p on p.id = ap.person_id
      ${scope.province ? 'join agency ag on ag.id = p.agency_id' : ''}
      ${where.length ? `where ${where.join(' and ')}` : ''}
    ),
    plan_milestones as (
      select m.plan_id, count(*) as total,
        sum(case when m.status = 'DONE' then 1 else 0 end) as done,
        sum(case when ${milestoneOnTimeSql('m')} then 1 else 0 end) as on_time,
        sum(case when m.status <> 'DONE' and m.due_date < ? then 1 else 0 end) as overdue
      from action_plan_milestone m where m.plan_id in (select id from plan_scope)
      group by m.plan_id
    )
    select ps.eselon_group, ps.generation, count(*) as plans,
      ${byStatus('DRAFT')} as draft, ${byStatus('SUBMITTED')} as submitted, ${byStatus('REVISION_REQUESTED')} as revision_requested,
      ${byStatus('APPROVED')} as approved, ${byStatus('IMPLEMENTED')} as implemented,
      coalesce(sum(pm.total), 0) as milestones, coalesce(sum(pm.done), 0) as done, coalesce(sum(pm.on_time), 0) as on_time, coalesce(sum(pm.overdue), 0) as overdue
    from plan_scope ps left join plan_milestones pm on pm.plan_id = ps.id
    group by ps.eselon_group, ps.generation`;
  const rows: Record<string, unknown>[] = await executeRead(em, sql, [...bind, today]);
  return rows.map((r) => ({
    eselonGroup: String(r.eselon_group), generation: (r.generation as string | null) ?? null,
    plans: Number(r.plans), draft: Number(r.draft), submitted: Number(r.submitted), revisionRequested: Number(r.revision_requested),
    approved: Number(r.approved), implemented: Number(r.implemented),
    milestones: Number(r.milestones), milestonesDone: Number(r.done), milestonesOnTime: Number(r.on_time), milestonesOverdue: Number(r.overdue),
  }));
}
