import { LockMode, OptimisticLockError, ref, type EntityManager } from '@mikro-orm/core';
import { isPostgres } from '../../db/dialect.js';
import { ERROR_CODES } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';
import { findIssues, type Candidate } from './conflicts.js';
import { archivedError } from '../catalogue/catalogue.rules.js';
import { IssueSeverity, type ScheduleIssue } from './schedule-issue.js';
import { Session } from './session.entity.js';
import { CohortGroup } from '../groups/cohort-group.entity.js';
import { emitEvents } from '../webhooks/webhook.outbox.js';
import { sessionEvent } from '../webhooks/webhook.events.js';
import { enqueueNotices, sessionAudience } from '../notices/notice.outbox.js';

/** What a participant's notice says about a session: when it changes, they are told. */
const noticeFacts = (s: Session) => JSON.stringify([s.startsAt.getTime(), s.endsAt.getTime(), s.venue?.id ?? null, s.onlineUrl ?? null, s.module.id, s.facilitator?.id ?? null, s.group?.id ?? null]);

/**
 * E-mails the people a moved or cancelled session is for (SCHEDULE_CHANGED, SESSION_CANCELLED),
 * in the schedule change's transaction; sessions already over are left alone. Keyed by session
 * and version, so each change is told once.
 */
async function notifySchedule(tem: EntityManager, academyId: number, moved: Session[], cancelled: Session[]): Promise<void> {
  const now = Date.now();
  const current = [...moved, ...cancelled].filter((s) => s.endsAt.getTime() > now);
  if (!current.length) return;
  const audience = await sessionAudience(tem, current);
  await enqueueNotices(tem, academyId, current.flatMap((s) => (audience.get(s.id) ?? []).map((personId) => {
    const kind = s.status === 'CANCELLED' ? 'SESSION_CANCELLED' as const : 'SCHEDULE_CHANGED' as const;
    return { kind, to: { personId }, data: { sessionId: s.id }, key: `${kind === 'SESSION_CANCELLED' ? 'cancelled' : 'changed'}:${s.id}:v${s.version}:${personId}` };
  })));
}

/** One change to a cohort's schedule: a new session (no id), a move (id + version), or a cancellation. */
export interface ScheduleOp {
  id?: number | null;
  version?: number | null;
  cancel?: boolean;
  moduleId?: number | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  venueId?: number | null;
  facilitatorId?: number | null;
  onlineUrl?: string | null;
  /** A group of the cohort the session is for; null for the whole cohort, absent keeps it. */
  groupId?: number | null;
}

export interface ScheduleOutcome {
  sessions: Session[];
  issues: ScheduleIssue[];
  errors: UserError[];
}

/**
 * Applies changes to one cohort's schedule in one transaction, after checking them
 * against everything else: hard conflicts refuse the whole batch unless forced, and
 * are returned either way; warnings never refuse. A stale version refuses too.
 */
export async function applySchedule(em: EntityManager, viewer: Viewer, cohortId: number | null, ops: ScheduleOp[], force: boolean): Promise<ScheduleOutcome> {
  try {
    return await writeTransaction(em, (tem) => applyInTransaction(tem, viewer, cohortId, ops, force));
  } catch (err) {
    // Another process changed a session between our read and our write (its UPDATE … WHERE
    // version = ? matched nothing): the same answer as a stale version, and nothing written.
    if (!(err instanceof OptimisticLockError)) throw err;
    const id = (err.entity as Session | undefined)?.id;
    const i = ops.findIndex((o) => o.id === id);
    return { sessions: [], issues: [], errors: [new UserError(i >= 0 ? `operations.${i}.version` : 'operations', ERROR_CODES.VERSION_CONFLICT, VERSION_CONFLICT_MESSAGE)] };
  }
}

const VERSION_CONFLICT_MESSAGE = 'the session changed since it was read; reload it and try again';

