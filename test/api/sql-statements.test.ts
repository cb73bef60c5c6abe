import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startServer, type RunningServer } from '../support/server.js';

/** A three-level list: cohorts → program, enrolments → person → agency. */
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
      { input: { programId: pkp, code: `PKP-2028-${String(i).padStart(3, '0')}`, name: `PKP uji ${i}`, startDate: '2028-01-03', endDate: '2028-03-31', capacity: 2 } },
    );
    const id = created.data.createCohort.cohort.id;
    const ids = [0, 1, 2].map((k) => people[(i * 3 + k) % people.length].id);
    const enrolled = await server.gql(`mutation($input: EnrollInput!) { enroll(input: $input) { errors { code } } }`, { input: { cohortId: id, personIds: ids } });
    expect(enrolled.data.enroll.errors).toEqual([]);
  }
}, 180_000);
afterAll(() => server?.stop());

describe('SQL statements per request', () => {
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
    // Data (10): cohorts + count, programs, academies, totalJp, enrolments, people, agencies, two tallies.
    // Per request (5): the session, and the cost budget (begin, read, write, commit).
    expect(hundred.extensions?.sqlStatements).toBeLessThanOrEqual(15);
  });
});
