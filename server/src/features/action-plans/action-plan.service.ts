import { ref, type EntityManager } from '@mikro-orm/core';
import {
  ACTION_PLAN_EDITABLE, ACTION_PLAN_TRANSITIONS, ERROR_CODES, SEMINAR_SCORE_MAX, SEMINAR_SCORE_MIN,
  type ActionPlanStatus, type ErrorCode, type MilestoneStatus, type SeminarReviewerRole,
} from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { UserError } from '../../graphql/user-error.js';
import { actorOf, type Viewer } from '../../graphql/viewer.js';
import { audit } from '../audit/audit.service.js';
import { checkText } from '../catalogue/catalogue.rules.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { isIsoDate } from '../cohorts/cohort.service.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';
import { scoped } from '../tenancy.js';
import { emitEvents, type OutboxEvent } from '../webhooks/webhook.outbox.js';
import { ActionPlan, ActionPlanMilestone, ActionPlanScore, type ActionPlanAttachment, type RubricScore } from './action-plan.entity.js';
import { seminarScoreOf } from './action-plan.rules.js';

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };
const fail = <T>(field: string | null, code: ErrorCode, message: string): Outcome<T> => ({ ok: false, errors: [new UserError(field, code, message)] });

/** The participant a viewer is (signed in with the PARTICIPANT role), or null for organizers, admins and tokens. */
const participantOf = (viewer: Viewer): number | null => (viewer.kind === 'account' && viewer.role === 'PARTICIPANT' ? viewer.personId : null);

/** How a viewer stands to a plan: its author, its coach, its mentor, or staff (organizer, admin, token). */
export async function relationTo(
  tem: EntityManager, viewer: Viewer, plan: ActionPlan,
  coachOf: (p: ActionPlan) => Promise<Facilitator | null> = (p) => (p.coach ? tem.findOne(Facilitator, p.coach.id) : Promise.resolve(null)),
): Promise<{ author: boolean; coach: boolean; mentor: boolean; staff: boolean }> {
  const me = participantOf(viewer);
  if (me === null) return { author: false, coach: false, mentor: false, staff: true };
  const coach = await coachOf(plan);
  return { author: plan.person.id === me, coach: !!coach?.person && coach.person.id === me, mentor: plan.mentor?.id === me, staff: false };
}

export function actionPlanEvent(p: ActionPlan): OutboxEvent {
  return {
    type: 'action_plan.changed',
    data: {
      actionPlanId: toGlobalId('ActionPlan', p.id), enrollmentId: toGlobalId('Enrollment', p.enrollment.id), cohortId: toGlobalId('Cohort', p.cohort.id),
      personId: toGlobalId('Person', p.person.id), status: p.status, seminarScore: p.seminarScore ?? null,
    },
  };
}

/** The audit entry and webhook event of one change, in the transaction that made it. */
async function record(tem: EntityManager, viewer: Viewer, ip: string | null, p: ActionPlan, action: string, extra: Record<string, unknown> = {}): Promise<void> {
  await tem.flush();
  const academyId = (await tem.findOneOrFail(Cohort, p.cohort.id)).academy.id;
  await audit(tem, viewer, ip, [{
    action, targetType: 'ActionPlan', targetId: p.id,
    details: { actionPlanId: toGlobalId('ActionPlan', p.id), enrollmentId: toGlobalId('Enrollment', p.enrollment.id), status: p.status, ...extra },
  }]);
  await emitEvents(tem, academyId, [actionPlanEvent(p)]);
}

async function findPlan(tem: EntityManager, viewer: Viewer, id: number | null): Promise<ActionPlan | null> {
  return id === null ? null : tem.findOne(ActionPlan, scoped(viewer, 'ActionPlan', [{ id }]));
}

function step(p: ActionPlan, to: ActionPlanStatus): Outcome<never> | null {
  if (ACTION_PLAN_TRANSITIONS[p.status].includes(to)) return null;
  return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_WRONG_STATE, `the plan is ${p.status.toLowerCase()}; it cannot become ${to.toLowerCase()}`);
}

