import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { TimeZoneCode, UnplacedReason } from '@lintas/shared';
import { TimeZoneEnum } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';
import { ScheduleIssue } from './schedule-issue.js';
import { Session } from './session.entity.js';

@ObjectType({ description: 'A page of sessions.' })
export class SessionConnection extends Connection(Session) {}

@InputType({ description: 'One change to a schedule: a new session (no id), a change (id and version), or a cancellation (id, cancel).' })
export class ScheduleOperationInput {
  @Field(() => ID, { nullable: true, description: 'The session to change; absent for a new one.' })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version read; a stale one is refused (schedule/version-conflict).' })
  version?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Cancel the session (it stays, marked cancelled, in calendar feeds).' })
  cancel?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the training module (required for a new session).' })
  moduleId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start instant (required for a new session).' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End instant, after the start (required for a new session).' })
  endsAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Venue; null for none (online).' })
  venueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the facilitator; null for none.' })
  facilitatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Give the session to one group of the cohort (a cross-generation module taught per group); null for the whole cohort, absent keeps it.' })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: 'Meeting link of an online session.' })
  onlineUrl?: string | null;
}

@InputType({ description: 'A new session of a cohort.' })
export class ScheduleSessionInput {
  @Field(() => ID, { description: 'Global id of the cohort.' })
  cohortId!: string;

  @Field(() => ID, { description: 'Global id of the training module taught.' })
  moduleId!: string;

  @Field({ description: 'Start instant (ISO 8601 with offset, e.g. 2026-11-24T08:00:00+07:00).' })
  startsAt!: Date;

