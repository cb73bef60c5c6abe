import { LockMode, type EntityManager } from '@mikro-orm/core';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { isPostgres } from '../../db/dialect.js';
import { writeTransaction } from '../../db/write-queue.js';
import { scoped } from '../tenancy.js';
import { checkText } from '../catalogue/catalogue.rules.js';
import { UserError } from '../../graphql/user-error.js';
import { actorOf, type Viewer } from '../../graphql/viewer.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { audit } from '../audit/audit.service.js';
import { enrollmentClashes, type EnrollmentClash } from '../sessions/conflicts.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { Program } from '../programs/program.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { isCompleted, isEligible, seatRoom } from './enrollment.rules.js';
import { wallClock } from '../sessions/local-time.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { emitEvents } from '../webhooks/webhook.outbox.js';
import { enrollmentEvent } from '../webhooks/webhook.events.js';
import { acceptPromotedNominations } from '../nominations/nomination.service.js';

type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

/**
 * Reads a cohort the caller may see inside the transaction, locked on PostgreSQL so
 * seats are counted by one writer at a time.
 */
async function lockCohort(em: EntityManager, viewer: Viewer, cohortId: number): Promise<Cohort | null> {
  return em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: cohortId }]), isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

/** What an enrolment asks: people, per-person or shared override reasons, and whether to force past conflicts or enrol only those who pass. */
export interface EnrollRequest {
  cohortId: number | null;
  personIds: (number | null)[];
  /** A reason for everyone in the batch outside the targets (kept for existing callers). */
  overrideReason?: string | null;
  /** A reason for one person outside the targets; it wins over `overrideReason`. */
  overrides?: { personId: number | null; reason: string | null }[] | null;
  /** Enrol people whose sessions elsewhere overlap this cohort's. */
  force?: boolean | null;
  /** Enrol those who pass and report the others; otherwise all or none. */
  partial?: boolean | null;
  /** The agency whose accepted nomination this enrolment comes from: it may use the seats reserved for that agency. */
  quotaAgencyId?: number | null;
}

/** One person of the batch: what happened, why not, and their clashes. */
export interface PersonOutcome {
  index: number;
  personId: number | null;
  enrollment: Enrollment | null;
  errors: UserError[];
  clashes: EnrollmentClash[];
  /** An override was recorded for them by this request. */
  overridden: boolean;
}

export interface EnrollOutcome {
  enrollments: Enrollment[];
  errors: UserError[];
  people: PersonOutcome[];
}

/**
 * Enrols people in a cohort: eligibility by the program's target eselon groups (an
 * override needs a reason, per person or for the batch; an earlier one is kept), no
 * double enrolment, no overlap with sessions of other cohorts the person is seated in
 * (unless forced), seats up to capacity and the waitlist after that. All or none,
 * unless `partial`: then those who pass are enrolled and the others reported.
 * Each recorded override gets its own audit entry (enrolment, person, actor, reason).
 */
export async function enroll(em: EntityManager, viewer: Viewer, input: EnrollRequest, ip: string | null = null): Promise<EnrollOutcome> {
  return writeTransaction(em, (tem) => enrollIn(tem, viewer, input, ip));
}

