import { approvedPlanSql } from '../action-plans/action-plan.rules.js';
import type { EntityManager } from '@mikro-orm/core';
import { sessionForSql } from '../groups/session-audience.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Secret, TOTP } from 'otpauth';
import { COMPLETED_STATUS, DEFAULT_COMPLETION_THRESHOLD, ERROR_CODES, type AttendanceStatus } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { actorOf, type Viewer } from '../../graphql/viewer.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { issueCertificates } from '../certificates/certificate.issue.js';
import { certificateNumberSql, certificateSequence } from '../enrollments/certificate.js';
import { seatedWhere } from '../enrollments/enrollment.rules.js';
import { Session } from '../sessions/session.entity.js';
import { Attendance } from './attendance.entity.js';
import { jpEarnedSql, jpExemptJpSql, meetsThresholdSql, passVerdict, type JpTotals, type PassVerdict } from './jp.rules.js';
import { emitEvents } from '../webhooks/webhook.outbox.js';
import { enqueueNotices, type NoticeRequest } from '../notices/notice.outbox.js';
import { Program } from '../programs/program.entity.js';
import { attendanceWarnings, WARNING_CONSECUTIVE_ABSENCES } from './attendance-warnings.js';
import { attendanceEvent, enrollmentEvent } from '../webhooks/webhook.events.js';

/** Check-in rules: the code on the room's screen changes every 20 seconds; check-in opens 30 minutes before the start. */
export const CHECK_IN = {
  periodSeconds: Number(process.env.LINTAS_CHECKIN_PERIOD_SECONDS ?? 20),
  opensMinutesBefore: Number(process.env.LINTAS_CHECKIN_OPENS_MINUTES ?? 30),
  /** Checked in after this many minutes past the start: late (terlambat). */
  lateAfterMinutes: Number(process.env.LINTAS_CHECKIN_LATE_MINUTES ?? 15),
} as const;

function totp(secret: string): TOTP {
  return new TOTP({ issuer: 'Lintas', label: 'hadir', digits: 6, period: CHECK_IN.periodSeconds, secret: Secret.fromBase32(secret) });
}

export function checkInOpen(session: Session, now: Date): boolean {
  return now.getTime() >= session.startsAt.getTime() - CHECK_IN.opensMinutesBefore * 60_000 && now < session.endsAt;
}

/** The code the room's screen shows now, and when it changes. */
export async function currentCheckInCode(em: EntityManager, session: Session, now = new Date()): Promise<{ code: string; expiresAt: Date }> {
  if (!session.checkInSecret) {
    // Compare-and-set: two screens opened at once (maybe on two processes) agree on one
    // secret, and the session's version (the schedule's optimistic lock) is left alone.
    await em.nativeUpdate(Session, { id: session.id, checkInSecret: null }, { checkInSecret: new Secret({ size: 20 }).base32 });
    await em.refresh(session);
  }
  const period = CHECK_IN.periodSeconds * 1000;
  return { code: totp(session.checkInSecret!).generate({ timestamp: now.getTime() }), expiresAt: new Date((Math.floor(now.getTime() / period) + 1) * period) };
}

/** Webhook event of one call's records, in the call's transaction. */
async function emitAttendance(tem: EntityManager, session: Session, records: Attendance[]): Promise<void> {
  if (records.length === 0) return;
  const cohort = await tem.findOneOrFail(Cohort, session.cohort.id);
  await emitEvents(tem, cohort.academy.id, [attendanceEvent(session, records)]);
  await noticeWarnings(tem, cohort, new Set(records.map((r) => r.person.id)));
}

/**
 * E-mails an attendance warning (attendance-warnings.ts) that these records made appear: to
 * the participant and, when the program says so, to their supervisor. Once per person,
 * cohort and kind of warning.
 */
