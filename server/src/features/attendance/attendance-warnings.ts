import type { EntityManager } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AttendanceStatus, AttendanceWarningKind, PassVerdictCode } from '@lintas/shared';
import { PassVerdictCodeEnum } from '../../graphql/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { seatedWhere } from '../enrollments/enrollment.rules.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';
import { Attendance } from './attendance.entity.js';
import { completionRate, isJpExempt, jpTotals, passVerdict } from './jp.rules.js';

@ObjectType({ description: "Where a participant stands against the cohort's completion threshold, as a code and numbers the SPA words (jp.rules.ts passVerdict)." })
export class PassVerdict {
  @Field(() => PassVerdictCodeEnum, { description: 'PASSED, ON_TRACK, ATTEND_MORE or CANNOT_PASS.' })
  code!: PassVerdictCode;

  @Field(() => Int, { description: 'Fewest remaining sessions to attend to pass, the largest JP first; 0 when passed or when passing is impossible.' })
  sessionsNeeded!: number;

  @Field(() => Float, { description: 'JP of those sessions.' })
  jpNeeded!: number;

  @Field(() => Int, { description: 'Sessions still to come that the person can attend.' })
  sessionsRemaining!: number;
}

@ObjectType({ description: 'Someone an organizer should call: below the threshold so far, or absent several times in a row.' })
export class AttendanceWarning {
  @Field(() => ID, { description: 'Global id of the person.' })
  personId!: string;

  @Field(() => Person, { description: 'The person to call.' })
  person!: Person;

  @Field(() => String, { description: 'Stable code (ATTENDANCE_WARNING_KINDS in @lintas/shared): BELOW_THRESHOLD (jpEarned / jpPossible under the cohort threshold) or CONSECUTIVE_ABSENCES (consecutiveAbsences in a row).' })
  kind!: AttendanceWarningKind;

  @Field(() => Float, { description: 'JP earned in the sessions so far.' })
  jpEarned!: number;

  @Field(() => Float, { description: 'JP of the sessions so far, without the exempt ones.' })
  jpPossible!: number;

  @Field(() => Int, { description: 'Absences in a row, up to the latest session.' })
  consecutiveAbsences!: number;

  @Field(() => PassVerdict, { description: 'Whether the person can still pass, and how many more sessions that takes.' })
  verdict!: PassVerdict;
}

/** Absences in a row that raise a warning unless the caller asks otherwise (and for e-mailed warnings). */
export const WARNING_CONSECUTIVE_ABSENCES = 3;

/** Warnings over the sessions that have ended; an unrecorded past session counts as an absence. */
export async function attendanceWarnings(em: EntityManager, cohort: Cohort, consecutive: number, now = new Date()): Promise<AttendanceWarning[]> {
  const [seated, sessions] = await Promise.all([
    em.find(Enrollment, { cohort, ...seatedWhere() }, { populate: ['person'] }),
    em.find(Session, { cohort, status: 'SCHEDULED' }, { orderBy: { startsAt: 'asc' } }),
  ]);
  const past = sessions.filter((s) => s.endsAt.getTime() <= now.getTime());
  if (!past.length) return [];
  const records = await em.find(Attendance, { session: { $in: sessions.map((s) => s.id) } });
  const status = new Map(records.map((a) => [`${a.session.id}:${a.person.id}`, a.status]));
  const out: AttendanceWarning[] = [];
  for (const e of seated) {
    const personId = e.person.id;
    const attended = past.map((s) => ({ jp: s.jp, status: status.get(`${s.id}:${personId}`) as AttendanceStatus | undefined }));
    const jp = jpTotals(attended.filter((s) => !isJpExempt(s.status)));
    const possible = jp.jpScheduled;
    // Absences in a row up to the latest session; exempt sessions neither break nor extend a run.
    let run = 0;
    for (const { status: st } of attended) run = isJpExempt(st) ? run : !st || st === 'ABSENT' ? run + 1 : 0;
    const verdict = passVerdict(sessions.map((s) => ({ jp: s.jp, endsAt: s.endsAt, status: status.get(`${s.id}:${personId}`) as AttendanceStatus | undefined })), cohort.completionThreshold, now);
    const base = { personId: toGlobalId('Person', personId), person: e.person.getEntity(), jpEarned: jp.jpEarned, jpPossible: possible, consecutiveAbsences: run, verdict };
    if (possible > 0 && completionRate(jp) < cohort.completionThreshold) out.push({ ...base, kind: 'BELOW_THRESHOLD' });
    if (run >= consecutive) out.push({ ...base, kind: 'CONSECUTIVE_ABSENCES' });
  }
  return out;
}
