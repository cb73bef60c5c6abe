import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { TimeZoneCode } from '@lintas/shared';
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

  @Field(() => ID, { nullable: true })
  moduleId?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Venue; null for none (online).' })
  venueId?: string | null;

  @Field(() => ID, { nullable: true })
  facilitatorId?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;
}

@InputType()
export class ScheduleSessionInput {
  @Field(() => ID)
  cohortId!: string;

  @Field(() => ID)
  moduleId!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => ID, { nullable: true })
  venueId?: string | null;

  @Field(() => ID, { nullable: true })
  facilitatorId?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Save despite hard conflicts (they are still returned).' })
  force?: boolean | null;
}

@InputType()
export class MoveSessionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'A new venue; absent keeps the current one.' })
  venueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new facilitator; absent keeps the current one.' })
  facilitatorId?: string | null;

  @Field(() => Boolean, { nullable: true })
  force?: boolean | null;
}

@ObjectType()
export class SchedulePayload {
  @Field(() => [Session], { description: 'The sessions written (none when refused).' })
  sessions!: Session[];

  @Field(() => [ScheduleIssue], { description: 'Conflicts and warnings of the change, saved or not.' })
  issues!: ScheduleIssue[];

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class ModuleFacilitatorsInput {
  @Field(() => ID)
  moduleId!: string;

  @Field(() => [ID])
  facilitatorIds!: string[];
}

@InputType()
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
  @Field(() => TrainingModule)
  module!: TrainingModule;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => Int)
  jp!: number;

  @Field(() => Venue, { nullable: true })
  venue!: Venue | null;

  @Field(() => Facilitator, { nullable: true })
  facilitator!: Facilitator | null;
}

@ObjectType({ description: 'A module autoSchedule could not place, and why.' })
export class UnplacedModule {
  @Field(() => TrainingModule)
  module!: TrainingModule;

  @Field({ description: 'participants-busy, venue-busy, facilitator-busy, no-slot or end-of-day.' })
  reason!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class AutoSchedulePayload {
  @Field(() => [ProposedSession], { description: 'The proposal; nothing is saved.' })
  proposal!: ProposedSession[];

  @Field(() => [UnplacedModule])
  unplaced!: UnplacedModule[];

  @Field({ description: 'Every planned module is placed.' })
  complete!: boolean;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: "A session in the participant's own time zone." })
export class MyScheduleEntry {
  @Field(() => Session)
  session!: Session;

  @Field({ description: 'Local date (YYYY-MM-DD).' })
  date!: string;

  @Field({ description: 'Local start (HH:mm).' })
  startTime!: string;

  @Field({ description: 'Local end (HH:mm).' })
  endTime!: string;

  @Field(() => TimeZoneEnum, { description: 'WIB, WITA or WIT: the zone of the times above.' })
  zone!: TimeZoneCode;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field()
  cohortCode!: string;

  @Field()
  cancelled!: boolean;
}