/** `enroll` inside a transaction the caller holds (a nomination's acceptance enrols with it). */
export async function enrollIn(tem: EntityManager, viewer: Viewer, input: EnrollRequest, ip: string | null = null): Promise<EnrollOutcome> {
  const refuse = (errors: UserError[]): EnrollOutcome => ({ enrollments: [], errors, people: [] });
  {
    const cohort = input.cohortId === null ? null : await lockCohort(tem, viewer, input.cohortId);
    if (!cohort) return refuse([new UserError('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort')]);
    if (cohort.status === 'CLOSED') return refuse([new UserError('cohortId', ERROR_CODES.COHORT_NOT_OPEN, 'the cohort is closed')]);
    const inputErrors: UserError[] = [];
    const shared = checkText(input.overrideReason, 'overrideReason', 500, inputErrors, false);
    const reasons = new Map<number, string>();
    (input.overrides ?? []).forEach((o, j) => {
      if (o.personId === null || !input.personIds.includes(o.personId)) {
        return inputErrors.push(new UserError(`overrides.${j}.personId`, ERROR_CODES.NOT_FOUND, 'the override names a person not in personIds'));
      }
      const reason = checkText(o.reason, `overrides.${j}.reason`, 500, inputErrors, true);
      if (reason) reasons.set(o.personId, reason);
    });
    if (inputErrors.length > 0) return refuse(inputErrors);

    const program = await tem.findOneOrFail(Program, cohort.program.id);
    const ids = [...new Set(input.personIds.filter((id): id is number => id !== null))];
    const people = new Map((await tem.find(Person, scoped(viewer, 'Person', [{ id: { $in: ids } }]))).map((p) => [p.id, p]));
    const existing = new Map(
      (await tem.find(Enrollment, { cohort, person: { $in: ids } })).map((e) => [e.person.id, e]),
    );
    const clashes = await enrollmentClashes(tem, cohort.id, [...people.keys()]);
    const seen = new Set<number>();
    const outcomes: PersonOutcome[] = input.personIds.map((id, index) => {
      const field = `personIds.${index}`;
      const out: PersonOutcome = { index, personId: id, enrollment: null, errors: [], clashes: [], overridden: false };
      const fail = (code: ErrorCode, message: string) => { out.errors.push(new UserError(field, code, message)); return out; };
      const person = id === null ? undefined : people.get(id);
      if (!person) return fail(ERROR_CODES.NOT_FOUND, 'no such person');
      if (person.archivedAt) return fail(ERROR_CODES.ARCHIVED, 'the person is archived; restore them first');
      const prior = existing.get(person.id);
      if (seen.has(person.id) || (prior && prior.status !== 'WITHDRAWN')) return fail(ERROR_CODES.ALREADY_ENROLLED, 'already enrolled or waitlisted in this cohort');
      seen.add(person.id);
      const targets = program.targetEselonGroups;
      if (!isEligible(targets, person.eselonGroup) && !(reasons.get(person.id) ?? shared) && !prior?.overrideReason) {
        fail(ERROR_CODES.NOT_ELIGIBLE, `the program is for eselon groups ${targets.join(', ')}; give an override reason to enrol anyway`);
      }
      out.clashes = clashes.filter((c) => c.personId === person.id);
      if (out.clashes.length > 0 && !input.force) {
        const [first] = out.clashes;
        fail(ERROR_CODES.ENROLLMENT_SCHEDULE_CONFLICT, `${out.clashes.length} sessions of this cohort overlap sessions of ${first!.otherCohortCode} the person attends; send force: true to enrol anyway`);
      }
      return out;
    });
    const errors = outcomes.flatMap((o) => o.errors);
    if (errors.length > 0 && !input.partial) return { enrollments: [], errors, people: outcomes };

    const now = new Date();
    const room = await seatRoom(tem, cohort, wallClock(now, cohort.timeZone).date);
    const agency = input.quotaAgencyId ?? null;
    const [last] = await tem.find(Enrollment, { cohort, status: 'WAITLISTED' }, { orderBy: { waitlistPosition: 'desc' }, limit: 1 });
    let position = last?.waitlistPosition ?? 0;
    const by = actorOf(viewer).actor;
    const result: Enrollment[] = [];
    for (const out of outcomes) {
      if (out.errors.length > 0) continue;
      const person = people.get(out.personId!)!;
      const enrollment = existing.get(person.id) ?? tem.create(Enrollment, { cohort, person, status: 'ENROLLED' });
      const reason = reasons.get(person.id) ?? shared;
      // A new reason replaces the earlier one (with who and when); without one the earlier override stays.
      if (!isEligible(program.targetEselonGroups, person.eselonGroup) && reason) {
        enrollment.overrideReason = reason;
        enrollment.overrideBy = by;
        enrollment.overrideAt = now;
        out.overridden = true;
      }
      enrollment.withdrawalReason = null;
      if (room.canSeat(agency)) {
        enrollment.status = 'ENROLLED';
        enrollment.waitlistPosition = null;
        room.take(agency);
      } else {
        enrollment.status = 'WAITLISTED';
        enrollment.waitlistPosition = ++position;
      }
      out.enrollment = enrollment;
      result.push(enrollment);
    }
    await tem.flush();
    await audit(tem, viewer, ip, outcomes.filter((o) => o.overridden).map((o) => ({
      action: 'enrollment.override', targetType: 'Enrollment', targetId: o.enrollment!.id,
      details: {
        enrollmentId: toGlobalId('Enrollment', o.enrollment!.id), personId: toGlobalId('Person', o.personId!), cohortId: toGlobalId('Cohort', cohort.id),
        reason: o.enrollment!.overrideReason, overrideBy: by,
      },
    })));
    await emitEvents(tem, cohort.academy.id, result.map((e) => enrollmentEvent('enrollment.changed', e)));
    return { enrollments: result, errors, people: outcomes };
  }
}

/**
 * Seats waitlisted people, first in line first, while the cohort has room, and
 * numbers the rest of the line from 1. Returns those who got a seat.
 */
export async function fillFreeSeats(tem: EntityManager, cohort: Cohort, by: Viewer | null = null, ip: string | null = null): Promise<Enrollment[]> {
  const room = await seatRoom(tem, cohort, wallClock(new Date(), cohort.timeZone).date);
  const line = await tem.find(Enrollment, { cohort, status: 'WAITLISTED' }, { orderBy: { waitlistPosition: 'asc' } });
  // Someone an agency nominated may take a seat reserved for that agency ahead of the line.
  const sqlEm = tem as SqlEntityManager;
  const nominated = line.length === 0 ? [] : await sqlEm.execute<{ enrollment_id: number; agency_id: number }[]>(
    sqlEm.getKnex()('nomination').select('enrollment_id', 'agency_id').whereIn('enrollment_id', line.map((e) => e.id)),
  );
  const agencyOf = new Map(nominated.map((n) => [Number(n.enrollment_id), Number(n.agency_id)]));
  const promoted: Enrollment[] = [];
  const waiting: Enrollment[] = [];
  for (const e of line) {
    const agency = agencyOf.get(e.id) ?? null;
    if (room.canSeat(agency)) {
      room.take(agency);
      e.status = 'ENROLLED';
      e.waitlistPosition = null;
      promoted.push(e);
    } else {
      waiting.push(e);
    }
  }
  waiting.forEach((w, i) => (w.waitlistPosition = i + 1));
  await tem.flush();
  await emitEvents(tem, cohort.academy.id, promoted.map((e) => enrollmentEvent('enrollment.changed', e)));
  // The nominations that produced these enrolments are accepted now.
  await acceptPromotedNominations(tem, by ?? { actor: 'system', actorLabel: 'system' }, ip, promoted.map((e) => e.id));
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
    const [promoted = null] = freedSeat || leftWaitlistAt !== null ? await fillFreeSeats(tem, cohort, viewer) : [];
    return { ok: true, value: { enrollment, promoted } };
  });
}
