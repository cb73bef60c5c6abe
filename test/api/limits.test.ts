import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERROR_CODES, formatNip } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';

let server: RunningServer;
let production: RunningServer;
let organizer: Client;

beforeAll(async () => {
  [server, production] = await Promise.all([startServer({ seed: 'demo' }), startServer({ seed: 'none', env: { NODE_ENV: 'production' } })]);
  organizer = await server.signIn(...DEMO.organizerBabel);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await production?.stop();
});

/** Refused before any resolver ran: no data, a limits code, and no SQL beyond the request's own. */
function expectRefused(res: Awaited<ReturnType<Client['gql']>>) {
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.QUERY_TOO_COMPLEX);
  expect(res.extensions?.sqlStatements ?? 0).toBeLessThanOrEqual(1);
}

describe('attack queries', () => {
  it('refuses deep nesting', async () => {
    let q = 'code';
    for (let i = 0; i < 12; i++) q = `program { cohorts(first: 1) { nodes { ${q} } } }`;
    expectRefused(await organizer.gql(`{ cohorts(first: 1) { nodes { ${q} } } }`));
  });

  it('refuses 1,000 aliases', async () => {
    const q = Array.from({ length: 1000 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    expectRefused(await organizer.gql(`{ ${q} }`));
  });

  it('refuses a huge first before any resolver runs', async () => {
    expectRefused(await organizer.gql('{ persons(first: 1000000) { nodes { name agency { name } } } }'));
    expectRefused(await organizer.gql('query($n: Int!) { persons(first: $n) { nodes { name } } }', { n: 5_000_000 }));
  });

  it('refuses batched HTTP requests', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...organizer.headers },
      body: JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a body over the size limit, from its declared length, before reading it', async () => {
    // Declare 40 MiB and send a little: the server answers 413 from the header alone.
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${server.url}/graphql`);
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: {
        'content-type': 'application/json', 'content-length': String(40 * 1024 * 1024), ...organizer.headers,
      } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"query":"');
    });
    expect(status).toBe(413);
  });
});

describe('cost', () => {
  it("is reported with the caller's remaining budget, and spends it", async () => {
    const one = await organizer.gql('{ persons(first: 50) { nodes { name agency { name } } } }');
    const two = await organizer.gql('{ persons(first: 50) { nodes { name agency { name } } } }');
    // 1 + 50 × (nodes, name, agency, its name)
    expect(one.extensions?.cost).toMatchObject({ requestedQueryCost: 201, maximumAvailable: 50_000, restoreRate: 2_500 });
    expect((two.extensions as any).cost.currentlyAvailable).toBeLessThanOrEqual(50_000 - 201);
  });
});

describe('throttling', () => {
  it('answers a caller over its budget with 429 and Retry-After, in seconds until the query fits again', async () => {
    const small = await startServer({ seed: 'none', env: { LINTAS_QUERY_BUDGET: '5', LINTAS_QUERY_BUDGET_PER_SECOND: '0.5' } });
    try {
      const post = () => fetch(`${small.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { role } }' }) });
      const answers: { status: number; retryAfter: string | null; body: any }[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await post();
        answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() });
      }
      // Within the budget: 200, no Retry-After.
      expect(answers[0]).toMatchObject({ status: 200, retryAfter: null });
      expect(answers[0]!.body.errors).toBeUndefined();
      const refused = answers.find((a) => a.status !== 200)!;
      expect(refused).toBeDefined();
      expect(refused.status).toBe(429);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors[0].extensions.code).toBe(ERROR_CODES.THROTTLED);
      expect(JSON.stringify(refused.body)).not.toMatch(/"http"|stack/);
      const { requestedQueryCost, currentlyAvailable, restoreRate } = refused.body.extensions.cost;
      expect(refused.retryAfter).toBe(String(Math.max(1, Math.ceil((requestedQueryCost - currentlyAvailable) / restoreRate))));
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await small.stop();
    }
  });
});

describe('production', () => {
  it('has no introspection and no field suggestions', async () => {
    const intro = await production.gql('{ __schema { types { name } } }');
    expect(intro.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await production.gql('{ cohortz(first: 1) { totalCount } }');
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    expect(typo.extensions?.sqlStatements).toBeUndefined();
  });
});

describe('bad input never echoes a NIP and never leaks internals', () => {
  const nip = fc.record({ y: fc.integer({ min: 1955, max: 2004 }), m: fc.integer({ min: 0, max: 11 }), d: fc.integer({ min: 1, max: 28 }), s: fc.integer({ min: 0, max: 999 }), g: fc.constantFrom('MALE' as const, 'FEMALE' as const) })
    .map(({ y, m, d, s, g }) => formatNip({ birth: new Date(Date.UTC(y, m, d)), appointment: new Date(Date.UTC(y + 22, m, 1)), gender: g, serial: s }));
  /** A NIP made wrong in one of the ways people get it wrong. */
  const badNip = fc.tuple(nip, fc.constantFrom('month', 'gender', 'appointment', 'length')).map(([n, how]) =>
    how === 'month' ? n.slice(0, 4) + '13' + n.slice(6) : how === 'gender' ? n.slice(0, 14) + '9' + n.slice(15) : how === 'appointment' ? n.slice(0, 8) + '1900' + n.slice(12) : `${n}7`);
  const LEAKS = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|SQLITE|syntax error at|select .* from|insert into|stack/i;

  const surfaces: [string, (n: string) => [string, Record<string, unknown>]][] = [
    ['signIn', (n) => ['mutation($i: SignInInput!) { signIn(input: $i) { errors { code message } } }', { i: { identifier: n, password: 'x'.repeat(12) } }]],
    ['person', (n) => ['query($n: String!) { person(nip: $n) { name } }', { n }]],
    ['importPersons', (n) => ['mutation($c: String!) { importPersons(csv: $c, dryRun: true) { rowErrors { field code message } errors { message } } }', { c: `nip,name,employment_type,position_type,agency_code\n${n},X,PNS,PELAKSANA,BABEL-SETDA\n` }]],
    ['upsertPersons', (n) => ['mutation($i: [PersonInput!]!) { upsertPersons(input: $i) { rowErrors { message } } }', { i: [{ nip: n, name: 'X', employmentType: 'PNS', positionType: 'PELAKSANA', agencyCode: 'BABEL-SETDA' }] }]],
    ['upsertPersons as a number', (n) => ['mutation($i: [PersonInput!]!) { upsertPersons(input: $i) { rowErrors { message } } }', { i: [{ nip: Number(n), name: 'X', employmentType: 'PNS', positionType: 'PELAKSANA', agencyCode: 'BABEL-SETDA' }] }]],
    ['redeemInvitation', (n) => ['mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { message } } }', { i: { nip: n, code: 'AAAA', password: 'x'.repeat(12) } }]],
    ['a malformed query', (n) => [`{ person(nip: ${n}) { name } }`, {}]],
    ['node', (n) => ['query($id: ID!) { node(id: $id) { id } }', { id: n }]],
  ];

  for (const [name, build] of surfaces) {
    it(`through ${name}`, async () => {
      await fc.assert(
        fc.asyncProperty(badNip, async (n) => {
          const [query, variables] = build(n);
          const res = await organizer.gql(query, variables);
          const text = JSON.stringify({ errors: res.errors, data: res.data });
          expect(text).not.toContain(n);
          expect(text).not.toContain(n.slice(0, 18));
          expect(text).not.toMatch(LEAKS);
          expect(res.status).toBeLessThan(500);
        }),
        { numRuns: 15 },
      );
    });
  }
});
