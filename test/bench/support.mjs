// Shared by the benchmark sections: processes on 127.0.0.1 only, bounded loads, temp databases.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const PG_URL = process.env.LINTAS_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const SERVER_MAIN = new URL('../../server/dist/main.js', import.meta.url).pathname;
export const DEMO_ORGANIZER = ['penyelenggara@babel.lintas.test', 'babel-demo-2026'];
/** Load per target: short and small, since the machine is shared. */
export const LOAD = { connections: 10, duration: Number(process.env.LINTAS_BENCH_SECONDS ?? 10), warmup: 2 };

/** The commit a run measures and how busy the machine was (1-minute load average on its cores), for each section's record. */
export function runStamp() {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'server', 'shared', 'web/src'], { encoding: 'utf8' }).stdout.trim() !== '';
  return { date: new Date().toISOString().slice(0, 10), commit: dirty ? `${commit} with uncommitted changes` : commit, load: loadavg()[0] };
}

/** Whether a load average means a quiet machine: less than half a core busy besides the run. */
export const quiet = (load) => load < cpus().length * 0.25;

export const machine = () => `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

const cleanups = [];
/** Stops every process and drops every database the sections made (run.mjs calls it once at the end). */
export async function cleanupAll() {
  while (cleanups.length) await cleanups.pop()().catch((err) => console.error(err));
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** An empty PostgreSQL database, dropped at cleanup. */
export async function tempPg(prefix) {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.end();
  });
  return url.toString();
}

/** A temporary SQLite database URL, removed at cleanup. */
export function tempSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-bench-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return `sqlite:${join(dir, 'lintas.sqlite')}`;
}

/** Starts a Node process that serves HTTP on `port` and waits until `ready` answers. */
export async function startProcess(script, args, env, readyPath, port, nodeArgs = []) {
  let log = '';
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited early:\n${log}`);
    try {
      const res = await fetch(`${url}${readyPath}`);
      if (res.status < 500) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  cleanups.push(stop);
  return { url, stop, log: () => log, pid: child.pid };
}

/** The built Lintas server on `databaseUrl`; `production` as a real deployment runs it. */
export async function startLintas(databaseUrl, { production = true, seed = 'demo', env = {}, nodeArgs = [] } = {}) {
  const port = await freePort();
  return startProcess(SERVER_MAIN, [], {
    PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LINTAS_SEED: seed,
    NODE_ENV: production ? 'production' : 'test', LINTAS_DEMO_TODAY: '2026-11-24', ...env,
  }, '/healthz', port, nodeArgs);
}

export async function gql(url, query, variables, headers = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { ...body, status: res.status, cookie: res.headers.get('set-cookie') };
}

/** Signs in and returns the headers that carry the session. */
export async function signIn(url, [identifier, password] = DEMO_ORGANIZER) {
  const res = await gql(url, 'mutation($input: SignInInput!) { signIn(input: $input) { errors { code } } }', { input: { identifier, password } });
  if (res.errors || res.data.signIn.errors.length) throw new Error(`sign-in failed: ${JSON.stringify(res.errors ?? res.data.signIn.errors)}`);
  return { cookie: res.cookie.split(';')[0] };
}

/**
 * A bounded autocannon run (a short warm-up first) against a GraphQL endpoint on 127.0.0.1.
 * With `bodyAt`, the n-th request of the run sends `bodyAt(n)` instead (a mixed load).
 */
export async function load(url, query, variables, headers = {}, seconds = LOAD.duration, { bodyAt, warmup = LOAD.warmup } = {}) {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error('load only to 127.0.0.1');
  let n = 0;
  const run = (duration) => autocannon({
    url: `${url}/graphql`, method: 'POST', connections: LOAD.connections, duration, timeout: 20,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    ...(bodyAt ? { requests: [{ setupRequest: (req) => ({ ...req, body: bodyAt(n++) }) }] } : {}),
  });
  if (warmup > 0) await run(warmup);
  const r = await run(seconds);
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`load on ${url}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total };
}

/** CPU time (user + system, ms) a process has used so far, from /proc: steadier than wall time on a shared machine. */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** user, system, children's user and children's system CPU (ms) of a process, from /proc/<pid>/stat. */
function cpuFields(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { ppid: Number(fields[1]), own: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100, reaped: ((Number(fields[13]) + Number(fields[14])) * 1000) / 100 };
}

/**
 * CPU time (ms) used so far by PostgreSQL on this machine: the postmaster, every live
 * backend and background worker, and the backends that already ended (the postmaster's
 * reaped children's time), so the count only grows as connections come and go.
 */
export function postgresCpuMs() {
  const procs = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      procs.push({ pid: Number(pid), ...cpuFields(pid) });
    } catch {
      /* the process ended meanwhile */
    }
  }
  const pids = new Set(procs.map((p) => p.pid));
  // The postmaster is the postgres process whose parent is not one.
  return procs.reduce((sum, p) => sum + p.own + (pids.has(p.ppid) ? 0 : p.reaped), 0);
}

/** Median, min and max of a list of numbers. */
export function spread(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: mid, min: s[0], max: s[s.length - 1] };
}

export const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
