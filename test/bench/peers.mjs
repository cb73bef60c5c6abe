// Issue 7, benchmarks 2 and 3: requests per second of the nested roster query, Lintas
// against PostGraphile 5 on the same PostgreSQL database, and against a plain Apollo
// Server answering the same data from memory. Loads alternate (A B A B) to even out noise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ROSTER, rosterFixture } from './roster-fixture.mjs';
import { LOAD, cpuMs, fmt, freePort, gql, load, machine, startLintas, startProcess } from './support.mjs';

const here = (file) => new URL(file, import.meta.url).pathname;
const FIRST = 10;

/** The same roster in PostGraphile's generated schema: the academy's cohorts newest first, enrolments in id order. */
const PGL_ROSTER = `query CohortRoster($first: Int!, $academyId: Int!) {
  allCohorts(first: $first, orderBy: [START_DATE_DESC, ROW_ID_ASC], condition: { academyId: $academyId }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id code name startDate status
      enrollmentsByCohortId(first: 10, orderBy: [ROW_ID_ASC]) {
        totalCount
        nodes { id status personByPersonId { id name eselonGroup generation } }
      }
    }
  }
}`;

/** Cohort codes, counts and people's names, the part both schemas spell the same way. */
function roster(list, enrollments, person) {
  return {
    totalCount: list.totalCount,
    cohorts: list.nodes.map((c) => ({
      code: c.code, name: c.name, startDate: c.startDate, status: c.status, total: c[enrollments].totalCount,
      people: c[enrollments].nodes.map((e) => [e.status, e[person].name, e[person].eselonGroup, e[person].generation]),
    })),
  };
}

/** Two rounds of each target, alternating; requests per second averaged over the rounds. */
async function alternate(targets) {
  const seconds = Math.max(2, Math.round(LOAD.duration / 2));
  const results = targets.map(() => []);
  for (let round = 0; round < 2; round++) {
    for (const [i, t] of targets.entries()) {
      const cpu = cpuMs(t.pid);
      const r = await load(t.url, t.query, t.variables, t.headers, seconds);
      // The warm-up's requests are not counted, so this slightly overstates CPU per request, alike for every server.
      results[i].push({ ...r, cpu: cpuMs(t.pid) - cpu });
    }
  }
  return results.map((rs) => ({
    cpuPerRequest: rs.reduce((s, r) => s + r.cpu, 0) / rs.reduce((s, r) => s + r.requests, 0),
    rps: rs.reduce((s, r) => s + r.rps, 0) / rs.length,
    p50: Math.max(...rs.map((r) => r.p50)),
    p99: Math.max(...rs.map((r) => r.p99)),
    requests: rs.reduce((s, r) => s + r.requests, 0),
  }));
}

/**
 * A second Lintas process on the fixture's database that keeps no answers
 * (`LINTAS_ANSWER_CACHE_MB=0`): every request builds its answer in the database, as when
 * the data changed since the last read. Sessions live in the database, so the fixture's
 * sign-in holds here too.
 */
function startBuildingEveryAnswer(f) {
  return startLintas(f.databaseUrl, {
    production: true, seed: 'none', env: { LINTAS_QUERY_BUDGET: '1e12', LINTAS_QUERY_BUDGET_PER_SECOND: '1e12', LINTAS_ANSWER_CACHE_MB: '0' },
  });
}

const row = (name, r) => `| ${name} | ${fmt(r.rps, 1)} | ${r.p50} | ${r.p99} | ${fmt(r.requests)} | ${fmt(r.cpuPerRequest, 1)} |`;

