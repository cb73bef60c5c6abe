import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { FIXTURE_PASSWORD, gid, reportFixture, type FixtureIds } from '../support/report-fixture.js';

/**
 * Every figure against a fixture small enough to count on paper (the counts are in the
 * comments), with the edge cases: a withdrawn person, an excused session, people
 * without eselon, a waitlisted person, a cohort straddling the period's start and one
 * outside it, and a person whose latest score fell below the literacy line.
 */
let server: RunningServer;
let org: Client;
let ids: FixtureIds;

const FIELDS = 'roster enrolled attended completed participationRate completionRate attendanceRate jpEarned jpScheduled digitalLiteracyRate';

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  ids = await reportFixture(server.databaseUrl);
  org = await server.signIn('org@fix.test', FIXTURE_PASSWORD);
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
    // The session lookup (1), the cost budget (1, one upsert), and the report itself (1).
    expect(res.extensions?.sqlStatements).toBe(3);
  });
});
