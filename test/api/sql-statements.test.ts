import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startServer, type RunningServer } from '../support/server.js';

/**
 * What an integrator sends to copy rosters: cohorts → enrolments → person. Counted is
 * everything the request runs: the session lookup, the cost budget, and the data.
 */
export const ROSTER = `query CohortRoster($first: Int!, $after: String) {
  cohorts(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id code name startDate status
      enrollments(first: 10) {
        totalCount
        nodes { id status person { id name eselonGroup generation } }
      }
    }
  }
}`;

/** A richer three-level list: cohorts → program, tallies, enrolments → person → agency. */
const LIST = `query($first: Int!) {
  cohorts(first: $first) {
    totalCount
    nodes {
      code enrolledCount waitlistedCount generationMix { generation count }
      program { code name totalJp }
      academy { code }
      enrollments(first: 20) { totalCount nodes { status person { name eselonGroup agency { name } } } }
    }
  }
}`;

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  await server.useAccount(...DEMO.organizerBabel);
  const programs = (await server.gql(`{ programs(first: 10) { nodes { id code } } }`)).data.programs.nodes;
  const people = (await server.gql(`{ persons(first: 100, filter: { eselonGroups: [IV] }) { nodes { id } } }`)).data.persons.nodes;
  const pkp = programs.find((p: any) => p.code === 'PKP').id;
  for (let i = 0; i < 100; i++) {
    const created = await server.gql(
      `mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } errors { code } } }`,
      { input: { programId: pkp, code: `PKP-2028-${String(i).padStart(3, '0')}`, name: `PKP uji ${i}`, startDate: '2028-01-03', endDate: '2028-03-31', capacity: 9 } },
    );
    const id = created.data.createCohort.cohort.id;
    // Nine seats for ten people: nine enrolled, one waitlisted.
    const ids = Array.from({ length: 10 }, (_, k) => people[(i * 10 + k) % people.length].id);
    const enrolled = await server.gql(`mutation($input: EnrollInput!) { enroll(input: $input) { errors { code } } }`, { input: { cohortId: id, personIds: ids } });
    expect(enrolled.data.enroll.errors).toEqual([]);
  }
}, 180_000);
afterAll(() => server?.stop());

describe('SQL statements per request', () => {
  it('are three for cohorts → enrolments → person at 10, 100 and 1,000 people, and on later pages', async () => {
    const counts: number[] = [];
    for (const [first, people] of [[1, 10], [10, 100], [100, 1000]] as const) {
      const res = await server.gql(ROSTER, { first });
      expect(res.errors).toBeUndefined();
      const cohorts = res.data.cohorts.nodes;
      expect(cohorts).toHaveLength(first);
      expect(cohorts.flatMap((c: any) => c.enrollments.nodes.map((e: any) => e.person.name)).filter(Boolean)).toHaveLength(people);
      expect(cohorts.every((c: any) => c.enrollments.totalCount === 10)).toBe(true);
      expect(res.data.cohorts.totalCount).toBeGreaterThanOrEqual(100);
      counts.push(res.extensions?.sqlStatements);
    }
    // The session lookup, the cost budget (one upsert), and the answer compiled into one
    // statement (server/src/graphql/sql-plan.ts).
    expect(counts).toEqual([3, 3, 3]);
    const first = await server.gql(ROSTER, { first: 10 });
    const next = await server.gql(ROSTER, { first: 10, after: first.data.cohorts.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.cohorts.totalCount).toBe(first.data.cohorts.totalCount);
    expect(next.data.cohorts.nodes[0].code).not.toBe(first.data.cohorts.nodes[0].code);
    expect(next.extensions?.sqlStatements).toBe(3);
  });

  it('are four through the resolvers (the planner off): the cohort page with its size, then all their enrolments with people', async () => {
    const resolvers = await startServer({ sharing: server, env: { LINTAS_SQL_PLAN: '0' } });
    try {
      const client = resolvers.client(server.headers);
      const counts: number[] = [];
      for (const first of [1, 10, 100]) {
        const res = await client.gql(ROSTER, { first });
        expect(res.errors).toBeUndefined();
        expect(res.extensions?.compiledSql).toBeUndefined();
        expect(res.data.cohorts.nodes.flatMap((c: any) => c.enrollments.nodes)).toHaveLength(first * 10);
        counts.push(res.extensions!.sqlStatements!);
      }
      expect(counts).toEqual([4, 4, 4]);
    } finally {
      await resolvers.stop();
    }
  });

  it('a statement compiled for one page of parents, reused for the next, reads the next parents’ children', async () => {
    const q = `query($after: String) { cohorts(first: 10, after: $after) { pageInfo { endCursor } nodes { code enrollments(first: 10) { totalCount nodes { cohort { code } } } } } }`;
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const res: any = await server.gql(q, { after });
      expect(res.errors).toBeUndefined();
      const cohorts = res.data.cohorts.nodes;
      expect(cohorts).toHaveLength(10);
      expect(cohorts.filter((c: any) => c.enrollments.totalCount > 0).length).toBeGreaterThan(0);
      for (const c of cohorts) for (const e of c.enrollments.nodes) expect(e.cohort.code).toBe(c.code);
      after = res.data.cohorts.pageInfo.endCursor;
    }
  });

  it('do not grow with the length of the list', async () => {
    const ten = await server.gql(LIST, { first: 10 });
    const hundred = await server.gql(LIST, { first: 100 });
    expect(ten.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(ten.data.cohorts.nodes).toHaveLength(10);
    expect(hundred.data.cohorts.nodes).toHaveLength(100);
    const withPeople = hundred.data.cohorts.nodes.filter((c: any) => c.enrollments.nodes.length > 0 && c.enrollments.nodes[0].person.agency.name);
    expect(withPeople.length).toBeGreaterThan(90);
    expect(ten.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(hundred.extensions?.sqlStatements).toBe(ten.extensions?.sqlStatements);
    // Data (8): cohorts with their count, programs, academies, totalJp, enrolments with
    // their people, agencies, two tallies. Per request (2): the session and the cost budget.
    expect(hundred.extensions?.sqlStatements).toBe(10);
  });
});
