// Shared pieces of the national-scale benchmarks: a generated database per dialect and
// scale, the real built server started on it, and an admin signed in over HTTP.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Secret, TOTP } from 'otpauth';

const dist = new URL('../../server/dist/', import.meta.url);
const { openOrm, migrate } = await import(new URL('database.js', dist));
const { databaseConfig } = await import(new URL('config.js', dist));
const { generateNational, NATIONAL_ROSTER } = await import(new URL('seed/national.js', dist));
const { createAccount } = await import(new URL('features/accounts/account.service.js', dist));
// The driver MikroORM's SQLite package uses (a dependency of it, not of ours).
const fromServer = createRequire(new URL('../../server/package.json', import.meta.url));
const sqlite3 = createRequire(fromServer.resolve('@mikro-orm/sqlite'))('sqlite3');

export const PG_URL = process.env.LINTAS_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SERVER_MAIN = fileURLToPath(new URL('main.js', dist));

/** `100000,1000000,full` → numbers. */
export function parseScales(text) {
  return (text || '100000').split(',').map((s) => (s.trim() === 'full' ? NATIONAL_ROSTER : Number(s.trim().replace(/_/g, '')))).filter((n) => n >= 100);
}

export const fmt = (n) => n.toLocaleString('en-US');

/** A fresh database of a dialect, migrated and filled with `persons` people. */
export async function nationalDatabase(dialect, persons) {
  let url;
  let drop;
  if (dialect === 'postgresql') {
    const name = `lintas_bench_${persons}_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    await admin.end();
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'lintas-national-'));
    url = `sqlite:${join(dir, 'national.sqlite')}`;
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const orm = await openOrm(databaseConfig({ DATABASE_URL: url }));
  await migrate(orm);
  const counts = await generateNational(orm, { persons, seed: 1 });
  // The benchmark's admin (an authenticator is enrolled at the first sign-in, over HTTP).
  const password = 'bench-admin-2026';
  const created = await createAccount(orm.em.fork(), { email: 'bench@lintas.test', name: 'Bench', role: 'ADMIN', academyId: null, password });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  await orm.close();
  return { dialect, url, counts, admin: ['bench@lintas.test', password], drop };
}

/** A raw driver connection to the same database, for the hand-written SQL. */
export async function rawConnection(db, { write = false } = {}) {
  if (db.dialect === 'postgresql') {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    return { query: async (sql, params = []) => (await client.query(sql.replace(/\?/g, (() => { let i = 0; return () => `$${++i}`; })()), params)).rows, close: () => client.end() };
  }
  const path = db.url.slice('sqlite:'.length);
  const conn = await new Promise((resolve, reject) => { const c = new sqlite3.Database(path, write ? sqlite3.OPEN_READWRITE : sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(c))); });
  return {
    query: (sql, params = []) => new Promise((resolve, reject) => conn.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)))),
    close: () => new Promise((resolve) => conn.close(() => resolve())),
  };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

/** The built server on the database (as test/support/server.ts starts it), in production mode. */
export async function startServer(db) {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: db.url, LINTAS_SEED: 'none', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`server did not become healthy:\n${log}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** POSTs a GraphQL operation with the given headers; throws on errors. */
export async function gql(url, headers, query, variables) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const body = await res.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie };
}

/** Signs the admin in and enrols an authenticator, as an admin does at the first sign-in; returns the session headers. */
export async function adminHeaders(server, [email, password]) {
  const signIn = await gql(server.url, {}, 'mutation($input: SignInInput!) { signIn(input: $input) { errors { code } } }', { input: { identifier: email, password } });
  const headers = { cookie: signIn.cookie };
  const start = await gql(server.url, headers, 'mutation { startMfaEnrolment { secret } }');
  const code = new TOTP({ secret: Secret.fromBase32(start.data.startMfaEnrolment.secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
  const confirm = await gql(server.url, headers, 'mutation($code: String!) { confirmMfaEnrolment(code: $code) { errors { code } } }', { code });
  if (confirm.data.confirmMfaEnrolment.errors.length) throw new Error(JSON.stringify(confirm.data));
  return headers;
}

/**
 * Participant accounts with signed-in sessions for `count` people enrolled in cohorts
 * running around the data's "today", written straight into the database (an invitation and
 * an Argon2 hash per person would only slow the set-up down); the sessions are the same
 * rows a sign-in writes, so the server checks them as it checks any cookie.
 */
export async function participantCookies(db, count) {
  const raw = await rawConnection(db, { write: true });
  const people = await raw.query(`select distinct e.person_id from enrollment e join cohort c on c.id = e.cohort_id
    where e.status = 'ENROLLED' and c.start_date >= '2026-11-01' and c.start_date <= '2026-12-20' order by e.person_id limit ${count}`);
  const cookies = [];
  const pgDb = db.dialect === 'postgresql';
  const now = pgDb ? 'now()' : String(Date.now());
  const expires = pgDb ? "now() + interval '12 hours'" : String(Date.now() + 12 * 3_600_000);
  for (const { person_id: personId } of people) {
    const [{ id }] = await raw.query(`insert into account (created_at, updated_at, email, name, role, person_id, totp_enabled, recovery_code_hashes, disabled)
      values (${now}, ${now}, null, 'Peserta', 'PARTICIPANT', ?, ${pgDb ? 'false' : '0'}, '[]', ${pgDb ? 'false' : '0'}) returning id`, [personId]);
    const secret = randomBytes(32).toString('base64url');
    await raw.query(`insert into auth_session (created_at, updated_at, secret_hash, account_id, mfa_passed, expires_at, ip) values (${now}, ${now}, ?, ?, ${pgDb ? 'true' : '1'}, ${expires}, '127.0.0.1')`,
      [createHash('sha256').update(secret).digest('hex'), id]);
    cookies.push(`lintas_session=${secret}`);
  }
  await raw.close();
  return cookies;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