async function applyInTransaction(tem: EntityManager, viewer: Viewer, cohortId: number | null, ops: ScheduleOp[], force: boolean): Promise<ScheduleOutcome> {
  const fail = (field: string, code: (typeof ERROR_CODES)[keyof typeof ERROR_CODES], message: string): ScheduleOutcome => ({ sessions: [], issues: [], errors: [new UserError(field, code, message)] });
  // On PostgreSQL one change to a cohort's schedule at a time, so two changes cannot each pass the conflict check against the old schedule.
  const cohort = cohortId === null ? null : await tem.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: cohortId }]), isPostgres(tem) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!cohort) return fail('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort');
  const ids = ops.map((o) => o.id).filter((id): id is number => !!id);
  const existing = new Map((ids.length ? await tem.find(Session, { id: { $in: ids }, cohort }, { refresh: true }) : []).map((s) => [s.id, s]));
  const moduleIds = [...new Set(ops.map((o) => o.moduleId).filter((m): m is number => !!m))];
  const moduleRows = moduleIds.length ? await tem.find(TrainingModule, { id: { $in: moduleIds }, program: cohort.program.id }) : [];
  const modules = new Set(moduleRows.map((m) => m.id));
  const venueIds = [...new Set(ops.map((o) => o.venueId).filter((v): v is number => !!v))];
  const venueRows = venueIds.length ? await tem.find(Venue, { id: { $in: venueIds }, academy: cohort.academy.id }) : [];
  const venues = new Set(venueRows.map((v) => v.id));
  const facIds = [...new Set(ops.map((o) => o.facilitatorId).filter((v): v is number => !!v))];
  const facRows = facIds.length ? await tem.find(Facilitator, { id: { $in: facIds }, academy: cohort.academy.id }) : [];
  const facs = new Set(facRows.map((f) => f.id));
  // Archived modules, venues and facilitators stay on the sessions that have them, and are refused for new use.
  const groupIds = [...new Set(ops.map((o) => o.groupId).filter((g): g is number => !!g))];
  const groups = new Map((groupIds.length ? await tem.find(CohortGroup, { id: { $in: groupIds }, cohort }) : []).map((g) => [g.id, g]));
  const archived = new Set([...moduleRows.map((m) => m.archivedAt && `m${m.id}`), ...venueRows.map((v) => v.archivedAt && `v${v.id}`), ...facRows.map((f) => f.archivedAt && `f${f.id}`)].filter(Boolean));

  const errors: UserError[] = [];
  const candidates: Candidate[] = [];
  const removed: number[] = [];
  ops.forEach((op, i) => {
    const field = (f: string) => `operations.${i}.${f}`;
    const current = op.id ? existing.get(op.id) : undefined;
    if (op.id && (!current || current.status === 'CANCELLED')) return errors.push(new UserError(field('id'), ERROR_CODES.NOT_FOUND, 'no such session in this cohort'));
    if (current && op.version != null && op.version !== current.version) {
      return errors.push(new UserError(field('version'), ERROR_CODES.VERSION_CONFLICT, VERSION_CONFLICT_MESSAGE));
    }
    if (op.cancel) {
      if (current) removed.push(current.id);
      return;
    }
    const moduleId = op.moduleId ?? current?.module.id ?? null;
    if (!moduleId || !modules.has(moduleId) && !current) return errors.push(new UserError(field('moduleId'), ERROR_CODES.NOT_FOUND, "no such module in the cohort's program"));
    if (op.moduleId && !modules.has(op.moduleId)) return errors.push(new UserError(field('moduleId'), ERROR_CODES.NOT_FOUND, "no such module in the cohort's program"));
    if (op.moduleId && op.moduleId !== current?.module.id && archived.has(`m${op.moduleId}`)) return errors.push(archivedError(field('moduleId'), 'module'));
    const startsAt = op.startsAt ?? current?.startsAt;
    const endsAt = op.endsAt ?? current?.endsAt;
    if (!startsAt || !endsAt) return errors.push(new UserError(field('startsAt'), ERROR_CODES.REQUIRED, 'a new session needs a start and an end'));
    const venueId = op.venueId !== undefined ? op.venueId : current?.venue?.id ?? null;
    if (venueId && !venues.has(venueId) && venueId !== current?.venue?.id) return errors.push(new UserError(field('venueId'), ERROR_CODES.NOT_FOUND, 'no such venue'));
    if (venueId && venueId !== current?.venue?.id && archived.has(`v${venueId}`)) return errors.push(archivedError(field('venueId'), 'venue'));
    const facilitatorId = op.facilitatorId !== undefined ? op.facilitatorId : current?.facilitator?.id ?? null;
    if (facilitatorId && !facs.has(facilitatorId) && facilitatorId !== current?.facilitator?.id) return errors.push(new UserError(field('facilitatorId'), ERROR_CODES.NOT_FOUND, 'no such facilitator'));
    if (facilitatorId && facilitatorId !== current?.facilitator?.id && archived.has(`f${facilitatorId}`)) return errors.push(archivedError(field('facilitatorId'), 'facilitator'));
    const groupId = op.groupId !== undefined ? op.groupId : current?.group?.id ?? null;
    if (groupId && !groups.has(groupId) && groupId !== current?.group?.id) return errors.push(new UserError(field('groupId'), ERROR_CODES.GROUP_NOT_OF_COHORT, 'no such group in this cohort'));
    candidates.push({ id: current?.id, moduleId, startsAt, endsAt, venueId: venueId ?? null, facilitatorId: facilitatorId ?? null, groupId: groupId ?? null });
  });
  if (errors.length) return { sessions: [], issues: [], errors };

  const issues = await findIssues(tem, cohort, candidates, { removed });
  const hard = issues.filter((x) => x.severity === IssueSeverity.CONFLICT);
  if (hard.length && !force) {
    return { sessions: [], issues, errors: [new UserError('force', ERROR_CODES.HARD_CONFLICTS, `${hard.length} hard conflicts; resolve them or send force: true`)] };
  }
  // What people were told before: a move notifies them only when the time, place, module or facilitator changes.
  const told = new Map([...existing.values()].map((s) => [s.id, noticeFacts(s)]));
  for (const id of removed) existing.get(id)!.status = 'CANCELLED';
  const sessions = candidates.map((c, i) => {
    const s = c.id ? existing.get(c.id)! : tem.create(Session, { cohort, module: c.moduleId, startsAt: c.startsAt, endsAt: c.endsAt });
    s.module = tem.getReference(TrainingModule, c.moduleId) as never;
    s.startsAt = c.startsAt;
    s.endsAt = c.endsAt;
    s.venue = c.venueId ? (tem.getReference(Venue, c.venueId) as never) : null;
    s.facilitator = c.facilitatorId ? (tem.getReference(Facilitator, c.facilitatorId) as never) : null;
    s.group = c.groupId ? ref(groups.get(c.groupId) ?? tem.getReference(CohortGroup, c.groupId)) : null;
    const op = ops.filter((o) => !o.cancel)[i];
    if (op?.onlineUrl !== undefined) s.onlineUrl = op.onlineUrl;
    return s;
  });
  await tem.flush();
  await emitEvents(tem, cohort.academy.id, [
    ...sessions.map((s, i) => sessionEvent(candidates[i]!.id ? 'session.moved' : 'session.scheduled', s)),
    ...removed.map((id) => sessionEvent('session.cancelled', existing.get(id)!)),
  ]);
  await notifySchedule(tem, cohort.academy.id, sessions.filter((s, i) => candidates[i]!.id && told.get(s.id) !== noticeFacts(s)), removed.map((id) => existing.get(id)!));
  return { sessions: [...sessions, ...removed.map((id) => existing.get(id)!)], issues, errors: [] };
}

/** All current conflicts and warnings of a cohort's schedule. */
export async function cohortIssues(em: EntityManager, cohort: Cohort): Promise<ScheduleIssue[]> {
  const sessions = await em.find(Session, { cohort, status: 'SCHEDULED' }, { orderBy: { startsAt: 'asc' } });
  return findIssues(em, cohort, sessions.map((s) => ({
    id: s.id, moduleId: s.module.id, startsAt: s.startsAt, endsAt: s.endsAt, venueId: s.venue?.id ?? null, facilitatorId: s.facilitator?.id ?? null,
    groupId: s.group?.id ?? null,
  })), { jpCheck: true });
}
