import { LockMode, ref, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES, type ErrorCode, type NominationStatus } from '@lintas/shared';
import { isPostgres } from '../../db/dialect.js';
import { writeTransaction } from '../../db/write-queue.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { UserError } from '../../graphql/user-error.js';
import { actorOf, type Viewer } from '../../graphql/viewer.js';
import { Account } from '../accounts/account.entity.js';
import { createInvitation } from '../accounts/account.service.js';
import { Agency } from '../academies/agency.entity.js';
import { audit } from '../audit/audit.service.js';
import { checkText } from '../catalogue/catalogue.rules.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { enrollIn } from '../enrollments/enrollment.service.js';
import { completedSql } from '../enrollments/enrollment.rules.js';
import { enqueueNotices, type NoticeRequest } from '../notices/notice.outbox.js';
import { Person } from '../persons/person.entity.js';
import { Program } from '../programs/program.entity.js';
import { cohortsOf } from '../reports/participation.repository.js';
import { wallClock } from '../sessions/local-time.js';
import { scoped } from '../tenancy.js';
import { emitEvents } from '../webhooks/webhook.outbox.js';
import type { OutboxEvent } from '../webhooks/webhook.outbox.js';
import { CohortQuota, Nomination } from './nomination.entity.js';

type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };
const fail = <T>(field: string | null, code: ErrorCode, message: string): Outcome<T> => ({ ok: false, errors: [new UserError(field, code, message)] });

/** States that hold the person's place in the cohort's intake: a second nomination for the same cohort is refused. */
export const LIVE_NOMINATION_STATUSES: readonly NominationStatus[] = ['SUPERVISOR_PENDING', 'PENDING', 'ACCEPTED', 'WAITLISTED'];
/** States nobody has decided yet: they expire at the cohort's start. */
export const UNDECIDED_NOMINATION_STATUSES: readonly NominationStatus[] = ['SUPERVISOR_PENDING', 'PENDING'];

/** The cohort's start has come (today in its zone is on or after the start date): undecided nominations expire. */
export const nominationExpired = (cohort: Pick<Cohort, 'startDate' | 'timeZone'>, now: Date): boolean => wallClock(now, cohort.timeZone).date >= cohort.startDate;

/** The cohort takes nominations: open, and not started. */
const takesNominations = (cohort: Cohort, now: Date): boolean => cohort.status === 'OPEN' && !nominationExpired(cohort, now);

export function nominationEvent(n: Nomination): OutboxEvent {
  return {
    type: 'nomination.changed',
    data: {
      nominationId: toGlobalId('Nomination', n.id), cohortId: toGlobalId('Cohort', n.cohort.id), personId: toGlobalId('Person', n.person.id),
      agencyId: toGlobalId('Agency', n.agency.id), status: n.status, reason: n.reason ?? null,
      enrollmentId: n.enrollment ? toGlobalId('Enrollment', n.enrollment.id) : null,
    },
  };
}

/** The audit entry, webhook event and (for results) notices of one transition, in the transaction that made it. */
async function record(tem: EntityManager, by: Viewer | { actor: string; actorLabel: string }, ip: string | null, n: Nomination, action: string, notices: NoticeRequest[] = []): Promise<void> {
  await tem.flush();
  const academyId = (await tem.findOneOrFail(Cohort, n.cohort.id)).academy.id;
  await audit(tem, by, ip, [{
    action, targetType: 'Nomination', targetId: n.id,
    details: { nominationId: toGlobalId('Nomination', n.id), cohortId: toGlobalId('Cohort', n.cohort.id), personId: toGlobalId('Person', n.person.id), status: n.status, reason: n.reason ?? n.supervisorNote ?? null },
  }]);
  await emitEvents(tem, academyId, [nominationEvent(n)]);
  await enqueueNotices(tem, academyId, notices);
}

/**
 * NOMINATION_RESULT to the nominee and to the account that nominated. The key names the
 * decision (its status and instant), so a decline that was undone and made again is told
 * again, while a retried transaction still writes each notice once.
 */
function resultNotices(n: Nomination): NoticeRequest[] {
  const data = { nominationId: toGlobalId('Nomination', n.id), status: n.status, reason: n.reason ?? undefined, cohortId: toGlobalId('Cohort', n.cohort.id) };
  const key = `nomination:${n.id}:${n.status}${n.decidedAt ? `:${n.decidedAt.getTime()}` : ''}`;
  return [
    { kind: 'NOMINATION_RESULT', to: { personId: n.person.id }, data, key: `${key}:person` },
    ...(n.nominatedBy ? [{ kind: 'NOMINATION_RESULT' as const, to: { accountId: n.nominatedBy.id }, data, key: `${key}:account` }] : []),
  ];
}

