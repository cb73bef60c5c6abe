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

// Seats and agencies' quotas: a cohort may reserve seats per agency. Until the release date
// (N days before the start, in the cohort's zone) a reserved seat not yet used by one of that
// agency's nominations is free for nobody else; from that day on, capacity alone counts.

/** Days before the start when unused reserved seats are released: `LINTAS_QUOTA_RELEASE_DAYS`, default 7. */
export function defaultQuotaReleaseDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.LINTAS_QUOTA_RELEASE_DAYS?.trim() || 7);
  return Number.isInteger(days) && days >= 0 ? days : 7;
}

/** The day (YYYY-MM-DD) a cohort's unused reserved seats go to the general list. */
export function quotaReleaseDate(cohort: { startDate: string; quotaReleaseDays?: number | null }): string {
  const days = cohort.quotaReleaseDays ?? defaultQuotaReleaseDays();
  const d = new Date(`${cohort.startDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The cohort's reserved seats are released (today, in the cohort's zone, is on or after the release date). */
export const quotasReleased = (cohort: { startDate: string; quotaReleaseDays?: number | null }, today: string): boolean => today >= quotaReleaseDate(cohort);

/** Who may take the seats left in a cohort, as enrolments are made one by one. */
export interface SeatRoom {
  /** A seat is free for someone nominated by `agencyId` (null: any other enrolment). */
  canSeat(agencyId: number | null): boolean;
  /** Counts a seat taken by someone nominated by `agencyId` (null: any other enrolment). */
  take(agencyId: number | null): void;
}

/** Per agency of a cohort: seats reserved, and seats used by people its nominations seated (one grouped statement). */
export async function quotaUse(em: EntityManager, cohortId: number): Promise<{ agencyId: number; seats: number; used: number }[]> {
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const used = whereSeated(knex('nomination as n').join('enrollment as e', 'e.id', 'n.enrollment_id').select('n.agency_id').count({ n: '*' }).where('n.cohort_id', cohortId), 'e').groupBy('n.agency_id').as('u');
  const rows = await sqlEm.execute<{ agency_id: number; seats: number; used: number | string | null }[]>(
    knex('cohort_quota as q').leftJoin(used, 'u.agency_id', 'q.agency_id').select('q.agency_id', 'q.seats', knex.raw('coalesce(u.n, 0) as used')).where('q.cohort_id', cohortId).orderBy('q.agency_id'),
  );
  return rows.map((r) => ({ agencyId: Number(r.agency_id), seats: Number(r.seats), used: Number(r.used ?? 0) }));
}

/**
 * The one capacity rule: seated < capacity, less the seats reserved for other agencies
 * and not yet used, until the cohort's release date.
 */
export async function seatRoom(
  em: EntityManager,
  cohort: { id: number; capacity: number; startDate: string; quotaReleaseDays?: number | null },
  today: string,
): Promise<SeatRoom> {
  let seated = await countSeated(em, cohort.id);
  const quotas = quotasReleased(cohort, today) ? [] : await quotaUse(em, cohort.id);
  const unused = (q: { seats: number; used: number }) => Math.max(0, q.seats - q.used);
  return {
    canSeat: (agencyId) => seated < cohort.capacity - quotas.filter((q) => q.agencyId !== agencyId).reduce((n, q) => n + unused(q), 0),
    take: (agencyId) => {
      seated++;
      const q = quotas.find((x) => x.agencyId === agencyId);
      if (q) q.used++;
    },
  };
}