async function noticeWarnings(tem: EntityManager, cohort: Cohort, people: Set<number>): Promise<void> {
  const warnings = (await attendanceWarnings(tem, cohort, WARNING_CONSECUTIVE_ABSENCES)).filter((w) => people.has(w.person.id));
  if (!warnings.length) return;
  const program = await tem.findOneOrFail(Program, cohort.program.id);
  const notices: NoticeRequest[] = [];
  for (const w of warnings) {
    const data = { cohortId: cohort.id, warning: w.kind };
    const key = `warning:${cohort.id}:${w.person.id}:${w.kind}`;
    notices.push({ kind: 'ATTENDANCE_WARNING', to: { personId: w.person.id }, data, key });
    const supervisor = w.person.supervisor?.id;
    if (program.warnSupervisor && supervisor) notices.push({ kind: 'ATTENDANCE_WARNING', to: { personId: supervisor }, data: { ...data, about: w.person.id }, key: `${key}:supervisor` });
  }
  await enqueueNotices(tem, cohort.academy.id, notices);
}

type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

/**
 * Records attendance for many people at once, all or none: only people seated in the
 * session's cohort; the last write wins per person and session, with who and when kept.
 */
export async function recordAttendance(
  em: EntityManager, viewer: Viewer, sessionId: number | null,
  entries: { personId: number | null; status: AttendanceStatus; note?: string | null }[],
): Promise<Result<Attendance[]>> {
  return writeTransaction(em, async (tem) => {
    const session = sessionId === null ? null : await tem.findOne(Session, scoped(viewer, 'Session', [{ id: sessionId }]));
    if (!session) return { ok: false, errors: [new UserError('sessionId', ERROR_CODES.NOT_FOUND, 'no such session')] };
    const ids = entries.map((e) => e.personId).filter((id): id is number => id !== null);
    const seated = new Set((await tem.find(Enrollment, { cohort: session.cohort.id, person: { $in: ids }, ...seatedWhere() })).map((e) => e.person.id));
    const errors = entries.flatMap((e, i) => (e.personId !== null && seated.has(e.personId) ? [] : [new UserError(`entries.${i}.personId`, ERROR_CODES.NOT_ENROLLED, "the person is not enrolled in the session's cohort")]));
    if (errors.length) return { ok: false, errors };
    const existing = new Map((await tem.find(Attendance, { session, person: { $in: ids } })).map((a) => [a.person.id, a]));
    const by = actorOf(viewer).actorLabel;
    const now = new Date();
    const out = entries.map((e) => {
      const a = existing.get(e.personId!) ?? tem.create(Attendance, { session, person: e.personId!, status: e.status });
      a.status = e.status;
      a.note = e.note?.trim() || null;
      a.recordedAt = now;
      a.recordedBy = by;
      existing.set(e.personId!, a);
      return a;
    });
    await tem.flush();
    await emitAttendance(tem, session, [...new Set(out)]);
    return { ok: true, value: out };
  });
}

/** After a session ends: everyone seated without a record is marked absent (alpa). */
export async function markUnrecordedAbsent(em: EntityManager, viewer: Viewer, sessionId: number | null, now = new Date()): Promise<Result<Attendance[]>> {
  return writeTransaction(em, async (tem) => {
    const session = sessionId === null ? null : await tem.findOne(Session, scoped(viewer, 'Session', [{ id: sessionId }]));
    if (!session) return { ok: false, errors: [new UserError('sessionId', ERROR_CODES.NOT_FOUND, 'no such session')] };
    if (session.endsAt > now) return { ok: false, errors: [new UserError('sessionId', ERROR_CODES.SESSION_NOT_ENDED, 'the session has not ended yet')] };
    const seated = await tem.find(Enrollment, { cohort: session.cohort.id, ...seatedWhere() });
    const recorded = new Set((await tem.find(Attendance, { session })).map((a) => a.person.id));
    const by = actorOf(viewer).actorLabel;
    const made = seated.filter((e) => !recorded.has(e.person.id)).map((e) => tem.create(Attendance, { session, person: e.person.id, status: 'ABSENT', recordedBy: by }));
    await tem.flush();
    await emitAttendance(tem, session, made);
    return { ok: true, value: made };
  });
}