export interface MilestoneDraft { title: string; dueDate: string; status?: MilestoneStatus | null; doneDate?: string | null }
export interface PlanDraft {
  actionPlanId?: number | null; enrollmentId?: number | null; title?: string | null; problem?: string | null; goal?: string | null;
  coachId?: number | null; coachGiven?: boolean; mentorId?: number | null; mentorGiven?: boolean;
  attachments?: ActionPlanAttachment[] | null; milestones?: MilestoneDraft[] | null;
}

function checkMilestone(m: { status?: MilestoneStatus | null; doneDate?: string | null }, field: string, errors: UserError[]): void {
  if (m.doneDate != null && !isIsoDate(m.doneDate)) errors.push(new UserError(`${field}.doneDate`, ERROR_CODES.INVALID_VALUE, 'doneDate must be a real date YYYY-MM-DD'));
  if ((m.status === 'DONE') !== (m.doneDate != null)) errors.push(new UserError(`${field}.doneDate`, ERROR_CODES.INVALID_VALUE, 'a done milestone has a completion date, and only a done one'));
}

function checkAttachments(raw: ActionPlanAttachment[], errors: UserError[]): ActionPlanAttachment[] {
  if (raw.length > 20) errors.push(new UserError('attachments', ERROR_CODES.OUT_OF_RANGE, 'at most 20 links'));
  return raw.map((a, i) => {
    const title = checkText(a.title, `attachments.${i}.title`, 200, errors) ?? '';
    let url = '';
    try {
      const u = new URL((a.url ?? '').trim());
      if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password || u.href.length > 2000) throw new Error('bad');
      url = u.href;
    } catch {
      errors.push(new UserError(`attachments.${i}.url`, ERROR_CODES.INVALID_VALUE, 'a link is an absolute http(s) address'));
    }
    return { title, url };
  });
}

/**
 * Saves a plan as a draft: creates the enrolment's plan (one per enrolment) or edits it while
 * it is DRAFT or REVISION_REQUESTED. The participant writes their own; an organizer any of the
 * academy's. Milestones given replace the plan's milestones.
 */
export async function saveActionPlan(em: EntityManager, viewer: Viewer, input: PlanDraft, ip: string | null): Promise<Outcome<ActionPlan>> {
  return writeTransaction(em, async (tem) => {
    let plan: ActionPlan | null = null;
    let created = false;
    if (input.actionPlanId !== undefined && input.actionPlanId !== null) {
      plan = await findPlan(tem, viewer, input.actionPlanId);
      if (!plan) return fail('actionPlanId', ERROR_CODES.NOT_FOUND, 'no such plan');
      const rel = await relationTo(tem, viewer, plan);
      if (!rel.author && !rel.staff) return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_NOT_REVIEWER, 'only the participant or an organizer writes the plan');
      // The text is edited only as a draft or when revision was requested; staff may name the coach and mentor at any time.
      const content = [input.title, input.problem, input.goal, input.attachments, input.milestones].some((v) => v !== undefined);
      if (!ACTION_PLAN_EDITABLE.includes(plan.status) && (content || !rel.staff)) return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_WRONG_STATE, `the plan is ${plan.status.toLowerCase()}; it is edited only as a draft or when revision was requested`);
    } else {
      const enrollment = input.enrollmentId == null ? null : await tem.findOne(Enrollment, scoped(viewer, 'Enrollment', [{ id: input.enrollmentId }]));
      if (!enrollment) return fail('enrollmentId', ERROR_CODES.NOT_FOUND, 'no such enrolment');
      if (enrollment.status === 'WITHDRAWN') return fail('enrollmentId', ERROR_CODES.ACTION_PLAN_WRONG_STATE, 'the enrolment is withdrawn');
      if (await tem.count(ActionPlan, { enrollment: enrollment.id }) > 0) return fail('enrollmentId', ERROR_CODES.ACTION_PLAN_DUPLICATE, 'the enrolment already has a plan');
      plan = tem.create(ActionPlan, { enrollment, cohort: enrollment.cohort, person: enrollment.person, title: '' });
      created = true;
    }
    const errors: UserError[] = [];
    if (input.title !== undefined || created) plan.title = checkText(input.title, 'title', 300, errors) ?? '';
    if (input.problem !== undefined && input.problem !== null) plan.problem = checkText(input.problem, 'problem', 5000, errors, false, true) ?? '';
    if (input.goal !== undefined && input.goal !== null) plan.goal = checkText(input.goal, 'goal', 5000, errors, false, true) ?? '';
    const academyId = (await tem.findOneOrFail(Cohort, plan.cohort.id)).academy.id;
    if (input.coachGiven) {
      const coach = input.coachId == null ? null : await tem.findOne(Facilitator, { id: input.coachId, academy: academyId, archivedAt: null });
      if (input.coachId != null && !coach) errors.push(new UserError('coachId', ERROR_CODES.NOT_FOUND, 'no such facilitator in this academy'));
      else plan.coach = coach ? ref(coach) : null;
    }
    if (input.mentorGiven) {
      const mentor = input.mentorId == null ? null : await tem.findOne(Person, { id: input.mentorId, agency: { academy: academyId }, archivedAt: null });
      if (input.mentorId != null && !mentor) errors.push(new UserError('mentorId', ERROR_CODES.NOT_FOUND, 'no such person in this academy'));
      else if (mentor && mentor.id === plan.person.id) errors.push(new UserError('mentorId', ERROR_CODES.INVALID_VALUE, 'the participant cannot mentor their own plan'));
      else plan.mentor = mentor ? ref(mentor) : null;
    }
    if (input.attachments) plan.attachments = checkAttachments(input.attachments, errors);
    const milestones = input.milestones ?? null;
    if (milestones) {
      if (milestones.length > 30) errors.push(new UserError('milestones', ERROR_CODES.OUT_OF_RANGE, 'at most 30 milestones'));
      milestones.forEach((m, i) => {
        checkText(m.title, `milestones.${i}.title`, 300, errors);
        if (!isIsoDate(m.dueDate ?? '')) errors.push(new UserError(`milestones.${i}.dueDate`, ERROR_CODES.INVALID_VALUE, 'dueDate must be a real date YYYY-MM-DD'));
        checkMilestone(m, `milestones.${i}`, errors);
      });
    }
    if (errors.length) return { ok: false, errors };
    await tem.flush();
    if (milestones) {
      await tem.nativeDelete(ActionPlanMilestone, { plan: plan.id });
      milestones.forEach((m, i) => tem.create(ActionPlanMilestone, {
        plan, position: i, title: m.title.trim(), dueDate: m.dueDate, status: m.status ?? 'PLANNED', doneDate: m.doneDate ?? null,
      }));
    }
    await record(tem, viewer, ip, plan, created ? 'action-plan.created' : 'action-plan.saved');
    return { ok: true, value: plan };
  });
}

