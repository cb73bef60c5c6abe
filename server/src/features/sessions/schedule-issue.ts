import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Generation, ScheduleIssueCode, ScheduleIssueParams as SharedParams, TimeZoneCode } from '@lintas/shared';
import { GenerationEnum, TimeZoneEnum } from '../../graphql/enums.js';

export enum IssueSeverity {
  CONFLICT = 'CONFLICT',
  WARNING = 'WARNING',
}
registerEnumType(IssueSeverity, {
  name: 'IssueSeverity',
  description: 'CONFLICT: a hard conflict, refused unless forced. WARNING: allowed, but worth a look.',
  valuesConfig: {
    CONFLICT: { description: 'Hard conflict (double booking, outside the cohort dates, …): the change is refused unless forced.' },
    WARNING: { description: 'Soft warning (holiday, outside working hours, JP differing from the plan, people outside a module\'s target generations): the change is saved.' },
  },
});

@ObjectType({
  description: `What a conflict or warning is about, so that a client can word it in its own language. Every field is null unless the issue's code fills it; each code always fills these (and only these):
- schedule/end-not-after-start: none
- schedule/outside-cohort-dates: cohortStartDate, cohortEndDate
- schedule/venue-too-small: venueName, venueCapacity, personCount (the cohort's seated people)
- schedule/venue-double-booked: venueName, otherCohortCode, otherStartsAt
- schedule/facilitator-double-booked: facilitatorName, otherCohortCode, otherStartsAt
- schedule/facilitator-unavailable: facilitatorName
- schedule/person-double-booked: personCount, otherCohortCode, otherStartsAt
- schedule/person-unavailable: personCount
- schedule/holiday: date, holidayName
- schedule/outside-working-hours: timeZone, workdayStart, workdayEnd
- schedule/jp-mismatch: moduleCode, moduleTitle, scheduledJp, plannedJp
- schedule/outside-target-generations: moduleCode, moduleTitle, personCount (seated people outside the targets), outsideGenerations
- schedule/member-in-community-meeting: personCount (seated people who are active members of the community), otherCohortCode (the community's name), otherStartsAt (the meeting's start)`,
})
export class ScheduleIssueParams implements SharedParams<Date> {
  @Field(() => String, { nullable: true, description: "The session's day in the cohort's time zone, YYYY-MM-DD (schedule/holiday)." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "The national holiday's official Indonesian name, e.g. Hari Raya Natal (schedule/holiday)." })
  holidayName!: string | null;

  @Field(() => String, { nullable: true, description: "The cohort's first day, YYYY-MM-DD (schedule/outside-cohort-dates)." })
  cohortStartDate!: string | null;

  @Field(() => String, { nullable: true, description: "The cohort's last day, YYYY-MM-DD (schedule/outside-cohort-dates)." })
  cohortEndDate!: string | null;

  @Field(() => TimeZoneEnum, { nullable: true, description: "The cohort's time zone, in which working hours are counted (schedule/outside-working-hours)." })
  timeZone!: TimeZoneCode | null;

  @Field(() => String, { nullable: true, description: 'Start of the working day, HH:mm, Monday to Friday (schedule/outside-working-hours).' })
  workdayStart!: string | null;

  @Field(() => String, { nullable: true, description: 'End of the working day, HH:mm (schedule/outside-working-hours).' })
  workdayEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'The venue (schedule/venue-too-small, schedule/venue-double-booked).' })
  venueName!: string | null;

  @Field(() => Int, { nullable: true, description: "The venue's seats (schedule/venue-too-small)." })
  venueCapacity!: number | null;

  @Field(() => String, { nullable: true, description: 'The facilitator booked twice (schedule/facilitator-double-booked) or unavailable (schedule/facilitator-unavailable).' })
  facilitatorName!: string | null;

  @Field(() => String, { nullable: true, description: "The other session's cohort code; the same cohort's code for a clash within it (double bookings)." })
  otherCohortCode!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the other session starts (double bookings).' })
  otherStartsAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "People concerned: the cohort's seated people (schedule/venue-too-small), those also in the other session (schedule/person-double-booked), those unavailable (schedule/person-unavailable), those outside the module's target generations (schedule/outside-target-generations), the members of a community meeting at that time (schedule/member-in-community-meeting).",
  })
  personCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Code of the module (schedule/jp-mismatch, schedule/outside-target-generations).' })
  moduleCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the module (schedule/jp-mismatch, schedule/outside-target-generations).' })
  moduleTitle!: string | null;

  @Field(() => Float, { nullable: true, description: "JP of the module's sessions as the schedule would be, to two decimals (schedule/jp-mismatch)." })
  scheduledJp!: number | null;

  @Field(() => Float, { nullable: true, description: 'JP the program plans for the module (schedule/jp-mismatch).' })
  plannedJp!: number | null;

  @Field(() => [GenerationEnum], { nullable: true, description: "Generations of the cohort's seated people that the module does not target, oldest first (schedule/outside-target-generations)." })
  outsideGenerations!: Generation[] | null;
}

@ObjectType({ description: 'A conflict or warning of a session, naming both sides. Word it from `code` and `params`; `message` is English.' })
export class ScheduleIssue {
  @Field(() => String, {
    description: 'Stable code from the shared list (SCHEDULE_ISSUES in @lintas/shared): schedule/end-not-after-start, schedule/outside-cohort-dates, schedule/venue-too-small, schedule/venue-double-booked, schedule/facilitator-double-booked, schedule/person-double-booked, schedule/person-unavailable, schedule/facilitator-unavailable, schedule/holiday, schedule/outside-working-hours, schedule/jp-mismatch, schedule/outside-target-generations, schedule/member-in-community-meeting.',
  })
  code!: ScheduleIssueCode;

  @Field(() => IssueSeverity, { description: 'CONFLICT (refused unless forced) or WARNING (allowed).' })
  severity!: IssueSeverity;

  @Field({ description: 'English explanation naming both sides, for logs and integrators. A UI words the issue from `code` and `params` instead.' })
  message!: string;

  @Field(() => ScheduleIssueParams, { description: "What the issue is about, for wording it in any language: the fields the code fills are never null (see ScheduleIssueParams)." })
  params!: ScheduleIssueParams;

  @Field(() => ID, { nullable: true, description: 'The session at issue; null for one not saved yet.' })
  sessionId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Position of the session in a batch or proposal.' })
  index!: number | null;

  @Field(() => ID, { nullable: true, description: 'The other session of a double booking.' })
  otherSessionId!: string | null;

  @Field(() => String, { nullable: true, description: "The other session's cohort code." })
  otherCohortCode!: string | null;

  @Field(() => ID, { nullable: true, description: 'The module of a JP mismatch or of people outside its target generations.' })
  moduleId!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people are double-booked or unavailable.' })
  personCount!: number | null;

  @Field(() => [ID], { description: 'The first 20 of those people.' })
  personIds!: string[];
}
