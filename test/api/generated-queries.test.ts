import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '@lintas/shared';
import { adminClient, tokenClient } from '../support/auth.js';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { ask, harvestPools, probeCoverage, type RawAnswer } from '../support/equivalence.js';
import { QueryArbitraries, type CompiledLists, type Coverage, type Drawn, type Pools } from '../support/query-gen.js';

/**
 * Issue 18, part 4: the compiled SQL plan against the resolvers, on queries drawn from
 * the schema (test/support/query-gen.ts) over the lists the compiler declares. Two
 * processes share one database, as in sql-plan.test.ts: `a` compiles and keeps answers,
 * `b` (LINTAS_SQL_PLAN=0) always runs the resolvers. Every drawn query, asked by a drawn
 * caller, must get the same status and the same body byte for byte (all but
 * `extensions`, which say how it was answered) from both; a compiled one is asked again
 * (the answer may then be a kept one) and must still match.
 *
 * Reproduce a failure with the seed it logs: LINTAS_FC_SEED=<seed> (and LINTAS_FC_PATH
 * for the shrunk case). LINTAS_FC_RUNS changes how many queries are drawn. On PostgreSQL:
 * LINTAS_PG_URL=postgres://postgres@127.0.0.1:5432/test node test/run-postgres.mjs test/api/generated-queries.test.ts
 */

/**
 * The lists drawn: those the features' read models declare (server/src/features/read-models.ts,
 * read from the build) over types the compiler may compile (declared with their references).
 * A list added to a read model is drawn with its arguments, pieces and children. Everything
 * else (fields, relations, arguments, filters, enum values) is read from server/schema.graphql,
 * and which plain fields and relations compile is asked of the running compiler, field by
 * field (probeCoverage).
 */
async function declaredLists(): Promise<CompiledLists> {
  const { READ_MODELS } = await import(new URL('../../server/dist/features/read-models.js', import.meta.url).href);
  const compilable = new Set(Object.keys(READ_MODELS.references));
  const ofType = (list: { entity: { name: string } }) => compilable.has(list.entity.name);
  const children: Record<string, string[]> = {};
  for (const [type, lists] of Object.entries(READ_MODELS.children as Record<string, Record<string, { entity: { name: string } }>>)) {
    const names = Object.entries(lists).filter(([, list]) => compilable.has(type) && ofType(list)).map(([name]) => name);
    if (names.length) children[type] = names;
  }
  const roots = Object.entries(READ_MODELS.lists as Record<string, { entity: { name: string } }>).filter(([, list]) => ofType(list)).map(([name]) => name);
  return { roots, children };
}
let COMPILED_LISTS: CompiledLists;

const SEED = Number(process.env.LINTAS_FC_SEED ?? 18_04_2026);
const QUERIES = Number(process.env.LINTAS_FC_RUNS ?? 1000);
/** Queries asked at once (each on both servers at once). */
const BATCH = 4;
/** Share of drawn queries the compiler must have answered, so the test cannot pass on the resolvers alone (about 60 % are, over the declared lists; a quarter are refused by both, as meant). */
const MIN_COMPILED_SHARE = 0.5;

/**
 * Mismatches known and not yet fixed, each by name with a test of the drawn query: a query that
 * matches one is still asked and compared, and a difference is counted under that name instead
 * of failing. Empty: the three this test found (an empty `after` on a root list, the order of a
 * person's enrolments, a value PostgreSQL refuses as a date) are fixed in the compiler.
 */
const KNOWN_MISMATCHES: { name: string; matches: (d: Drawn) => boolean }[] = [];

interface Caller {
  name: string;
  client: Client;
  /** How often it is drawn, relative to the others. */
  weight: number;
}

let a: RunningServer;
let b: RunningServer;
const callers: Caller[] = [];
let coverage: Coverage;
let pools: Pools;
let arbitraries: QueryArbitraries;

