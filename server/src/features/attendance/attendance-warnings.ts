import type { EntityManager } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AttendanceStatus, AttendanceWarningKind } from '@lintas/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { seatedWhere } from '../enrollments/enrollment.rules.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';
import { Attendance } from './attendance.entity.js';
import { completionRate, isJpExempt, jpTotals } from './jp.rules.js';

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
}

/** Warnings over the sessions that have ended; an unrecorded past session counts as an absence. */
export async function attendanceWarnings(em: EntityManager, cohort: Cohort, consecutive: number, now = new Date()): Promise<AttendanceWarning[]> {
  const [seated, past] = await Promise.all([
    em.find(Enrollment, { cohort, ...seatedWhere() }, { populate: ['person'] }),
    em.find(Session, { cohort, status: 'SCHEDULED', endsAt: { $lte: now } }, { orderBy: { startsAt: 'asc' } }),
  ]);
  if (!past.length) return [];
  const records = await em.find(Attendance, { session: { $in: past.map((s) => s.id) } });
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
    const base = { personId: toGlobalId('Person', personId), person: e.person.getEntity(), jpEarned: jp.jpEarned, jpPossible: possible, consecutiveAbsences: run };
    if (possible > 0 && completionRate(jp) < cohort.completionThreshold) out.push({ ...base, kind: 'BELOW_THRESHOLD' });
    if (run >= consecutive) out.push({ ...base, kind: 'CONSECUTIVE_ABSENCES' });
  }
  return out;
}
