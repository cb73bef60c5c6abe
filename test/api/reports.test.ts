import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Client, type RunningServer } from '../support/server.js';

/**
 * Every figure against a fixture small enough to count on paper (the counts are in the
 * comments), with the edge cases: a withdrawn person, an excused session, people
 * without eselon, a waitlisted person, a cohort straddling the period's start and one
 * outside it, and a person whose latest score fell below the literacy line.
 */
const dist = new URL('../../server/dist/', import.meta.url);
let server: RunningServer;
let org: Client;
const ids: Record<string, number> = {};

async function fixture(databaseUrl: string): Promise<void> {
  const { openOrm } = await import(new URL('db/orm.js', dist).href);
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
  const s1 = await session(ids.c1, '2026-03-02T01:00:00Z', 2);
  const s2 = await session(ids.c1, '2026-03-03T01:00:00Z', 2);
  const s3 = await session(ids.c1, '2026-03-04T01:00:00Z', 1);
  const s4 = await session(ids.c2, '2026-01-02T01:00:00Z', 2);
  const s5 = await session(ids.c3, '2027-01-11T01:00:00Z', 2);
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
  const score = (p: number, c: number, kind: string, value: number, at: string) => insert('assessment', { person_id: p, cohort_id: c, kind, score: value, assessed_at: t(at) });
  await score(ids.p1, ids.c1, 'PRE', 60, '2026-03-01T01:00:00Z');
  await score(ids.p1, ids.c1, 'POST', 80, '2026-03-10T01:00:00Z');
  await score(ids.p3, ids.c1, 'PRE', 75, '2026-03-01T01:00:00Z');
  await score(ids.p3, ids.c1, 'POST', 65, '2026-03-10T01:00:00Z');
  await score(ids.p5, ids.c3, 'PRE', 90, '2027-01-10T01:00:00Z');
  await insert('account', { email: 'org@fix.test', name: 'Org', role: 'ORGANIZER', academy_id: academy, password_hash: await hashPassword('fixture-password'), totp_enabled: false, recovery_code_hashes: '[]', disabled: false });
  await orm.close();
}

const FIELDS = 'roster enrolled attended completed participationRate completionRate attendanceRate jpEarned jpScheduled digitalLiteracyRate';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  await fixture(server.databaseUrl);
  org = await server.signIn('org@fix.test', 'fixture-password');
}, 60_000);
afterAll(() => server?.stop());

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const zero = { roster: 0, enrolled: 0, attended: 0, completed: 0, participationRate: 0, completionRate: 0, attendanceRate: 0, jpEarned: 0, jpScheduled: 0, digitalLiteracyRate: 0 };

