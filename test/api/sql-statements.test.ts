import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startServer, type RunningServer } from '../support/server.js';
// ROSTER: what an integrator sends to copy rosters, cohorts → enrolments → person (the
// benchmark's query). Counted is everything the request runs: the session lookup, the cost
// budget, and the data.
import { ROSTER } from '../bench/roster-fixture.mjs';

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
  // The file sends many large queries from one account; a large cost budget keeps the
  // counts about the data (the budget is still read and written once per request).
  server = await startServer({ seed: 'demo', env: { LINTAS_QUERY_BUDGET: '100000000', LINTAS_QUERY_BUDGET_PER_SECOND: '1000000' } });
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
    // statement (server/src/graphql/sql-plan/).
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

describe('SQL statements per request, certificates', () => {
  const CERTS = `query($first: Int!) { certificates(first: $first) { totalCount nodes {
    number code jp valid registryId verifyUrl modules { code } person { name agency { name } } cohort { code program { name } } academy { code } enrollment { status certificate { number } }
  } } }`;
  const PERSON_CERTS = `query($first: Int!) { persons(first: $first, filter: { eselonGroups: [II] }) { nodes { name certificates(first: 5) { totalCount nodes { number cohort { code } } } } } }`;

  it('do not grow with the length of the list (the demo\'s closed cohorts issued them)', async () => {
    const counts: number[] = [];
    for (const first of [1, 10, 50]) {
      const res = await server.gql(CERTS, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.certificates.nodes).toHaveLength(first);
      expect(res.data.certificates.nodes.every((c: any) => c.person.agency.name && c.enrollment.certificate.number === c.number)).toBe(true);
      counts.push(res.extensions!.sqlStatements!);
    }
    expect(new Set(counts).size).toBe(1);
    // The demo revokes one of them, so verification shows both answers.
    expect((await server.gql('{ certificates(first: 5, filter: { revoked: true }) { totalCount nodes { revokeReason } } }')).data.certificates.totalCount).toBe(1);
    const persons: number[] = [];
    // From ten people on, some have certificates (so their cohorts are loaded too); the count stays.
    for (const first of [10, 50, 100]) {
      const res = await server.gql(PERSON_CERTS, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.persons.nodes.some((p: any) => p.certificates.totalCount > 0)).toBe(true);
      persons.push(res.extensions!.sqlStatements!);
    }
    expect(new Set(persons).size).toBe(1);
  });
});

/**
 * The catalogue lists of issue 17 with their new fields and relations, one query each (together,
 * a relation one list already loaded costs another list nothing, which depends on the rows).
 */
const CATALOGUE: Record<string, string> = {
  agencies: 'agencies(first: $first) { totalCount nodes { code level version archivedAt academy { code } } }',
  venues: 'venues(first: $first) { totalCount nodes { code timeZone onlineUrl version academy { code } } }',
  facilitators: `facilitators(first: $first) {
    totalCount
    nodes { name email phone version agency { code } academy { code } trainingModules { code } unavailability(first: 3) { totalCount nodes { startsAt facilitator { name } } } }
  }`,
  programs: 'programs(first: $first) { totalCount nodes { code kind completionThreshold version archivedAt modules(first: 5) { nodes { code facilitators { name } } } } }',
  trainingModules: 'trainingModules(first: $first) { totalCount nodes { code version archivedAt program { code } facilitators { name agency { code } } } }',
  persons: 'persons(first: $first, filter: { agencyId: $agency }) { totalCount nodes { name email version supervisor { name } jpThisYear mentoringPairs { id } } }',
};

