import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ESELON_GROUPS } from '@lintas/shared';
import { ACTION_PLAN_READ, MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readList } from '../../graphql/read-model.js';
import { ConnectionArgs } from '../../graphql/relay.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Person } from '../persons/person.entity.js';
import { REPORTS, ReportFilter, scopeOf } from '../reports/participation.resolver.js';
import { wallClock } from '../sessions/local-time.js';
import { Session } from '../sessions/session.entity.js';
import { scoped } from '../tenancy.js';
import { ActionPlan, ActionPlanMilestone, ActionPlanScore } from './action-plan.entity.js';
import {
  ActionPlanConnection, ActionPlanFilter, ActionPlanPayload, ActionPlanProgress, MilestoneProgressInput, ReviewActionPlanInput, SaveActionPlanInput, ScoreActionPlanInput,
  type ActionPlanProgressFigures,
} from './action-plan.inputs.js';
import { actionPlanReads } from './action-plan.read-model.js';
import { actionPlanCounts, type ActionPlanCounts } from './action-plan.repository.js';
import {
  markActionPlanImplemented, relationTo, reviewActionPlan, saveActionPlan, scoreActionPlan, setSeminar, submitActionPlan, updateMilestones, type Outcome,
} from './action-plan.service.js';

const payload = (r: Outcome<ActionPlan>): ActionPlanPayload => (r.ok ? { actionPlan: r.value, errors: [] } : { actionPlan: null, errors: r.errors });
const PLAN_WRITE = ['ADMIN', 'ORGANIZER', 'PARTICIPANT'];

