// Issue 7, benchmarks 2 and 3: requests per second of the nested roster query, Lintas
// against PostGraphile 5 on the same PostgreSQL database, and against a plain Apollo
// Server answering the same data from memory. Loads alternate (A B A B) to even out noise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ROSTER, rosterFixture } from './roster-fixture.mjs';
import { LOAD, cpuMs, fmt, freePort, gql, load, machine, postgresCpuMs, spread, startLintas, startProcess } from './support.mjs';

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

const ROUNDS = Math.max(5, Number(process.env.LINTAS_BENCH_ROUNDS ?? 5));
const ROUND_SECONDS = Math.max(2, Math.round(LOAD.duration / 2));
/** One request in ten of the mixed load is a write. */
const WRITE_EVERY = 10;

/**
 * `ROUNDS` rounds; in each, every target is loaded in turn (A B C A B C …), so a noisy
 * moment of the shared machine falls on all of them. Per round: requests/s, latency,
 * and CPU of the server's process and of every PostgreSQL process during the round.
 */
async function alternate(targets) {
  const rounds = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, t] of targets.entries()) {
      const bodyAt = t.mix ? t.mix() : undefined;
      // A warm-up (not measured) before each target's first round only.
      const warmup = round === 0 ? LOAD.warmup : 0;
      if (warmup) await load(t.url, t.query, t.variables, t.headers, warmup, { bodyAt, warmup: 0 });
      const cpu = cpuMs(t.pid);
      const pgCpu = postgresCpuMs();
      const r = await load(t.url, t.query, t.variables, t.headers, ROUND_SECONDS, { bodyAt, warmup: 0 });
      rounds[i].push({ ...r, cpu: (cpuMs(t.pid) - cpu) / r.requests, pgCpu: (postgresCpuMs() - pgCpu) / r.requests });
    }
  }
  return rounds.map((rs) => ({
    rounds: rs,
    rps: spread(rs.map((r) => r.rps)),
    p50: spread(rs.map((r) => r.p50)).median,
    p99: spread(rs.map((r) => r.p99)).median,
    requests: rs.reduce((s, r) => s + r.requests, 0),
    cpu: spread(rs.map((r) => r.cpu)).median,
    pgCpu: spread(rs.map((r) => r.pgCpu)).median,
    totalCpu: spread(rs.map((r) => r.cpu + r.pgCpu)).median,
  }));
}

/** a ÷ b per round (the rounds ran side by side), as median, min and max. */
function ratio(a, b) {
  return spread(a.rounds.map((r, i) => r.rps / b.rounds[i].rps));
}
const cpuRatio = (a, b) => b.totalCpu / a.totalCpu;
const showRatio = (r) => `**${r.median.toFixed(2)}** (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)})`;
const verdict = (r, goal) => (r.median >= goal ? `goal ≥ ${goal}: met` : `goal ≥ ${goal}: **missed**`);

/** The n-th request of a mixed load: a write every WRITE_EVERY requests, the read otherwise. */
function mixed(read, write) {
  return () => {
    let writes = 0;
    return (n) => (n % WRITE_EVERY === WRITE_EVERY - 1 ? JSON.stringify(write(writes++)) : read);
  };
}

/**
 * The writes of the mixed load, cycling: withdraw an enrolment, enrol again one withdrawn ten
 * cycles earlier, change an attendance record. Each moves the data version of the academy the
 * read is answered from. `spell` turns each into one server's mutation.
 */
function writeCycle(writes, spell) {
  const { enrollments, attendances } = writes;
  return (k) => {
    const cycle = Math.floor(k / 3);
    if (k % 3 === 0) return spell.withdraw(enrollments[cycle % enrollments.length]);
    if (k % 3 === 1) return spell.enroll(enrollments[(cycle + enrollments.length - 10) % enrollments.length]);
    return spell.attend(attendances[cycle % attendances.length], cycle % 2 ? 'LATE' : 'PRESENT');
  };
}

const { toGlobalId } = await import(new URL('../../server/dist/graphql/global-id.js', import.meta.url));

