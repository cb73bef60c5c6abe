import { LockMode, type EntityManager } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import { isPostgres } from '../../db/dialect.js';
import { writeTransaction } from '../../db/write-queue.js';
import { scoped } from '../tenancy.js';
import { checkText } from '../catalogue/catalogue.rules.js';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { Program } from '../programs/program.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { isCompleted, isEligible, seatedWhere } from './enrollment.rules.js';
import { emitEvents } from '../webhooks/webhook.outbox.js';
import { enrollmentEvent } from '../webhooks/webhook.events.js';

type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

/**
 * Reads a cohort the caller may see inside the transaction, locked on PostgreSQL so
 * seats are counted by one writer at a time.
 */
async function lockCohort(em: EntityManager, viewer: Viewer, cohortId: number): Promise<Cohort | null> {
  return em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: cohortId }]), isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

/**
 * Enrols people in a cohort, all or none: eligibility by the program's target
 * eselon groups (an override needs a reason), no double enrolment, seats up to
 * capacity and the waitlist after that.
 */
export async function enroll(
  em: EntityManager,
  viewer: Viewer,
  input: { cohortId: number | null; personIds: (number | null)[]; overrideReason?: string | null },
): Promise<Outcome<Enrollment[]>> {
  return writeTransaction(em, async (tem) => {
    const cohort = input.cohortId === null ? null : await lockCohort(tem, viewer, input.cohortId);
    if (!cohort) return { ok: false, errors: [new UserError('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort')] };
    if (cohort.status === 'CLOSED') {
      return { ok: false, errors: [new UserError('cohortId', ERROR_CODES.COHORT_NOT_OPEN, 'the cohort is closed')] };
    }
    const program = await tem.findOneOrFail(Program, cohort.program.id);
    const ids = input.personIds.filter((id): id is number => id !== null);
    const people = new Map((await tem.find(Person, scoped(viewer, 'Person', [{ id: { $in: ids } }]))).map((p) => [p.id, p]));
    const existing = new Map(
      (await tem.find(Enrollment, { cohort, person: { $in: ids } })).map((e) => [e.person.id, e]),
    );
    const errors: UserError[] = [];
    const reason = checkText(input.overrideReason, 'overrideReason', 500, errors, false);
    const seen = new Set<number>();
    input.personIds.forEach((id, i) => {
      const field = `personIds.${i}`;
      const person = id === null ? undefined : people.get(id);
      if (!person) return errors.push(new UserError(field, ERROR_CODES.NOT_FOUND, 'no such person'));
      if (person.archivedAt) return errors.push(new UserError(field, ERROR_CODES.ARCHIVED, 'the person is archived; restore them first'));
      const prior = existing.get(person.id);
      if (seen.has(person.id) || (prior && prior.status !== 'WITHDRAWN')) {
        return errors.push(new UserError(field, ERROR_CODES.ALREADY_ENROLLED, 'already enrolled or waitlisted in this cohort'));
      }
      seen.add(person.id);
      const targets = program.targetEselonGroups;
      if (!isEligible(targets, person.eselonGroup) && !reason) {
        errors.push(new UserError(field, ERROR_CODES.NOT_ELIGIBLE, `the program is for eselon groups ${targets.join(', ')}; give an override reason to enrol anyway`));
      }
    });
    if (errors.length > 0) return { ok: false, errors };

    let seated = await tem.count(Enrollment, { cohort, ...seatedWhere() });
    const [last] = await tem.find(Enrollment, { cohort, status: 'WAITLISTED' }, { orderBy: { waitlistPosition: 'desc' }, limit: 1 });
    let position = last?.waitlistPosition ?? 0;
    const result: Enrollment[] = [];
    for (const id of ids) {
      const person = people.get(id)!;
      const enrollment = existing.get(id) ?? tem.create(Enrollment, { cohort, person, status: 'ENROLLED' });
      const eligible = isEligible(program.targetEselonGroups, person.eselonGroup);
      enrollment.overrideReason = eligible ? null : reason;
      enrollment.withdrawalReason = null;
      if (seated < cohort.capacity) {
        enrollment.status = 'ENROLLED';
        enrollment.waitlistPosition = null;
        seated++;
      } else {
        enrollment.status = 'WAITLISTED';
        enrollment.waitlistPosition = ++position;
      }
      result.push(enrollment);
    }
    await tem.flush();
    await emitEvents(tem, cohort.academy.id, result.map((e) => enrollmentEvent('enrollment.changed', e)));
    return { ok: true, value: result };
  });
}

/**
 * Seats waitlisted people, first in line first, while the cohort has room, and
 * numbers the rest of the line from 1. Returns those who got a seat.
 */
export async function fillFreeSeats(tem: EntityManager, cohort: Cohort): Promise<Enrollment[]> {
  const seated = await tem.count(Enrollment, { cohort, ...seatedWhere() });
  const waiting = await tem.find(Enrollment, { cohort, status: 'WAITLISTED' }, { orderBy: { waitlistPosition: 'asc' } });
  const promoted = waiting.splice(0, Math.max(0, cohort.capacity - seated));
  for (const p of promoted) {
    p.status = 'ENROLLED';
    p.waitlistPosition = null;
  }
  waiting.forEach((w, i) => (w.waitlistPosition = i + 1));
  await tem.flush();
  await emitEvents(tem, cohort.academy.id, promoted.map((e) => enrollmentEvent('enrollment.changed', e)));
  return promoted;
}

/** Withdraws an enrolment; a freed seat goes to the first on the waitlist. */
export async function withdraw(
  em: EntityManager,
  viewer: Viewer,
  input: { enrollmentId: number | null; reason?: string | null },
): Promise<Outcome<{ enrollment: Enrollment; promoted: Enrollment | null }>> {
  return writeTransaction(em, async (tem) => {
    const found = input.enrollmentId === null ? null : await tem.findOne(Enrollment, scoped(viewer, 'Enrollment', [{ id: input.enrollmentId }]));
    if (!found) return { ok: false, errors: [new UserError('enrollmentId', ERROR_CODES.NOT_FOUND, 'no such enrolment')] };
    const reasonErrors: UserError[] = [];
    const reason = checkText(input.reason, 'reason', 500, reasonErrors, false);
    if (reasonErrors.length) return { ok: false, errors: reasonErrors };
    const cohort = (await lockCohort(tem, viewer, found.cohort.id))!;
    const enrollment = (await tem.findOne(Enrollment, found.id, { refresh: true }))!;
    if (enrollment.status === 'WITHDRAWN' || isCompleted(enrollment.status)) {
      return { ok: false, errors: [new UserError('enrollmentId', ERROR_CODES.NOT_WITHDRAWABLE, `the enrolment is already ${enrollment.status.toLowerCase()}`)] };
    }
    const freedSeat = enrollment.status === 'ENROLLED';
    const leftWaitlistAt = enrollment.waitlistPosition ?? null;
    enrollment.status = 'WITHDRAWN';
    enrollment.waitlistPosition = null;
    enrollment.withdrawalReason = reason;
    await tem.flush();
    await emitEvents(tem, cohort.academy.id, [enrollmentEvent('enrollment.changed', enrollment)]);
    const [promoted = null] = freedSeat || leftWaitlistAt !== null ? await fillFreeSeats(tem, cohort) : [];
    return { ok: true, value: { enrollment, promoted } };
  });
}