/** The participant (or an organizer) submits the plan: DRAFT or REVISION_REQUESTED → SUBMITTED, with its parts complete. */
export async function submitActionPlan(em: EntityManager, viewer: Viewer, id: number | null, ip: string | null): Promise<Outcome<ActionPlan>> {
  return writeTransaction(em, async (tem) => {
    const plan = await findPlan(tem, viewer, id);
    if (!plan) return fail('actionPlanId', ERROR_CODES.NOT_FOUND, 'no such plan');
    const rel = await relationTo(tem, viewer, plan);
    if (!rel.author && !rel.staff) return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_NOT_REVIEWER, 'only the participant or an organizer submits the plan');
    const refused = step(plan, 'SUBMITTED');
    if (refused) return refused;
    const milestones = await tem.count(ActionPlanMilestone, { plan: plan.id });
    if (!plan.title.trim() || !plan.problem.trim() || !plan.goal.trim() || milestones === 0) {
      return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_INCOMPLETE, 'a plan is submitted with a title, problem, goal and at least one milestone');
    }
    const from = plan.status;
    plan.status = 'SUBMITTED';
    plan.submittedAt = new Date();
    await record(tem, viewer, ip, plan, 'action-plan.submitted', { from });
    return { ok: true, value: plan };
  });
}