/** Lintas's own mutations (the same ones the SPA sends). */
const LINTAS_WRITES = {
  withdraw: (e) => ({ query: 'mutation W($id: ID!) { withdraw(input: { enrollmentId: $id }) { errors { code } } }', variables: { id: toGlobalId('Enrollment', e.id) } }),
  enroll: (e) => ({
    query: 'mutation E($c: ID!, $p: ID!) { enroll(input: { cohortId: $c, personIds: [$p], overrideReason: "uji beban" }) { errors { code } } }',
    variables: { c: toGlobalId('Cohort', e.cohortId), p: toGlobalId('Person', e.personId) },
  }),
  attend: (a, status) => ({
    query: 'mutation A($s: ID!, $p: ID!, $st: AttendanceStatus!) { recordAttendance(sessionId: $s, entries: [{ personId: $p, status: $st }]) { errors { code } } }',
    variables: { s: toGlobalId('Session', a.sessionId), p: toGlobalId('Person', a.personId), st: status },
  }),
};

/** The same data changes through PostGraphile's generated CRUD mutations (no rules run: the least a server can do). */
const PGL_WRITES = {
  withdraw: (e) => ({ query: 'mutation W($id: Int!) { updateEnrollmentByRowId(input: { rowId: $id, enrollmentPatch: { status: "WITHDRAWN" } }) { clientMutationId } }', variables: { id: e.id } }),
  enroll: (e) => ({ query: 'mutation E($id: Int!) { updateEnrollmentByRowId(input: { rowId: $id, enrollmentPatch: { status: "ENROLLED" } }) { clientMutationId } }', variables: { id: e.id } }),
  attend: (a, status) => ({
    query: 'mutation A($id: Int!, $st: String!) { updateAttendanceByRowId(input: { rowId: $id, attendancePatch: { status: $st } }) { clientMutationId } }',
    variables: { id: a.id, st: status },
  }),
};

