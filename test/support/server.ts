import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDatabase } from './postgres.js';

const SERVER_MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

export interface Client {
  /** POSTs a GraphQL operation as this client and returns the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Headers this client sends (its cookie or bearer token). */
  headers: Record<string, string>;
}

export interface RunningServer extends Client {
  url: string;
  /** `DATABASE_URL` the server runs on. */
  databaseUrl: string;
  /** A client with these headers (e.g. a bearer token). */
  client(headers?: Record<string, string>): Client;
  /** Signs in and returns a client holding the session cookie. */
  signIn(identifier: string, password: string): Promise<Client & { viewer: any; errors: any[] }>;
  /** From now on, `gql` on the server itself runs as this account. */
  useAccount(identifier: string, password: string): Promise<void>;
  /** Stops the process and removes what the server made (its SQLite folder or PostgreSQL database). */
  stop(): Promise<void>;
  /**
   * Stops the process (SIGTERM: graceful; SIGKILL: a crash) and starts a new one on the
   * same database and data folder, on a new port (`url` follows); clients keep working.
   */
  restart(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Sends a signal to the process (e.g. SIGTERM for a graceful shutdown) without cleaning up. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (null if killed by a signal) once the current process has ended. */
  readonly exited: Promise<number | null>;
  output(): string;
}

export interface ServerOptions {
  seed?: 'demo' | 'none';
  /** Run on this database (not removed on stop). */
  databaseUrl?: string;
  /** A fresh database of this dialect; default: `LINTAS_TEST_DIALECT` or SQLite. */
  dialect?: 'sqlite' | 'postgresql';
  /**
   * Another process on the database of `sharing`, as behind a load balancer: it does
   * not migrate or seed (the first one did) and leaves the database to its owner.
   */
  sharing?: RunningServer;
  env?: Record<string, string>;
}

/** Demo accounts (server/src/seed/babel.data.ts). */
export const DEMO = {
  admin: ['admin@lintas.test', 'admin-demo-2026'],
  organizerBabel: ['penyelenggara@babel.lintas.test', 'babel-demo-2026'],
  organizerSulsel: ['penyelenggara@sulsel.lintas.test', 'sulsel-demo-2026'],
  agencyHrBabel: ['sdm.diskominfo@babel.lintas.test', 'instansi-demo-2026'],
  participantPassword: 'peserta-demo-2026',
} as const;

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts the real, built server (`server/dist/main.js`) on a fresh temporary SQLite
 * file or PostgreSQL database (or the given or shared one) and waits for /healthz.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lintas-test-'));
  // LINTAS_TEST_DIALECT=postgresql runs every server of the suite on its own PostgreSQL database.
  const given = options.sharing?.databaseUrl ?? options.databaseUrl;
  const dialect = options.dialect ?? (process.env.LINTAS_TEST_DIALECT === 'postgresql' ? 'postgresql' : 'sqlite');
  const pg = !given && dialect === 'postgresql' ? await tempDatabase('lintas_api') : null;
  const databaseUrl = given ?? pg?.url ?? `sqlite:${join(dir, 'lintas.sqlite')}`;
  let log = '';
  let url = '';
  let child: ChildProcess;
  let exited: Promise<number | null> = Promise.resolve(null);
  const launch = async (port: number) => {
    child = spawn(process.execPath, [SERVER_MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        LINTAS_SEED: options.sharing ? 'none' : options.seed ?? 'none',
        LINTAS_MIGRATE: options.sharing ? '0' : '1',
        LINTAS_DATA_DIR: join(dir, 'files'),
        NODE_ENV: 'test',
        // The demo as on the day it was written, so tests can name its cohorts and dates.
        LINTAS_DEMO_TODAY: '2026-11-24',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = child;
    exited = new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code)));
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
      try {
        const res = await fetch(`${url}/healthz`);
        if (res.ok) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`server did not become healthy:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const halt = async (signal: 'SIGTERM' | 'SIGKILL') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  await launch(port);
  const client = (base: Record<string, string> = {}): Client => ({
    headers: base,
    async gql(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...base, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResult<any>;
      return { ...body, status: res.status, cookie: res.headers.get('set-cookie') } as GqlResult<any>;
    },
  });
  const signIn = async (identifier: string, password: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { viewer { role mfaRequired mfaEnrolmentRequired } errors { code } } }',
        variables: { input: { identifier, password } },
      }),
    });
    const body = (await res.json()) as any;
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return { ...client(cookie ? { cookie } : {}), viewer: body.data?.signIn?.viewer, errors: body.data?.signIn?.errors ?? body.errors };
  };
  let current = client();
  return {
    get url() {
      return url;
    },
    databaseUrl,
    output: () => log,
    get headers() {
      return current.headers;
    },
    gql: (query, variables, headers) => current.gql(query, variables, headers),
    client,
    signIn,
    async useAccount(identifier, password) {
      const c = await signIn(identifier, password);
      if (c.errors?.length) throw new Error(`sign-in failed: ${JSON.stringify(c.errors)}`);
      current = c;
    },
    signal: (sig) => void child.kill(sig),
    get exited() {
      return exited;
    },
    async restart(signal = 'SIGTERM') {
      await halt(signal);
      await launch(await freePort());
    },
    async stop() {
      await halt('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
      await pg?.drop();
    },
  };
}
