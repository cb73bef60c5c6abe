import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Enrollment } from './enrollment.entity.js';

@ObjectType({ description: 'A page of enrolments.' })
export class EnrollmentConnection extends Connection(Enrollment) {}

@InputType({ description: 'People to enrol in one cohort; all or none are enrolled.' })
export class EnrollInput {
  @Field(() => ID)
  cohortId!: string;

  @Field(() => [ID], { description: 'Global ids of people.' })
  personIds!: string[];

  @Field(() => String, { nullable: true, description: "Why people outside the program's target eselon groups are enrolled anyway (recorded)." })
  overrideReason?: string | null;
}

@ObjectType()
export class EnrollPayload {
  @Field(() => [Enrollment], { description: 'One per person, enrolled or waitlisted when the cohort is full.' })
  enrollments!: Enrollment[];

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class WithdrawInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@ObjectType()
export class WithdrawPayload {
  @Field(() => Enrollment, { nullable: true })
  enrollment!: Enrollment | null;

  @Field(() => Enrollment, { nullable: true, description: 'The waitlisted person who took the freed seat, if any.' })
  promoted!: Enrollment | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