/** Sends one write of each kind (withdraw, enrol the same again, attendance) and fails the benchmark if any is refused. */
async function checkWrites(url, headers, spell, writes) {
  const [e] = writes.enrollments;
  for (const { query, variables } of [spell.withdraw(e), spell.enroll(e), spell.attend(writes.attendances[0], 'PRESENT')]) {
    const res = await gql(url, query, variables, headers);
    const payload = res.data && Object.values(res.data)[0];
    if (res.errors || payload?.errors?.length) throw new Error(`mixed-load write refused by ${url}: ${JSON.stringify(res.errors ?? payload.errors)}`);
  }
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

const ms = (n) => fmt(n, 2);
const row = (name, r) => `| ${name} | ${fmt(r.rps.median, 1)} (${fmt(r.rps.min, 1)}–${fmt(r.rps.max, 1)}) | ${r.p50} | ${r.p99} | ${fmt(r.requests)} | ${ms(r.cpu)} | ${ms(r.pgCpu)} | ${ms(r.totalCpu)} |`;
const TABLE_HEAD = [
  '| server | requests/s, median (min–max) | p50 ms | p99 ms | requests | server CPU ms/request | PostgreSQL CPU ms/request | total CPU ms/request |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
];
const method = () => [
  `autocannon, ${LOAD.connections} connections; ${ROUNDS} rounds of ${ROUND_SECONDS} s per server, the servers taking turns in each round`,
  `(A B C, A B C, …) after a ${LOAD.warmup} s warm-up each; every figure is the median of the rounds, with min and max, and every`,
  'ratio is taken per round (the two servers measured side by side) and then its median, min and max. CPU per request is',
  "the server's Node process and, separately, every PostgreSQL process of the machine during the round (from /proc):",
  "PostgreSQL's work for a request counts, whoever's backend does it. On SQLite the engine runs inside the server process.",
  '"Kept answers on" is Lintas as it runs by default: an answer read at a data version is reused while that version is',
  'current. "Off" is a second process on the same database keeping no answers (`LINTAS_ANSWER_CACHE_MB=0`): every request',
  `builds its answer. The mixed load sends the read nine times in ten and, every ${WRITE_EVERY}th request, a write that moves the`,
  "academy's data version, cycling: withdraw an enrolment, enrol again one withdrawn earlier, change an attendance record",
  "(Lintas's own mutations, with their rules, audit and webhook events; the peers' writes are the same row changes).",
];

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
  await checkWrites(f.server.url, f.headers, LINTAS_WRITES, f.writes);
  await checkWrites(pgl.url, {}, PGL_WRITES, f.writes);
  const oursRead = JSON.stringify({ query: ROSTER, variables: { first: FIRST } });
  const theirRead = JSON.stringify({ query: PGL_ROSTER, variables: { first: FIRST, academyId: f.academyId } });
  const lintas = (server, mix) => ({ url: server.url, pid: server.pid, query: ROSTER, variables: { first: FIRST }, headers: f.headers, mix });
  const peer = (mix) => ({ url: pgl.url, pid: pgl.pid, query: PGL_ROSTER, variables: { first: FIRST, academyId: f.academyId }, headers: {}, mix });
  const [kept, built, them, keptMixed, builtMixed, themMixed] = await alternate([
    lintas(f.server), lintas(building), peer(),
    lintas(f.server, mixed(oursRead, writeCycle(f.writes, LINTAS_WRITES))),
    lintas(building, mixed(oursRead, writeCycle(f.writes, LINTAS_WRITES))),
    peer(mixed(theirRead, writeCycle(f.writes, PGL_WRITES))),
  ]);
  await building.stop();
  await pgl.stop();
  const builtRatio = ratio(built, them);
  const mixedRatio = ratio(keptMixed, themMixed);
  return [
    '## Nested query: Lintas ÷ PostGraphile 5 (issue 7, benchmark 2)',
    '',
    `Machine: ${machine()}. PostgreSQL 15 on 127.0.0.1, one database migrated and filled by Lintas (demo data + 100 cohorts of`,
    `ten people). The roster query with \`first: ${FIRST}\` (10 cohorts, 100 enrolments with their people); both answers were`,
    'checked to hold the same cohorts, counts and people before the load, and one write of each kind was checked to succeed on both.',
    'Each server is one Node process with a pool of 10. Lintas runs in production mode as the Babel organizer: every request also',
    'looks up the session, spends the cost budget (one upsert) and applies tenancy. PostGraphile (amber preset, node:http) runs as',
    'the database owner with no authentication, and filters the academy with `condition`. Lintas answers this query from one',
    'compiled statement whose result is the JSON of `data` (server/src/graphql/sql-plan/), as PostGraphile does.',
    ...method(),
    '',
    ...TABLE_HEAD,
    row('Lintas, read only, kept answers on', kept),
    row('Lintas, read only, kept answers off (every answer built)', built),
    row('PostGraphile 5.1.5 (grafserv, grafast), read only', them),
    row('Lintas, mixed 90/10, kept answers on', keptMixed),
    row('Lintas, mixed 90/10, kept answers off', builtMixed),
    row('PostGraphile 5.1.5, mixed 90/10', themMixed),
    '',
    '| ratio (requests/s) | median (min, max) | total CPU per request | goal |',
    '|---|---|---:|---|',
    `| read only, kept answers on ÷ PostGraphile | ${showRatio(ratio(kept, them))} | ${cpuRatio(kept, them).toFixed(2)} | ≥ 1.0 (issue 7) |`,
    `| read only, every answer built ÷ PostGraphile | ${showRatio(builtRatio)} | ${cpuRatio(built, them).toFixed(2)} | ${verdict(builtRatio, 2.0)} |`,
    `| mixed, kept answers on ÷ PostGraphile | ${showRatio(mixedRatio)} | ${cpuRatio(keptMixed, themMixed).toFixed(2)} | ${verdict(mixedRatio, 1.5)} |`,
    `| mixed, kept answers off ÷ PostGraphile | ${showRatio(ratio(builtMixed, themMixed))} | ${cpuRatio(builtMixed, themMixed).toFixed(2)} | — |`,
  ].join('\n');
}

/** Lintas's schema answered from memory; with a database URL, its three writes are one UPDATE each on it. */
async function startMemoryApollo(dataFile, databaseUrl) {
  const port = await freePort();
  const args = [here('../../server/schema.graphql'), dataFile, String(port), ...(databaseUrl ? [databaseUrl] : [])];
  return startProcess(here('apollo-memory-server.mjs'), args, {}, '/graphql', port);
}