describe('SQL statements per request, catalogue lists', () => {
  let agency: string;
  beforeAll(async () => {
    // The demo catalogue leaves the lists (archived), so every row listed has the same relations.
    const demo = (await server.gql('{ agencies(first: 100) { nodes { id } } venues(first: 100) { nodes { id } } facilitators(first: 100) { nodes { id } } programs(first: 100) { nodes { id } } trainingModules(first: 100) { nodes { id } } }')).data;
    for (const list of Object.values(demo) as { nodes: { id: string }[] }[]) {
      for (const { id } of list.nodes) expect((await server.gql('mutation($id: ID!) { archive(id: $id) { errors { code } } }', { id })).data.archive.errors).toEqual([]);
    }
    const agencies = (await server.gql(
      'mutation($i: [CreateAgencyInput!]!) { createAgencies(input: $i) { agencies { id } errors { code } } }',
      { i: Array.from({ length: 60 }, (_, i) => ({ code: `UJI-${i}`, name: `Instansi uji ${i}`, level: 'PUSAT', timeZone: 'WIB' })) },
    )).data.createAgencies;
    expect(agencies.errors).toEqual([]);
    for (let i = 0; i < 60; i++) {
      const agencyId = agencies.agencies[i].id;
      const f = (await server.gql('mutation($i: CreateFacilitatorInput!) { createFacilitator(input: $i) { facilitator { id } errors { code } } }',
        { i: { name: `Fasilitator ${i}`, kind: 'COACH', agencyId, email: `f${i}@example.test` } })).data.createFacilitator;
      expect(f.errors).toEqual([]);
      await server.gql('mutation($i: UnavailabilityInput!) { addUnavailability(input: $i) { errors { code } } }',
        { i: { facilitatorId: f.facilitator.id, startsAt: '2028-01-03T01:00:00Z', endsAt: '2028-01-03T05:00:00Z' } });
      const p = (await server.gql('mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id } errors { code } } }',
        { i: { code: `UJI-${i}`, name: `Program uji ${i}`, kind: 'OTHER', targetEselonGroups: [] } })).data.createProgram;
      expect(p.errors).toEqual([]);
      const m = (await server.gql('mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { errors { code } } }',
        { i: { programId: p.program.id, code: `UJI-M-${i}`, title: 'Modul uji', competencyArea: 'LEADERSHIP', format: 'ONLINE', jp: 2, facilitatorIds: [f.facilitator.id] } })).data.createTrainingModule;
      expect(m.errors).toEqual([]);
      const v = (await server.gql('mutation($i: CreateVenueInput!) { createVenue(input: $i) { errors { code } } }',
        { i: { code: `UJI-${i}`, name: `Ruang uji ${i}`, capacity: 30, timeZone: 'WIB', onlineUrl: `https://meet.example.test/${i}` } })).data.createVenue;
      expect(v.errors).toEqual([]);
    }
    // Sixty people of one agency, each with a superior.
    agency = agencies.agencies[0].id;
    const code = 'UJI-0';
    const csv = ['nip,name,employment_type,position_type,eselon,job_title,agency_code',
      ...Array.from({ length: 60 }, (_, i) => `19800101200501${i % 2 ? 1 : 2}${String(500 + i).padStart(3, '0')},Pegawai uji ${String(i).padStart(2, '0')},PNS,PELAKSANA,,,${code}`)].join('\n');
    const imported = (await server.gql('mutation($csv: String!) { importPersons(csv: $csv) { created rowErrors { code } } }', { csv })).data.importPersons;
    expect(imported).toEqual({ created: 60, rowErrors: [] });
    const people = (await server.gql('query($a: String) { persons(first: 60, filter: { agencyId: $a }) { nodes { id version } } }', { a: agency })).data.persons.nodes;
    for (const p of people) {
      const boss = p.id === people[0].id ? people[1].id : people[0].id;
      const r = await server.gql('mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { errors { code } } }', { i: { id: p.id, version: p.version, supervisorId: boss } });
      expect(r.data.updatePerson.errors).toEqual([]);
    }
  }, 240_000);

  it('do not grow with the length of the agency, venue, facilitator, program, module and person lists', async () => {
    for (const [list, selection] of Object.entries(CATALOGUE)) {
      const query = list === 'persons' ? `query($first: Int!, $agency: String) { ${selection} }` : `query($first: Int!) { ${selection} }`;
      const counts: number[] = [];
      for (const first of [2, 20, 60]) {
        const res = await server.gql(query, list === 'persons' ? { first, agency } : { first });
        expect(res.errors, list).toBeUndefined();
        expect(res.data[list].nodes, list).toHaveLength(first);
        if (first === 60 && list === 'facilitators') expect(res.data.facilitators.nodes.every((f: any) => f.agency && f.trainingModules.length === 1 && f.unavailability.totalCount === 1)).toBe(true);
        if (first === 60 && list === 'trainingModules') expect(res.data.trainingModules.nodes.every((m: any) => m.facilitators[0]?.agency?.code)).toBe(true);
        if (first === 60 && list === 'persons') expect(res.data.persons.nodes.every((p: any) => p.supervisor?.name)).toBe(true);
        counts.push(res.extensions!.sqlStatements!);
      }
      expect(counts, list).toEqual([counts[0], counts[0], counts[0]]);
    }
  });
});

