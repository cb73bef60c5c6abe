import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, tokenClient } from '../support/auth.js';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';

/**
 * The compiled SQL plan (server/src/graphql/sql-plan/) answers list queries from one
 * statement. Two processes share one database: one compiles (and keeps answers while
 * the data version is current), one (LINTAS_SQL_PLAN=0) always runs the resolvers.
 * Every query of the corpus, as every kind of caller, must give the same answer byte
 * for byte, the first time and from a kept answer, and the queries marked compiled
 * must have been.
 */
const offset = (n: number) => Buffer.from(`o:${n}`).toString('base64url');

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Whether the planner answers it (for a caller allowed to ask). */
  compiled: boolean | 'either';
}

const COHORT_FIELDS = `id __typename code name startDate endDate timeZone capacity online status completionThreshold createdAt updatedAt`;

const CASES: Case[] = [
  {
    name: 'the integrators’ roster query',
    compiled: true,
    variables: { first: 10 },
    query: `query CohortRoster($first: Int!, $after: String) {
      cohorts(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id code name startDate status enrollments(first: 10) { totalCount nodes { id status person { id name eselonGroup generation } } } }
      }
    }`,
  },
  {
    name: 'every plain cohort field, relations, edges and all of pageInfo',
    compiled: true,
    variables: { first: 4 },
    query: `query($first: Int!) {
      __typename
      cohorts(first: $first) {
        __typename totalCount
        pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
        edges { __typename cursor node { ${COHORT_FIELDS} program { id code name description academy { code name } } academy { id code name province timeZone } venue { id name } } }
      }
    }`,
  },
  {
    name: 'filters, aliases and fragments',
    compiled: true,
    variables: { s: ['OPEN', 'RUNNING', 'CLOSED', 'DRAFT'] },
    query: `query($s: [CohortStatus!]) {
      open: cohorts(first: 3, filter: { statuses: $s }) { ...Page }
      litdig: cohorts(first: 2, filter: { search: "litdig" }) { totalCount nodes { ... on Node { id } ...Cohort } }
      none: cohorts(first: 5, filter: { search: "tidak-ada-angkatan-ini" }) { ...Page }
    }
    fragment Page on CohortConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ...Cohort } }
    fragment Cohort on Cohort { code status enrollments(first: 2) { totalCount } }`,
  },
  {
    name: 'nested pages: statuses, after, edges with offset cursors',
    compiled: true,
    variables: { after: offset(3) },
    query: `query($after: String) {
      cohorts(first: 6) {
        nodes {
          code
          waiting: enrollments(first: 5, statuses: [WAITLISTED]) { totalCount nodes { waitlistPosition status } }
          later: enrollments(first: 4, after: $after) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id status waitlistPosition overrideReason withdrawalReason certificateNumber createdAt } }
          }
          past: enrollments(first: 2, after: "${offset(100_000)}") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } }
        }
      }
    }`,
  },
  {
    name: 'the roster: people, agencies and their enrolments',
    compiled: true,
    variables: { first: 25 },
    query: `query($first: Int!) {
      persons(first: $first) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes {
          id name employmentType positionType eselon eselonGroup jobTitle generation
          agency { id code name level province timeZone academy { code } }
          enrollments(first: 3) { totalCount nodes { status cohort { code program { code } } } }
        }
      }
    }`,
  },
  {
    // Deeper than SQLite's parser takes: compiled on PostgreSQL, left to the resolvers on SQLite.
    name: 'lists within relations within lists',
    compiled: 'either',
    query: `{
      persons(first: 5, filter: { eselonGroups: [IV] }) {
        nodes { name enrollments(first: 3) { nodes { cohort { code program { code cohorts(first: 2) { totalCount nodes { code enrollments(first: 2) { totalCount } } } } } } } }
      }
    }`,
  },
  {
    name: 'roster filters',
    compiled: true,
    query: `{
      leaders: persons(first: 10, filter: { eselonGroups: [I, II] }) { totalCount nodes { name eselonGroup } }
      young: persons(first: 10, filter: { generations: [GEN_Z], employmentType: PNS }) { totalCount nodes { name generation } }
      byName: persons(first: 5, filter: { search: "an" }) { totalCount nodes { name } }
    }`,
  },
  {
    name: 'a date range and a program filter',
    compiled: true,
    query: `{
      y2026: cohorts(first: 20, filter: { from: "2026-01-01", to: "2026-12-31" }) { totalCount nodes { code startDate endDate program { id } } }
      y2027: cohorts(first: 20, filter: { from: "2027-01-01" }) { totalCount nodes { code } }
    }`,
  },
  {
    name: 'schedules: sessions with their module, venue and facilitator, cancelled ones on request',
    compiled: true,
    query: `{
      cohorts(first: 6, filter: { statuses: [RUNNING, CLOSED] }) {
        nodes {
          code
          sessions(first: 5) { totalCount nodes { id startsAt endsAt jp status onlineUrl version module { code title jp format crossGeneration position program { code } } venue { name } facilitator { name kind expertise academy { code } } } }
          all: sessions(first: 3, includeCancelled: true, after: "${offset(2)}") { totalCount pageInfo { hasNextPage startCursor } edges { cursor node { status startsAt cohort { code } } } }
        }
      }
    }`,
  },
  {
    name: 'archived people: left out unless asked for, with their version and archive mark',
    compiled: true,
    query: `{
      active: persons(first: 10, filter: { eselonGroups: [IV] }) { totalCount nodes { name version archivedAt } }
      all: persons(first: 10, filter: { eselonGroups: [IV] }, includeArchived: true) { totalCount pageInfo { endCursor } nodes { name version archivedAt } }
      asked: persons(first: 10, filter: { eselonGroups: [IV] }, includeArchived: false) { totalCount }
    }`,
  },
  {
    name: 'catalogue fields of issue 17 on compiled lists',
    compiled: true,
    query: `{ cohorts(first: 8) { nodes { code program { code kind completionThreshold version archivedAt academy { code certificatePrefix version archivedAt } } venue { code timeZone onlineUrl version archivedAt } } } }`,
  },
  { name: 'a filter id that is not one (the resolvers report it)', compiled: false, query: `{ cohorts(first: 2, filter: { programId: "bm9wZQ" }) { totalCount } }` },
  { name: 'a field with its own resolver', compiled: false, query: `{ cohorts(first: 3) { nodes { code enrolledCount waitlistedCount } } }` },
  { name: 'personal data (masked by role)', compiled: false, query: `{ persons(first: 3) { nodes { name nip birthDate } } }` },
  { name: 'a directive', compiled: false, query: `query($x: Boolean!) { cohorts(first: 2) { nodes { code @include(if: $x) } } }`, variables: { x: true } },
  { name: 'a page size over the limit (the resolvers report it)', compiled: false, query: `{ cohorts(first: 101) { totalCount } }` },
  { name: 'a broken cursor (the resolvers report it)', compiled: false, query: `{ cohorts(first: 2, after: "bm9wZQ") { totalCount } }` },
];

