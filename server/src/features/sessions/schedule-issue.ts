import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ErrorCode } from '@lintas/shared';

export enum IssueSeverity {
  CONFLICT = 'CONFLICT',
  WARNING = 'WARNING',
}
registerEnumType(IssueSeverity, {
  name: 'IssueSeverity',
  description: 'CONFLICT: a hard conflict, refused unless forced. WARNING: allowed, but worth a look.',
  valuesConfig: {
    CONFLICT: { description: 'Hard conflict (double booking, outside the cohort dates, …): the change is refused unless forced.' },
    WARNING: { description: 'Soft warning (holiday, outside working hours, JP differing from the plan): the change is saved.' },
  },
});

@ObjectType({ description: 'A conflict or warning of a session, naming both sides.' })
export class ScheduleIssue {
  @Field(() => String, { description: 'Code from the shared list, e.g. schedule/venue-double-booked.' })
  code!: ErrorCode;

  @Field(() => IssueSeverity, { description: 'CONFLICT (refused unless forced) or WARNING (allowed).' })
  severity!: IssueSeverity;

  @Field({ description: 'English explanation naming both sides.' })
  message!: string;

  @Field(() => ID, { nullable: true, description: 'The session at issue; null for one not saved yet.' })
  sessionId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Position of the session in a batch or proposal.' })
  index!: number | null;

  @Field(() => ID, { nullable: true, description: 'The other session of a double booking.' })
  otherSessionId!: string | null;

  @Field(() => String, { nullable: true, description: "The other session's cohort code." })
  otherCohortCode!: string | null;

  @Field(() => ID, { nullable: true, description: 'The module of a JP mismatch.' })
  moduleId!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people are double-booked or unavailable.' })
  personCount!: number | null;

  @Field(() => [ID], { description: 'The first 20 of those people.' })
  personIds!: string[];

  @Field(() => Date, { nullable: true, description: "Start of the other session of a double booking; the SPA words the issue from the code and these values, in the viewer's zone." })
  otherStartsAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The day at issue (YYYY-MM-DD, in the cohort's zone), e.g. of a national holiday." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the national holiday (as the holiday calendar gives it, in Indonesian).' })
  holidayName?: string | null;

  @Field(() => Float, { nullable: true, description: 'JP the schedule gives the module (a JP mismatch).' })
  jpScheduled?: number | null;

  @Field(() => Int, { nullable: true, description: 'JP the program plans for the module (a JP mismatch).' })
  jpPlanned?: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats of the venue that is too small.' })
  venueCapacity?: number | null;
}
