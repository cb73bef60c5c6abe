import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { adminClient, tokenClient, totpNow } from '../support/auth.js';

const CLI = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { viewer { role mfaRequired mfaEnrolmentRequired } errors { code } } }';

let server: RunningServer;
let admin: { client: Client; secret: string; recoveryCodes: string[] };
let organizer: Client;

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  admin = await adminClient(server);
  organizer = await server.signIn(...DEMO.organizerBabel);
}, 60_000);
afterAll(() => server?.stop());

describe('sessions', () => {
  it('live in an HttpOnly, SameSite cookie and end on the server at sign-out', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { i: { identifier: DEMO.organizerSulsel[0], password: DEMO.organizerSulsel[1] } } }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const c = server.client({ cookie: cookie.split(';')[0]! });
    expect((await c.gql('{ viewer { role } }')).data.viewer.role).toBe('ORGANIZER');
    expect((await c.gql('mutation { signOut { signedOut } }')).data.signOut.signedOut).toBe(true);
    // The old cookie, replayed, is worth nothing.
    expect((await c.gql('{ viewer { role } }')).data.viewer).toBeNull();
    expect((await c.gql('{ cohorts(first: 1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.UNAUTHENTICATED);
  });

  it("return the participant's own person in the sign-in payload", async () => {
    const nip = (await admin.client.gql('{ accounts(first: 20) { nodes { role person { nip name } } } }')).data.accounts.nodes.find((a: any) => a.role === 'PARTICIPANT').person;
    const res = await server.client().gql('mutation($i: SignInInput!) { signIn(input: $i) { viewer { role person { name } } errors { code } } }', { i: { identifier: nip.nip, password: DEMO.participantPassword } });
    expect(res.data.signIn).toEqual({ viewer: { role: 'PARTICIPANT', person: { name: nip.name } }, errors: [] });
  });

  it('answer an unknown account and a wrong password the same way', async () => {
    const unknown = (await server.gql(SIGN_IN, { i: { identifier: 'nobody@lintas.test', password: 'whatever-it-is' } })).data.signIn;
    const wrong = (await server.gql(SIGN_IN, { i: { identifier: DEMO.admin[0], password: 'not-the-password' } })).data.signIn;
    expect(unknown).toEqual({ viewer: null, errors: [{ code: ERROR_CODES.INVALID_CREDENTIALS }] });
    expect(wrong).toEqual(unknown);
  });
});

describe('MFA', () => {
  it('is required of admins: nothing works until the second factor is given, and a replayed code is refused', async () => {
    const c = await server.signIn(...DEMO.admin);
    expect(c.viewer).toMatchObject({ role: 'ADMIN', mfaRequired: true });
    expect((await c.gql('{ accounts(first: 1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.MFA_REQUIRED);
    const wrong = await c.gql('mutation($c: String!) { verifyMfa(code: $c) { errors { code } } }', { c: '000000' });
    expect(wrong.data.verifyMfa.errors).toEqual([{ code: ERROR_CODES.MFA_INVALID }]);
    const next = totpNow(admin.secret, Date.now() + 30_000);
    const ok = await c.gql('mutation($c: String!) { verifyMfa(code: $c) { viewer { mfaRequired } errors { code } } }', { c: next });
    expect(ok.data.verifyMfa).toEqual({ viewer: { mfaRequired: false }, errors: [] });
    expect((await c.gql('{ accounts(first: 1) { totalCount } }')).data.accounts.totalCount).toBeGreaterThan(0);
    // The same code in another session: a replay.
    const other = await server.signIn(...DEMO.admin);
    const replay = await other.gql('mutation($c: String!) { verifyMfa(code: $c) { errors { code } } }', { c: next });
    expect(replay.data.verifyMfa.errors).toEqual([{ code: ERROR_CODES.MFA_INVALID }]);
  });

  it('accepts each recovery code once', async () => {
    const [code] = admin.recoveryCodes;
    const c = await server.signIn(...DEMO.admin);
    expect((await c.gql('mutation($c: String!) { verifyMfa(code: $c) { errors { code } } }', { c: code })).data.verifyMfa.errors).toEqual([]);
    const again = await server.signIn(...DEMO.admin);
    expect((await again.gql('mutation($c: String!) { verifyMfa(code: $c) { errors { code } } }', { c: code })).data.verifyMfa.errors).toEqual([{ code: ERROR_CODES.MFA_INVALID }]);
    expect(admin.recoveryCodes).toHaveLength(8);
  });

  it('is offered to organizers and then asked at every sign-in', async () => {
    const c = await server.signIn(...DEMO.organizerSulsel);
    expect(c.viewer.mfaRequired).toBe(false);
    const secret = (await c.gql('mutation { startMfaEnrolment { secret otpauthUri } }')).data.startMfaEnrolment;
    expect(secret.otpauthUri).toMatch(/^otpauth:\/\/totp\/Lintas:/);
    const confirm = await c.gql('mutation($c: String!) { confirmMfaEnrolment(code: $c) { recoveryCodes errors { code } } }', { c: totpNow(secret.secret) });
    expect(confirm.data.confirmMfaEnrolment.errors).toEqual([]);
    const later = await server.signIn(...DEMO.organizerSulsel);
    expect(later.viewer.mfaRequired).toBe(true);
  });
});

describe('invitations', () => {
  it('let a participant set a password once with NIP and code, then sign in with the NIP', async () => {
    const person = (await organizer.gql('{ persons(first: 1, filter: { eselonGroups: [II] }) { nodes { id nip name } } }')).data.persons.nodes[0];
    const inv = (await organizer.gql('mutation($p: ID!) { createInvitation(personId: $p) { code expiresAt errors { code } } }', { p: person.id })).data.createInvitation;
    expect(inv.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const REDEEM = 'mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { viewer { role person { name } } errors { code } } }';
    expect((await server.gql(REDEEM, { i: { nip: person.nip, code: 'AAAA-BBBB-CCCC', password: 'kata-sandi-baru' } })).data.redeemInvitation.errors).toEqual([{ code: ERROR_CODES.INVITATION_INVALID }]);
    expect((await server.gql(REDEEM, { i: { nip: person.nip, code: inv.code, password: 'pendek' } })).data.redeemInvitation.errors).toEqual([{ code: ERROR_CODES.WEAK_PASSWORD }]);
    const ok = (await server.gql(REDEEM, { i: { nip: person.nip, code: inv.code.toLowerCase(), password: 'kata-sandi-baru' } })).data.redeemInvitation;
    expect(ok).toEqual({ viewer: { role: 'PARTICIPANT', person: { name: person.name } }, errors: [] });
    expect((await server.gql(REDEEM, { i: { nip: person.nip, code: inv.code, password: 'kata-sandi-lain' } })).data.redeemInvitation.errors).toEqual([{ code: ERROR_CODES.INVITATION_INVALID }]);
    const signedIn = await server.signIn(person.nip, 'kata-sandi-baru');
    expect(signedIn.viewer.role).toBe('PARTICIPANT');
  });
});

describe('API tokens', () => {
  it('work as Bearer, record their last use, and stop on the next request after revocation', async () => {
    const t = await tokenClient(server, organizer, ['schedule:read'], 'dashboard kementerian');
    expect(t.secret).toMatch(/^lintas_/);
    expect((await t.gql('{ cohorts(first: 1) { totalCount } }')).data.cohorts.totalCount).toBe(13);
    const listed = (await organizer.gql('{ apiTokens(first: 50) { nodes { id name prefix scopes lastUsedAt revokedAt } } }')).data.apiTokens.nodes.find((n: any) => n.id === t.id);
    expect(listed).toMatchObject({ name: 'dashboard kementerian', scopes: ['schedule:read'], revokedAt: null });
    expect(listed.lastUsedAt).not.toBeNull();
    expect(t.secret.startsWith(listed.prefix)).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(t.secret);
    await organizer.gql('mutation($id: ID!) { revokeApiToken(id: $id) { errors { code } } }', { id: t.id });
    const after = await t.gql('{ cohorts(first: 1) { totalCount } }');
    expect(after.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.TOKEN_INVALID);
    expect(after.status).toBe(401);
  });

  it('expire', async () => {
    const res = await organizer.gql(
      'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token errors { code } } }',
      { i: { name: 'short-lived', scopes: ['roster:read'], expiresAt: new Date(Date.now() + 1500).toISOString() } },
    );
    const t = server.client({ authorization: `Bearer ${res.data.createApiToken.token}` });
    expect((await t.gql('{ persons(first: 1) { totalCount } }')).data.persons.totalCount).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 2000));
    expect((await t.gql('{ persons(first: 1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.TOKEN_INVALID);
  });

  it('are made from the command line too, printed once on the last line', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'token:create', '--academy', 'BKPSDMD-BABEL', '--scopes', 'roster:read,reports:read', '--name', 'SIASN sync'], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
    });
    const token = stdout.trim().split('\n').at(-1)!;
    const c = server.client({ authorization: `Bearer ${token}` });
    const v = (await c.gql('{ viewer { scopes academy { code } apiToken { name } } }')).data.viewer;
    expect(v).toEqual({ scopes: ['roster:read', 'reports:read'], academy: { code: 'BKPSDMD-BABEL' }, apiToken: { name: 'SIASN sync' } });
  });
});

describe('operators', () => {
  it('create an admin from the command line, who must then enrol an authenticator', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: server.databaseUrl };
    const refused = await run(process.execPath, [CLI, 'admin:create', '--email', 'ops@bkn.test', '--name', 'Operator'], { env }).catch((e) => e);
    expect(refused.code).toBe(2);
    await run(process.execPath, [CLI, 'admin:create', '--email', 'ops@bkn.test', '--name', 'Operator'], { env: { ...env, LINTAS_ADMIN_PASSWORD: 'operator-password-1' } });
    const c = await server.signIn('ops@bkn.test', 'operator-password-1');
    expect(c.viewer).toMatchObject({ role: 'ADMIN', mfaEnrolmentRequired: true });
    expect((await c.gql('{ accounts(first: 1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.MFA_ENROLMENT_REQUIRED);
  });
});

describe('sign-in rate limits', () => {
  it('count every attempt, aliases included, per account', async () => {
    const aliases = Array.from({ length: 7 }, (_, i) => `a${i}: signIn(input: { identifier: "${DEMO.organizerBabel[0]}", password: "wrong-${i}-password" }) { errors { code } }`).join('\n');
    const res = await server.client().gql(`mutation { ${aliases} }`);
    const codes = Object.values(res.data as Record<string, any>).map((p) => p.errors[0].code);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill(ERROR_CODES.INVALID_CREDENTIALS));
    expect(codes.slice(5)).toEqual([ERROR_CODES.RATE_LIMITED, ERROR_CODES.RATE_LIMITED]);
    // Even the right password waits now.
    const right = await server.gql(SIGN_IN, { i: { identifier: DEMO.organizerBabel[0], password: DEMO.organizerBabel[1] } });
    expect(right.data.signIn.errors).toEqual([{ code: ERROR_CODES.RATE_LIMITED }]);
  });
});