  @Field({ description: 'End instant, after the start.' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Global id of the venue; null when online.' })
  venueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the facilitator; null for none yet.' })
  facilitatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of a group of the cohort when the session is for that group only; null for the whole cohort.' })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: 'Meeting link of an online session.' })
  onlineUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Save despite hard conflicts (they are still returned).' })
  force?: boolean | null;
}

@InputType({ description: 'A new time (and optionally venue or facilitator) for a session.' })
export class MoveSessionInput {
  @Field(() => ID, { description: 'Global id of the session.' })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;

  @Field({ description: 'New start instant.' })
  startsAt!: Date;

  @Field({ description: 'New end instant, after the start.' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'A new venue; absent keeps the current one.' })
  venueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new facilitator; absent keeps the current one.' })
  facilitatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A group of the cohort the session is for; null for the whole cohort, absent keeps the current one.' })
  groupId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Save despite hard conflicts (they are still returned).' })
  force?: boolean | null;
}

@ObjectType({ description: 'Outcome of a schedule change: the sessions written, or the conflicts that refused it.' })
export class SchedulePayload {
  @Field(() => [Session], { description: 'The sessions written (none when refused).' })
  sessions!: Session[];

  @Field(() => [ScheduleIssue], { description: 'Conflicts and warnings of the change, saved or not.' })
  issues!: ScheduleIssue[];

  @Field(() => [UserError], { description: 'Why nothing was written (e.g. schedule/version-conflict, schedule/hard-conflicts); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Facilitators who may teach a module, for autoSchedule.' })
export class ModuleFacilitatorsInput {
  @Field(() => ID, { description: 'Global id of the training module.' })
  moduleId!: string;

  @Field(() => [ID], { description: 'Global ids of the facilitators, in order of preference.' })
  facilitatorIds!: string[];
}

@InputType({ description: 'A daily teaching block for autoSchedule: a start time and a length in JP.' })
export class TeachingBlockInput {
  @Field({ description: 'HH:mm in the cohort time zone.' })
  start!: string;

  @Field(() => Int, { description: 'Length in JP (45 minutes each).' })
  jp!: number;
}

@InputType({ description: 'How autoSchedule may place sessions.' })
export class AutoScheduleOptions {
  @Field(() => [ID], { nullable: true, description: "Venues to use, in preference order; default the cohort's venue, or every venue of the academy large enough." })
  venueIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Facilitators who may lead any module; default every facilitator of the academy.' })
  facilitatorIds?: string[] | null;

  @Field(() => [ModuleFacilitatorsInput], { nullable: true, description: 'Facilitators for particular modules.' })
  moduleFacilitators?: ModuleFacilitatorsInput[] | null;

  @Field(() => [TeachingBlockInput], { nullable: true, description: 'Teaching blocks of a day; default 08:00 for 5 JP and 13:00 for 4 JP (lunch between).' })
  blocks?: TeachingBlockInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Longest session in JP; default 4.' })
  maxJpPerSession?: number | null;
}

@ObjectType({ description: 'A session autoSchedule proposes; apply it with applySchedule.' })
export class ProposedSession {
  @Field(() => TrainingModule, { description: 'The module to teach.' })
  module!: TrainingModule;

  @Field({ description: 'Proposed start instant.' })
  startsAt!: Date;

  @Field({ description: 'Proposed end instant.' })
  endsAt!: Date;

  @Field(() => Int, { description: 'JP (45-minute units) of the session.' })
  jp!: number;

  @Field(() => Venue, { nullable: true, description: 'Proposed venue; null when online.' })
  venue!: Venue | null;

  @Field(() => Facilitator, { nullable: true, description: 'Proposed facilitator; null when none was available for the module.' })
  facilitator!: Facilitator | null;
}

@ObjectType({ description: 'A module autoSchedule could not place, and why.' })
export class UnplacedModule {
  @Field(() => TrainingModule, { description: 'The module, or the part of it, left unplaced.' })
  module!: TrainingModule;

  @Field(() => String, { description: 'Stable code (UNPLACED_REASONS in @lintas/shared): participants-busy, venue-busy, facilitator-busy, no-slot, end-of-day or search-limit. Word it from this code.' })
  reason!: UnplacedReason;

  @Field({ description: 'English explanation of the reason, for logs and integrators; a UI words `reason` instead.' })
  message!: string;
}

@ObjectType({ description: 'A proposed schedule; apply it with `applySchedule`.' })
export class AutoSchedulePayload {
  @Field(() => [ProposedSession], { description: 'The proposal; nothing is saved.' })
  proposal!: ProposedSession[];

  @Field(() => [UnplacedModule], { description: 'Modules that did not fit, and why.' })
  unplaced!: UnplacedModule[];

  @Field({ description: 'Every planned module is placed.' })
  complete!: boolean;

  @Field(() => [ScheduleIssue], { description: "Warnings about the proposal (schedule/outside-target-generations: a proposed module's target generations leave out some of the cohort's seated people); `index` is the position in `proposal`." })
  warnings!: ScheduleIssue[];

  @Field(() => [UserError], { description: 'Why no proposal was made (e.g. object/not-found, input/invalid-value); empty otherwise.' })
  errors!: UserError[];
}

@ObjectType({ description: "A session in the participant's own time zone." })
export class MyScheduleEntry {
  @Field(() => Session, { description: 'The session itself (times in UTC, venue, facilitator).' })
  session!: Session;

  @Field({ description: 'Local date (YYYY-MM-DD).' })
  date!: string;

  @Field({ description: 'Local start (HH:mm).' })
  startTime!: string;

  @Field({ description: 'Local end (HH:mm).' })
  endTime!: string;

  @Field(() => TimeZoneEnum, { description: 'WIB, WITA or WIT: the zone of the times above.' })
  zone!: TimeZoneCode;

  @Field({ description: 'Title of the module taught.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Venue name, or "Daring" (online); null when unknown.' })
  place!: string | null;

  @Field({ description: 'Code of the cohort, e.g. DLA-2026-02.' })
  cohortCode!: string;

  @Field(() => String, { nullable: true, description: "The participant's group (kelompok) in the session's cohort; null when in none." })
  groupName!: string | null;

  @Field({ description: 'The session was cancelled (kept so calendars show it).' })
  cancelled!: boolean;
}
