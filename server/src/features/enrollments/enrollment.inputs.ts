import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Enrollment } from './enrollment.entity.js';

@ObjectType({ description: 'A page of enrolments.' })
export class EnrollmentConnection extends Connection(Enrollment) {}

@InputType({ description: 'A reason to enrol one person outside the program\'s target eselon groups.' })
export class EnrollOverrideInput {
  @Field(() => ID, { description: 'Global id of the person (one of EnrollInput.personIds).' })
  personId!: string;

  @Field({ description: 'Why they are enrolled anyway (recorded on the enrolment, with who gave it and when, and in the audit trail).' })
  reason!: string;
}

@InputType({
  description: `People to enrol in one cohort.
All or nothing (the default, partial: false): if any person is refused, nobody is enrolled, and \`results\` says for each person whether they were refused or would have been enrolled (READY).
Partial (partial: true): those who pass are enrolled or waitlisted; the others are refused and reported, per person, in \`results\` and \`errors\`.
A person is refused when unknown, archived, already enrolled, outside the program's target eselon groups without a reason (in \`overrides\`, \`overrideReason\`, or recorded at an earlier enrolment), or seated in sessions of another cohort that overlap this cohort's sessions (unless \`force\`).`,
})
export class EnrollInput {
  @Field(() => ID, { description: 'Global id of the cohort.' })
  cohortId!: string;

  @Field(() => [ID], { description: 'Global ids of people.' })
  personIds!: string[];

  @Field(() => String, { nullable: true, description: "Why people outside the program's target eselon groups are enrolled anyway (recorded), for everyone in the batch without a reason in `overrides`." })
  overrideReason?: string | null;

  @Field(() => [EnrollOverrideInput], { nullable: true, description: "A reason per person outside the program's target eselon groups; wins over `overrideReason`." })
  overrides?: EnrollOverrideInput[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Enrol people even when they are seated in sessions of another cohort that overlap this cohort's (enrollment/schedule-conflict); the conflicts are still returned." })
  force?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Enrol those who pass and refuse only the others (true), or all or nothing (false, the default).' })
  partial?: boolean | null;
}

export enum EnrollResultStatus {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  READY = 'READY',
  REFUSED = 'REFUSED',
}
registerEnumType(EnrollResultStatus, {
  name: 'EnrollResultStatus',
  description: 'What became of one person of an enrolment.',
  valuesConfig: {
    ENROLLED: { description: 'Enrolled with a seat.' },
    WAITLISTED: { description: 'On the waitlist (the cohort is full).' },
    READY: { description: 'Passed every check but not enrolled, because others of an all-or-nothing batch were refused.' },
    REFUSED: { description: 'Refused; `errors` says why.' },
  },
});

@ObjectType({ description: "A session of the cohort that overlaps a session of another cohort in which the person is seated." })
export class EnrollmentConflict {
  @Field(() => ID, { description: 'Global id of the person.' })
  personId!: string;

  @Field(() => ID, { description: "The session of this cohort." })
  sessionId!: string;

  @Field(() => Date, { description: 'When that session starts.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When that session ends.' })
  endsAt!: Date;

  @Field(() => ID, { description: 'The other cohort.' })
  otherCohortId!: string;

  @Field({ description: "The other cohort's code." })
  otherCohortCode!: string;

  @Field(() => ID, { description: 'The overlapping session of the other cohort.' })
  otherSessionId!: string;

  @Field(() => Date, { description: 'When the other session starts.' })
  otherStartsAt!: Date;

  @Field(() => Date, { description: 'When the other session ends.' })
  otherEndsAt!: Date;
}

@ObjectType({ description: 'What became of one person of an enrolment, by global id (never a NIP).' })
export class EnrollPersonResult {
  @Field(() => Int, { description: 'Position of the person in EnrollInput.personIds.' })
  index!: number;

  @Field(() => ID, { description: 'The person, as given in EnrollInput.personIds.' })
  personId!: string;

  @Field(() => EnrollResultStatus, { description: 'Enrolled, waitlisted, ready (held back by an all-or-nothing batch) or refused.' })
  status!: EnrollResultStatus;

  @Field(() => Enrollment, { nullable: true, description: 'The enrolment, when enrolled or waitlisted.' })
  enrollment!: Enrollment | null;

  @Field(() => Boolean, { description: "An eligibility override was recorded for this person by this request." })
  overridden!: boolean;

  @Field(() => [UserError], { description: 'Why the person was refused (enrollment/not-eligible, enrollment/schedule-conflict, enrollment/already-enrolled, object/not-found, object/archived); empty otherwise.' })
  errors!: UserError[];

  @Field(() => [EnrollmentConflict], { description: "The person's overlapping sessions elsewhere; listed also when forced." })
  conflicts!: EnrollmentConflict[];
}

@ObjectType({ description: 'Outcome of an enrolment: all or nothing, or partial when asked (see EnrollInput).' })
export class EnrollPayload {
  @Field(() => [Enrollment], { description: 'One per person enrolled, or waitlisted when the cohort is full.' })
  enrollments!: Enrollment[];

  @Field(() => [UserError], { description: 'Why people were refused (field `personIds.<index>`; see `results` for the person ids), or why the request was (cohortId, overrideReason, overrides.<i>); empty on full success.' })
  errors!: UserError[];

  @Field(() => [EnrollPersonResult], { description: 'One per person given, in order, naming the person by global id; empty when the request itself was refused.' })
  results!: EnrollPersonResult[];

  @Field(() => [EnrollmentConflict], { description: "Every overlap of this cohort's sessions with sessions of other cohorts the people are seated in, per person." })
  conflicts!: EnrollmentConflict[];
}

@InputType({ description: 'Takes a person out of a cohort.' })
export class WithdrawInput {
  @Field(() => ID, { description: 'Global id of the enrolment.' })
  enrollmentId!: string;

  @Field(() => String, { nullable: true, description: 'Why the person withdraws.' })
  reason?: string | null;
}

@ObjectType({ description: 'Outcome of a withdrawal.' })
export class WithdrawPayload {
  @Field(() => Enrollment, { nullable: true, description: 'The enrolment, now withdrawn; null on failure.' })
  enrollment!: Enrollment | null;

  @Field(() => Enrollment, { nullable: true, description: 'The waitlisted person who took the freed seat, if any.' })
  promoted!: Enrollment | null;

  @Field(() => [UserError], { description: 'Why it was refused (e.g. enrollment/not-withdrawable); empty on success.' })
  errors!: UserError[];
}
