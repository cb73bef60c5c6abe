import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CohortStatus, EselonGroup, Generation, TimeZoneCode } from '@lintas/shared';
import { CohortStatusEnum, EselonGroupEnum, GenerationEnum, TimeZoneEnum } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Cohort } from './cohort.entity.js';
import { Facilitator } from './facilitator.entity.js';
import { Venue } from './venue.entity.js';

@ObjectType({ description: 'A page of cohorts.' })
export class CohortConnection extends Connection(Cohort) {}

@ObjectType({ description: 'A page of venues.' })
export class VenueConnection extends Connection(Venue) {}

@ObjectType({ description: 'A page of facilitators.' })
export class FacilitatorConnection extends Connection(Facilitator) {}

@InputType({ description: 'Filters of the cohort list; all given filters must hold.' })
export class CohortFilter {
  @Field(() => ID, { nullable: true })
  programId?: string | null;

  @Field(() => ID, { nullable: true })
  academyId?: string | null;

  @Field(() => [CohortStatusEnum], { nullable: true })
  statuses?: CohortStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Cohorts that end on or after this day (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Cohorts that start on or before this day (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the code or name.' })
  search?: string | null;
}

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  programId!: string;

  @Field({ description: 'Unique code, e.g. DLA-2026-03.' })
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  endDate!: string;

  @Field(() => TimeZoneEnum, { nullable: true, defaultValue: 'WIB' })
  timeZone!: TimeZoneCode;

  @Field(() => Int)
  capacity!: number;

  @Field(() => ID, { nullable: true })
  venueId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  online!: boolean;

  @Field(() => Float, { nullable: true, description: 'Share of scheduled JP needed to complete; default 0.8.' })
  completionThreshold?: number | null;
}

@InputType({ description: 'Changes to a cohort; absent fields stay as they are.' })
export class UpdateCohortInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => CohortStatusEnum, { nullable: true })
  status?: CohortStatus | null;

  @Field(() => Float, { nullable: true })
  completionThreshold?: number | null;
}

@ObjectType()
export class CohortPayload {
  @Field(() => Cohort, { nullable: true })
  cohort!: Cohort | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: 'How many seated people of a cohort are of one generation.' })
export class GenerationCount {
  @Field(() => GenerationEnum, { nullable: true, description: 'Null for birth years before 1946.' })
  generation!: Generation | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many seated people of a cohort are in one eselon group.' })
export class EselonGroupCount {
  @Field(() => EselonGroupEnum)
  eselonGroup!: EselonGroup;

  @Field(() => Int)
  count!: number;
}
