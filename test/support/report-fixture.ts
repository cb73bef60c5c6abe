/**
 * A fixture small enough to count on paper, for the report tests: one academy, two
 * agencies (provinces P and Q), six people over the eselon groups, three cohorts (C1 closed
 * in March 2026, C2 straddling 1 January 2026, C3 in 2027), a cancelled session, a
 * withdrawn, a waitlisted and a completed enrolment, every attendance status that matters,
 * scores around the literacy line; accounts: its organizer, another academy's organizer,
 * and p1 as a participant (all with FIXTURE_PASSWORD).
 */
const dist = new URL('../../server/dist/', import.meta.url);

export const FIXTURE_PASSWORD = 'fixture-password';

export interface FixtureIds {
  academy: number; program: number; a1: number;
  p1: number; p2: number; p3: number; p4: number; p5: number; p6: number;
  c1: number; c2: number; c3: number;
  s1: number; s2: number; s3: number; s4: number; s5: number;
}

/** A global id as the API writes it. */
export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

export async function reportFixture(databaseUrl: string): Promise<FixtureIds> {
  const ids = {} as FixtureIds;
  const { openOrm } = await import(new URL('database.js', dist).href);
  const { databaseConfig } = await import(new URL('config.js', dist).href);
  const { hashPassword } = await import(new URL('features/accounts/secrets.js', dist).href);
  const orm = await openOrm(databaseConfig({ DATABASE_URL: databaseUrl }));
  const em = orm.em.fork();
  const knex = em.getKnex();
  const now = em.getPlatform().processDateProperty(new Date());
  const t = (iso: string) => em.getPlatform().processDateProperty(new Date(iso));
  const insert = async (table: string, row: Record<string, unknown>) => {
    const [r] = await knex(table).insert({ created_at: now, updated_at: now, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const academy = await insert('academy', { code: 'FIX', name: 'Fixture', time_zone: 'WIB' });
  const a1 = await insert('agency', { code: 'FIX-A1', name: 'A1', level: 'DAERAH', province: 'P', time_zone: 'WIB', academy_id: academy });
  const a2 = await insert('agency', { code: 'FIX-A2', name: 'A2', level: 'DAERAH', province: 'Q', time_zone: 'WIB', academy_id: academy });
  const person = (n: string, group: string, gen: string, birth: string, agency: number) => insert('person', {
    nip: n, name: `Orang ${n.slice(-3)}`, employment_type: 'PNS', position_type: ['I', 'II', 'III', 'IV'].includes(group) ? 'STRUKTURAL' : group === 'JF' ? 'FUNGSIONAL' : 'PELAKSANA',
    eselon: { II: 'IIb', III: 'IIIa', IV: 'IVa' }[group] ?? null, eselon_group: group, birth_date: birth, generation: gen, agency_id: agency,
  });
  ids.p1 = await person('197001012000011001', 'II', 'GEN_X', '1970-01-01', a1);
  ids.p2 = await person('196001011990011002', 'II', 'BOOMER', '1960-01-01', a1);
  ids.p3 = await person('197501012000011003', 'III', 'GEN_X', '1975-01-01', a2);
  ids.p4 = await person('198501012010011004', 'IV', 'GEN_Y', '1985-01-01', a1);
  ids.p5 = await person('199801012020011005', 'JF', 'GEN_Z', '1998-01-01', a2);
  ids.p6 = await person('199001012015011006', 'PELAKSANA', 'GEN_Y', '1990-01-01', a1);
  const program = await insert('program', { code: 'P', name: 'P', target_eselon_groups: '[]', academy_id: academy });
  const module = await insert('training_module', { program_id: program, code: 'M', title: 'M', competency_area: 'LEADERSHIP', format: 'CLASSROOM', jp: 10, target_generations: '[]', cross_generation: false, position: 1 });
  const cohort = (code: string, start: string, end: string, status: string) => insert('cohort', {
    code, name: code, program_id: program, academy_id: academy, start_date: start, end_date: end, time_zone: 'WIB', capacity: 10, online: false, status, completion_threshold: 0.8,
  });
  ids.c1 = await cohort('C1', '2026-03-01', '2026-03-10', 'CLOSED');
  ids.c2 = await cohort('C2', '2025-12-20', '2026-01-05', 'RUNNING');
  ids.c3 = await cohort('C3', '2027-01-10', '2027-01-20', 'OPEN');
  const session = (c: number, at: string, jp: number) => insert('session', {
    cohort_id: c, module_id: module, starts_at: t(at), ends_at: t(new Date(Date.parse(at) + jp * 45 * 60_000).toISOString()), jp, status: 'SCHEDULED', version: 1,
  });
  const s1 = ids.s1 = await session(ids.c1, '2026-03-02T01:00:00Z', 2);
  const s2 = ids.s2 = await session(ids.c1, '2026-03-03T01:00:00Z', 2);
  const s3 = ids.s3 = await session(ids.c1, '2026-03-04T01:00:00Z', 1);
  const s4 = ids.s4 = await session(ids.c2, '2026-01-02T01:00:00Z', 2);
  const s5 = ids.s5 = await session(ids.c3, '2027-01-11T01:00:00Z', 2);
  await session(ids.c1, '2026-03-05T01:00:00Z', 3).then((id) => knex('session').where({ id }).update({ status: 'CANCELLED' }));
  const enrol = (c: number, p: number, status: string) => insert('enrollment', { cohort_id: c, person_id: p, status, waitlist_position: status === 'WAITLISTED' ? 1 : null });
  await enrol(ids.c1, ids.p1, 'COMPLETED');
  await enrol(ids.c1, ids.p2, 'WITHDRAWN');
  await enrol(ids.c1, ids.p3, 'ENROLLED');
  await enrol(ids.c2, ids.p3, 'ENROLLED');
  await enrol(ids.c2, ids.p4, 'WAITLISTED');
  await enrol(ids.c3, ids.p5, 'ENROLLED');
  const attend = (s: number, p: number, status: string) => insert('attendance', { session_id: s, person_id: p, status, recorded_at: now });
  await attend(s1, ids.p1, 'PRESENT');
  await attend(s2, ids.p1, 'LATE');
  await attend(s3, ids.p1, 'EXCUSED');
  await attend(s1, ids.p2, 'PRESENT');
  await attend(s1, ids.p3, 'ABSENT');
  await attend(s2, ids.p3, 'PRESENT');
  await attend(s4, ids.p3, 'PRESENT');
  await attend(s5, ids.p5, 'PRESENT');
  // Official duty: leaves the session out of p3's completion denominator, earns nothing, changes no report figure.
  await attend(s3, ids.p3, 'OFFICIAL_DUTY');
  const score = (p: number, c: number, kind: string, value: number, at: string) => insert('assessment', { person_id: p, cohort_id: c, kind, score: value, assessed_at: t(at) });
  await score(ids.p1, ids.c1, 'PRE', 60, '2026-03-01T01:00:00Z');
  await score(ids.p1, ids.c1, 'POST', 80, '2026-03-10T01:00:00Z');
  await score(ids.p3, ids.c1, 'PRE', 75, '2026-03-01T01:00:00Z');
  await score(ids.p3, ids.c1, 'POST', 65, '2026-03-10T01:00:00Z');
  await score(ids.p5, ids.c3, 'PRE', 90, '2027-01-10T01:00:00Z');
  const account = async (email: string, role: string, row: Record<string, unknown>) => insert('account', {
    email, name: email.split('@')[0], role, password_hash: await hashPassword(FIXTURE_PASSWORD), totp_enabled: false, recovery_code_hashes: '[]', disabled: false, ...row,
  });
  await account('org@fix.test', 'ORGANIZER', { academy_id: academy });
  // Another academy's organizer, and p1 as a participant: both must be refused the academy's reports.
  const other = await insert('academy', { code: 'FIX2', name: 'Fixture Two', time_zone: 'WITA' });
  await account('org@other.test', 'ORGANIZER', { academy_id: other });
  await account('p1@fix.test', 'PARTICIPANT', { person_id: ids.p1 });
  ids.academy = academy;
  ids.program = program;
  ids.a1 = a1;
  await orm.close();
  return ids;
}
