import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Enrollment } from './enrollment.entity.js';

@ObjectType({ description: 'A page of enrolments.' })
export class EnrollmentConnection extends Connection(Enrollment) {}

@InputType({ description: 'People to enrol in one cohort; all or none are enrolled.' })
export class EnrollInput {
  @Field(() => ID, { description: 'Global id of the cohort.' })
  cohortId!: string;

  @Field(() => [ID], { description: 'Global ids of people.' })
  personIds!: string[];

  @Field(() => String, { nullable: true, description: "Why people outside the program's target eselon groups are enrolled anyway (recorded)." })
  overrideReason?: string | null;
}

@ObjectType({ description: 'Outcome of an enrolment; all or nothing.' })
export class EnrollPayload {
  @Field(() => [Enrollment], { description: 'One per person, enrolled or waitlisted when the cohort is full.' })
  enrollments!: Enrollment[];

  @Field(() => [UserError], { description: 'Why it was refused, per person (e.g. enrollment/not-eligible, enrollment/already-enrolled); empty on success.' })
  errors!: UserError[];
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