describe('SQL statements per request, evaluation forms', () => {
  beforeAll(async () => {
    // Sixty forms on a cohort (and the demo's), so every form listed has its cohort to load.
    const cohort = (await server.gql('{ cohorts(first: 1) { nodes { id } } }')).data.cohorts.nodes[0].id;
    for (let i = 0; i < 60; i++) {
      for (const cohortId of [cohort]) {
        const r = await server.gql('mutation($i: UseEvaluationTemplateInput!) { useEvaluationTemplate(input: $i) { errors { code } } }', { i: { template: i % 2 ? 'PENGAJAR' : 'PENYELENGGARAAN', cohortId } });
        expect(r.data.useEvaluationTemplate.errors).toEqual([]);
      }
    }
  }, 120_000);

  it('do not grow with the length of the list', async () => {
    const query = 'query($first: Int!) { evaluationForms(first: $first, filter: { templates: false }) { totalCount nodes { title kind target questions { text options } cohort { code program { code } } } } }';
    const counts: number[] = [];
    for (const first of [2, 20, 60]) {
      const res = await server.gql(query, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.evaluationForms.nodes).toHaveLength(first);
      counts.push(res.extensions!.sqlStatements!);
    }
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});

/** Change projects with their relations, milestones and seminar rubrics (the demo's running DLA cohort has eight). */
const ACTION_PLANS = `query($first: Int!) { actionPlans(first: $first) { totalCount nodes {
  id status title seminarScore viewerCan cohort { code } person { name } enrollment { status } coach { name person { name } } mentor { name }
  milestones { title dueDate status } seminarScores { role score } seminarSession { startsAt }
} } }`;

describe('SQL statements per request, change projects', () => {
  it('do not grow with the length of the list', async () => {
    await server.useAccount(...DEMO.organizerBabel);
    const counts: number[] = [];
    // From five on, the pages hold a plan of every kind of relation (the implemented one has a seminar session).
    for (const first of [5, 6, 8]) {
      const res = await server.gql(ACTION_PLANS, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.actionPlans.nodes).toHaveLength(first);
      counts.push(res.extensions!.sqlStatements!);
    }
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});

describe('SQL statements per request, communities', () => {
  const LIST = `query($n: Int!) { communities(first: $n) { totalCount nodes { name memberCount myMembership { status }
    members(first: 10) { nodes { role person { name } } } units(first: 5) { nodes { title completions completedByMe authorName } }
    meetings(first: 5) { nodes { title venue { name } } } threads(first: 5) { nodes { title posts(first: 5) { nodes { body } } } } } } }`;

  it('do not grow with the number of communities listed, their members, units, meetings and threads', async () => {
    await server.useAccount(...DEMO.organizerBabel);
    // After the demo's two (both with members, units and meetings, one with a discussion), four more with all of it but meetings.
    const people = (await server.gql('{ persons(first: 8) { nodes { id } } }')).data.persons.nodes.map((p: any) => p.id);
    for (let i = 0; i < 4; i++) {
      const made = (await server.gql('mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { community { id } errors { code } } }', { i: { name: `Komunitas Uji ${i}`, competencyArea: 'LEADERSHIP', facilitatorIds: [people[i]] } })).data.createCommunity;
      expect(made.errors).toEqual([]);
      const c = made.community.id;
      expect((await server.gql('mutation($i: JoinCommunityInput!) { joinCommunity(input: $i) { errors { code } } }', { i: { communityId: c, personId: people[i + 4] } })).data.joinCommunity.errors).toEqual([]);
      expect((await server.gql('mutation($i: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $i) { errors { code } } }', {
        i: { communityId: c, title: `Unit ${i}`, minutes: 5, body: 'Teks', questions: [{ prompt: 'Pertanyaan?', choices: ['Ya', 'Tidak'], answer: 0 }] },
      })).data.createMicroLearningUnit.errors).toEqual([]);
      const thread = (await server.gql('mutation($i: CreateCommunityThreadInput!) { createCommunityThread(input: $i) { thread { id } errors { code } } }', { i: { communityId: c, title: `Diskusi ${i}`, body: 'Pembuka' } })).data.createCommunityThread;
      expect(thread.errors).toEqual([]);
      expect((await server.gql('mutation($i: AddCommunityPostInput!) { addCommunityPost(input: $i) { errors { code } } }', { i: { threadId: thread.thread.id, body: 'Balasan' } })).data.addCommunityPost.errors).toEqual([]);
    }
    const counts: number[] = [];
    for (const n of [2, 4, 6]) {
      const res = await server.gql(LIST, { n });
      expect(res.errors).toBeUndefined();
      expect(res.data.communities.nodes).toHaveLength(n);
      counts.push(res.extensions!.sqlStatements!);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    const RECORDS = 'query($n: Int!) { externalLearningRecords(first: $n) { nodes { title person { name jpEarned { total } } } } }';
    const one = await server.gql(RECORDS, { n: 1 });
    const all = await server.gql(RECORDS, { n: 50 });
    expect(all.data.externalLearningRecords.nodes.length).toBeGreaterThan(1);
    expect(all.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});

describe('SQL statements per request, schedule conflicts beside community meetings', () => {
  it('do not grow with the number of sessions checked', async () => {
    await server.useAccount(...DEMO.organizerBabel);
    const cohorts = (await server.gql('{ cohorts(first: 100, filter: { statuses: [RUNNING, CLOSED] }) { nodes { id } } }')).data.cohorts.nodes;
    // Cohorts of the same shape (venues, facilitators, groups used or not) and different sizes.
    const byShape = new Map<string, Map<number, number>>();
    for (const c of cohorts) {
      const sessions = (await server.gql('query($c: ID!) { node(id: $c) { ... on Cohort { sessions(first: 100) { nodes { venue { id } facilitator { id } group { id } } } } } }', { c: c.id })).data.node.sessions.nodes;
      if (sessions.length === 0) continue;
      const shape = ['venue', 'facilitator', 'group'].map((k) => sessions.some((x: any) => x[k] !== null)).join();
      const res = await server.gql('query($c: ID!) { scheduleConflicts(cohortId: $c) { code } }', { c: c.id });
      expect(res.errors).toBeUndefined();
      byShape.set(shape, (byShape.get(shape) ?? new Map()).set(sessions.length, res.extensions!.sqlStatements!));
    }
    expect([...byShape.values()].some((sizes) => sizes.size > 1)).toBe(true);
    for (const sizes of byShape.values()) expect(new Set(sizes.values()).size).toBe(1);
  });
});

describe('SQL statements per request, knowledge items opened', () => {
  it('record the reads of a whole page in one statement', async () => {
    const reader = await server.signIn('197302172004062751', DEMO.participantPassword);
    const OPEN = 'query($n: Int!) { knowledgeItems(first: $n) { nodes { title bodyHtml } } }';
    const counts: number[] = [];
    // The demo participant reads four published items.
    for (const n of [1, 2, 4]) {
      const res = await reader.gql(OPEN, { n });
      expect(res.errors).toBeUndefined();
      expect(res.data.knowledgeItems.nodes).toHaveLength(n);
      counts.push(res.extensions!.sqlStatements!);
    }
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // A list without the bodies records nothing: one statement fewer (the insert and its transaction aside).
    const list = await reader.gql('query($n: Int!) { knowledgeItems(first: $n) { nodes { title summary } } }', { n: 4 });
    expect(list.extensions!.sqlStatements!).toBeLessThan(counts[0]!);
  });
});
