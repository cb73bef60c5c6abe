import { LockMode, type EntityManager } from '@mikro-orm/core';
import { COHORT_STATUSES, ERROR_CODES, type CohortStatus } from '@lintas/shared';
import { isPostgres } from '../../db/dialect.js';
import { writeTransaction } from '../../db/write-queue.js';
import { UserError } from '../../graphql/user-error.js';
import { scoped } from '../tenancy.js';
import type { Viewer } from '../../graphql/viewer.js';
import { fillFreeSeats } from '../enrollments/enrollment.service.js';
import { completeEnrollments } from '../attendance/attendance.service.js';
import { Program } from '../programs/program.entity.js';
import { Cohort } from './cohort.entity.js';
import { Venue } from './venue.entity.js';
import { archivedError } from '../catalogue/catalogue.rules.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === value;
}

export interface CohortFields {
  programId?: number | null;
  code?: string;
  name?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  capacity?: number | null;
  venueId?: number | null;
  completionThreshold?: number | null;
  status?: CohortStatus | null;
}

/** Checks the fields of a new or changed cohort; the errors name the input field. */
export function checkCohortFields(f: CohortFields, current?: Cohort): UserError[] {
  const errors: UserError[] = [];
  if (f.name !== undefined && f.name !== null && !f.name.trim()) errors.push(new UserError('name', ERROR_CODES.REQUIRED, 'name is required'));
  for (const key of ['startDate', 'endDate'] as const) {
    const v = f[key];
    if (v !== undefined && v !== null && !isIsoDate(v)) errors.push(new UserError(key, ERROR_CODES.INVALID_VALUE, `${key} must be a real date YYYY-MM-DD`));
  }
  const start = f.startDate ?? current?.startDate;
  const end = f.endDate ?? current?.endDate;
  if (start && end && isIsoDate(start) && isIsoDate(end) && end < start) {
    errors.push(new UserError('endDate', ERROR_CODES.DATE_RANGE, 'the cohort ends before it starts'));
  }
  if (f.capacity !== undefined && f.capacity !== null && (f.capacity < 1 || f.capacity > 10_000)) {
    errors.push(new UserError('capacity', ERROR_CODES.OUT_OF_RANGE, 'capacity must be between 1 and 10000'));
  }
  const t = f.completionThreshold;
  if (t !== undefined && t !== null && !(t > 0 && t <= 1)) {
    errors.push(new UserError('completionThreshold', ERROR_CODES.OUT_OF_RANGE, 'completion threshold must be above 0 and at most 1'));
  }
  if (current && f.status && f.status !== current.status) {
    const from = COHORT_STATUSES.indexOf(current.status);
    const to = COHORT_STATUSES.indexOf(f.status);
    const back = current.status === 'OPEN' && f.status === 'DRAFT';
    if (to < from && !back) errors.push(new UserError('status', ERROR_CODES.STATUS_TRANSITION, `a ${current.status.toLowerCase()} cohort cannot go back to ${f.status.toLowerCase()}`));
  }
  return errors;
}

export async function createCohort(
  em: EntityManager,
  viewer: Viewer,
  f: Required<Pick<CohortFields, 'programId' | 'code' | 'name' | 'startDate' | 'endDate' | 'capacity'>> & CohortFields & { timeZone: Cohort['timeZone']; online: boolean },
): Promise<{ cohort: Cohort | null; errors: UserError[] }> {
  const errors = checkCohortFields(f);
  const code = f.code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9-]{1,39}$/.test(code)) errors.push(new UserError('code', ERROR_CODES.INVALID_VALUE, 'code must be 2–40 letters, digits or dashes'));
  const program = f.programId === null ? null : await em.findOne(Program, scoped(viewer, 'Program', [{ id: f.programId }]));
  if (!program) errors.push(new UserError('programId', ERROR_CODES.NOT_FOUND, 'no such program'));
  else if (program.archivedAt) errors.push(archivedError('programId', 'program'));
  const venue = f.venueId ? await em.findOne(Venue, f.venueId) : null;
  if (f.venueId && (!venue || venue.academy.id !== program?.academy.id)) errors.push(new UserError('venueId', ERROR_CODES.NOT_FOUND, 'no such venue'));
  else if (venue?.archivedAt) errors.push(archivedError('venueId', 'venue'));
  // Codes are unique in the academy: two academies may both run a DLA-2027-01.
  if (program && (await em.count(Cohort, { code, academy: program.academy }))) errors.push(new UserError('code', ERROR_CODES.CODE_TAKEN, 'another cohort of the academy has this code'));
  if (errors.length > 0 || !program) return { cohort: null, errors };
  const cohort = em.create(Cohort, {
    program, academy: program.academy, code, name: f.name!.trim(), startDate: f.startDate!, endDate: f.endDate!,
    timeZone: f.timeZone, capacity: f.capacity!, venue, online: f.online, status: 'DRAFT',
    completionThreshold: f.completionThreshold || program.completionThreshold,
  });
  await em.flush();
  return { cohort, errors: [] };
}

/** Changes a cohort; a larger capacity seats people from the waitlist at once. */
export async function updateCohort(em: EntityManager, viewer: Viewer, id: number | null, f: CohortFields): Promise<{ cohort: Cohort | null; errors: UserError[] }> {
  return writeTransaction(em, async (tem) => {
    const cohort = id === null ? null : await tem.findOne(Cohort, scoped(viewer, 'Cohort', [{ id }]), isPostgres(tem) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!cohort) return { cohort: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such cohort')] };
    const errors = checkCohortFields(f, cohort);
    if (errors.length > 0) return { cohort: null, errors };
    if (f.name) cohort.name = f.name.trim();
    if (f.startDate) cohort.startDate = f.startDate;
    if (f.endDate) cohort.endDate = f.endDate;
    if (f.capacity) cohort.capacity = f.capacity;
    if (f.completionThreshold) cohort.completionThreshold = f.completionThreshold;
    const closing = f.status === 'CLOSED' && cohort.status !== 'CLOSED';
    if (f.status) cohort.status = f.status;
    await tem.flush();
    if (f.capacity) await fillFreeSeats(tem, cohort, viewer);
    if (closing) await completeEnrollments(tem, cohort);
    return { cohort, errors: [] };
  });
}
