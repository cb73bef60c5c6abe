import type { EntityManager } from '@mikro-orm/core';
import { executeRead } from '../../db/read.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type EnrollmentStatus } from '@lintas/shared';
import { jpEarnedSql, jpExemptJpSql } from '../attendance/jp.rules.js';
import { sessionForSql } from '../groups/session-audience.js';

/** How many of a person's sessions (or of a session's people) have each status, and how many have none yet. */
export interface AttendanceCounts {
  present: number;
  late: number;
  excused: number;
  sick: number;
  officialDuty: number;
  absent: number;
  notRecorded: number;
}

export interface SheetSession extends AttendanceCounts {
  id: number;
  startsAt: Date;
  endsAt: Date;
  jp: number;
  moduleCode: string;
  moduleTitle: string;
  /** The group the session is for; null for the whole cohort. */
  groupId: number | null;
}

export interface SheetRow extends AttendanceCounts {
  enrollmentId: number;
  personId: number;
  name: string;
  enrollmentStatus: EnrollmentStatus;
  jpScheduled: number;
  jpEarned: number;
  jpExempt: number;
  /** The person's group in the cohort, if any. */
  groupId: number | null;
}

/**
 * The people of a sheet: everyone who held a seat (enrolled, completed, or withdrawn
 * after holding one); the waitlist never sat a session.
 */
const SHEET_PEOPLE = "e.cohort_id = ? and e.status <> 'WAITLISTED'";
const COLUMN: Record<AttendanceStatus, keyof AttendanceCounts> = {
  PRESENT: 'present', LATE: 'late', EXCUSED: 'excused', SICK: 'sick', OFFICIAL_DUTY: 'officialDuty', ABSENT: 'absent',
};
/** One `sum(case …)` per status, and the sessions × people without a record. */
const COUNTS_SQL = [
  ...ATTENDANCE_STATUSES.map((s) => `sum(case when a.status = '${s}' then 1 else 0 end) as ${s.toLowerCase()}`),
  'sum(case when a.id is null then 1 else 0 end) as not_recorded',
].join(',\n      ');

function counts(r: Record<string, unknown>): AttendanceCounts {
  const out = { notRecorded: Number(r.not_recorded ?? 0) } as AttendanceCounts;
  for (const s of ATTENDANCE_STATUSES) out[COLUMN[s]] = Number(r[s.toLowerCase()] ?? 0);
  return out;
}

async function run(em: EntityManager, sql: string, bind: unknown[]): Promise<Record<string, unknown>[]> {
  return executeRead(em, sql, bind);
}

/** SQLite keeps instants as epoch milliseconds; PostgreSQL (through MikroORM's type parsers) as `2026-03-02 01:00:00+00`. */
const isoOf = (s: string) => s.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');

/** The cohort's scheduled sessions in time order, each with its totals over the sheet's people: one aggregate. */
export async function sheetSessions(em: EntityManager, cohortId: number): Promise<SheetSession[]> {
  const rows = await run(em, `
    select s.id, s.starts_at, s.ends_at, s.jp, m.code as module_code, m.title as module_title, s.group_id,
      ${COUNTS_SQL.replace('a.id is null', 'e.id is not null and a.id is null')}
    from session s join training_module m on m.id = s.module_id
    left join enrollment e on ${SHEET_PEOPLE.replace('e.cohort_id = ?', 'e.cohort_id = s.cohort_id')} and ${sessionForSql('s', 'e.person_id')}
    left join attendance a on a.session_id = s.id and a.person_id = e.person_id
    where s.cohort_id = ? and s.status = 'SCHEDULED'
    group by s.id, s.starts_at, s.ends_at, s.jp, m.code, m.title, s.group_id
    order by s.starts_at, s.id`, [cohortId]);
  const date = (v: unknown) => (v instanceof Date ? v : typeof v === 'number' || /^\d+$/.test(String(v)) ? new Date(Number(v)) : new Date(isoOf(String(v))));
  return rows.map((r) => ({
    id: Number(r.id), startsAt: date(r.starts_at), endsAt: date(r.ends_at), jp: Number(r.jp),
    moduleCode: String(r.module_code), moduleTitle: String(r.module_title), groupId: r.group_id == null ? null : Number(r.group_id), ...counts(r),
  }));
}

/** Each person's counts and JP over the cohort's scheduled sessions, by name: one aggregate. */
export async function sheetRows(em: EntityManager, cohortId: number): Promise<SheetRow[]> {
  const rows = await run(em, `
    select e.id as enrollment_id, e.person_id, e.status, p.name, gm.group_id,
      coalesce(sum(s.jp), 0) as jp_scheduled,
      coalesce(sum(${jpEarnedSql('a', 's')}), 0) as jp_earned,
      coalesce(sum(${jpExemptJpSql('a', 's')}), 0) as jp_exempt,
      ${COUNTS_SQL.replace('a.id is null', 's.id is not null and a.id is null')}
    from enrollment e join person p on p.id = e.person_id
    left join cohort_group_member gm on gm.cohort_id = e.cohort_id and gm.person_id = e.person_id
    left join session s on s.cohort_id = e.cohort_id and s.status = 'SCHEDULED' and ${sessionForSql('s', 'e.person_id')}
    left join attendance a on a.session_id = s.id and a.person_id = e.person_id
    where ${SHEET_PEOPLE}
    group by e.id, e.person_id, e.status, p.name, gm.group_id
    order by p.name, e.id`, [cohortId]);
  return rows.map((r) => ({
    enrollmentId: Number(r.enrollment_id), personId: Number(r.person_id), name: String(r.name), enrollmentStatus: r.status as EnrollmentStatus,
    jpScheduled: Number(r.jp_scheduled), jpEarned: Number(r.jp_earned), jpExempt: Number(r.jp_exempt),
    groupId: r.group_id == null ? null : Number(r.group_id), ...counts(r),
  }));
}

/** The recorded statuses of the sheet's people in the cohort's scheduled sessions (the cells; nothing counted). */
export async function sheetCells(em: EntityManager, cohortId: number): Promise<{ personId: number; sessionId: number; status: AttendanceStatus }[]> {
  const rows = await run(em, `
    select a.person_id, a.session_id, a.status
    from attendance a join session s on s.id = a.session_id
    join enrollment e on e.person_id = a.person_id and e.cohort_id = s.cohort_id
    where ${SHEET_PEOPLE} and s.status = 'SCHEDULED' and ${sessionForSql('s', 'e.person_id')}`, [cohortId]);
  return rows.map((r) => ({ personId: Number(r.person_id), sessionId: Number(r.session_id), status: r.status as AttendanceStatus }));
}