let a: RunningServer;
let b: RunningServer;
const callers: { name: string; client: Client }[] = [];

beforeAll(async () => {
  a = await startServer({ seed: 'demo' });
  b = await startServer({ sharing: a, env: { LINTAS_SQL_PLAN: '0' } });
  const admin = (await adminClient(a)).client;
  const babel = await a.signIn(...DEMO.organizerBabel);
  const sulsel = await a.signIn(...DEMO.organizerSulsel);
  const participant = await a.signIn('197302172004062751', DEMO.participantPassword);
  const token = await tokenClient(a, babel, ['roster:read', 'schedule:read']);
  const scheduleOnly = await tokenClient(a, sulsel, ['schedule:read']);
  // A cancelled session, so `includeCancelled` changes an answer.
  const sessions = await babel.gql(`{ cohorts(first: 1, filter: { search: "DLA-2026-02" }) { nodes { sessions(first: 1) { nodes { id } } } } }`);
  const cancelled = await babel.gql(`mutation($id: ID!) { deleteSession(id: $id) { errors { code } } }`, { id: sessions.data.cohorts.nodes[0].sessions.nodes[0].id });
  expect(cancelled.data.deleteSession.errors).toEqual([]);
  // An archived person, so `includeArchived` changes an answer.
  const first = await babel.gql(`{ persons(first: 1, filter: { eselonGroups: [IV] }) { nodes { id } } }`);
  const archived = await babel.gql(`mutation($id: ID!) { archive(id: $id) { errors { code } } }`, { id: first.data.persons.nodes[0].id });
  expect(archived.data.archive.errors).toEqual([]);
  callers.push(
    { name: 'admin', client: admin },
    { name: 'Babel organizer', client: babel },
    { name: 'Sulsel organizer', client: sulsel },
    { name: 'participant', client: participant },
    { name: 'roster token', client: token },
    { name: 'schedule-only token', client: scheduleOnly },
    { name: 'anonymous', client: a.client() },
  );
}, 180_000);
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