beforeAll(async () => {
  const t0 = Date.now();
  const lap = (what: string) => console.log(`generated queries: ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // Budgets shared by the processes would throttle a thousand queries a caller: lifted here (limits.test.ts tests them).
  const env = { LINTAS_QUERY_BUDGET: '100000000', LINTAS_QUERY_BUDGET_PER_SECOND: '100000000' };
  a = await startServer({ seed: 'demo', env });
  b = await startServer({ sharing: a, env: { ...env, LINTAS_SQL_PLAN: '0' } });
  lap('servers up');
  COMPILED_LISTS = await declaredLists();
  expect(COMPILED_LISTS.roots).toContain('cohorts');
  const admin = (await adminClient(a)).client;
  const babel = await a.signIn(...DEMO.organizerBabel);
  const sulsel = await a.signIn(...DEMO.organizerSulsel);
  const participant = await a.signIn('197302172004062751', DEMO.participantPassword);
  for (const c of [babel, sulsel, participant]) expect(c.errors ?? []).toEqual([]);
  // A cancelled session and an archived person, so `includeCancelled` and `includeArchived` change answers.
  const sessions = await babel.gql(`{ cohorts(first: 1, filter: { search: "DLA-2026-02" }) { nodes { sessions(first: 1) { nodes { id } } } } }`);
  const cancelled = await babel.gql(`mutation($id: ID!) { deleteSession(id: $id) { errors { code } } }`, { id: sessions.data.cohorts.nodes[0].sessions.nodes[0].id });
  expect(cancelled.data.deleteSession.errors).toEqual([]);
  const person = await babel.gql(`{ persons(first: 1, filter: { eselonGroups: [IV] }) { nodes { id } } }`);
  const archived = await babel.gql(`mutation($id: ID!) { archive(id: $id) { errors { code } } }`, { id: person.data.persons.nodes[0].id });
  expect(archived.data.archive.errors).toEqual([]);
  callers.push(
    { name: 'admin', client: admin, weight: 5 },
    { name: 'Babel organizer', client: babel, weight: 5 },
    { name: 'Sulsel organizer', client: sulsel, weight: 4 },
    { name: 'Babel participant', client: participant, weight: 1 },
    { name: 'anonymous', client: a.client(), weight: 1 },
    { name: 'Babel token roster:read schedule:read', client: await tokenClient(a, babel, ['roster:read', 'schedule:read']), weight: 3 },
    { name: 'Babel token roster:write', client: await tokenClient(a, babel, ['roster:write']), weight: 1 },
    { name: 'Babel token attendance:read', client: await tokenClient(a, babel, ['attendance:read']), weight: 1 },
    { name: 'Sulsel token schedule:read', client: await tokenClient(a, sulsel, ['schedule:read']), weight: 1 },
    { name: 'Sulsel token every scope', client: await tokenClient(a, sulsel, [...SCOPES]), weight: 3 },
  );
  lap('callers ready');
  coverage = await probeCoverage(COMPILED_LISTS, a, admin);
  lap('compiler probed');
  pools = await harvestPools(COMPILED_LISTS, b, b.client(admin.headers), coverage);
  arbitraries = new QueryArbitraries(COMPILED_LISTS, coverage, pools);
  lap('pools harvested');
  console.log(`generated queries: seed ${SEED}, ${QUERIES} queries, compiled fields probed:`,
    Object.fromEntries([...coverage.leaves].map(([type, leaves]) => [type, [...leaves, ...[...coverage.refs.get(type)!].map((r) => `${r}{}`)].join(' ')])));
}, 180_000);

afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

describe('compiled SQL plan against the resolvers, on generated queries', () => {
  it('probes a compiler that compiles the declared lists and their plain fields', () => {
    for (const type of ['Cohort', 'Person', 'Enrollment', 'Session', 'Program']) {
      expect(coverage.leaves.get(type)?.size, type).toBeGreaterThan(3);
    }
    expect(COMPILED_LISTS.roots.length).toBeGreaterThan(0);
  });

  it(`answers ${QUERIES} drawn queries as the resolvers do, byte for byte, for every kind of caller`, async () => {
    const stats = { asked: 0, compiled: 0, kept: 0, refused: new Map<string, number>(), known: new Map<string, number>() };
    const started = Date.now();
    const check = async ([name, drawn]: [string, Drawn], count: boolean) => {
      const caller = callers.find((c) => c.name === name)!;
      const known = KNOWN_MISMATCHES.filter((k) => k.matches(drawn)).map((k) => k.name).join(' or ');
      const same = (x: RawAnswer, y: RawAnswer) => {
        if (x.status === y.status && x.body === y.body) return true;
        if (!known) return false;
        if (count) stats.known.set(known, (stats.known.get(known) ?? 0) + 1);
        return true;
      };
      const [planned, resolved] = await Promise.all([
        ask(a, caller.client, drawn.query, drawn.variables),
        ask(b, caller.client, drawn.query, drawn.variables),
      ]);
      const mismatch = (what: string, got: { status: number; body: string }) =>
        new Error(`${what} differs for ${caller.name}\nquery: ${drawn.query}\nvariables: ${JSON.stringify(drawn.variables)}\n` +
          `compiled (${got.status}): ${got.body.slice(0, 2000)}\nresolvers (${resolved.status}): ${resolved.body.slice(0, 2000)}`);
      if (resolved.extensions.compiledSql) throw new Error(`the resolvers' server compiled: ${drawn.query}`);
      if (!same(planned, resolved)) throw mismatch('the answer', planned);
      if (count) {
        stats.asked++;
        if (planned.extensions.compiledSql) stats.compiled++;
        const code = (JSON.parse(planned.body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
        if (code) stats.refused.set(code, (stats.refused.get(code) ?? 0) + 1);
      }
      if (!planned.extensions.compiledSql) return;
      const again = await ask(a, caller.client, drawn.query, drawn.variables);
      if (!same(again, resolved)) throw mismatch(`the answer asked again${again.extensions.cachedAnswer ? ' (a kept one)' : ''}`, again);
      if (count && again.extensions.cachedAnswer) stats.kept++;
    };
    let failed = false;
    const caller = fc.constantFrom(...callers.flatMap((c) => Array<string>(c.weight).fill(c.name)));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(caller, arbitraries.query()), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        try {
          await Promise.all(batch.map((one) => check(one, !failed)));
        } catch (error) {
          failed = true;
          throw error;
        }
      }),
      { numRuns: Math.ceil(QUERIES / BATCH), seed: SEED, ...(process.env.LINTAS_FC_PATH ? { path: process.env.LINTAS_FC_PATH } : {}) },
    );
    const share = stats.compiled / stats.asked;
    console.log(`generated queries: ${stats.asked} compared in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${stats.compiled} compiled (${(share * 100).toFixed(1)} %), ${stats.kept} compiled ones answered again from kept answers, ` +
      `refused: ${JSON.stringify(Object.fromEntries(stats.refused))}, known mismatches met: ${JSON.stringify(Object.fromEntries(stats.known))}`);
    expect(stats.asked).toBeGreaterThanOrEqual(QUERIES);
    expect(share).toBeGreaterThanOrEqual(MIN_COMPILED_SHARE);
    // Nothing writes while the queries are drawn: the second ask of a compiled query is a kept answer.
    expect(stats.kept).toBeGreaterThanOrEqual(stats.compiled * 0.9);
  }, 600_000);
});
