import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES, type AttendanceStatus } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { AttendanceStatusEnum } from '../../graphql/enums.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';
import { Attendance } from './attendance.entity.js';
import { attendanceWarnings, AttendanceWarning, PassVerdict, WARNING_CONSECUTIVE_ABSENCES } from './attendance-warnings.js';
import type { PassVerdict as PassVerdictValue } from './jp.rules.js';
import {
  checkIn, checkInOpen, currentCheckInCode, markUnrecordedAbsent, progressOf, recordAttendance, verdictsOf, type Progress,
} from './attendance.service.js';
import { completionRate, meetsThreshold, thresholdOf } from './jp.rules.js';

@InputType({ description: "One person's attendance at the session." })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'Global id of an enrolled person.' })
  personId!: string;

  @Field(() => AttendanceStatusEnum, { description: 'Hadir, terlambat, izin, sakit, dinas luar or alpa.' })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Optional note, e.g. the reason for izin.' })
  note?: string | null;
}

@ObjectType({ description: 'Outcome of recording attendance; all or nothing.' })
export class AttendancePayload {
  @Field(() => [Attendance], { description: 'The attendance written; empty when refused.' })
  attendances!: Attendance[];

  @Field(() => [UserError], { description: 'Why it was refused, per entry (e.g. attendance/not-enrolled); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: "Outcome of a participant's check-in." })
export class CheckInPayload {
  @Field(() => Attendance, { nullable: true, description: 'The attendance recorded (PRESENT, or LATE after 15 minutes); null on failure.' })
  attendance!: Attendance | null;

  @Field(() => [UserError], { description: 'Why the check-in was refused (attendance/code-invalid, attendance/check-in-closed, attendance/already-checked-in).' })
  errors!: UserError[];
}

@ObjectType({ description: "The code on the room's screen; it changes at expiresAt." })
export class CheckInCode {
  @Field({ description: 'Six digits participants type in their phone.' })
  code!: string;

  @Field({ description: 'When this code rotates (every 20 seconds); fetch the next one then.' })
  expiresAt!: Date;

  @Field({ description: 'Check-in is open now (from 30 minutes before the start until the end).' })
  open!: boolean;

  @Field({ description: 'Address for the QR code: opens the check-in page with the code filled in.' })
  url!: string;
}

@Resolver()
export class AttendanceMutations {
  @Authorized('ADMIN', 'ORGANIZER', 'attendance:write')
  @Mutation(() => AttendancePayload, { description: "Records attendance for many people of a session at once, all or none: only people enrolled in the session's cohort; the last write wins per person, with who and when kept." })
  async recordAttendance(
    @Arg('sessionId', () => ID, { description: 'Global id of the session.' }) sessionId: string,
    @Arg('entries', () => [AttendanceEntryInput], { description: 'One entry per person; the last write wins.' }) entries: AttendanceEntryInput[],
    @Ctx() { em, viewer }: Context,
  ): Promise<AttendancePayload> {
    const r = await recordAttendance(em, viewer, tryLocalId(sessionId, 'Session'), entries.map((e) => ({ personId: tryLocalId(e.personId, 'Person'), status: e.status, note: e.note })));
    return r.ok ? { attendances: r.value, errors: [] } : { attendances: [], errors: r.errors };
  }

  @Authorized('ADMIN', 'ORGANIZER', 'attendance:write')
  @Mutation(() => AttendancePayload, { description: 'After a session ends, marks everyone enrolled without a record absent (alpa).' })
  async markUnrecordedAbsent(@Arg('sessionId', () => ID, { description: 'Global id of a session that has ended.' }) sessionId: string, @Ctx() { em, viewer }: Context): Promise<AttendancePayload> {
    const r = await markUnrecordedAbsent(em, viewer, tryLocalId(sessionId, 'Session'));
    return r.ok ? { attendances: r.value, errors: [] } : { attendances: [], errors: r.errors };
  }

  @Authorized('PARTICIPANT')
  @Mutation(() => CheckInPayload, { description: "Checks the signed-in participant in with the code on the room's screen: present, or late after the grace minutes." })
  async checkIn(@Arg('code', { description: "The six-digit code shown on the room's screen." }) code: string, @Ctx() { em, viewer }: Context): Promise<CheckInPayload> {
    const r = await checkIn(em, viewer, code);
    return r.ok ? { attendance: r.value, errors: [] } : { attendance: null, errors: r.errors };
  }

  @Authorized('ADMIN', 'ORGANIZER')
  @Query(() => CheckInCode, { nullable: true, description: "The rotating code for a session's room screen." })
  async checkInCode(@Arg('sessionId', () => ID, { description: 'Global id of the session.' }) sessionId: string, @Ctx() { em, viewer, origin }: Context): Promise<CheckInCode | null> {
    const session = await em.findOne(Session, scoped(viewer, 'Session', [{ id: localId(sessionId, 'Session') }]));
    if (!session) return null;
    const now = new Date();
    const { code, expiresAt } = await currentCheckInCode(em, session, now);
    return { code, expiresAt, open: checkInOpen(session, now), url: `${origin}/hadir?kode=${code}` };
  }

  @Authorized('ADMIN', 'ORGANIZER', 'attendance:read')
  @Query(() => [AttendanceWarning], { description: "People below the cohort's threshold so far, and people absent from N consecutive sessions." })
  async attendanceWarnings(
    @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string,
    @Arg('consecutiveAbsences', () => Int, { nullable: true, defaultValue: WARNING_CONSECUTIVE_ABSENCES, description: 'How many absences in a row raise a warning.' }) consecutive: number,
    @Ctx() { em, viewer }: Context,
  ): Promise<AttendanceWarning[]> {
    const cohort = await em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: localId(cohortId, 'Cohort') }]));
    return cohort ? attendanceWarnings(em, cohort, Math.max(1, consecutive)) : [];
  }
}

