import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import { DEMO, type Client, type RunningServer } from './server.js';

const CLI = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));

/** The current code of a TOTP secret, as an authenticator app shows it. */
export function totpNow(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });
}

/**
 * Signs the demo admin in and enrols an authenticator (admins must), returning a
 * fully signed-in client and the secret, for tests that need an admin (once per server).
 */
const admins = new WeakMap<RunningServer, Promise<{ client: Client; secret: string; recoveryCodes: string[] }>>();

export function adminClient(server: RunningServer): Promise<{ client: Client; secret: string; recoveryCodes: string[] }> {
  let admin = admins.get(server);
  if (!admin) {
    admin = enrolAdmin(server, ...DEMO.admin);
    admins.set(server, admin);
  }
  return admin;
}

/** Creates an admin with the CLI (`lintas admin:create`), as an operator does on an empty database. */
export async function createAdmin(server: RunningServer, email: string, name: string, password: string): Promise<void> {
  await promisify(execFile)(process.execPath, [CLI, 'admin:create', '--email', email, '--name', name], {
    env: { ...process.env, DATABASE_URL: server.databaseUrl, LINTAS_ADMIN_PASSWORD: password },
  });
}

/** Signs an admin in for the first time and enrols an authenticator; the client is then fully signed in. */
export async function enrolAdmin(server: RunningServer, identifier: string, password: string): Promise<{ client: Client; secret: string; recoveryCodes: string[] }> {
  const c = await server.signIn(identifier, password);
  if (!c.viewer?.mfaEnrolmentRequired) throw new Error(`expected an MFA enrolment step: ${JSON.stringify(c)}`);
  const start = await c.gql(`mutation { startMfaEnrolment { secret otpauthUri errors { code } } }`);
  const secret = start.data.startMfaEnrolment.secret as string;
  const confirm = await c.gql(`mutation($code: String!) { confirmMfaEnrolment(code: $code) { recoveryCodes errors { code } } }`, { code: totpNow(secret) });
  if (confirm.data.confirmMfaEnrolment.errors.length) throw new Error(JSON.stringify(confirm.data));
  return { client: c, secret, recoveryCodes: confirm.data.confirmMfaEnrolment.recoveryCodes };
}

/** Creates an API token as the given client and returns a client that sends it. */
export async function tokenClient(server: RunningServer, creator: Client, scopes: string[], name = `token ${scopes.join(' ') || 'no scope'}`): Promise<Client & { id: string; secret: string }> {
  const res = await creator.gql(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } errors { code } } }`,
    { input: { name, scopes } },
  );
  const p = res.data?.createApiToken;
  if (!p?.token) throw new Error(JSON.stringify(res));
  return { ...server.client({ authorization: `Bearer ${p.token}` }), id: p.apiToken.id, secret: p.token };
}
