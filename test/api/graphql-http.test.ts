import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startServer, type RunningServer } from '../support/server.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

describe('automatic persisted queries (APQ)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ seed: 'demo' });
    await server.useAccount(...DEMO.organizerBabel);
  });
  afterAll(() => server?.stop());

  async function post(body: object) {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...server.headers }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  }
  async function get(params: Record<string, unknown>) {
    const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    const res = await fetch(`${server.url}/graphql?${qs}`, { headers: { 'apollo-require-preflight': 'true', ...server.headers } });
    return { status: res.status, body: (await res.json()) as any };
  }

  it('over POST: the hash alone is unknown, then registered with its query, then enough alone', async () => {
    const query = 'query ProgramCodes($first: Int!) { programs(first: $first) { totalCount nodes { code } } }';
    const variables = { first: 2 };
    const miss = await post({ variables, extensions: persisted(query) });
    expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.body.data).toBeUndefined();

    const register = await post({ query, variables, extensions: persisted(query) });
    expect(register.body.errors).toBeUndefined();
    const expected = register.body.data;
    expect(expected.programs.nodes).toHaveLength(2);

    const hit = await post({ variables, extensions: persisted(query) });
    expect(hit.status).toBe(200);
    expect(hit.body.errors).toBeUndefined();
    expect(hit.body.data).toEqual(expected);
    // The cost budget applies to a persisted query like to any other.
    expect(hit.body.extensions.cost.requestedQueryCost).toBe(register.body.extensions.cost.requestedQueryCost);
  });

  it('over GET: the same three steps, with short URLs', async () => {
    const query = 'query CohortCodes($first: Int!) { cohorts(first: $first) { nodes { code status } } }';
    const variables = { first: 3 };
    expect((await get({ variables, extensions: persisted(query) })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await get({ query, variables, extensions: persisted(query) });
    expect(register.body.errors).toBeUndefined();
    const hit = await get({ variables, extensions: persisted(query) });
    expect(hit.status).toBe(200);
    expect(hit.body.data).toEqual(register.body.data);
    expect(hit.body.data.cohorts.nodes).toHaveLength(3);
  });

  it('refuses a GET without the preflight header (CSRF prevention), as the guide says', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ programs(first: 1) { totalCount } }')}`, { headers: server.headers });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a query whose hash does not match, and a mutation over GET', async () => {
    const query = '{ programs(first: 1) { totalCount } }';
    const wrong = await post({ query, extensions: persisted(`${query} `) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.data).toBeUndefined();

    const mutation = 'mutation { signOut { signedOut } }';
    await post({ query: mutation, extensions: persisted(mutation) });
    const viaGet = await get({ extensions: persisted(mutation) });
    expect(viaGet.status).toBe(405);
  });
});

describe('Apollo Sandbox landing page', () => {
  async function landing(server: RunningServer) {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  }

  it('is served at GET /graphql to a browser outside production', async () => {
    const server = await startServer({ seed: 'none' });
    try {
      const page = await landing(server);
      expect(page.status).toBe(200);
      expect(page.type).toContain('text/html');
      expect(page.body).toContain('embeddable-sandbox');
    } finally {
      await server.stop();
    }
  });

  it('is not served in production (nor is introspection to anonymous callers)', async () => {
    const server = await startServer({ seed: 'none', env: { NODE_ENV: 'production' } });
    try {
      const page = await landing(server);
      expect(page.type).not.toContain('text/html');
      expect(page.body).not.toMatch(/sandbox|apollographql/i);
      const intro = await server.gql('{ __schema { queryType { name } } }');
      expect(intro.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    } finally {
      await server.stop();
    }
  });
});