const ZERO = { plans: 0, draft: 0, submitted: 0, revisionRequested: 0, approved: 0, implemented: 0, milestones: 0, milestonesDone: 0, milestonesOnTime: 0, milestonesOverdue: 0 };
type Counts = Omit<ActionPlanCounts, 'eselonGroup' | 'generation'>;
function sum(rows: Counts[]): Counts {
  const out = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(ZERO) as (keyof Counts)[]) out[k] += r[k];
  return out;
}
function figures(c: Counts): ActionPlanProgressFigures {
  const judged = c.milestonesDone + c.milestonesOverdue;
  return { ...c, onTimeRate: judged > 0 ? c.milestonesOnTime / judged : 0 };
}

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Authorized(...ACTION_PLAN_READ)
  @Query(() => ActionPlanConnection, { description: "Change projects the caller may see, newest first: an organizer its academy's, a participant their own and those they coach (as a facilitator's person) or mentor. `awaitingMyReview` lists the submitted ones waiting for the caller." })
  async actionPlans(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ActionPlanFilter, { nullable: true, description: 'Cohort, person, states, or waiting for my review.' }) filter: ActionPlanFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<ActionPlanConnection> {
    return (await readList({ em, viewer }, actionPlanReads.lists.actionPlans, { ...args, filter })) as ActionPlanConnection;
  }

  @Authorized(...REPORTS)
  @Query(() => ActionPlanProgress, { description: 'Change projects of the cohorts in scope: plans by status and milestones on time, in total, by eselon group, by generation and by both (one SQL aggregate).' })
  async actionPlanProgress(@Arg('filter', () => ReportFilter, { nullable: true, description: 'Scope: period, academy, program, cohort, agency or province.' }) filter: ReportFilter | null, @Ctx() ctx: Context): Promise<ActionPlanProgress> {
    const rows = await actionPlanCounts(ctx.em, scopeOf(filter, ctx), wallClock(new Date(), 'WIB').date);
    const generations = [...new Set(rows.map((r) => r.generation))];
    return {
      total: figures(sum(rows)),
      byEselon: ESELON_GROUPS.map((group) => ({ group, ...figures(sum(rows.filter((r) => r.eselonGroup === group))) })),
      byGeneration: generations.map((group) => ({ group: group as never, ...figures(sum(rows.filter((r) => r.generation === group))) })),
      cells: rows.map((r) => ({ ...figures(r), eselonGroup: r.eselonGroup as never, generation: r.generation as never })),
    };
  }

  @Authorized(...PLAN_WRITE)
  @Mutation(() => ActionPlanPayload, { description: 'Saves a change project as a draft: creates the plan of an enrolment (one per enrolment), or changes a plan in DRAFT or REVISION_REQUESTED. The participant writes their own; an organizer any of the academy\'s, and names the coach and mentor (only those fields) in any state.' })
  async saveActionPlan(@Arg('input', () => SaveActionPlanInput, { description: 'The plan or enrolment, and the parts to save.' }) input: SaveActionPlanInput, @Ctx() { em, viewer, ip }: Context): Promise<ActionPlanPayload> {
    const id = (v: string | null | undefined, type: string) => (v == null ? null : tryLocalId(v, type) ?? -1);
    return payload(await saveActionPlan(em, viewer, {
      actionPlanId: input.actionPlanId == null ? null : id(input.actionPlanId, 'ActionPlan'),
      enrollmentId: id(input.enrollmentId, 'Enrollment'),
      title: input.title, problem: input.problem, goal: input.goal,
      coachGiven: input.coachId !== undefined, coachId: id(input.coachId, 'Facilitator'),
      mentorGiven: input.mentorId !== undefined, mentorId: id(input.mentorId, 'Person'),
      attachments: input.attachments, milestones: input.milestones,
    }, ip));
  }

  @Authorized(...PLAN_WRITE)
  @Mutation(() => ActionPlanPayload, { description: 'Submits a change project for review: DRAFT or REVISION_REQUESTED → SUBMITTED. It needs a title, problem, goal and at least one milestone. The participant or an organizer.' })
  async submitActionPlan(@Arg('actionPlanId', () => ID, { description: 'The plan.' }) actionPlanId: string, @Ctx() { em, viewer, ip }: Context): Promise<ActionPlanPayload> {
    return payload(await submitActionPlan(em, viewer, tryLocalId(actionPlanId, 'ActionPlan'), ip));
  }

  @Authorized(...PLAN_WRITE)
  @Mutation(() => ActionPlanPayload, { description: "Reviews a submitted change project: APPROVE (→ APPROVED) or REQUEST_REVISION with a note (→ REVISION_REQUESTED). The plan's coach (signed in as the facilitator's person), its mentor, or an organizer." })
  async reviewActionPlan(@Arg('input', () => ReviewActionPlanInput, { description: 'The plan, the decision and the note.' }) input: ReviewActionPlanInput, @Ctx() { em, viewer, ip }: Context): Promise<ActionPlanPayload> {
    return payload(await reviewActionPlan(em, viewer, { actionPlanId: tryLocalId(input.actionPlanId, 'ActionPlan'), decision: input.decision, note: input.note }, ip));
  }

  @Authorized(...PLAN_WRITE)
  @Mutation(() => ActionPlanPayload, { description: 'Reports progress on milestones (status and completion date), in any state but IMPLEMENTED. The participant or an organizer.' })
  async updateActionPlanMilestones(
    @Arg('actionPlanId', () => ID, { description: 'The plan.' }) actionPlanId: string,
    @Arg('milestones', () => [MilestoneProgressInput], { description: 'The milestones that changed.' }) milestones: MilestoneProgressInput[],
    @Ctx() { em, viewer, ip }: Context,
  ): Promise<ActionPlanPayload> {
    return payload(await updateMilestones(em, viewer, {
      actionPlanId: tryLocalId(actionPlanId, 'ActionPlan'),
      milestones: milestones.map((m) => ({ id: /^\d+$/.test(m.id) ? Number(m.id) : null, status: m.status, doneDate: m.doneDate })),
    }, ip));
  }

  @Authorized(...PLAN_WRITE)
  @Mutation(() => ActionPlanPayload, { description: "Marks an approved change project carried out: APPROVED → IMPLEMENTED. Its coach, its mentor or an organizer." })
  async markActionPlanImplemented(@Arg('actionPlanId', () => ID, { description: 'The approved plan.' }) actionPlanId: string, @Ctx() { em, viewer, ip }: Context): Promise<ActionPlanPayload> {
    return payload(await markActionPlanImplemented(em, viewer, tryLocalId(actionPlanId, 'ActionPlan'), ip));
  }

  @Authorized(...MANAGE)
  @Mutation(() => ActionPlanPayload, { description: "Sets the change project's final seminar: a scheduled session of its cohort (scheduled with scheduleSession, under the schedule's conflict rules); null clears it." })
  async setActionPlanSeminar(
    @Arg('actionPlanId', () => ID, { description: 'The plan.' }) actionPlanId: string,
    @Arg('sessionId', () => ID, { nullable: true, description: 'The seminar session; null clears it.' }) sessionId: string | null,
    @Ctx() { em, viewer, ip }: Context,
  ): Promise<ActionPlanPayload> {
    return payload(await setSeminar(em, viewer, { actionPlanId: tryLocalId(actionPlanId, 'ActionPlan'), sessionId: sessionId === null ? undefined : tryLocalId(sessionId, 'Session') ?? -1 }, ip));
  }

  @Authorized(...PLAN_WRITE)
  @Mutation(() => ActionPlanPayload, { description: "Records one reviewer's rubric at the seminar (replacing that role's earlier one); the plan's seminarScore becomes the mean of the roles' scores. The coach as COACH, the mentor as MENTOR, an organizer any role. Approved or implemented plans only." })
  async scoreActionPlan(@Arg('input', () => ScoreActionPlanInput, { description: 'The plan, the role and the rubric.' }) input: ScoreActionPlanInput, @Ctx() { em, viewer, ip }: Context): Promise<ActionPlanPayload> {
    return payload(await scoreActionPlan(em, viewer, { actionPlanId: tryLocalId(input.actionPlanId, 'ActionPlan'), role: input.role, criteria: input.criteria }, ip));
  }

  @FieldResolver(() => Cohort, { description: 'The cohort of the enrolment.' })
  cohort(@Root() p: ActionPlan, @Ctx() { loaders }: Context) {
    return loaders.ref(Cohort, p.cohort);
  }

  @FieldResolver(() => Person, { description: 'The participant.' })
  person(@Root() p: ActionPlan, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, p.person);
  }

  @FieldResolver(() => Enrollment, { description: 'The enrolment the plan belongs to.' })
  enrollment(@Root() p: ActionPlan, @Ctx() { loaders }: Context) {
    return loaders.ref(Enrollment, p.enrollment);
  }

  @FieldResolver(() => Facilitator, { nullable: true, description: 'The coach (a facilitator of the academy); null before one is chosen.' })
  coach(@Root() p: ActionPlan, @Ctx() { loaders }: Context) {
    return loaders.ref(Facilitator, p.coach);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The mentor, usually the participant's superior; null before one is chosen." })
  mentor(@Root() p: ActionPlan, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, p.mentor);
  }

  @FieldResolver(() => Session, { nullable: true, description: 'The final seminar: a session of the cohort; null before it is set.' })
  seminarSession(@Root() p: ActionPlan, @Ctx() { loaders }: Context) {
    return loaders.ref(Session, p.seminarSession);
  }

  @FieldResolver(() => [ActionPlanMilestone], { description: 'The milestones, in order.' })
  milestones(@Root() p: ActionPlan, @Ctx() { em, loaders }: Context): Promise<ActionPlanMilestone[]> {
    return loaders.batch<number, ActionPlanMilestone[]>('actionPlan.milestones', async (ids) => {
      const rows = await em.find(ActionPlanMilestone, { plan: { $in: [...ids] } }, { orderBy: { plan: 'asc', position: 'asc', id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.plan.id === id));
    }).load(p.id);
  }

  @FieldResolver(() => [ActionPlanScore], { description: 'The seminar rubrics entered so far, one per reviewer role.' })
  seminarScores(@Root() p: ActionPlan, @Ctx() { em, loaders }: Context): Promise<ActionPlanScore[]> {
    return loaders.batch<number, ActionPlanScore[]>('actionPlan.scores', async (ids) => {
      const rows = await em.find(ActionPlanScore, { plan: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.plan.id === id));
    }).load(p.id);
  }

  @FieldResolver(() => [String], { description: "What the caller may do with the plan now, as mutation names (saveActionPlan, submitActionPlan, reviewActionPlan, updateActionPlanMilestones, markActionPlanImplemented, scoreActionPlan), so a page shows only the buttons that work." })
  async viewerCan(@Root() p: ActionPlan, @Ctx() { em, viewer, loaders }: Context): Promise<string[]> {
    // The coaches of a page of plans are read together.
    const rel = await relationTo(em, viewer, p, (plan) => loaders.ref(Facilitator, plan.coach));
    const out: string[] = [];
    const writer = rel.author || rel.staff;
    const reviewer = rel.coach || rel.mentor || rel.staff;
    if (writer && (p.status === 'DRAFT' || p.status === 'REVISION_REQUESTED')) out.push('saveActionPlan', 'submitActionPlan');
    if (reviewer && p.status === 'SUBMITTED') out.push('reviewActionPlan');
    if (writer && p.status !== 'IMPLEMENTED') out.push('updateActionPlanMilestones');
    if (reviewer && p.status === 'APPROVED') out.push('markActionPlanImplemented');
    if (reviewer && (p.status === 'APPROVED' || p.status === 'IMPLEMENTED')) out.push('scoreActionPlan');
    return out;
  }
}

@Resolver(() => Enrollment)
export class EnrollmentActionPlanResolver {
  @FieldResolver(() => ActionPlan, { nullable: true, description: "The enrolment's change project; null when none was started (or the caller may not see it)." })
  actionPlan(@Root() e: Enrollment, @Ctx() { em, viewer, loaders }: Context): Promise<ActionPlan | null> {
    return loaders.batch<number, ActionPlan | null>('enrollment.actionPlan', async (ids) => {
      const rows = await em.find(ActionPlan, scoped(viewer, 'ActionPlan', [{ enrollment: { $in: [...ids] } }]));
      return ids.map((id) => rows.find((r) => r.enrollment.id === id) ?? null);
    }).load(e.id);
  }
}

@Resolver(() => Facilitator)
export class FacilitatorPersonResolver {
  @FieldResolver(() => Person, { nullable: true, description: "The facilitator's own record on the roster (a coach signs in as that person to review change projects); null when not linked or not visible." })
  person(@Root() f: Facilitator, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, f.person);
  }
}
