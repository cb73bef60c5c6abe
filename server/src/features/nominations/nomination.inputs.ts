import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { NominationStatus } from '@lintas/shared';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Agency } from '../academies/agency.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Nomination } from './nomination.entity.js';
import { NominationDecisionEnum, NominationStatusEnum, type NominationDecision } from './nomination.enums.js';

@ObjectType({ description: 'A page of nominations.' })
export class NominationConnection extends Connection(Nomination) {}

@InputType({ description: 'Which nominations to list; absent fields do not filter.' })
export class NominationFilter {
  @Field(() => ID, { nullable: true, description: 'Only for this cohort.' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only from this agency.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only of this person.' })
  personId?: string | null;

  @Field(() => [NominationStatusEnum], { nullable: true, description: 'Only in these states.' })
  statuses?: NominationStatus[] | null;
}

@InputType({ description: 'A nomination of one person for one open cohort.' })
export class NominateInput {
  @Field(() => ID, { description: 'The open cohort.' })
  cohortId!: string;

  @Field(() => ID, { description: "The person; an agency's HR officer nominates only its own agency's people." })
  personId!: string;

  @Field(() => String, { nullable: true, description: 'Why the agency proposes this official (up to 1000 characters).' })
  note?: string | null;
}

@InputType({ description: "The academy's decision on a pending nomination." })
export class DecideNominationInput {
  @Field(() => ID, { description: 'The nomination.' })
  nominationId!: string;

  @Field(() => NominationDecisionEnum, { description: 'ACCEPT or DECLINE.' })
  decision!: NominationDecision;

  @Field(() => String, { nullable: true, description: 'Why: required to decline, optional to accept (up to 500 characters).' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: "Accepting someone outside the program's target eselon groups: the override reason, as for enroll." })
  overrideReason?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Accept although the person is seated in overlapping sessions of another cohort, as for enroll.' })
  force?: boolean | null;
}

@InputType({ description: 'The supervisor stage of a nomination.' })
export class SupervisorDecisionInput {
  @Field(() => ID, { description: 'The nomination waiting for the supervisor.' })
  nominationId!: string;

  @Field({ description: 'True approves (the academy decides next); false refuses.' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'A note on approval, or the reason for refusing (required then).' })
  note?: string | null;
}

@ObjectType({ description: 'Outcome of a nomination change.' })
export class NominationPayload {
  @Field(() => Nomination, { nullable: true, description: 'The nomination after the change; null on failure.' })
  nomination!: Nomination | null;

  @Field(() => [UserError], { description: 'Why it was refused (nomination/cohort-not-open, nomination/duplicate, nomination/wrong-state, nomination/not-supervisor, nomination/reason-required, and on acceptance the enrolment codes such as enrollment/not-eligible); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Seats of a cohort reserved for one agency.' })
export class AgencyQuotaInput {
  @Field(() => ID, { description: "An agency of the cohort's academy." })
  agencyId!: string;

  @Field(() => Int, { description: 'Seats reserved (0 removes the reservation).' })
  seats!: number;
}

@ObjectType({ description: "Seats of a cohort reserved for one agency, and how many its accepted nominations use." })
export class AgencyQuota {
  @Field(() => Agency, { description: 'The agency.' })
  agency!: Agency;

  @Field(() => Int, { description: 'Seats reserved for it until the release date.' })
  seats!: number;

  @Field(() => Int, { description: 'Reserved seats taken by people its nominations seated.' })
  used!: number;
}

@ObjectType({ description: 'Outcome of setCohortQuotas.' })
export class CohortQuotasPayload {
  @Field(() => Cohort, { nullable: true, description: 'The cohort after the change; null on failure.' })
  cohort!: Cohort | null;

  @Field(() => [UserError], { description: 'Why it was refused (object/not-found, input/out-of-range, quota/over-capacity); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: "An agency's eselon I–II officials in one year: on its roster, nominated by it, and trained (completed a cohort)." })
export class AgencyLeaderSummary {
  @Field(() => Agency, { description: 'The agency.' })
  agency!: Agency;

  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => Int, { description: 'Eselon I and II officials on its roster (archived people left out).' })
  roster!: number;

  @Field(() => Int, { description: 'Of them, nominated by the agency for a cohort running in the year.' })
  nominated!: number;

  @Field(() => Int, { description: 'Of them, completed a cohort running in the year (the reports\' completed rule).' })
  trained!: number;
}
