import type { EntityManager } from '@mikro-orm/core';
import { executeRead } from '../../db/read.js';
import { earnsJpSql } from '../attendance/jp.rules.js';
import { isPostgres } from '../../db/dialect.js';
import { completedSql } from '../enrollments/enrollment.rules.js';

/** The scope of a report: a period and the academy, program, cohort, agency or province it covers. */
export interface ReportScope {
  from?: string | null;
  to?: string | null;
  academyId?: number | null;
  programId?: number | null;
  cohortId?: number | null;
  agencyId?: number | null;
  province?: string | null;
}

export type Grouping = 'eselon' | 'generation' | 'matrix';

/** One group's counts, straight from the aggregate. */
export interface ParticipationCounts {
  eselonGroup: string | null;
  generation: string | null;
  roster: number;
  enrolled: number;
  attended: number;
  completed: number;
  jpScheduled: number;
  jpEarned: number;
  literate: number;
}

/**
 * The people of a scope: `from` (person `p`, joined with its agency `ag` only when the scope
 * names an academy or province) and `where`; `filtered` says whether the scope narrows the
 * roster at all, so that national reports skip the joins and semi-joins that would only
 * re-read every person.
 */
export function peopleOf(scope: ReportScope): { from: string; where: string; bind: (string | number)[]; filtered: boolean } {
  const parts: string[] = [];
  const bind: (string | number)[] = [];
  if (scope.academyId != null) (parts.push('ag.academy_id = ?'), bind.push(scope.academyId));
  if (scope.agencyId != null) (parts.push('p.agency_id = ?'), bind.push(scope.agencyId));
  if (scope.province) (parts.push('ag.province = ?'), bind.push(scope.province));
  const agency = scope.academyId != null || !!scope.province;
  return {
    from: agency ? 'person p join agency ag on ag.id = p.agency_id' : 'person p',
    where: parts.length ? `where ${parts.join(' and ')}` : '', bind, filtered: parts.length > 0,
  };
}

/**
 * Each person's latest digital-mindset score (`person_id`, `score`), ties on the instant
 * broken by the later row; assessments before `before` only, when given.
 */
/**
 * The cohorts a report counts (alias `c`): those overlapping the period, of the academy,
 * program or cohort the scope names; `where` starts with the caller's own conditions.
 */
export function cohortsOf(scope: ReportScope, where: string[] = []): { where: string[]; bind: (string | number)[] } {
  const bind: (string | number)[] = [];
  if (scope.to) (where.push('c.start_date <= ?'), bind.push(scope.to));
  if (scope.from) (where.push('c.end_date >= ?'), bind.push(scope.from));
  if (scope.academyId != null) (where.push('c.academy_id = ?'), bind.push(scope.academyId));
  if (scope.programId != null) (where.push('c.program_id = ?'), bind.push(scope.programId));
  if (scope.cohortId != null) (where.push('c.id = ?'), bind.push(scope.cohortId));
  return { where, bind };
}

export const latestScoreSql = (em: EntityManager, before?: string) => (isPostgres(em)
  // PostgreSQL reads one row per person straight from the (person_id, assessed_at) order.
  ? `select distinct on (x.person_id) x.person_id, x.score from assessment x${before ? ` where x.assessed_at < ${before}` : ''}
    order by x.person_id, x.assessed_at desc, x.id desc`
  : `select person_id, score from (
    select x.person_id, x.score, row_number() over (partition by x.person_id order by x.assessed_at desc, x.id desc) as rn
    from assessment x${before ? ` where x.assessed_at < ${before}` : ''}
  ) ranked where rn = 1`);

/** Score at or above which a person counts as digitally literate. */
export const LITERACY_THRESHOLD = 70;

/**
 * Participation by group, as DESIGN.md defines it, in one SQL statement:
 * the roster in scope; its people's non-withdrawn enrolments in cohorts overlapping
 * the period; their JP scheduled and earned from sessions and attendance; whether
 * they attended at all or completed; and each person's latest digital-mindset score —
 * aggregated per group on indexed columns. Nothing is counted in Node.
 */
export async function participation(em: EntityManager, scope: ReportScope, grouping: Grouping): Promise<ParticipationCounts[]> {
  const people = peopleOf(scope);
  const { where: cohorts, bind: cBind } = cohortsOf(scope, ["e.status <> 'WITHDRAWN'"]);
  const keys = grouping === 'eselon' ? ['sp.eselon_group'] : grouping === 'generation' ? ['sp.generation'] : ['sp.eselon_group', 'sp.generation'];
  const sql = `
    with scope_person as (
      select p.id, p.eselon_group, p.generation from ${people.from} ${people.where}
    ),
    scope_enrollment as (
      select e.id, e.person_id, e.status, e.cohort_id from enrollment e join cohort c on c.id = e.cohort_id
      where ${cohorts.join(' and ')}${people.filtered ? ' and e.person_id in (select id from scope_person)' : ''}
    ),
    cohort_jp as (
      select s.cohort_id, sum(s.jp) as jp from session s
      where s.status = 'SCHEDULED' and s.cohort_id in (select cohort_id from scope_enrollment)
      group by s.cohort_id
    ),
    enrollment_earned as (
      select se.id, sum(s.jp) as jp from scope_enrollment se
      join attendance a on a.person_id = se.person_id
      join session s on s.id = a.session_id and s.cohort_id = se.cohort_id
      where s.status = 'SCHEDULED' and ${earnsJpSql('a')}
      group by se.id
    ),
    per_person as (
      select se.person_id, max(case when ee.id is not null then 1 else 0 end) as attended,
        max(case when ${completedSql('se')} then 1 else 0 end) as completed,
        sum(coalesce(cj.jp, 0)) as jp_scheduled, sum(coalesce(ee.jp, 0)) as jp_earned
      from scope_enrollment se left join cohort_jp cj on cj.cohort_id = se.cohort_id left join enrollment_earned ee on ee.id = se.id
      group by se.person_id
    ),
    latest as (${latestScoreSql(em)})
    select ${grouping === 'generation' ? 'null' : 'sp.eselon_group'} as eselon_group, ${grouping === 'eselon' ? 'null' : 'sp.generation'} as generation,
      count(*) as roster, count(pp.person_id) as enrolled, coalesce(sum(pp.attended), 0) as attended, coalesce(sum(pp.completed), 0) as completed,
      coalesce(sum(pp.jp_scheduled), 0) as jp_scheduled, coalesce(sum(pp.jp_earned), 0) as jp_earned,
      sum(case when l.score >= ${LITERACY_THRESHOLD} then 1 else 0 end) as literate
    from scope_person sp left join per_person pp on pp.person_id = sp.id left join latest l on l.person_id = sp.id
    group by ${keys.join(', ')}`;
  const rows: Record<string, unknown>[] = await executeRead(em, sql, [...people.bind, ...cBind]);
  return rows.map((r) => ({
    eselonGroup: (r.eselon_group as string | null) ?? null, generation: (r.generation as string | null) ?? null,
    roster: Number(r.roster), enrolled: Number(r.enrolled), attended: Number(r.attended), completed: Number(r.completed),
    jpScheduled: Number(r.jp_scheduled), jpEarned: Number(r.jp_earned), literate: Number(r.literate ?? 0),
  }));
}
