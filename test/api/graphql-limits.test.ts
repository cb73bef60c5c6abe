import { request } from 'node:http';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { tokenClient } from '../support/auth.js';

const MB = 1024 * 1024;
const INTROSPECT = '{ __schema { queryType { name } } }';

/** A GraphQL POST whose JSON body is exactly `bytes` long (padded in `extensions`, which the server ignores). */
function bodyOf(bytes: number): string {
  const body = (pad: string) => JSON.stringify({ query: '{ __typename }', extensions: { pad } });
  const padded = body('x'.repeat(bytes - body('').length));
  expect(padded.length).toBe(bytes);
  return padded;
}

async function post(server: RunningServer, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as any };
}

/**
 * A POST that declares a body of `bytes` and sends only its first bytes: the server must refuse it
 * from the declared length alone. (Sending it all races the refusal: the server answers 413 and
 * closes without reading the rest, and the client's write can fail with EPIPE first.)
 */
function postDeclared(server: RunningServer, bytes: number): Promise<{ status: number; type: string; body: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${server.url}/graphql`);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: {
      'content-type': 'application/json', 'content-length': String(bytes),
    } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.write(bodyOf(bytes).slice(0, 1024));
  });
}

/** Runs graphql-http's GraphQL-over-HTTP audit with these headers on every request. */
async function audit(url: string, headers: Record<string, string>): Promise<AuditResult[]> {
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => {
    const merged = new Headers(init?.headers);
    for (const [k, v] of Object.entries(headers)) merged.set(k, v);
    return fetch(input, { ...init, headers: merged });
  };
  const results: AuditResult[] = [];
  for (const a of serverAudits({ url: `${url}/graphql`, fetchFn })) results.push(await a.fn());
  return results;
}

describe('in production', () => {
  let server: RunningServer;
  let token: Client;
  let session: Client;
  beforeAll(async () => {
    server = await startServer({ seed: 'demo', env: { NODE_ENV: 'production' } });
    session = await server.signIn(...DEMO.organizerBabel);
    token = await tokenClient(server, session, ['roster:read']);
  });
  afterAll(() => server?.stop());

  it('refuses a 2 MB anonymous GraphQL body with 413 and a coded JSON error, and keeps serving', async () => {
    const res = await postDeclared(server, 2 * MB);
    expect(res.status).toBe(413);
    expect(res.type).toContain('application/json');
    expect(res.body.errors).toEqual([{ message: expect.stringContaining('1 MB'), extensions: { code: ERROR_CODES.BODY_TOO_LARGE } }]);
    expect(res.body.data).toBeUndefined();
    expect((await server.gql('{ viewer { role } }')).status).toBe(200);
  });

  it('accepts a body just under 1 MB', async () => {
    const res = await post(server, bodyOf(MB - 1024));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: { __typename: 'Query' } });
    expect(res.body.errors).toBeUndefined();
  });

  it('answers introspection to a token and to a session, and refuses it anonymously with a code', async () => {
    for (const client of [token, session]) {
      const res = await client.gql(INTROSPECT);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
    for (const query of [INTROSPECT, '{ __type(name: "Query") { name } }', 'query { ...F } fragment F on Query { viewer { role } __schema { types { name } } }']) {
      const anonymous = await server.gql(query);
      expect(anonymous.data).toBeUndefined();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.UNAUTHENTICATED);
    }
    // __typename is not introspection of the schema.
    expect((await server.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('passes the GraphQL-over-HTTP audit with a token', async () => {
    const results = await audit(server.url, token.headers);
    const failures = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${r.reason}`);
    const warnings = results.filter((r) => r.status === 'warn').map((r) => `${r.id} ${r.name}: ${r.reason}`);
    expect(failures).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('answers a request error 400 under application/graphql-response+json and 200 under application/json', async () => {
    const send = async (accept: string, query: string) => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept, ...token.headers }, body: JSON.stringify({ query }) });
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as any };
    };
    for (const query of ['{', '{ noSuchField }']) {
      const strict = await send('application/graphql-response+json', query);
      expect([strict.status, strict.type]).toEqual([400, expect.stringContaining('application/graphql-response+json')]);
      expect(strict.body.data).toBeUndefined();
      const json = await send('application/json', query);
      expect([json.status, json.type]).toEqual([200, expect.stringContaining('application/json')]);
      expect(json.body.errors[0].extensions.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    }
  });
});

describe('the GraphQL body limit', () => {
  it('is configurable (LINTAS_GRAPHQL_BODY_LIMIT_MB)', async () => {
    const server = await startServer({ seed: 'none', env: { LINTAS_GRAPHQL_BODY_LIMIT_MB: '3' } });
    try {
      expect((await post(server, bodyOf(2 * MB))).status).toBe(200);
      const over = await postDeclared(server, 3 * MB + 1);
      expect(over.status).toBe(413);
      expect(over.body.errors[0].extensions.code).toBe(ERROR_CODES.BODY_TOO_LARGE);
    } finally {
      await server.stop();
    }
  });

  it('keeps introspection open to everyone outside production', async () => {
    const server = await startServer({ seed: 'none' });
    try {
      expect((await server.gql(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await server.stop();
    }
  });
});