/** The coach, the mentor or an organizer reviews a submitted plan: APPROVE, or REQUEST_REVISION with a note. */
export async function reviewActionPlan(
  em: EntityManager, viewer: Viewer, input: { actionPlanId: number | null; decision: 'APPROVE' | 'REQUEST_REVISION'; note?: string | null }, ip: string | null,
): Promise<Outcome<ActionPlan>> {
  return writeTransaction(em, async (tem) => {
    const plan = await findPlan(tem, viewer, input.actionPlanId);
    if (!plan) return fail('actionPlanId', ERROR_CODES.NOT_FOUND, 'no such plan');
    const rel = await relationTo(tem, viewer, plan);
    if (!rel.coach && !rel.mentor && !rel.staff) return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_NOT_REVIEWER, "only the plan's coach, its mentor or an organizer reviews it");
    const to: ActionPlanStatus = input.decision === 'APPROVE' ? 'APPROVED' : 'REVISION_REQUESTED';
    const refused = step(plan, to);
    if (refused) return refused;
    const errors: UserError[] = [];
    const note = checkText(input.note, 'note', 2000, errors, false, true);
    if (errors.length) return { ok: false, errors };
    if (to === 'REVISION_REQUESTED' && !note) return fail('note', ERROR_CODES.ACTION_PLAN_NOTE_REQUIRED, 'a request for revision needs a note');
    plan.status = to;
    plan.reviewNote = note;
    plan.reviewedBy = actorOf(viewer).actor;
    plan.reviewedAt = new Date();
    await record(tem, viewer, ip, plan, to === 'APPROVED' ? 'action-plan.approved' : 'action-plan.revision-requested', { note, as: rel.coach ? 'COACH' : rel.mentor ? 'MENTOR' : 'ORGANIZER' });
    return { ok: true, value: plan };
  });
}

/** An approved plan is carried out: APPROVED → IMPLEMENTED, by its coach, its mentor or an organizer. */
export async function markActionPlanImplemented(em: EntityManager, viewer: Viewer, id: number | null, ip: string | null): Promise<Outcome<ActionPlan>> {
  return writeTransaction(em, async (tem) => {
    const plan = await findPlan(tem, viewer, id);
    if (!plan) return fail('actionPlanId', ERROR_CODES.NOT_FOUND, 'no such plan');
    const rel = await relationTo(tem, viewer, plan);
    if (!rel.coach && !rel.mentor && !rel.staff) return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_NOT_REVIEWER, "only the plan's coach, its mentor or an organizer marks it implemented");
    const refused = step(plan, 'IMPLEMENTED');
    if (refused) return refused;
    plan.status = 'IMPLEMENTED';
    plan.implementedAt = new Date();
    await record(tem, viewer, ip, plan, 'action-plan.implemented');
    return { ok: true, value: plan };
  });
}

/**
 * Progress on milestones: the participant (or an organizer) sets each given milestone's
 * status and completion date, in any state but IMPLEMENTED.
 */
export async function updateMilestones(
  em: EntityManager, viewer: Viewer, input: { actionPlanId: number | null; milestones: { id: number | null; status: MilestoneStatus; doneDate?: string | null }[] }, ip: string | null,
): Promise<Outcome<ActionPlan>> {
  return writeTransaction(em, async (tem) => {
    const plan = await findPlan(tem, viewer, input.actionPlanId);
    if (!plan) return fail('actionPlanId', ERROR_CODES.NOT_FOUND, 'no such plan');
    const rel = await relationTo(tem, viewer, plan);
    if (!rel.author && !rel.staff) return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_NOT_REVIEWER, 'only the participant or an organizer reports progress');
    if (plan.status === 'IMPLEMENTED') return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_WRONG_STATE, 'the plan is implemented; its milestones are closed');
    const rows = new Map((await tem.find(ActionPlanMilestone, { plan: plan.id })).map((m) => [m.id, m]));
    const errors: UserError[] = [];
    input.milestones.forEach((m, i) => {
      if (m.id === null || !rows.has(m.id)) errors.push(new UserError(`milestones.${i}.id`, ERROR_CODES.NOT_FOUND, 'no such milestone in this plan'));
      checkMilestone(m, `milestones.${i}`, errors);
    });
    if (errors.length) return { ok: false, errors };
    for (const m of input.milestones) {
      const row = rows.get(m.id!)!;
      row.status = m.status;
      row.doneDate = m.doneDate ?? null;
    }
    plan.updatedAt = new Date();
    await record(tem, viewer, ip, plan, 'action-plan.milestones', { milestones: input.milestones.map((m) => ({ id: String(m.id), status: m.status, doneDate: m.doneDate ?? null })) });
    return { ok: true, value: plan };
  });
}