/** JP and completion of an enrolment, computed from attendance whenever it is read. */
@Resolver(() => Enrollment)
export class EnrollmentProgressResolver {
  private progress(e: Enrollment, { em, loaders }: Context): Promise<Progress> {
    return loaders.batch<number, Progress>('enrollment.progress', (ids) => progressOf(em, ids)).load(e.id);
  }

  @FieldResolver(() => Float, { description: "JP of the cohort's scheduled sessions." })
  async jpScheduled(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return (await this.progress(e, ctx)).jpScheduled;
  }

  @FieldResolver(() => Float, { description: 'JP earned: sessions attended present or late.' })
  async jpEarned(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return (await this.progress(e, ctx)).jpEarned;
  }

  @FieldResolver(() => Float, { description: 'JP of sessions excused or on official duty, left out of the denominator.' })
  async jpExempt(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return (await this.progress(e, ctx)).jpExempt;
  }

  @FieldResolver(() => Float, { description: 'JP earned ÷ (JP scheduled − JP exempt), 0–1.' })
  async completionRate(@Root() e: Enrollment, @Ctx() ctx: Context) {
    return completionRate(await this.progress(e, ctx));
  }

  @FieldResolver(() => PassVerdict, { description: "Where the person stands against the cohort's threshold: passed, on track, attend N more sessions (JP) to pass, or can no longer pass." })
  passVerdict(@Root() e: Enrollment, @Ctx() { em, loaders }: Context) {
    return loaders.batch<number, PassVerdictValue>('enrollment.passVerdict', (ids) => verdictsOf(em, ids)).load(e.id);
  }

  @FieldResolver(() => Boolean, { description: "The completion rate meets the cohort's threshold." })
  async meetsThreshold(@Root() e: Enrollment, @Ctx() ctx: Context) {
    const cohort = await ctx.loaders.ref(Cohort, e.cohort);
    return meetsThreshold(await this.progress(e, ctx), thresholdOf(cohort));
  }
}


@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Session, { description: 'The session attended.' })
  session(@Root() a: Attendance, @Ctx() { loaders }: Context) {
    return loaders.ref(Session, a.session);
  }

  @FieldResolver(() => Person, { description: 'The person whose attendance this is.' })
  person(@Root() a: Attendance, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, a.person);
  }
}
