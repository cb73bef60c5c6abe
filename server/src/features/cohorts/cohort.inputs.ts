import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CohortStatus, EselonGroup, Generation, TimeZoneCode } from '@lintas/shared';
import { CohortStatusEnum, EselonGroupEnum, GenerationEnum, TimeZoneEnum } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Cohort } from './cohort.entity.js';
import { Facilitator } from './facilitator.entity.js';
import { Venue } from './venue.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';

@ObjectType({ description: 'A page of cohorts.' })
export class CohortConnection extends Connection(Cohort) {}

@ObjectType({ description: 'A page of venues.' })
export class VenueConnection extends Connection(Venue) {}

@ObjectType({ description: 'A page of facilitators.' })
export class FacilitatorConnection extends Connection(Facilitator) {}

@InputType({ description: 'Filters of the cohort list; all given filters must hold.' })
export class CohortFilter {
  @Field(() => ID, { nullable: true, description: 'Only cohorts of this program.' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cohorts of this academy (admins).' })
  academyId?: string | null;

  @Field(() => [CohortStatusEnum], { nullable: true, description: 'Only cohorts in these statuses.' })
  statuses?: CohortStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Cohorts that end on or after this day (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Cohorts that start on or before this day (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the code or name.' })
  search?: string | null;
}

@InputType({ description: 'A new cohort (angkatan), created in draft.' })
export class CreateCohortInput {
  @Field(() => ID, { description: 'Global id of the program this cohort runs.' })
  programId!: string;

  @Field({ description: 'Unique code, e.g. DLA-2026-03.' })
  code!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'First day, YYYY-MM-DD (in the cohort time zone).' })
  startDate!: string;

  @Field({ description: 'Last day, YYYY-MM-DD; not before the first.' })
  endDate!: string;

  @Field(() => TimeZoneEnum, { nullable: true, defaultValue: 'WIB', description: "Zone of the cohort's dates and working hours." })
  timeZone!: TimeZoneCode;

  @Field(() => Int, { description: 'Seats; enrolments beyond it go to the waitlist.' })
  capacity!: number;

  @Field(() => ID, { nullable: true, description: 'Global id of the usual venue; null for none.' })
  venueId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'The cohort meets online (daring).' })
  online!: boolean;

  @Field(() => Float, { nullable: true, description: "Share of scheduled JP needed to complete; the program's completion threshold when absent." })
  completionThreshold?: number | null;
}

@InputType({ description: 'Changes to a cohort; absent fields stay as they are.' })
export class UpdateCohortInput {
  @Field(() => ID, { description: 'Global id of the cohort.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New first day, YYYY-MM-DD.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'New last day, YYYY-MM-DD.' })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'New number of seats.' })
  capacity?: number | null;

  @Field(() => CohortStatusEnum, { nullable: true, description: 'Next status (draft → open → running → closed; open may go back to draft). Closing marks those at the threshold completed.' })
  status?: CohortStatus | null;

  @Field(() => Float, { nullable: true, description: 'Share of scheduled JP needed to complete, 0–1.' })
  completionThreshold?: number | null;
}

@ObjectType({ description: 'Outcome of a cohort change.' })
export class CohortPayload {
  @Field(() => Cohort, { nullable: true, description: 'The cohort after the change; null on failure.' })
  cohort!: Cohort | null;

  @Field(() => [UserError], { description: 'Why it was refused (e.g. cohort/code-taken, cohort/status-transition); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'How many seated people of a cohort are of one generation.' })
export class GenerationCount {
  @Field(() => GenerationEnum, { nullable: true, description: 'Null for birth years before 1946.' })
  generation!: Generation | null;

  @Field(() => Int, { description: 'People of that generation.' })
  count!: number;
}

@ObjectType({ description: "How much of a cohort's seated people a module of its program targets (by the module's target generations; none means everyone)." })
export class ModuleTargeting {
  @Field(() => TrainingModule, { description: 'The module.' })
  module!: TrainingModule;

  @Field(() => Int, { description: "Seated people in the module's target generations." })
  targeted!: number;

  @Field(() => Int, { description: 'Seated people of the cohort.' })
  seated!: number;

  @Field(() => Float, { nullable: true, description: 'targeted / seated, from 0 to 1; null while nobody is seated.' })
  share!: number | null;

  @Field(() => [GenerationEnum], { description: 'Generations of seated people the module does not target, oldest first.' })
  outsideGenerations!: Generation[];
}

@ObjectType({ description: 'How many seated people of a cohort are in one eselon group.' })
export class EselonGroupCount {
  @Field(() => EselonGroupEnum, { description: 'Eselon group (I, II, III, IV, JF or PELAKSANA).' })
  eselonGroup!: EselonGroup;

  @Field(() => Int, { description: 'People of that eselon group.' })
  count!: number;
}