describe('compiled SQL plan', () => {
  it('answers every query of the corpus as the resolvers do, for every caller', async () => {
    let compiled = 0;
    for (const c of CASES) {
      for (const { name, client } of callers) {
        const planned = await client.gql(c.query, c.variables);
        const resolved = await b.client(client.headers).gql(c.query, c.variables);
        const label = `${c.name} as ${name}`;
        expect(JSON.stringify(planned.data), label).toBe(JSON.stringify(resolved.data));
        expect(planned.errors?.map((e) => e.extensions?.code), label).toEqual(resolved.errors?.map((e) => e.extensions?.code));
        expect(planned.status, label).toBe(resolved.status);
        expect(resolved.extensions?.compiledSql, label).toBeUndefined();
        const allowed = !planned.errors;
        if (c.compiled !== 'either') expect(planned.extensions?.compiledSql === true, label).toBe(c.compiled && allowed);
        if (planned.extensions?.compiledSql) compiled++;
      }
    }
    // The corpus is not vacuous: the compiled answers hold data.
    expect(compiled).toBeGreaterThan(30);
  }, 120_000);

  it('answers the corpus again from kept answers, the same byte for byte', async () => {
    let reused = 0;
    for (const c of CASES) {
      for (const { name, client } of callers) {
        const label = `${c.name} as ${name}, again`;
        const planned = await client.gql(c.query, c.variables);
        const resolved = await b.client(client.headers).gql(c.query, c.variables);
        expect(JSON.stringify(planned.data), label).toBe(JSON.stringify(resolved.data));
        expect(planned.errors?.map((e) => e.extensions?.code), label).toEqual(resolved.errors?.map((e) => e.extensions?.code));
        expect(resolved.extensions?.cachedAnswer, label).toBeUndefined();
        if (planned.extensions?.compiledSql) {
          expect(planned.extensions.cachedAnswer, label).toBe(true);
          reused++;
        }
      }
    }
    expect(reused).toBeGreaterThan(30);
  }, 120_000);

  it('reuses an answer only while its data is unchanged, whoever changed it', async () => {
    const babel = callers.find((c) => c.name === 'Babel organizer')!.client;
    const query = `{ cohorts(first: 2, filter: { search: "DLA-2026-02" }) { nodes { id code name enrollments(first: 2) { totalCount nodes { person { name } } } } } }`;
    const read = async () => {
      const res = await babel.gql(query);
      expect(res.extensions?.compiledSql).toBe(true);
      expect(res.extensions?.sqlStatements).toBe(3);
      return { cohort: res.data.cohorts.nodes[0], cached: res.extensions?.cachedAnswer === true };
    };
    const first = await read();
    const again = await read();
    expect(again).toEqual({ cohort: first.cohort, cached: true });

    // Renamed through the other process (the resolvers' path, MikroORM's unit of work).
    const renamed = await b.client(babel.headers).gql(
      `mutation($id: ID!) { updateCohort(input: { id: $id, name: "Angkatan Digital II" }) { errors { code } } }`, { id: first.cohort.id },
    );
    expect(renamed.data.updateCohort.errors).toEqual([]);
    const afterRename = await read();
    expect(afterRename.cached).toBe(false);
    expect(afterRename.cohort.name).toBe('Angkatan Digital II');
    expect((await read()).cached).toBe(true);

    // Recording attendance (the busiest write of a training day) touches no table a
    // compiled answer reads: the kept answer stands.
    const sessions = await babel.gql(`{ cohort(code: "DLA-2026-02") { sessions(first: 1) { nodes { id } } enrollments(first: 1) { nodes { person { id } } } } }`);
    const marked = await b.client(babel.headers).gql(
      `mutation($s: ID!, $p: ID!) { recordAttendance(sessionId: $s, entries: [{ personId: $p, status: SICK }]) { errors { code } } }`,
      { s: sessions.data.cohort.sessions.nodes[0].id, p: sessions.data.cohort.enrollments.nodes[0].person.id },
    );
    expect(marked.data.recordAttendance.errors).toEqual([]);
    expect(await read()).toEqual({ cohort: afterRename.cohort, cached: true });

    // Changed outside any server process: plain SQL on the database, as psql or a script would.
    const { openOrm } = await import(new URL('../../server/dist/database.js', import.meta.url).href);
    const { databaseConfig } = await import(new URL('../../server/dist/config.js', import.meta.url).href);
    const orm = await openOrm(databaseConfig({ DATABASE_URL: a.databaseUrl }));
    try {
      const person = first.cohort.enrollments.nodes[0].person.name as string;
      await orm.em.getConnection().execute('update person set name = ? where name = ?', [`${person} (diubah)`, person]);
      const afterSql = await read();
      expect(afterSql.cached).toBe(false);
      expect(afterSql.cohort.enrollments.nodes[0].person.name).toBe(`${person} (diubah)`);
      // A transaction that wrote and rolled back changes nothing: the kept answer stands.
      expect((await read()).cached).toBe(true);
      await orm.em.transactional(async (em: any) => {
        await em.getConnection().execute('update person set name = ? where name = ?', ['tidak jadi', `${person} (diubah)`], 'all', em.getTransactionContext());
        throw new Error('rolled back');
      }).catch((error: Error) => expect(error.message).toBe('rolled back'));
      expect(await read()).toEqual({ cohort: afterSql.cohort, cached: true });
    } finally {
      await orm.close();
    }
  });

  it('keeps an academy\'s answers through another academy\'s writes, not through shared ones', async () => {
    const babel = callers.find((c) => c.name === 'Babel organizer')!.client;
    const sulsel = callers.find((c) => c.name === 'Sulsel organizer')!.client;
    const admin = callers.find((c) => c.name === 'admin')!.client;
    const query = `{ cohorts(first: 3) { nodes { id code name academy { code } enrollments(first: 2) { nodes { person { name } } } } }
      persons(first: 3) { nodes { name agency { academy { code } } } } }`;
    const read = async (client: Client) => {
      const res = await client.gql(query);
      expect(res.extensions?.compiledSql).toBe(true);
      return { data: res.data, cached: res.extensions?.cachedAnswer === true };
    };
    const sulselFirst = await read(sulsel);
    const academies = (data: any) => new Set(data.persons.nodes.map((n: { agency: { academy: { code: string } } }) => n.agency.academy.code));
    expect(academies(sulselFirst.data)).toEqual(new Set(['BPSDMD-SULSEL']));
    expect((await read(sulsel)).cached).toBe(true);
    const babelFirst = await read(babel);
    await read(admin);
    expect((await read(admin)).cached).toBe(true);

    // A write in Babel: a cohort renamed, a person of Babel renamed.
    const cohort = babelFirst.data.cohorts.nodes[0];
    const renamed = await babel.gql(`mutation($id: ID!, $name: String!) { updateCohort(input: { id: $id, name: $name }) { errors { code } } }`,
      { id: cohort.id, name: `${cohort.name} (baru)` });
    expect(renamed.data.updateCohort.errors).toEqual([]);
    expect(await read(sulsel)).toEqual({ data: sulselFirst.data, cached: true });
    const babelAfter = await read(babel);
    expect(babelAfter.cached).toBe(false);
    expect(babelAfter.data.cohorts.nodes[0].name).toBe(`${cohort.name} (baru)`);
    // Admins see every academy: their kept answer goes.
    expect((await read(admin)).cached).toBe(false);

    // The catalogue academies share (here an academy's own row, changed in plain SQL) moves every academy's answers.
    const { openOrm } = await import(new URL('../../server/dist/database.js', import.meta.url).href);
    const { databaseConfig } = await import(new URL('../../server/dist/config.js', import.meta.url).href);
    const orm = await openOrm(databaseConfig({ DATABASE_URL: a.databaseUrl }));
    try {
      await orm.em.getConnection().execute(`update academy set name = name || '' where code = 'BKPSDMD-BABEL'`);
    } finally {
      await orm.close();
    }
    expect((await read(sulsel)).cached).toBe(false);
    expect((await read(sulsel)).cached).toBe(true);
  });

  it('leaves archived people out of the roster unless asked for', async () => {
    const babel = callers.find((c) => c.name === 'Babel organizer')!.client;
    const res = await babel.gql(`{ active: persons(first: 100, filter: { eselonGroups: [IV] }) { totalCount nodes { archivedAt } } all: persons(first: 100, filter: { eselonGroups: [IV] }, includeArchived: true) { totalCount nodes { archivedAt } } }`);
    expect(res.extensions?.compiledSql).toBe(true);
    expect(res.data.all.totalCount).toBe(res.data.active.totalCount + 1);
    expect(res.data.active.nodes.every((p: { archivedAt: string | null }) => p.archivedAt === null)).toBe(true);
    expect(res.data.all.nodes.filter((p: { archivedAt: string | null }) => p.archivedAt !== null)).toHaveLength(1);
  });

  it('reads schedules: cancelled sessions only on request, in time order', async () => {
    const babel = callers.find((c) => c.name === 'Babel organizer')!.client;
    const res = await babel.gql(`{ cohorts(first: 1, filter: { search: "DLA-2026-02" }) { nodes { sessions(first: 100) { totalCount nodes { startsAt status } } all: sessions(first: 100, includeCancelled: true) { totalCount nodes { status } } } } }`);
    expect(res.extensions?.compiledSql).toBe(true);
    const cohort = res.data.cohorts.nodes[0];
    expect(cohort.all.totalCount).toBe(cohort.sessions.totalCount + 1);
    expect(cohort.all.nodes.filter((s: { status: string }) => s.status === 'CANCELLED')).toHaveLength(1);
    const starts = cohort.sessions.nodes.map((s: { startsAt: string }) => s.startsAt);
    expect(starts.length).toBeGreaterThan(5);
    expect(starts).toEqual([...starts].sort());
  });

  it('holds the answers that matter to an organizer: her academy only, sizes, order', async () => {
    const babel = callers.find((c) => c.name === 'Babel organizer')!.client;
    const res = await babel.gql(`{ cohorts(first: 100) { totalCount nodes { code startDate academy { code } enrollments(first: 1) { totalCount } } } }`);
    expect(res.extensions?.compiledSql).toBe(true);
    const nodes = res.data.cohorts.nodes as { code: string; startDate: string; academy: { code: string }; enrollments: { totalCount: number } }[];
    expect(nodes.length).toBe(res.data.cohorts.totalCount);
    expect(new Set(nodes.map((n) => n.academy.code))).toEqual(new Set(['BKPSDMD-BABEL']));
    expect(nodes.map((n) => n.startDate)).toEqual([...nodes.map((n) => n.startDate)].sort().reverse());
    expect(nodes.find((n) => n.code === 'LITDIG-2026-04')?.enrollments.totalCount).toBe(750);
  });

  it('pages through the whole list with its cursors, each cohort once', async () => {
    const admin = callers[0]!.client;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const res: any = await admin.gql(`query($after: String) { cohorts(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }`, { after });
      expect(res.extensions?.compiledSql).toBe(true);
      total = res.data.cohorts.totalCount;
      seen.push(...res.data.cohorts.nodes.map((n: { code: string }) => n.code));
      if (!res.data.cohorts.pageInfo.hasNextPage) break;
      after = res.data.cohorts.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('reads in one statement beside the session lookup and the cost budget', async () => {
    const babel = callers.find((c) => c.name === 'Babel organizer')!.client;
    const res = await babel.gql(CASES[0]!.query, { first: 100 });
    expect(res.extensions?.compiledSql).toBe(true);
    expect(res.extensions?.sqlStatements).toBe(3);
  });
});