export async function postgraphileBench() {
  const f = await rosterFixture('postgresql');
  const port = await freePort();
  const pgl = await startProcess(here('postgraphile-server.mjs'), [f.databaseUrl, String(port)], { GRAPHILE_ENV: 'production' }, '/graphql', port);
  const ours = await gql(f.server.url, ROSTER, { first: FIRST }, f.headers);
  const theirs = await gql(pgl.url, PGL_ROSTER, { first: FIRST, academyId: f.academyId });
  if (ours.errors || theirs.errors) throw new Error(JSON.stringify(ours.errors ?? theirs.errors));
  const same = isDeepStrictEqual(roster(ours.data.cohorts, 'enrollments', 'person'), roster(theirs.data.allCohorts, 'enrollmentsByCohortId', 'personByPersonId'));
  if (!same) throw new Error('PostGraphile and Lintas answer different rosters');
  const building = await startBuildingEveryAnswer(f);
  const [a, c, b] = await alternate([
    { url: f.server.url, pid: f.server.pid, query: ROSTER, variables: { first: FIRST }, headers: f.headers },
    { url: building.url, pid: building.pid, query: ROSTER, variables: { first: FIRST }, headers: f.headers },
    { url: pgl.url, pid: pgl.pid, query: PGL_ROSTER, variables: { first: FIRST, academyId: f.academyId }, headers: {} },
  ]);
  await building.stop();
  await pgl.stop();
  return [
    '## Nested query: Lintas ÷ PostGraphile 5 (issue 7, benchmark 2)',
    '',
    `Machine: ${machine()}. PostgreSQL 15 on 127.0.0.1, one database migrated and filled by Lintas (demo data + 100 cohorts of`,
    `ten people). The roster query with \`first: ${FIRST}\` (10 cohorts, 100 enrolments with their people); both answers were`,
    'checked to hold the same cohorts, counts and people before the load. autocannon, 10 connections, two alternating',
    `rounds of ${Math.max(2, Math.round(LOAD.duration / 2))} s per server after a ${LOAD.warmup} s warm-up; each server one Node process, pool of 10.`,
    'Lintas runs in production mode as the Babel organizer: every request also looks up the session, spends the',
    'cost budget (one upsert) and applies tenancy. PostGraphile (amber preset, node:http) runs as the database owner',
    'with no authentication, and filters the academy with `condition`. Lintas answers this query from one compiled',
    'statement whose result is the JSON of `data` (server/src/graphql/sql-plan/), as PostGraphile does; its per-request',
    'statements are named prepared statements. As it runs by default, Lintas keeps that answer and, while the data version',
    'it was read at is current, the statement only compares versions (db/data-version.entity.ts); the second Lintas row is a',
    'process on the same database that keeps no answers (`LINTAS_ANSWER_CACHE_MB=0`): every request builds the answer, as',
    'after any change to the data. Server CPU is the Node process; PostgreSQL\'s own is not in it (for any of them).',
    '',
    '| server | requests/s | p50 ms | p99 ms | requests | server CPU ms per request |',
    '|---|---:|---:|---:|---:|---:|',
    row('Lintas (Fastify, Apollo 5, TypeGraphQL, MikroORM)', a),
    row('Lintas, every answer built (no kept answers)', c),
    row('PostGraphile 5.1.5 (grafserv, grafast)', b),
    '',
    `Lintas ÷ PostGraphile: **${(a.rps / b.rps).toFixed(2)}** in requests/s (goal ≥ 1.0); by server CPU per request, ${(b.cpuPerRequest / a.cpuPerRequest).toFixed(2)}.`,
    `Every answer built: **${(c.rps / b.rps).toFixed(2)}** in requests/s; by server CPU per request, ${(b.cpuPerRequest / c.cpuPerRequest).toFixed(2)}.`,
  ].join('\n');
}

export async function apolloBench() {
  const rows = [];
  const ratios = [];
  const built = [];
  const dir = mkdtempSync(join(tmpdir(), 'lintas-apollo-'));
  try {
    for (const dialect of ['sqlite', 'postgresql']) {
      const f = await rosterFixture(dialect);
      const ours = await gql(f.server.url, ROSTER, { first: FIRST }, f.headers);
      if (ours.errors) throw new Error(JSON.stringify(ours.errors));
      const dataFile = join(dir, `${dialect}.json`);
      writeFileSync(dataFile, JSON.stringify(ours.data));
      const port = await freePort();
      const memory = await startProcess(here('apollo-memory-server.mjs'), [here('../../server/schema.graphql'), dataFile, String(port)], {}, '/graphql', port);
      const fromMemory = await gql(memory.url, ROSTER, { first: FIRST });
      if (!isDeepStrictEqual(fromMemory.data, ours.data)) throw new Error('the in-memory server answers differently');
      const building = await startBuildingEveryAnswer(f);
      const [a, c, b] = await alternate([
        { url: f.server.url, pid: f.server.pid, query: ROSTER, variables: { first: FIRST }, headers: f.headers },
        { url: building.url, pid: building.pid, query: ROSTER, variables: { first: FIRST }, headers: f.headers },
        { url: memory.url, pid: memory.pid, query: ROSTER, variables: { first: FIRST }, headers: {} },
      ]);
      await building.stop();
      await memory.stop();
      const name = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      rows.push(row(`Lintas on ${name}`, a), row(`Lintas on ${name}, every answer built`, c), row(`plain Apollo Server, from memory (beside ${dialect})`, b));
      ratios.push(`${name} **${(a.rps / b.rps).toFixed(2)}** (by server CPU per request ${(b.cpuPerRequest / a.cpuPerRequest).toFixed(2)})`);
      built.push(`${name} ${(c.rps / b.rps).toFixed(2)} (by server CPU per request ${(b.cpuPerRequest / c.cpuPerRequest).toFixed(2)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    '## Stack overhead: Lintas ÷ plain Apollo Server from memory (issue 7, benchmark 3)',
    '',
    `Machine: ${machine()}. The roster query with \`first: ${FIRST}\` as in benchmark 2. The baseline is Apollo Server 5`,
    "standalone with Lintas's own schema (server/schema.graphql) and graphql-js resolvers that return the answer Lintas gave",
    '(checked equal) from memory: no database, no session, no cost budget. autocannon as in benchmark 2, alternating.',
    'Lintas runs as by default: each request looks up the session, spends the budget, applies tenancy and compares the',
    "data version in one statement, reusing the answer read at that version (it does not run graphql-js's executor for",
    'it, which the baseline does). "Every answer built" is a second process keeping no answers (`LINTAS_ANSWER_CACHE_MB=0`),',
    "as after any change to the data. Lintas's server CPU includes SQLite's work (the engine runs in the process) but not",
    "PostgreSQL's (another process on the same two cores, which is why requests/s can trail while CPU per request is even).",
    '',
    '| server | requests/s | p50 ms | p99 ms | requests | server CPU ms per request |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Lintas ÷ in-memory Apollo: ${ratios.join(', ')} (target ≥ 0.9).`,
    `Every answer built ÷ in-memory Apollo: ${built.join(', ')}.`,
  ].join('\n');
}
