import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import { MANAGE, SCHEDULE_READ } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { Agency } from '../academies/agency.entity.js';
import { targetIssues } from './conflicts.js';
import { seatedByGeneration } from '../enrollments/enrollment.rules.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { proposeSchedule } from './auto-schedule.service.js';
import { issueCalendarFeed } from './calendar.service.js';
import { wallClock } from './local-time.js';
import { ScheduleIssue } from './schedule-issue.js';
import { myScheduleRows } from './schedule.read-model.js';
import { applySchedule, cohortIssues, type ScheduleOp } from './schedule.service.js';
import { Session } from './session.entity.js';
import type { UnplacedReason } from '@lintas/shared';
import {
  AutoScheduleOptions, AutoSchedulePayload, MoveSessionInput, MyScheduleEntry, ScheduleOperationInput, SchedulePayload, ScheduleSessionInput,
} from './session.inputs.js';

/** English words of each reason, for `UnplacedModule.message` (integrators); the SPA words the code. */
const REASONS: Record<UnplacedReason, string> = {
  'participants-busy': "the cohort's people are elsewhere or unavailable in every free slot",
  'venue-busy': 'every venue is taken in the free slots',
  'facilitator-busy': 'every facilitator who may lead it is taken in the free slots',
  'no-slot': 'the working days have no slot long enough left',
  'end-of-day': 'a cross-generation module may not end a day, and no other slot is free',
  'search-limit': 'the search stopped at its node limit before deciding; a complete schedule may still exist',
};

const minutesOf = (hhmm: string) => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

@ObjectType({ description: 'A new calendar (ICS) feed address.' })
export class CalendarFeedPayload {
  @Field(() => String, { nullable: true, description: 'The feed address (webcal works too); a new one replaces the old.' })
  url!: string | null;

  @Field(() => [UserError], { description: 'Why no address was issued (e.g. object/not-found); empty on success.' })
  errors!: UserError[];
}

@Resolver()
export class ScheduleResolver {
  private async run(ctx: Context, cohortId: number | null, ops: ScheduleOp[], force: boolean): Promise<SchedulePayload> {
    return applySchedule(ctx.em, ctx.viewer, cohortId, ops, force);
  }

  @Authorized(...MANAGE)
  @Mutation(() => SchedulePayload, { description: 'Schedules a session. Hard conflicts refuse it unless forced; conflicts and warnings are returned either way.' })
  scheduleSession(@Arg('input', () => ScheduleSessionInput, { description: 'The new session.' }) input: ScheduleSessionInput, @Ctx() ctx: Context): Promise<SchedulePayload> {
    return this.run(ctx, tryLocalId(input.cohortId, 'Cohort'), [{
      moduleId: tryLocalId(input.moduleId, 'TrainingModule') ?? -1, startsAt: input.startsAt, endsAt: input.endsAt,
      venueId: input.venueId ? tryLocalId(input.venueId, 'Venue') ?? -1 : null,
      facilitatorId: input.facilitatorId ? tryLocalId(input.facilitatorId, 'Facilitator') ?? -1 : null, onlineUrl: input.onlineUrl,
      groupId: input.groupId ? tryLocalId(input.groupId, 'CohortGroup') ?? -1 : null,
    }], !!input.force);
  }