export async function apolloBench() {
  const sections = [];
  const dir = mkdtempSync(join(tmpdir(), 'lintas-apollo-'));
  try {
    for (const dialect of ['sqlite', 'postgresql']) {
      const f = await rosterFixture(dialect);
      const ours = await gql(f.server.url, ROSTER, { first: FIRST }, f.headers);
      if (ours.errors) throw new Error(JSON.stringify(ours.errors));
      const dataFile = join(dir, `${dialect}.json`);
      writeFileSync(dataFile, JSON.stringify(ours.data));
      const memory = await startMemoryApollo(dataFile, dialect === 'postgresql' ? f.databaseUrl : null);
      const fromMemory = await gql(memory.url, ROSTER, { first: FIRST });
      if (!isDeepStrictEqual(fromMemory.data, ours.data)) throw new Error('the in-memory server answers differently');
      const building = await startBuildingEveryAnswer(f);
      const read = JSON.stringify({ query: ROSTER, variables: { first: FIRST } });
      const target = (server, headers, mix) => ({ url: server.url, pid: server.pid, query: ROSTER, variables: { first: FIRST }, headers, mix });
      const targets = [target(f.server, f.headers), target(building, f.headers), target(memory, {})];
      if (dialect === 'postgresql') {
        await checkWrites(f.server.url, f.headers, LINTAS_WRITES, f.writes);
        await checkWrites(memory.url, {}, LINTAS_WRITES, f.writes);
        const mix = () => mixed(read, writeCycle(f.writes, LINTAS_WRITES));
        targets.push(target(f.server, f.headers, mix()), target(building, f.headers, mix()), target(memory, {}, mix()));
      }
      const [kept, built, them, keptMixed, builtMixed, themMixed] = await alternate(targets);
      await building.stop();
      await memory.stop();
      const name = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      const builtRatio = ratio(built, them);
      const rows = [
        row(`Lintas on ${name}, read only, kept answers on`, kept),
        row(`Lintas on ${name}, read only, kept answers off`, built),
        row(`plain Apollo Server from memory (beside ${dialect}), read only`, them),
      ];
      const ratios = [
        `| ${name}, read only, kept answers on ÷ Apollo | ${showRatio(ratio(kept, them))} | ${cpuRatio(kept, them).toFixed(2)} | ≥ 0.9 (issue 7) |`,
        `| ${name}, read only, every answer built ÷ Apollo | ${showRatio(builtRatio)} | ${cpuRatio(built, them).toFixed(2)} | ${verdict(builtRatio, 1.2)} |`,
      ];
      if (keptMixed) {
        rows.push(
          row(`Lintas on ${name}, mixed 90/10, kept answers on`, keptMixed),
          row(`Lintas on ${name}, mixed 90/10, kept answers off`, builtMixed),
          row('plain Apollo Server, reads from memory, writes one UPDATE each, mixed 90/10', themMixed),
        );
        ratios.push(
          `| ${name}, mixed, kept answers on ÷ Apollo | ${showRatio(ratio(keptMixed, themMixed))} | ${cpuRatio(keptMixed, themMixed).toFixed(2)} | — |`,
          `| ${name}, mixed, kept answers off ÷ Apollo | ${showRatio(ratio(builtMixed, themMixed))} | ${cpuRatio(builtMixed, themMixed).toFixed(2)} | — |`,
        );
      }
      sections.push({ rows, ratios });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    '## Stack overhead: Lintas ÷ plain Apollo Server from memory (issue 7, benchmark 3)',
    '',
    `Machine: ${machine()}. The roster query with \`first: ${FIRST}\` as in benchmark 2. The baseline is Apollo Server 5`,
    "standalone with Lintas's own schema (server/schema.graphql) and graphql-js resolvers that return the answer Lintas gave",
    '(checked equal) from memory: no database, no session, no cost budget. In the mixed load on PostgreSQL its writes are',
    "Lintas's mutations answered by one UPDATE each on the same database (no rules, no audit), and its reads stay in memory.",
    ...method(),
    '',
    ...TABLE_HEAD,
    ...sections.flatMap((x) => x.rows),
    '',
    '| ratio (requests/s) | median (min, max) | total CPU per request | goal |',
    '|---|---|---:|---|',
    ...sections.flatMap((x) => x.ratios),
  ].join('\n');
}
