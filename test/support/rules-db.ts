import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttendanceStatus, EnrollmentStatus } from '@lintas/shared';
import { databaseConfig } from '../../server/src/config.js';
import { migrate, openOrm, type Orm } from '../../server/src/database.js';
import { tempDatabase } from './postgres.js';

/**
 * A small, real database for the rule modules' tests (features/*.rules.test.ts): one
 * cohort with sessions of different JP (one cancelled), enrolments in every status and
 * attendance in every status, unrecorded cells included, so that each rule's SQL form
 * can be compared with its JS form row by row.
 */
export interface RulesDb {
  orm: Orm;
  cohortId: number;
  close: () => Promise<void>;
}

/** JP of the cohort's sessions; the last one is cancelled. */
export const SESSION_JP = [2, 3, 4, 1, 2, 3];
/** Per person: enrolment status and a status (or nothing) for each session. */
export const PEOPLE: { status: EnrollmentStatus; attended: (AttendanceStatus | null)[] }[] = [
  { status: 'ENROLLED', attended: ['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'ABSENT'] },
  { status: 'ENROLLED', attended: ['PRESENT', 'LATE', 'ABSENT', 'PRESENT', 'SICK', null] },
  { status: 'ENROLLED', attended: ['EXCUSED', 'OFFICIAL_DUTY', 'EXCUSED', 'EXCUSED', 'OFFICIAL_DUTY', null] },
  { status: 'ENROLLED', attended: [null, null, null, null, null, null] },
  // 8 of 10 possible JP: exactly at a threshold of 0.8.
  { status: 'COMPLETED', attended: ['EXCUSED', 'PRESENT', 'PRESENT', 'PRESENT', 'ABSENT', 'PRESENT'] },
  { status: 'COMPLETED', attended: ['LATE', 'LATE', 'LATE', 'SICK', 'LATE', 'ABSENT'] },
  { status: 'WAITLISTED', attended: [null, null, null, null, null, null] },
  { status: 'WITHDRAWN', attended: ['PRESENT', 'ABSENT', null, null, null, null] },
  { status: 'ENROLLED', attended: ['ABSENT', 'ABSENT', 'PRESENT', 'LATE', 'PRESENT', 'PRESENT'] },
];

async function fill(orm: Orm): Promise<number> {
  const em = orm.em.fork();
  const at = (iso: string) => em.getPlatform().processDateProperty(new Date(iso)) as unknown;
  const stamp = { created_at: at('2026-01-01T00:00:00Z'), updated_at: at('2026-01-01T00:00:00Z') };
  const id = async (table: string, fields: Record<string, unknown>) => {
    const row = { ...stamp, ...fields };
    const sql = `insert into ${table} (${Object.keys(row).join(', ')}) values (${Object.keys(row).map(() => '?').join(', ')}) returning id`;
    const [r] = (await em.getConnection().execute(sql, Object.values(row), 'all')) as { id: number | string }[];
    return Number(r!.id);
  };
  const academy = await id('academy', { code: 'RULES', name: 'Akademi Aturan' });
  const agency = await id('agency', { code: 'AG', name: 'Instansi', academy_id: academy });
  const program = await id('program', { code: 'P', name: 'Program', target_eselon_groups: JSON.stringify(['II']), academy_id: academy });
  const module = await id('training_module', {
    program_id: program, code: 'M', title: 'Modul', competency_area: 'LEADERSHIP', format: 'CLASSROOM', jp: 15, target_generations: JSON.stringify([]),
  });
  const cohort = await id('cohort', {
    code: 'P-2026-01', name: 'Angkatan', program_id: program, academy_id: academy, start_date: '2026-03-02', end_date: '2026-03-06', capacity: 10, status: 'RUNNING',
  });
  const sessions: number[] = [];
  for (const [i, jp] of SESSION_JP.entries()) {
    const day = `2026-03-0${2 + i}`;
    sessions.push(await id('session', {
      cohort_id: cohort, module_id: module, starts_at: at(`${day}T01:00:00Z`), ends_at: at(`${day}T0${1 + jp}:00:00Z`), jp,
      status: i === SESSION_JP.length - 1 ? 'CANCELLED' : 'SCHEDULED',
    }));
  }
  for (const [i, p] of PEOPLE.entries()) {
    const person = await id('person', {
      nip: `19800101200501100${i}`, name: `Orang ${i}`, employment_type: 'PNS', position_type: 'STRUKTURAL', eselon: 'IIa', eselon_group: 'II',
      agency_id: agency, birth_date: '1980-01-01',
    });
    await id('enrollment', { cohort_id: cohort, person_id: person, status: p.status, waitlist_position: p.status === 'WAITLISTED' ? 1 : null });
    for (const [k, status] of p.attended.entries()) {
      if (status) await id('attendance', { session_id: sessions[k], person_id: person, status, recorded_at: at('2026-03-07T00:00:00Z') });
    }
  }
  return cohort;
}

/** The database on SQLite in a temporary directory, or on PostgreSQL in a temporary database. */
export async function rulesDb(dialect: 'sqlite' | 'postgresql'): Promise<RulesDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'lintas-rules-'));
    const orm = await openOrm(databaseConfig({ DATABASE_URL: `sqlite:${join(dir, 'rules.sqlite')}` }));
    await migrate(orm);
    return { orm, cohortId: await fill(orm), close: async () => { await orm.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const db = await tempDatabase('lintas_rules');
  const orm = await openOrm(databaseConfig({ DATABASE_URL: db.url }));
  await migrate(orm);
  return { orm, cohortId: await fill(orm), close: async () => { await orm.close(); await db.drop(); } };
}