describe('participation reports', () => {
  it('by eselon group, over 2026', async () => {
    const res = await org.gql(`query($f: ReportFilter) { participationByEselon(filter: $f) { group ${FIELDS} } }`, { f: YEAR });
    expect(res.data.participationByEselon).toEqual([
      { group: 'I', ...zero },
      // p1 completed C1 (present 2 JP, late 2 JP, excused 1 JP of 5); p2 withdrew. Literate: p1 (latest 80).
      { group: 'II', roster: 2, enrolled: 1, attended: 1, completed: 1, participationRate: 0.5, completionRate: 1, attendanceRate: 4 / 5, jpEarned: 4, jpScheduled: 5, digitalLiteracyRate: 0.5 },
      // p3 in C1 (5 JP, earned 2) and C2 (straddles 1 Jan: 2 JP, earned 2); latest score 65.
      { group: 'III', roster: 1, enrolled: 1, attended: 1, completed: 0, participationRate: 1, completionRate: 0, attendanceRate: 4 / 7, jpEarned: 4, jpScheduled: 7, digitalLiteracyRate: 0 },
      // p4 waitlisted in C2: enrolled (not withdrawn), nothing attended.
      { group: 'IV', roster: 1, enrolled: 1, attended: 0, completed: 0, participationRate: 1, completionRate: 0, attendanceRate: 0, jpEarned: 0, jpScheduled: 2, digitalLiteracyRate: 0 },
      // p5's cohort is in 2027: not enrolled in 2026, but literate (90).
      { group: 'JF', ...zero, roster: 1, digitalLiteracyRate: 1 },
      { group: 'PELAKSANA', ...zero, roster: 1 },
    ]);
  });

  it('by generation, and as a matrix', async () => {
    const gen = (await org.gql(`query($f: ReportFilter) { participationByGeneration(filter: $f) { group roster enrolled attended completed jpEarned jpScheduled } }`, { f: YEAR })).data.participationByGeneration;
    expect(gen).toEqual([
      { group: 'BOOMER', roster: 1, enrolled: 0, attended: 0, completed: 0, jpEarned: 0, jpScheduled: 0 },
      { group: 'GEN_X', roster: 2, enrolled: 2, attended: 2, completed: 1, jpEarned: 8, jpScheduled: 12 },
      { group: 'GEN_Y', roster: 2, enrolled: 1, attended: 0, completed: 0, jpEarned: 0, jpScheduled: 2 },
      { group: 'GEN_Z', roster: 1, enrolled: 0, attended: 0, completed: 0, jpEarned: 0, jpScheduled: 0 },
      { group: 'GEN_ALPHA', roster: 0, enrolled: 0, attended: 0, completed: 0, jpEarned: 0, jpScheduled: 0 },
    ]);
    const matrix = (await org.gql(`query($f: ReportFilter) { participationMatrix(filter: $f) { eselonGroup generation roster enrolled } }`, { f: YEAR })).data.participationMatrix;
    expect(matrix).toHaveLength(30);
    expect(matrix.find((c: any) => c.eselonGroup === 'II' && c.generation === 'BOOMER')).toEqual({ eselonGroup: 'II', generation: 'BOOMER', roster: 1, enrolled: 0 });
    expect(matrix.find((c: any) => c.eselonGroup === 'II' && c.generation === 'GEN_X')).toEqual({ eselonGroup: 'II', generation: 'GEN_X', roster: 1, enrolled: 1 });
    expect(matrix.reduce((n: number, c: any) => n + c.roster, 0)).toBe(6);
  });

  it('narrow to a province, a cohort, or no period', async () => {
    const q = `query($f: ReportFilter) { participationByEselon(filter: $f) { group roster enrolled jpScheduled } }`;
    const province = (await org.gql(q, { f: { ...YEAR, province: 'P' } })).data.participationByEselon;
    expect(province.map((r: any) => [r.group, r.roster, r.enrolled])).toEqual([['I', 0, 0], ['II', 2, 1], ['III', 0, 0], ['IV', 1, 1], ['JF', 0, 0], ['PELAKSANA', 1, 0]]);
    const c2 = (await org.gql(q, { f: { cohortId: gid('Cohort', ids.c2) } })).data.participationByEselon;
    expect(c2.map((r: any) => [r.group, r.enrolled, r.jpScheduled])).toEqual([['I', 0, 0], ['II', 0, 0], ['III', 1, 2], ['IV', 1, 2], ['JF', 0, 0], ['PELAKSANA', 0, 0]]);
    const ever = (await org.gql(q, {})).data.participationByEselon;
    expect(ever.find((r: any) => r.group === 'JF')).toEqual({ group: 'JF', roster: 1, enrolled: 1, jpScheduled: 2 });
  });

  it('literacy against the 90 %-by-2029 target, now and per year', async () => {
    const res = (await org.gql('{ literacyTarget { target targetYear rate gap byEselon { group roster literate } trend { year roster literate } } }')).data.literacyTarget;
    // Now: p1 (latest 80); p3's latest is 65; p5's 90 counts once its date (2027-01-10) has passed.
    const literate = Date.now() >= Date.parse('2027-01-10T01:00:00Z') ? 2 : 1;
    expect(res).toMatchObject({ target: 0.9, targetYear: 2029, rate: literate / 6, gap: 0.9 - literate / 6 });
    expect(res.byEselon.find((g: any) => g.group === 'II')).toEqual({ group: 'II', roster: 2, literate: 1 });
    expect(res.trend.find((t: any) => t.year === 2026)).toEqual({ year: 2026, roster: 6, literate: 1 });
    expect(res.trend.find((t: any) => t.year === 2025)).toBeUndefined();
  });

  it('who reached 20 JP in a year, and a page of those who did not', async () => {
    const Q = 'query($after: String) { jpCompliance(year: 2026) { required byEselon { group roster reached } below(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } } }';
    const one = (await org.gql(Q, {})).data.jpCompliance;
    // Nobody earned 20 JP in 2026 (p1 4, p3 4, p2 2 before withdrawing): everyone is below.
    expect(one.required).toBe(20);
    expect(one.byEselon.find((g: any) => g.group === 'II')).toEqual({ group: 'II', roster: 2, reached: 0 });
    expect(one.below.totalCount).toBe(6);
    expect(one.below.nodes).toHaveLength(4);
    const two = (await org.gql(Q, { after: one.below.pageInfo.endCursor })).data.jpCompliance.below;
    expect(two.nodes).toHaveLength(2);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it('cost one SQL statement each, whatever the size of the groups', async () => {
    const res = await org.gql(`{ participationMatrix { roster } }`);
    // The session lookup and the cost budget (5), and the report itself (1).
    expect(res.extensions?.sqlStatements).toBe(6);
  });
});
