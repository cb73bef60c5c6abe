import type { EntityManager } from '@mikro-orm/core';
import { executeRead } from '../../db/read.js';
import { completedSql, seatedSql } from '../enrollments/enrollment.rules.js';

/**
 * One cell of an evaluation aggregate: a form's target object, a respondent group (role,
 * eselon group, generation) and, for a question row, one rating or choice value with its count.
 * `row` says what the count is: `answer` (answers with that value), `respondents` (responses)
 * or `eligible` (people who could answer: seated, alumni, alumni with a supervisor).
 */
export interface EvaluationCell {
  row: 'answer' | 'respondents' | 'eligible';
  formId: number | null;
  target: string | null;
  facilitatorId: number | null;
  venueId: number | null;
  respondent: string;
  eselonGroup: string;
  generation: string | null;
  question: number;
  rating: number | null;
  choice: number | null;
  n: number;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function cells(rows: Record<string, unknown>[]): EvaluationCell[] {
  return rows.map((r) => ({
    row: (Number(r.row_kind) === 0 ? 'answer' : Number(r.row_kind) === 1 ? 'respondents' : 'eligible') as EvaluationCell['row'],
    formId: num(r.form_id), target: (r.target as string | null) ?? null, facilitatorId: num(r.facilitator_id), venueId: num(r.venue_id),
    respondent: r.respondent as string, eselonGroup: r.eselon_group as string, generation: (r.generation as string | null) ?? null,
    question: Number(r.question), rating: num(r.rating), choice: num(r.choice), n: Number(r.n),
  }));
}

const KEYS = 'r.form_id, r.target, r.facilitator_id, r.venue_id, r.respondent, r.eselon_group, r.generation';

/**
 * A cohort's evaluations in one SQL statement: per form, target object and respondent group,
 * the count of each rating and choice per question, the responses, and the people who could
 * answer (its seated participants for level 1; its alumni, and alumni with a supervisor, for
 * level 3), grouped by their current eselon group and generation. Suppression of small groups
 * and the means follow in the caller, from these counts.
 */
export async function cohortEvaluationCells(em: EntityManager, cohortId: number): Promise<EvaluationCell[]> {
  const sql = `
    select 0 as row_kind, ${KEYS}, a.question, a.rating, a.choice, count(*) as n
    from evaluation_response r join evaluation_answer a on a.response_id = r.id
    where r.cohort_id = ? and (a.rating is not null or a.choice is not null)
    group by ${KEYS}, a.question, a.rating, a.choice
    union all
    select 1 as row_kind, ${KEYS}, -1 as question, null as rating, null as choice, count(*) as n
    from evaluation_response r where r.cohort_id = ?
    group by ${KEYS}
    union all
    select 2 as row_kind, null as form_id, null as target, null as facilitator_id, null as venue_id, w.respondent, w.eselon_group, w.generation,
      -1 as question, null as rating, null as choice, count(*) as n
    from (
      select 'PARTICIPANT' as respondent, p.eselon_group, p.generation from enrollment e join person p on p.id = e.person_id where e.cohort_id = ? and ${seatedSql('e')}
      union all
      select 'ALUMNUS' as respondent, p.eselon_group, p.generation from enrollment e join person p on p.id = e.person_id where e.cohort_id = ? and ${completedSql('e')}
      union all
      select 'SUPERVISOR' as respondent, s.eselon_group, s.generation from enrollment e join person p on p.id = e.person_id join person s on s.id = p.supervisor_id
      where e.cohort_id = ? and ${completedSql('e')}
    ) w
    group by w.respondent, w.eselon_group, w.generation`;
  return cells(await executeRead(em, sql, [cohortId, cohortId, cohortId, cohortId, cohortId]));
}

/** Free-text answers of a cohort's forms, per form, target object and question, in text order (never in answer order). */
export async function cohortComments(em: EntityManager, cohortId: number): Promise<{ formId: number; facilitatorId: number | null; venueId: number | null; question: number; text: string }[]> {
  const rows = await executeRead(em, `select r.form_id, r.facilitator_id, r.venue_id, a.question, a.text from evaluation_response r join evaluation_answer a on a.response_id = r.id
    where r.cohort_id = ? and a.text is not null order by r.form_id, a.question, a.text`, [cohortId]);
  return rows.map((r) => ({ formId: Number(r.form_id), facilitatorId: num(r.facilitator_id), venueId: num(r.venue_id), question: Number(r.question), text: String(r.text) }));
}

export interface FacilitatorScope {
  academyId: number | null;
  from: string | null;
  to: string | null;
  programId: number | null;
  cohortId: number | null;
  facilitatorId: number | null;
}

/**
 * Facilitators' scores in one SQL statement: per facilitator, respondent group and question
 * of their forms, the count of each rating, and the responses; over the cohorts of the scope.
 */
export async function facilitatorCells(em: EntityManager, scope: FacilitatorScope): Promise<EvaluationCell[]> {
  const where: string[] = ["r.target = 'FACILITATOR'", 'r.facilitator_id is not null'];
  const bind: (string | number)[] = [];
  if (scope.academyId !== null) (where.push('c.academy_id = ?'), bind.push(scope.academyId));
  if (scope.to) (where.push('c.start_date <= ?'), bind.push(scope.to));
  if (scope.from) (where.push('c.end_date >= ?'), bind.push(scope.from));
  if (scope.programId !== null) (where.push('c.program_id = ?'), bind.push(scope.programId));
  if (scope.cohortId !== null) (where.push('c.id = ?'), bind.push(scope.cohortId));
  if (scope.facilitatorId !== null) (where.push('r.facilitator_id = ?'), bind.push(scope.facilitatorId));
  const w = where.join(' and ');
  const sql = `
    select 0 as row_kind, ${KEYS}, a.question, a.rating, a.choice, count(*) as n
    from evaluation_response r join cohort c on c.id = r.cohort_id join evaluation_answer a on a.response_id = r.id
    where ${w} and a.rating is not null
    group by ${KEYS}, a.question, a.rating, a.choice
    union all
    select 1 as row_kind, ${KEYS}, -1 as question, null as rating, null as choice, count(*) as n
    from evaluation_response r join cohort c on c.id = r.cohort_id
    where ${w}
    group by ${KEYS}`;
  return cells(await executeRead(em, sql, [...bind, ...bind]));
}