async function lockCohort(tem: EntityManager, viewer: Viewer, cohortId: number): Promise<Cohort | null> {
  return tem.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: cohortId }]), isPostgres(tem) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

async function findNomination(tem: EntityManager, viewer: Viewer, id: number | null): Promise<Nomination | null> {
  if (id === null) return null;
  const found = await tem.findOne(Nomination, scoped(viewer, 'Nomination', [{ id }]));
  if (!found) return null;
  // Seats and the one-live-nomination rule are decided by one writer per cohort.
  if (isPostgres(tem)) await tem.findOne(Cohort, found.cohort.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  return tem.findOne(Nomination, id, { refresh: true });
}

/**
 * Nominates a person for an open cohort: an agency's HR officer its own people, an organizer
 * the academy's. One live nomination per person and cohort; someone already enrolled is refused.
 * A program that asks for the supervisor starts the nomination at SUPERVISOR_PENDING.
 */
export async function nominate(
  em: EntityManager, viewer: Viewer, input: { cohortId: number | null; personId: number | null; note?: string | null }, ip: string | null,
): Promise<Outcome<Nomination>> {
  return writeTransaction(em, async (tem) => {
    const errors: UserError[] = [];
    const note = checkText(input.note, 'note', 1000, errors, false, true);
    if (errors.length) return { ok: false, errors };
    const cohort = input.cohortId === null ? null : await lockCohort(tem, viewer, input.cohortId);
    if (!cohort) return fail('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort');
    const now = new Date();
    if (!takesNominations(cohort, now)) return fail('cohortId', ERROR_CODES.NOMINATION_COHORT_NOT_OPEN, 'the cohort takes nominations only while it is open and before it starts');
    const person = input.personId === null ? null : await tem.findOne(Person, scoped(viewer, 'Person', [{ id: input.personId, agency: { academy: cohort.academy.id } }]));
    if (!person) return fail('personId', ERROR_CODES.NOT_FOUND, 'no such person');
    if (person.archivedAt) return fail('personId', ERROR_CODES.ARCHIVED, 'the person is archived');
    const live = await tem.count(Nomination, { cohort, person, status: { $in: [...LIVE_NOMINATION_STATUSES] } });
    const enrolled = await (tem as SqlEntityManager).execute<{ n: number | string }[]>(
      (tem as SqlEntityManager).getKnex()('enrollment').where({ cohort_id: cohort.id, person_id: person.id }).whereNot('status', 'WITHDRAWN').count({ n: '*' }) as never,
    );
    if (live > 0 || Number(enrolled[0]?.n ?? 0) > 0) {
      return fail('personId', ERROR_CODES.NOMINATION_DUPLICATE, 'the person already has a live nomination or an enrolment for this cohort');
    }
    const program = await tem.findOneOrFail(Program, cohort.program.id);
    const nomination = tem.create(Nomination, {
      cohort, person, agency: person.agency, note,
      nominatedBy: viewer.kind === 'account' ? tem.getReference(Account, viewer.account.id) : null,
      status: program.requiresSupervisorApproval ? 'SUPERVISOR_PENDING' : 'PENDING',
    });
    await record(tem, viewer, ip, nomination, 'nomination.created');
    return { ok: true, value: nomination };
  });
}

/**
 * The supervisor stage: the nominee's supervisor (signed in as a participant) or an organizer
 * approves (→ PENDING) or refuses (→ DECLINED, with a reason).
 */
export async function decideAsSupervisor(
  em: EntityManager, viewer: Viewer, input: { nominationId: number | null; approve: boolean; note?: string | null }, ip: string | null,
): Promise<Outcome<Nomination>> {
  return writeTransaction(em, async (tem) => {
    const n = await findNomination(tem, viewer, input.nominationId);
    if (!n) return fail('nominationId', ERROR_CODES.NOT_FOUND, 'no such nomination');
    if (viewer.kind === 'account' && viewer.role === 'PARTICIPANT') {
      const person = await tem.findOneOrFail(Person, n.person.id);
      if (!person.supervisor || person.supervisor.id !== viewer.personId) return fail('nominationId', ERROR_CODES.NOMINATION_NOT_SUPERVISOR, "only the nominee's supervisor or an organizer decides at this stage");
    }
    if (n.status !== 'SUPERVISOR_PENDING') return fail('nominationId', ERROR_CODES.NOMINATION_WRONG_STATE, `the nomination is ${n.status.toLowerCase()}, not waiting for the supervisor`);
    const errors: UserError[] = [];
    const note = checkText(input.note, 'note', 500, errors, !input.approve);
    if (!input.approve && !note) return fail('note', ERROR_CODES.NOMINATION_REASON_REQUIRED, 'a refusal needs a reason');
    if (errors.length) return { ok: false, errors };
    n.supervisorDecidedBy = actorOf(viewer).actor;
    n.supervisorDecidedAt = new Date();
    n.supervisorNote = note;
    if (input.approve) {
      n.status = 'PENDING';
      await record(tem, viewer, ip, n, 'nomination.supervisor-approved');
    } else {
      n.status = 'DECLINED';
      n.decidedBy = n.supervisorDecidedBy;
      n.decidedAt = n.supervisorDecidedAt;
      n.reason = note;
      await record(tem, viewer, ip, n, 'nomination.supervisor-refused', resultNotices(n));
    }
    return { ok: true, value: n };
  });
}

/**
 * The academy decides a pending nomination. ACCEPT enrols the person through the enrolment
 * rules (eligibility with an optional override reason, schedule conflicts unless forced,
 * capacity with the agency's reserved seats; past capacity the waitlist); their refusals come
 * back as this payload's errors and the nomination stays pending. DECLINE needs a reason.
 */
export async function decideNomination(
  em: EntityManager, viewer: Viewer,
  input: { nominationId: number | null; decision: 'ACCEPT' | 'DECLINE'; reason?: string | null; overrideReason?: string | null; force?: boolean | null },
  ip: string | null,
): Promise<Outcome<Nomination>> {
  const result = await writeTransaction(em, async (tem): Promise<Outcome<Nomination> | 'expired'> => {
    const n = await findNomination(tem, viewer, input.nominationId);
    if (!n) return fail('nominationId', ERROR_CODES.NOT_FOUND, 'no such nomination');
    const cohort = await tem.findOneOrFail(Cohort, n.cohort.id);
    if (UNDECIDED_NOMINATION_STATUSES.includes(n.status) && nominationExpired(cohort, new Date())) return 'expired';
    if (n.status !== 'PENDING') return fail('nominationId', ERROR_CODES.NOMINATION_WRONG_STATE, `the nomination is ${n.status.toLowerCase()}, not pending`);
    const errors: UserError[] = [];
    const reason = checkText(input.reason, 'reason', 500, errors, false);
    if (errors.length) return { ok: false, errors };
    if (input.decision === 'DECLINE') {
      if (!reason) return fail('reason', ERROR_CODES.NOMINATION_REASON_REQUIRED, 'a decline needs a reason');
      n.status = 'DECLINED';
      n.reason = reason;
      n.decidedBy = actorOf(viewer).actor;
      n.decidedAt = new Date();
      await record(tem, viewer, ip, n, 'nomination.declined', resultNotices(n));
      return { ok: true, value: n };
    }
    const enrolled = await enrollIn(tem, viewer, {
      cohortId: cohort.id, personIds: [n.person.id], overrideReason: input.overrideReason, force: input.force, quotaAgencyId: n.agency.id,
    }, ip);
    if (enrolled.errors.length > 0 || !enrolled.enrollments[0]) {
      return { ok: false, errors: enrolled.errors.map((e) => new UserError(e.field?.startsWith('personIds') ? 'nominationId' : e.field, e.code as ErrorCode, e.message)) };
    }
    const enrollment = enrolled.enrollments[0];
    n.enrollment = ref(enrollment);
    n.status = enrollment.status === 'WAITLISTED' ? 'WAITLISTED' : 'ACCEPTED';
    n.reason = reason;
    n.decidedBy = actorOf(viewer).actor;
    n.decidedAt = new Date();
    const notices = resultNotices(n);
    // A nominee without a password yet gets an invitation to set one.
    const account = await tem.findOne(Account, { person: n.person.id });
    if (!account?.passwordHash) {
      const person = await tem.findOneOrFail(Person, n.person.id);
      const createdBy = viewer.kind === 'account' ? await tem.findOne(Account, viewer.account.id) : null;
      const invitation = await createInvitation(tem, person, createdBy);
      notices.push({ kind: 'INVITATION', to: { personId: person.id }, data: { invitationCode: invitation.code, expiresAt: invitation.expiresAt.toISOString() }, key: `nomination:${n.id}:invitation` });
    }
    await record(tem, viewer, ip, n, n.status === 'ACCEPTED' ? 'nomination.accepted' : 'nomination.waitlisted', notices);
    return { ok: true, value: n };
  });
  if (result !== 'expired') return result;
  await expireDueNominations(em);
  return fail('nominationId', ERROR_CODES.NOMINATION_WRONG_STATE, 'the nomination expired at the cohort start');
}

/**
 * The waitlist moved: nominations whose enrolments just got a seat become ACCEPTED, each
 * audited, emitted and noticed like any transition, in the transaction that seated them.
 */
export async function acceptPromotedNominations(tem: EntityManager, by: Viewer | { actor: string; actorLabel: string }, ip: string | null, enrollmentIds: number[]): Promise<void> {
  if (enrollmentIds.length === 0) return;
  const rows = await tem.find(Nomination, { enrollment: { $in: enrollmentIds }, status: 'WAITLISTED' }, { orderBy: { id: 'asc' } });
  for (const n of rows) {
    n.status = 'ACCEPTED';
    await record(tem, by, ip, n, 'nomination.promoted', resultNotices(n));
  }
}

/** Undoes a decline (back to PENDING) while the cohort still takes nominations. */
export async function undoDecline(em: EntityManager, viewer: Viewer, input: { nominationId: number | null }, ip: string | null): Promise<Outcome<Nomination>> {
  return writeTransaction(em, async (tem) => {
    const n = await findNomination(tem, viewer, input.nominationId);
    if (!n) return fail('nominationId', ERROR_CODES.NOT_FOUND, 'no such nomination');
    if (n.status !== 'DECLINED') return fail('nominationId', ERROR_CODES.NOMINATION_WRONG_STATE, `the nomination is ${n.status.toLowerCase()}, not declined`);
    const cohort = await tem.findOneOrFail(Cohort, n.cohort.id);
    if (!takesNominations(cohort, new Date())) return fail('nominationId', ERROR_CODES.NOMINATION_WRONG_STATE, 'a decline can be undone only while the cohort is open and has not started');
    const live = await tem.count(Nomination, { cohort: n.cohort.id, person: n.person.id, status: { $in: [...LIVE_NOMINATION_STATUSES] } });
    if (live > 0) return fail('nominationId', ERROR_CODES.NOMINATION_DUPLICATE, 'the person has another live nomination for this cohort');
    n.status = 'PENDING';
    n.reason = null;
    n.decidedBy = null;
    n.decidedAt = null;
    await record(tem, viewer, ip, n, 'nomination.decline-undone');
    return { ok: true, value: n };
  });
}

/** The nominating agency (or an organizer) withdraws a nomination nobody has decided yet. */
export async function withdrawNomination(em: EntityManager, viewer: Viewer, input: { nominationId: number | null; reason?: string | null }, ip: string | null): Promise<Outcome<Nomination>> {
  return writeTransaction(em, async (tem) => {
    const n = await findNomination(tem, viewer, input.nominationId);
    if (!n) return fail('nominationId', ERROR_CODES.NOT_FOUND, 'no such nomination');
    if (!UNDECIDED_NOMINATION_STATUSES.includes(n.status)) return fail('nominationId', ERROR_CODES.NOMINATION_WRONG_STATE, `the nomination is ${n.status.toLowerCase()}; only undecided ones are withdrawn`);
    const errors: UserError[] = [];
    const reason = checkText(input.reason, 'reason', 500, errors, false);
    if (errors.length) return { ok: false, errors };
    n.status = 'WITHDRAWN';
    n.reason = reason;
    n.decidedBy = actorOf(viewer).actor;
    n.decidedAt = new Date();
    await record(tem, viewer, ip, n, 'nomination.withdrawn');
    return { ok: true, value: n };
  });
}

const SYSTEM = { actor: 'system', actorLabel: 'system' };

/**
 * Marks EXPIRED the nominations nobody decided by their cohort's start date (in the cohort's
 * zone), each audited, emitted and noticed like any transition. Run periodically and before
 * nominations are read or decided. Returns how many expired.
 */
export async function expireDueNominations(em: EntityManager, now = new Date()): Promise<number> {
  // The latest "today" of the three zones (WIT, +9) bounds the candidates; each cohort's own zone decides.
  const latestToday = wallClock(now, 'WIT').date;
  const candidates = await em.fork().find(Nomination, { status: { $in: [...UNDECIDED_NOMINATION_STATUSES] }, cohort: { startDate: { $lte: latestToday } } }, { populate: ['cohort'] });
  const due = candidates.filter((n) => nominationExpired(n.cohort.getEntity(), now)).map((n) => n.id);
  if (due.length === 0) return 0;
  return writeTransaction(em.fork(), async (tem) => {
    const rows = await tem.find(Nomination, { id: { $in: due }, status: { $in: [...UNDECIDED_NOMINATION_STATUSES] } });
    for (const n of rows) {
      n.status = 'EXPIRED';
      n.decidedBy = SYSTEM.actor;
      n.decidedAt = now;
      await record(tem, SYSTEM, null, n, 'nomination.expired', resultNotices(n));
    }
    return rows.length;
  });
}

/**
 * Replaces a cohort's reserved seats per agency (agencies of the cohort's academy; their sum
 * at most the capacity) and, when given, the days before the start they are released.
 */
export async function setCohortQuotas(
  em: EntityManager, viewer: Viewer,
  input: { cohortId: number | null; quotas: { agencyId: number | null; seats: number }[]; releaseDays?: number | null },
  ip: string | null,
): Promise<Outcome<Cohort>> {
  return writeTransaction(em, async (tem) => {
    const cohort = input.cohortId === null ? null : await lockCohort(tem, viewer, input.cohortId);
    if (!cohort) return fail('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort');
    const errors: UserError[] = [];
    const ids = input.quotas.map((q) => q.agencyId).filter((id): id is number => id !== null);
    const agencies = new Set((await tem.find(Agency, { id: { $in: ids }, academy: cohort.academy.id })).map((a) => a.id));
    const seen = new Set<number>();
    input.quotas.forEach((q, i) => {
      if (q.agencyId === null || !agencies.has(q.agencyId) || seen.has(q.agencyId)) errors.push(new UserError(`quotas.${i}.agencyId`, ERROR_CODES.NOT_FOUND, 'no such agency in this academy, or given twice'));
      else seen.add(q.agencyId);
      if (!Number.isInteger(q.seats) || q.seats < 0) errors.push(new UserError(`quotas.${i}.seats`, ERROR_CODES.OUT_OF_RANGE, 'seats must be a whole number, 0 or more'));
    });
    if (input.releaseDays != null && !(Number.isInteger(input.releaseDays) && input.releaseDays >= 0 && input.releaseDays <= 365)) {
      errors.push(new UserError('releaseDays', ERROR_CODES.OUT_OF_RANGE, 'release days must be a whole number from 0 to 365'));
    }
    if (input.quotas.reduce((n, q) => n + q.seats, 0) > cohort.capacity) errors.push(new UserError('quotas', ERROR_CODES.QUOTA_OVER_CAPACITY, 'the reserved seats add up to more than the capacity'));
    if (errors.length) return { ok: false, errors };
    await tem.nativeDelete(CohortQuota, { cohort: cohort.id });
    for (const q of input.quotas) if (q.seats > 0) tem.create(CohortQuota, { cohort, agency: tem.getReference(Agency, q.agencyId!), seats: q.seats });
    if (input.releaseDays !== undefined) cohort.quotaReleaseDays = input.releaseDays;
    await tem.flush();
    await audit(tem, viewer, ip, [{
      action: 'cohort.quotas', targetType: 'Cohort', targetId: cohort.id,
      details: { cohortId: toGlobalId('Cohort', cohort.id), quotas: input.quotas.map((q) => ({ agencyId: toGlobalId('Agency', q.agencyId!), seats: q.seats })), releaseDays: cohort.quotaReleaseDays ?? null },
    }]);
    return { ok: true, value: cohort };
  });
}

/**
 * An agency's eselon I–II officials in a year, in one aggregate: how many are on its roster,
 * how many it nominated for cohorts of the year, and how many completed a cohort of the year
 * (the reports' completed rule and cohorts-in-period rule).
 */
export async function agencyLeaderCounts(em: EntityManager, agencyId: number, year: number): Promise<{ roster: number; nominated: number; trained: number }> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const nominated = cohortsOf(period, ['n.person_id = p.id', 'n.agency_id = p.agency_id']);
  const trained = cohortsOf(period, ['e.person_id = p.id', completedSql('e')]);
  const sql = `select count(*) as roster,
      coalesce(sum(case when exists (select 1 from nomination n join cohort c on c.id = n.cohort_id where ${nominated.where.join(' and ')}) then 1 else 0 end), 0) as nominated,
      coalesce(sum(case when exists (select 1 from enrollment e join cohort c on c.id = e.cohort_id where ${trained.where.join(' and ')}) then 1 else 0 end), 0) as trained
    from person p where p.agency_id = ? and p.eselon_group in ('I', 'II') and p.archived_at is null`;
  const [row] = await (em as SqlEntityManager).execute<{ roster: number | string; nominated: number | string; trained: number | string }[]>(sql, [...nominated.bind, ...trained.bind, agencyId]);
  return { roster: Number(row?.roster ?? 0), nominated: Number(row?.nominated ?? 0), trained: Number(row?.trained ?? 0) };
}
