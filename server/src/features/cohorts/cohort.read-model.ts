import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { ERROR_CODES, type EnrollmentStatus } from '@lintas/shared';
import { contains } from '../../db/dialect.js';
import { SCHEDULE_READ } from '../../graphql/access.js';
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
import type { CohortFilter } from './cohort.inputs.js';

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
  entity: Cohort, access: SCHEDULE_READ, args: ['first', 'after', 'filter'], orderBy: { startDate: 'desc' },
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