/**
 * Self check-in with the code on the room's screen: only the current code (a code seen
 * before it rotated is refused), only while check-in is open, once per person and
 * session; present, or late past the grace minutes.
 */
export async function checkIn(em: EntityManager, viewer: Viewer, code: string, now = new Date()): Promise<Result<Attendance>> {
  if (viewer.kind !== 'account' || viewer.personId === null) return { ok: false, errors: [new UserError(null, ERROR_CODES.FORBIDDEN, 'only participants check in')] };
  const personId = viewer.personId;
  return writeTransaction(em, async (tem) => {
    const open = await tem.find(Session, {
      status: 'SCHEDULED', startsAt: { $lte: new Date(now.getTime() + CHECK_IN.opensMinutesBefore * 60_000) }, endsAt: { $gt: now },
      cohort: { enrollments: { person: personId, ...seatedWhere() } },
    });
    if (!open.length) return { ok: false, errors: [new UserError('code', ERROR_CODES.CHECKIN_CLOSED, 'no session of yours is open for check-in now')] };
    const clean = code.replace(/\D/g, '');
    const session = open.find((s) => s.checkInSecret && totp(s.checkInSecret).validate({ token: clean, timestamp: now.getTime(), window: 0 }) === 0);
    if (!session) return { ok: false, errors: [new UserError('code', ERROR_CODES.CHECKIN_CODE_INVALID, 'the code is wrong or has changed; type the one on the screen now')] };
    const prior = await tem.findOne(Attendance, { session, person: personId });
    if (prior?.checkInAt) return { ok: false, errors: [new UserError('code', ERROR_CODES.ALREADY_CHECKED_IN, 'you already checked in to this session')] };
    const late = now.getTime() > session.startsAt.getTime() + CHECK_IN.lateAfterMinutes * 60_000;
    const a = prior ?? tem.create(Attendance, { session, person: personId, status: 'PRESENT' });
    a.status = late ? 'LATE' : 'PRESENT';
    a.checkInAt = now;
    a.recordedAt = now;
    a.recordedBy = 'check-in';
    await tem.flush();
    await emitAttendance(tem, session, [a]);
    return { ok: true, value: a };
  });
}

export interface Progress extends JpTotals {
  /** JP of sessions that have ended. */
  jpPast: number;
}

/**
 * JP scheduled, earned and exempt of many enrolments in one aggregate: each seated
 * enrolment joined with its cohort's sessions and the person's attendance.
 */
export async function progressOf(em: EntityManager, enrollmentIds: readonly number[], now = new Date()): Promise<Progress[]> {
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const rows: { id: number; scheduled: number | null; earned: number | null; exempt: number | null; past: number | null }[] = await sqlEm.execute(
    knex('enrollment as e')
      .join('session as s', function () {
        this.on('s.cohort_id', 'e.cohort_id').andOnVal('s.status', 'SCHEDULED').andOn(knex.raw(sessionForSql('s', 'e.person_id')));
      })
      .leftJoin('attendance as a', function () {
        this.on('a.session_id', 's.id').andOn('a.person_id', 'e.person_id');
      })
      .select('e.id')
      .sum({ scheduled: 's.jp' })
      .select(knex.raw(`sum(${jpEarnedSql('a', 's')}) as earned`))
      .select(knex.raw(`sum(${jpExemptJpSql('a', 's')}) as exempt`))
      .select(knex.raw('sum(case when s.ends_at <= ? then s.jp else 0 end) as past', [em.getPlatform().processDateProperty(now)]))
      .whereIn('e.id', [...enrollmentIds])
      .groupBy('e.id'),
  );
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return enrollmentIds.map((id) => {
    const r = byId.get(id);
    return { jpScheduled: Number(r?.scheduled ?? 0), jpEarned: Number(r?.earned ?? 0), jpExempt: Number(r?.exempt ?? 0), jpPast: Number(r?.past ?? 0) };
  });
}

/**
 * The pass verdict (jp.rules.ts passVerdict) of many enrolments: their cohorts' scheduled
 * sessions with the person's status in each, read in one statement.
 */
