import { Arg, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { AttendanceStatus, EnrollmentStatus } from '@lintas/shared';
import { ATTENDANCE_SHEET_READ } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { AttendanceStatusEnum, EnrollmentStatusEnum } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { localId } from '../../graphql/ids.js';
import { scoped } from '../tenancy.js';
import { completionRate, meetsThreshold } from '../attendance/jp.rules.js';
import { isCompleted } from '../enrollments/enrollment.rules.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { CohortGroup } from '../groups/cohort-group.entity.js';
import { isSessionFor } from '../groups/session-audience.js';
import { sheetCells, sheetRows, sheetSessions, type AttendanceCounts as Counts } from './attendance-sheet.repository.js';

@ObjectType({ description: 'How many sessions (of a person) or people (of a session) have each attendance status, and how many have none recorded yet.' })
export class AttendanceCounts implements Counts {
  @Field(() => Int, { description: 'Present (hadir).' })
  present!: number;

  @Field(() => Int, { description: 'Late (terlambat).' })
  late!: number;

  @Field(() => Int, { description: 'Excused (izin).' })
  excused!: number;

  @Field(() => Int, { description: 'Sick (sakit).' })
  sick!: number;

  @Field(() => Int, { description: 'On official duty (dinas luar).' })
  officialDuty!: number;

  @Field(() => Int, { description: 'Absent without leave (alpa).' })
  absent!: number;

  @Field(() => Int, { description: 'No attendance recorded yet.' })
  notRecorded!: number;
}

@ObjectType({ description: 'A scheduled session: one column of the attendance sheet, with its totals.' })
export class AttendanceSheetSession {
  @Field(() => ID, { description: 'Global id of the Session.' })
  id!: string;

  @Field(() => Date, { description: 'Start, a UTC instant.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End, a UTC instant.' })
  endsAt!: Date;

  @Field(() => String, { description: 'Code of the training module (mata pelatihan) taught.' })
  moduleCode!: string;

  @Field(() => String, { description: 'Title of the training module taught.' })
  moduleTitle!: string;

  @Field(() => Float, { description: 'JP the session is worth (45-minute units).' })
  jp!: number;

  @Field(() => AttendanceCounts, { description: "The session's attendance over the sheet's people (for a group's session, that group's members)." })
  totals!: AttendanceCounts;

  @Field(() => CohortGroup, { nullable: true, description: 'The group the session is for; null when it is for the whole cohort.' })
  group!: CohortGroup | null;
}

@ObjectType({ description: 'One person × session cell of the attendance sheet.' })
export class AttendanceSheetCell {
  @Field(() => ID, { description: 'Global id of the Session (the column).' })
  sessionId!: string;

  @Field(() => AttendanceStatusEnum, { nullable: true, description: 'The recorded status; null when nothing is recorded yet.' })
  status!: AttendanceStatus | null;

  @Field(() => Boolean, { description: 'False when the session is for a group the person is not in (the cell counts for nothing).' })
  applies!: boolean;
}

@ObjectType({ description: "One person's row of the attendance sheet: a cell per session and the person's totals." })
export class AttendanceSheetRow {
  @Field(() => Person, { description: 'The participant.' })
  person!: Person;

  @Field(() => EnrollmentStatusEnum, { description: 'Enrolled, completed, or withdrawn (the waitlist is not on the sheet).' })
  enrollmentStatus!: EnrollmentStatus;

  @Field(() => CohortGroup, { nullable: true, description: "The person's group (kelompok) in the cohort; null when in none." })
  group!: CohortGroup | null;

  @Field(() => [AttendanceSheetCell], { description: "One cell per session, in the order of the sheet's sessions." })
  cells!: AttendanceSheetCell[];

  @Field(() => AttendanceCounts, { description: "How many of the cohort's sessions the person has in each status." })
  counts!: AttendanceCounts;

  @Field(() => Float, { description: "JP of the cohort's scheduled sessions." })
  jpScheduled!: number;

  @Field(() => Float, { description: 'JP earned: sessions present or late.' })
  jpEarned!: number;

  @Field(() => Float, { description: 'JP of sessions excused or on official duty (out of the completion denominator).' })
  jpExempt!: number;

  @Field(() => Float, { description: 'JP earned ÷ JP scheduled, 0–1 (the reports\' attendance rate).' })
  attendanceRate!: number;

  @Field(() => Float, { description: 'JP earned ÷ (JP scheduled − JP exempt), 0–1, compared with the cohort threshold.' })
  completionRate!: number;

  @Field(() => Boolean, { description: "The completion rate meets the cohort's threshold." })
  meetsThreshold!: boolean;

  @Field(() => Boolean, { description: 'The enrolment is completed (lulus), set when the cohort closed.' })
  completed!: boolean;
}

@ObjectType({ description: "A cohort's attendance sheet (daftar hadir): people × scheduled sessions, with each person's and each session's totals." })
export class CohortAttendanceSheet {
  @Field(() => Cohort, { description: 'The cohort (angkatan).' })
  cohort!: Cohort;

  @Field(() => [AttendanceSheetSession], { description: 'Scheduled sessions in time order (cancelled ones are left out).' })
  sessions!: AttendanceSheetSession[];

  @Field(() => [AttendanceSheetRow], { description: 'People who held a seat, by name.' })
  rows!: AttendanceSheetRow[];
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/**
 * The sheet of a cohort the caller may see (null otherwise): three statements for
 * sessions with their totals, people with theirs, and the cells, plus one batch of people.
 */
export async function attendanceSheet(ctx: Context, cohortId: number): Promise<CohortAttendanceSheet | null> {
  const cohort = await ctx.em.findOne(Cohort, scoped(ctx.viewer, 'Cohort', [{ id: cohortId }]));
  if (!cohort) return null;
  const [sessions, rows, cells] = await Promise.all([sheetSessions(ctx.em, cohort.id), sheetRows(ctx.em, cohort.id), sheetCells(ctx.em, cohort.id)]);
  const [people, groupList] = await Promise.all([ctx.loaders.byIds(Person, rows.map((r) => r.personId)), ctx.em.find(CohortGroup, { cohort: cohort.id })]);
  const groups = new Map(groupList.map((g) => [g.id, g]));
  const groupOf = (id: number | null) => (id === null ? null : groups.get(id) ?? null);
  const status = new Map(cells.map((c) => [`${c.personId}:${c.sessionId}`, c.status]));
  const count = (c: Counts): Counts => ({
    present: c.present, late: c.late, excused: c.excused, sick: c.sick, officialDuty: c.officialDuty, absent: c.absent, notRecorded: c.notRecorded,
  });
  return {
    cohort,
    sessions: sessions.map((s) => ({
      id: toGlobalId('Session', s.id), startsAt: s.startsAt, endsAt: s.endsAt, moduleCode: s.moduleCode, moduleTitle: s.moduleTitle, jp: s.jp, totals: count(s),
      group: groupOf(s.groupId),
    })),
    rows: rows.map((r, i) => {
      const completion = completionRate(r);
      return {
        person: people[i]!,
        enrollmentStatus: r.enrollmentStatus,
        group: groupOf(r.groupId),
        cells: sessions.map((s) => ({ sessionId: toGlobalId('Session', s.id), status: status.get(`${r.personId}:${s.id}`) ?? null, applies: isSessionFor(s.groupId, r.groupId) })),
        counts: count(r),
        jpScheduled: r.jpScheduled, jpEarned: r.jpEarned, jpExempt: r.jpExempt,
        attendanceRate: ratio(r.jpEarned, r.jpScheduled), completionRate: completion,
        meetsThreshold: meetsThreshold(r, cohort.completionThreshold), completed: isCompleted(r.enrollmentStatus),
      };
    }),
  };
}

@Resolver()
export class AttendanceSheetResolver {
  @Authorized(...ATTENDANCE_SHEET_READ)
  @Query(() => CohortAttendanceSheet, { nullable: true, description: "A cohort's attendance sheet (daftar hadir): people × sessions with statuses and totals; null when the caller may not see the cohort." })
  cohortAttendanceSheet(@Arg('cohortId', () => ID, { description: 'Global id of the Cohort.' }) cohortId: string, @Ctx() ctx: Context): Promise<CohortAttendanceSheet | null> {
    return attendanceSheet(ctx, localId(cohortId, 'Cohort'));
  }
}
