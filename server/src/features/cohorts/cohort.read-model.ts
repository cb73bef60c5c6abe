import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { ERROR_CODES, type EnrollmentStatus, type EselonGroup, type Generation } from '@lintas/shared';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { contains } from '../../db/dialect.js';
import { CATALOGUE_READ } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import { requestError } from '../../graphql/user-error.js';
import type { ChildRead, ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Session } from '../sessions/session.entity.js';
import { scoped, visibleWhere } from '../tenancy.js';
import { Cohort } from './cohort.entity.js';
import { isIsoDate } from './cohort.service.js';
import { seatedOf, whereSeated } from '../enrollments/enrollment.rules.js';
import type { CohortFilter, EselonGroupCount, GenerationCount } from './cohort.inputs.js';

/** What `Query.cohorts` lists for this caller and filter. */
function cohortsWhere(em: EntityManager, viewer: Viewer, filter: CohortFilter | null | undefined): FilterQuery<Cohort> {
  const where: FilterQuery<Cohort>[] = [];
  if (filter?.programId) where.push({ program: localId(filter.programId, 'Program') });
  if (filter?.academyId) where.push({ academy: localId(filter.academyId, 'Academy') });
  if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
  for (const bound of ['from', 'to'] as const) {
    const day = filter?.[bound];
    if (day && !isIsoDate(day)) throw requestError(ERROR_CODES.INVALID_VALUE, `filter.${bound} is not a date (YYYY-MM-DD)`);
  }
  if (filter?.from) where.push({ endDate: { $gte: filter.from } });
  if (filter?.to) where.push({ startDate: { $lte: filter.to } });
  const search = filter?.search?.trim();
  if (search) where.push({ $or: [{ code: contains(em, search) }, { name: contains(em, search) }] });
  return scoped(viewer, 'Cohort', where);
}

type CohortsArgs = ConnectionArgs & { filter?: CohortFilter | null };
type EnrollmentsArgs = ConnectionArgs & { statuses?: readonly EnrollmentStatus[] | null };
type SessionsArgs = ConnectionArgs & { includeCancelled?: boolean | null };

const cohorts: ListRead<CohortsArgs> = {
  entity: Cohort, access: CATALOGUE_READ, args: ['first', 'after', 'filter'], orderBy: { startDate: 'desc' },
  where: (em, viewer, args) => cohortsWhere(em, viewer, args.filter) as FilterQuery<object>,
};

/** `Cohort.enrollments`: what the caller may see, in the given statuses, the waitlist in its order. */
const enrollments: ChildRead<EnrollmentsArgs> = {
  entity: Enrollment, parent: 'cohort', args: ['first', 'after', 'statuses'],
  read: (viewer, { statuses }) => ({
    where: { $and: [visibleWhere(viewer, 'Enrollment'), statuses?.length ? { status: { $in: [...statuses] } } : {}] },
    orderBy: { waitlistPosition: 'asc nulls first' },
  }),
  key: ({ statuses }) => (statuses ?? []).join(','),
};

/** `Cohort.sessions`: in time order, cancelled ones only when asked. */
const sessions: ChildRead<SessionsArgs> = {
  entity: Session, parent: 'cohort', args: ['first', 'after', 'includeCancelled'],
  read: (_viewer, { includeCancelled }) => ({ where: includeCancelled ? {} : { status: 'SCHEDULED' }, orderBy: { startsAt: 'asc' } }),
  key: ({ includeCancelled }) => (includeCancelled ? 'all' : 'scheduled'),
};

export const cohortReads = {
  lists: { cohorts },
  children: { Cohort: { enrollments, sessions } },
  references: { Cohort: ['program', 'academy', 'venue'] },
} satisfies ReadModel;

/** A cohort's enrolments by status and its seated people's generation and eselon mix. */
export interface CohortTally {
  byStatus: Map<string, number>;
  byGeneration: GenerationCount[];
  byEselon: EselonGroupCount[];
}

/** Seat counts and the generation and eselon mix of many cohorts, in two grouped statements. */
export async function cohortTallies(em: EntityManager, ids: readonly number[]): Promise<CohortTally[]> {
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const status: { cohort_id: number; status: string; n: number }[] = await sqlEm.execute(
    knex('enrollment').select('cohort_id', 'status').count({ n: '*' }).whereIn('cohort_id', [...ids]).groupBy('cohort_id', 'status'),
  );
  const mix: { cohort_id: number; generation: Generation | null; eselon_group: EselonGroup; n: number }[] = await sqlEm.execute(
    whereSeated(knex('enrollment as e').join('person as p', 'p.id', 'e.person_id')
      .select('e.cohort_id', 'p.generation', 'p.eselon_group').count({ n: '*' })
      .whereIn('e.cohort_id', [...ids]), 'e')
      .groupBy('e.cohort_id', 'p.generation', 'p.eselon_group'),
  );
  return ids.map((id) => {
    const byStatus = new Map(status.filter((r) => Number(r.cohort_id) === id).map((r) => [r.status, Number(r.n)]));
    const gen = new Map<Generation | null, number>();
    const esl = new Map<EselonGroup, number>();
    for (const r of mix.filter((m) => Number(m.cohort_id) === id)) {
      gen.set(r.generation, (gen.get(r.generation) ?? 0) + Number(r.n));
      esl.set(r.eselon_group, (esl.get(r.eselon_group) ?? 0) + Number(r.n));
    }
    return {
      byStatus,
      byGeneration: [...gen].map(([generation, count]) => ({ generation, count })),
      byEselon: [...esl].map(([eselonGroup, count]) => ({ eselonGroup, count })),
    };
  });
}

/** People holding a seat, from a tally. */
export const seatedCount = (t: CohortTally) => seatedOf(t.byStatus);