  @Authorized(...MANAGE)
  @Mutation(() => SchedulePayload, { description: 'Moves or resizes a session (and may change its venue or facilitator), checked like a new one. Send the version you read.' })
  async moveSession(@Arg('input', () => MoveSessionInput, { description: 'The session, the version read and its new time.' }) input: MoveSessionInput, @Ctx() ctx: Context): Promise<SchedulePayload> {
    const id = tryLocalId(input.id, 'Session');
    const session = id === null ? null : await ctx.em.findOne(Session, scoped(ctx.viewer, 'Session', [{ id }]));
    if (!session) return { sessions: [], issues: [], errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such session')] };
    return this.run(ctx, session.cohort.id, [{
      id: session.id, version: input.version, startsAt: input.startsAt, endsAt: input.endsAt,
      ...(input.venueId !== undefined ? { venueId: input.venueId ? tryLocalId(input.venueId, 'Venue') ?? -1 : null } : {}),
      ...(input.facilitatorId !== undefined ? { facilitatorId: input.facilitatorId ? tryLocalId(input.facilitatorId, 'Facilitator') ?? -1 : null } : {}),
      ...(input.groupId !== undefined ? { groupId: input.groupId ? tryLocalId(input.groupId, 'CohortGroup') ?? -1 : null } : {}),
    }], !!input.force);
  }

  @Authorized(...MANAGE)
  @Mutation(() => SchedulePayload, { description: 'Cancels a session; calendar feeds show it cancelled.' })
  async deleteSession(@Arg('id', () => ID, { description: 'Global id of the session.' }) id: string, @Ctx() ctx: Context): Promise<SchedulePayload> {
    const local = tryLocalId(id, 'Session');
    const session = local === null ? null : await ctx.em.findOne(Session, scoped(ctx.viewer, 'Session', [{ id: local }]));
    if (!session) return { sessions: [], issues: [], errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such session')] };
    return this.run(ctx, session.cohort.id, [{ id: session.id, cancel: true }], false);
  }

  @Authorized(...MANAGE)
  @Mutation(() => SchedulePayload, { description: "Applies many changes to one cohort's schedule in one transaction: all or none." })
  applySchedule(
    @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string,
    @Arg('operations', () => [ScheduleOperationInput], { description: 'The changes: new sessions, changes and cancellations.' }) operations: ScheduleOperationInput[],
    @Arg('force', () => Boolean, { nullable: true, defaultValue: false, description: 'Save despite hard conflicts (they are still returned).' }) force: boolean,
    @Ctx() ctx: Context,
  ): Promise<SchedulePayload> {
    return this.run(ctx, tryLocalId(cohortId, 'Cohort'), operations.map((o) => ({
      id: o.id ? tryLocalId(o.id, 'Session') ?? -1 : null, version: o.version, cancel: !!o.cancel,
      moduleId: o.moduleId ? tryLocalId(o.moduleId, 'TrainingModule') ?? -1 : null, startsAt: o.startsAt, endsAt: o.endsAt,
      ...(o.venueId !== undefined ? { venueId: o.venueId ? tryLocalId(o.venueId, 'Venue') ?? -1 : null } : {}),
      ...(o.facilitatorId !== undefined ? { facilitatorId: o.facilitatorId ? tryLocalId(o.facilitatorId, 'Facilitator') ?? -1 : null } : {}),
      ...(o.onlineUrl !== undefined ? { onlineUrl: o.onlineUrl } : {}),
      ...(o.groupId !== undefined ? { groupId: o.groupId ? tryLocalId(o.groupId, 'CohortGroup') ?? -1 : null } : {}),
    })), force);
  }

  @Authorized(...SCHEDULE_READ)
  @Query(() => [ScheduleIssue], { description: "All current conflicts and warnings of a cohort's schedule." })
  async scheduleConflicts(@Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string, @Ctx() { em, viewer }: Context): Promise<ScheduleIssue[]> {
    const cohort = await em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: localId(cohortId, 'Cohort') }]));
    return cohort ? cohortIssues(em, cohort) : [];
  }

  @Authorized(...MANAGE)
  @Mutation(() => AutoSchedulePayload, {
    description: "Proposes a schedule for the cohort's modules that still lack JP: working days, venues, facilitators, people's other sessions and unavailability respected; deterministic. Nothing is saved: apply the proposal with applySchedule.",
  })
  async autoSchedule(
    @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string,
    @Arg('options', () => AutoScheduleOptions, { nullable: true, description: 'Venues, facilitators, daily teaching blocks and longest session to use; defaults when absent.' }) options: AutoScheduleOptions | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<AutoSchedulePayload> {
    const id = tryLocalId(cohortId, 'Cohort');
    const cohort = id === null ? null : await em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id }]));
    if (!cohort) return { proposal: [], unplaced: [], complete: false, warnings: [], errors: [new UserError('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort')] };
    const blocks = options?.blocks?.map((b) => ({ start: minutesOf(b.start), jp: b.jp }));
    if (blocks?.some((b) => !Number.isFinite(b.start) || b.jp < 1 || b.start + b.jp * 45 > 24 * 60)) {
      return { proposal: [], unplaced: [], complete: false, warnings: [], errors: [new UserError('options.blocks', ERROR_CODES.INVALID_VALUE, 'a block is HH:mm and 1 or more JP within the day')] };
    }
    const ids = (list: string[] | null | undefined, type: string) => list?.map((x) => tryLocalId(x, type) ?? -1);
    const { result, modules, venues, facilitators } = await proposeSchedule(em, cohort, {
      venueIds: ids(options?.venueIds, 'Venue'), facilitatorIds: ids(options?.facilitatorIds, 'Facilitator'),
      moduleFacilitators: options?.moduleFacilitators?.map((m) => ({ moduleId: tryLocalId(m.moduleId, 'TrainingModule') ?? -1, facilitatorIds: ids(m.facilitatorIds, 'Facilitator')! })),
      blocks, maxJpPerSession: options?.maxJpPerSession,
    });
    const warnings = targetIssues([...modules.values()], await seatedByGeneration(em, cohort.id), result.placements.map((p) => ({ moduleId: p.moduleId })));
    return {
      complete: result.complete,
      warnings,
      proposal: result.placements.map((p) => ({
        module: modules.get(p.moduleId)!, startsAt: new Date(p.start), endsAt: new Date(p.end), jp: p.jp,
        venue: p.venueId === null ? null : venues.get(p.venueId)!, facilitator: p.facilitatorId === null ? null : facilitators.get(p.facilitatorId)!,
      })),
      unplaced: result.unplaced.map((u) => ({ module: modules.get(u.moduleId)!, reason: u.reason, message: REASONS[u.reason]! })),
      errors: [],
    };
  }

  @Authorized('PARTICIPANT')
  @Query(() => [MyScheduleEntry], { description: "The signed-in participant's sessions between two instants, with times in their own zone (from their agency) and the zone named." })
  async mySchedule(@Arg('from', () => Date, { description: 'Sessions ending after this instant.' }) from: Date, @Arg('to', () => Date, { description: 'Sessions starting before this instant.' }) to: Date, @Ctx() { em, viewer }: Context): Promise<MyScheduleEntry[]> {
    if (viewer.kind !== 'account' || viewer.personId === null) return [];
    // The page a participant opens most: one fixed statement (schedule.read-model.ts).
    return (await myScheduleRows(em, viewer.personId, from, to)).map(({ session: s, title, venue, cohortCode, groupName, zone: own }) => {
      const zone = own ?? 'WIB';
      const a = wallClock(s.startsAt, zone);
      const b = wallClock(s.endsAt, zone);
      return {
        session: s, date: a.date, startTime: a.time, endTime: b.time, zone, title,
        place: venue ?? (s.onlineUrl ? 'Daring' : null), cohortCode, groupName, cancelled: s.status === 'CANCELLED',
      };
    });
  }

  @Authorized('PARTICIPANT', 'ADMIN', 'ORGANIZER')
  @Mutation(() => CalendarFeedPayload, { description: "Issues a calendar feed address for the participant's own schedule (or, for an organizer, for a person on the roster); the old address stops working." })
  async issueCalendarFeed(@Arg('personId', () => ID, { nullable: true, description: 'Global id of the person (organizers); participants omit it.' }) personId: string | null, @Ctx() ctx: Context): Promise<CalendarFeedPayload> {
    const { em, viewer } = ctx;
    const id = viewer.kind === 'account' && viewer.role === 'PARTICIPANT' ? viewer.personId : personId ? tryLocalId(personId, 'Person') : null;
    const person = id === null ? null : await em.findOne(Person, scoped(viewer, 'Person', [{ id }]));
    if (!person) return { url: null, errors: [new UserError('personId', ERROR_CODES.NOT_FOUND, 'no such person')] };
    const secret = await issueCalendarFeed(em, person);
    return { url: `${ctx.origin}/calendar/${secret}.ics`, errors: [] };
  }
}