export async function verdictsOf(em: EntityManager, enrollmentIds: readonly number[], now = new Date()): Promise<PassVerdict[]> {
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const rows: { id: number; jp: number; ends_at: unknown; status: AttendanceStatus | null; threshold: number }[] = await sqlEm.execute(
    knex('enrollment as e')
      .join('cohort as c', 'c.id', 'e.cohort_id')
      .join('session as s', function () {
        this.on('s.cohort_id', 'e.cohort_id').andOnVal('s.status', 'SCHEDULED');
      })
      .leftJoin('attendance as a', function () {
        this.on('a.session_id', 's.id').andOn('a.person_id', 'e.person_id');
      })
      .select('e.id', 's.jp', 's.ends_at', 'a.status', 'c.completion_threshold as threshold')
      .whereIn('e.id', [...enrollmentIds]),
  );
  const byId = new Map<number, typeof rows>();
  for (const r of rows) byId.set(Number(r.id), [...(byId.get(Number(r.id)) ?? []), r]);
  return enrollmentIds.map((id) => {
    const own = byId.get(id) ?? [];
    const sessions = own.map((r) => ({ jp: Number(r.jp), endsAt: dateOf(r.ends_at), status: r.status }));
    return passVerdict(sessions, own.length ? Number(own[0]!.threshold) : DEFAULT_COMPLETION_THRESHOLD, now);
  });
}

/** A timestamp as the driver hands it: a Date (PostgreSQL) or epoch milliseconds / ISO text (SQLite). */
const dateOf = (v: unknown): Date => (v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number)));

/**
 * When a cohort closes, every enrolment still enrolled that met the threshold (jp.rules.ts,
 * in SQL) becomes completed, and those without a certificate number get the next ones of
 * the academy, program and year in enrolment order (certificate.ts). Set-based: one UPDATE
 * decides, numbers and writes them all, so the statements do not grow with the cohort;
 * an `enrollment.completed` event per completed enrolment, in enrolment order.
 */
export async function completeEnrollments(em: EntityManager, cohort: Cohort): Promise<number> {
  const sqlEm = em as SqlEntityManager;
  const { prefix, last } = await certificateSequence(em, cohort);
  // Numbered among those still without a number (the others keep theirs), by id.
  const sql = `with done as (
      select e.id as done_id, row_number() over (partition by case when e.certificate_number is null then 0 else 1 end order by e.id) as n
      from enrollment e
      join cohort c on c.id = e.cohort_id
      join session s on s.cohort_id = e.cohort_id and s.status = 'SCHEDULED' and ${sessionForSql('s', 'e.person_id')}
      left join attendance a on a.session_id = s.id and a.person_id = e.person_id
      where e.cohort_id = ? and e.status = ? and ${approvedPlanSql('e', 'c')}
      group by e.id, e.certificate_number, c.completion_threshold
      having ${meetsThresholdSql('c.completion_threshold', 'a', 's')}
    )
    update enrollment set status = ?, certificate_number = coalesce(certificate_number, ${certificateNumberSql(last, 'done.n')}), updated_at = ?
    from done where id = done.done_id
    returning id, person_id, waitlist_position`;
  const now = em.getPlatform().processDateProperty(new Date());
  const rows = await sqlEm.execute<{ id: number; person_id: number; waitlist_position: number | null }[]>(sql, [cohort.id, 'ENROLLED', COMPLETED_STATUS, prefix, now], 'all');
  const completed = rows.map((r) => ({ id: Number(r.id), cohort: { id: cohort.id }, person: { id: Number(r.person_id) }, status: COMPLETED_STATUS, waitlistPosition: r.waitlist_position })).sort((a, b) => a.id - b.id);
  // Their certificates (STTP): one INSERT … SELECT in the same transaction (certificates/certificate.issue.ts).
  await issueCertificates(em, cohort.id, completed.map((e) => e.id));
  await emitEvents(em, cohort.academy.id, completed.map((e) => enrollmentEvent('enrollment.completed', e)));
  return completed.length;
}
