import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startServer, type RunningServer } from '../support/server.js';

/**
 * `pnpm start` runs `node dist/main.js` without NODE_ENV: that must be production. No
 * Sandbox, no introspection without a session or token, no field suggestions, no SQL statement counts; the session
 * cookie is Secure exactly when the request came over HTTPS (directly, or through a
 * trusted proxy's X-Forwarded-Proto with LINTAS_TRUST_PROXY=1).
 */
describe('the start command runs with production defaults', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // NODE_ENV undefined: the variable is left out of the child's environment, as under `pnpm start`.
    server = await startServer({ seed: 'demo', env: { NODE_ENV: undefined as unknown as string, LINTAS_TRUST_PROXY: '1' } });
  });
  afterAll(() => server?.stop());

  it('serves no Sandbox page and refuses introspection to anonymous callers', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(body).not.toMatch(/sandbox|apollographql/i);
    const intro = await server.gql('{ __schema { queryType { name } } }');
    expect(intro.status).toBe(401);
    expect(intro.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
  });

  it('suggests no field names and counts no SQL statements', async () => {
    const typo = await server.gql('{ viewe { role } }');
    expect(typo.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(typo.errors)).not.toMatch(/did you mean/i);
    const ok = await server.gql('{ viewer { role } }');
    expect(ok.errors).toBeUndefined();
    expect(ok.extensions?.sqlStatements).toBeUndefined();
  });

  async function signInCookie(headers: Record<string, string>): Promise<string> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { errors { code } } }',
        variables: { input: { identifier: DEMO.organizerBabel[0], password: DEMO.organizerBabel[1] } },
      }),
    });
    const body = (await res.json()) as any;
    expect(body.data.signIn.errors).toEqual([]);
    return res.headers.get('set-cookie') ?? '';
  }

  it('marks the session cookie Secure over HTTPS only', async () => {
    const plain = await signInCookie({});
    expect(plain).toMatch(/HttpOnly/i);
    expect(plain).not.toMatch(/;\s*Secure/i);
    const https = await signInCookie({ 'x-forwarded-proto': 'https' });
    expect(https).toMatch(/;\s*Secure/i);
  });
});