/** An organizer sets (or clears) the plan's final seminar: a scheduled session of the plan's cohort. */
export async function setSeminar(em: EntityManager, viewer: Viewer, input: { actionPlanId: number | null; sessionId: number | null | undefined }, ip: string | null): Promise<Outcome<ActionPlan>> {
  return writeTransaction(em, async (tem) => {
    const plan = await findPlan(tem, viewer, input.actionPlanId);
    if (!plan) return fail('actionPlanId', ERROR_CODES.NOT_FOUND, 'no such plan');
    let session: Session | null = null;
    if (input.sessionId !== undefined) {
      session = input.sessionId === null ? null : await tem.findOne(Session, scoped(viewer, 'Session', [{ id: input.sessionId }]));
      if (!session) return fail('sessionId', ERROR_CODES.NOT_FOUND, 'no such session');
      if (session.cohort.id !== plan.cohort.id || session.status !== 'SCHEDULED') return fail('sessionId', ERROR_CODES.ACTION_PLAN_SEMINAR_SESSION, "the seminar is a scheduled session of the plan's cohort");
    }
    plan.seminarSession = session ? ref(session) : null;
    plan.updatedAt = new Date();
    await record(tem, viewer, ip, plan, 'action-plan.seminar', { sessionId: session ? toGlobalId('Session', session.id) : null });
    return { ok: true, value: plan };
  });
}

/**
 * One reviewer's rubric at the seminar (replacing that role's earlier scores): the coach as
 * COACH, the mentor as MENTOR, an organizer any role (EXAMINER on the examiner's behalf).
 * The plan must be approved or implemented. The plan's seminar score is the mean of the roles' means.
 */
export async function scoreActionPlan(
  em: EntityManager, viewer: Viewer, input: { actionPlanId: number | null; role: SeminarReviewerRole; criteria: RubricScore[] }, ip: string | null,
): Promise<Outcome<ActionPlan>> {
  return writeTransaction(em, async (tem) => {
    const plan = await findPlan(tem, viewer, input.actionPlanId);
    if (!plan) return fail('actionPlanId', ERROR_CODES.NOT_FOUND, 'no such plan');
    const rel = await relationTo(tem, viewer, plan);
    const may = rel.staff || (input.role === 'COACH' && rel.coach) || (input.role === 'MENTOR' && rel.mentor);
    if (!may) return fail('role', ERROR_CODES.ACTION_PLAN_NOT_REVIEWER, 'the coach scores as COACH, the mentor as MENTOR, an organizer any role');
    if (plan.status !== 'APPROVED' && plan.status !== 'IMPLEMENTED') return fail('actionPlanId', ERROR_CODES.ACTION_PLAN_WRONG_STATE, 'only an approved or implemented plan is scored');
    const errors: UserError[] = [];
    if (input.criteria.length === 0 || input.criteria.length > 20) errors.push(new UserError('criteria', ERROR_CODES.OUT_OF_RANGE, 'give 1 to 20 criteria'));
    const criteria = input.criteria.map((c, i) => {
      const criterion = checkText(c.criterion, `criteria.${i}.criterion`, 200, errors) ?? '';
      if (!Number.isInteger(c.score) || c.score < SEMINAR_SCORE_MIN || c.score > SEMINAR_SCORE_MAX) errors.push(new UserError(`criteria.${i}.score`, ERROR_CODES.OUT_OF_RANGE, `a score is a whole number from ${SEMINAR_SCORE_MIN} to ${SEMINAR_SCORE_MAX}`));
      return { criterion, score: c.score };
    });
    if (errors.length) return { ok: false, errors };
    const mean = seminarScoreOf(criteria.map((c) => c.score))!;
    const existing = await tem.findOne(ActionPlanScore, { plan: plan.id, role: input.role });
    const row = existing ?? tem.create(ActionPlanScore, { plan, role: input.role, criteria, score: mean, scoredBy: actorOf(viewer).actor, scoredAt: new Date() });
    Object.assign(row, { criteria, score: mean, scoredBy: actorOf(viewer).actor, scoredAt: new Date() });
    await tem.flush();
    const all = await tem.find(ActionPlanScore, { plan: plan.id });
    plan.seminarScore = seminarScoreOf(all.map((s) => s.score));
    await record(tem, viewer, ip, plan, 'action-plan.scored', { role: input.role, score: mean, seminarScore: plan.seminarScore });
    return { ok: true, value: plan };
  });
}
