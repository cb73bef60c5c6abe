import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { COMPLETED_STATUS, SEATED_STATUSES, type EnrollmentStatus, type EselonGroup, type Generation } from '@lintas/shared';
import { col, sqlList } from '../sql-terms.js';

/**
 * The enrolment rules, each in the forms its callers need: a JS predicate, a MikroORM
 * condition on `Enrollment`, SQL text over a table alias, and knex builders.
 * enrollment.rules.test.ts checks that the forms agree on a real database.
 */

// Seated: holds a seat in the cohort (SEATED_STATUSES).

/** JS: the enrolment holds a seat. */
export const isSeated = (status: EnrollmentStatus): boolean => SEATED_STATUSES.includes(status);

/** MikroORM: a condition on `Enrollment` (spread it into a where). */
export const seatedWhere = () => ({ status: { $in: [...SEATED_STATUSES] } });

/** SQL: `e.status in ('ENROLLED', 'COMPLETED')` for the enrolment table aliased `alias`. */
export const seatedSql = (alias = 'e') => `${col(alias, 'status')} in (${sqlList(SEATED_STATUSES)})`;

/** knex: narrows a builder over the enrolment table (aliased `alias`) to seated rows. */
export const whereSeated = <Q extends Knex.QueryBuilder>(qb: Q, alias = ''): Q => qb.whereIn(col(alias, 'status'), [...SEATED_STATUSES]) as Q;

/** knex: the ids of the people seated in a cohort, as a subquery. */
export const seatedPersonIds = (knex: Knex, cohortId: number) => whereSeated(knex('enrollment').select('person_id').where('cohort_id', cohortId));

/** The number of people seated in a cohort: one statement. */
export async function countSeated(em: EntityManager, cohortId: number): Promise<number> {
  const sqlEm = em as SqlEntityManager;
  const rows = await sqlEm.execute<{ n: number | string }[]>(whereSeated(sqlEm.getKnex()('enrollment').count({ n: '*' }).where('cohort_id', cohortId)));
  return Number(rows[0]?.n ?? 0);
}

/** The people seated in a cohort by generation: one grouped statement (their sum is the seated count). */
export async function seatedByGeneration(em: EntityManager, cohortId: number): Promise<{ generation: Generation | null; count: number }[]> {
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const rows = await sqlEm.execute<{ generation: Generation | null; n: number | string }[]>(
    whereSeated(knex('enrollment as e').join('person as p', 'p.id', 'e.person_id').select('p.generation').count({ n: '*' }).where('e.cohort_id', cohortId), 'e').groupBy('p.generation'),
  );
  return rows.map((r) => ({ generation: r.generation ?? null, count: Number(r.n) }));
}

/** Seats taken, from counts by status. */
export const seatedOf = (byStatus: ReadonlyMap<string, number>) => SEATED_STATUSES.reduce((n, s) => n + (byStatus.get(s) ?? 0), 0);

// Completed: met the cohort's completion threshold when it closed (attendance/jp.rules.ts decides who does).

/** JS: the enrolment is completed. */
export const isCompleted = (status: EnrollmentStatus): boolean => status === COMPLETED_STATUS;

/** MikroORM: a condition on `Enrollment`. */
export const completedWhere = () => ({ status: COMPLETED_STATUS });

/** SQL: `e.status = 'COMPLETED'`. */
export const completedSql = (alias = 'e') => `${col(alias, 'status')} = ${sqlList([COMPLETED_STATUS])}`;

// Eligible: the person is in one of the program's target eselon groups (a program without targets takes anyone).
// Computed in JS only: an enrolment records an override reason when it is not.

/** JS: the person may enrol without an override reason. */
export const isEligible = (targets: readonly EselonGroup[], eselonGroup: EselonGroup): boolean => targets.length === 0 || targets.includes(eselonGroup);
