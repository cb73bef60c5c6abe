import { dirname, resolve } from 'node:path';

export type Dialect = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  dialect: Dialect;
  /** SQLite file path, or PostgreSQL connection string. */
  url: string;
  /**
   * Read replicas (PostgreSQL): comma-separated `DATABASE_REPLICA_URLS`. Plain reads outside a
   * transaction, the report aggregates and exports (db/read.ts) and the rows of bulk exports
   * go to one of them; writes, the caller's session and the bulk-export queue stay on the primary.
   */
  replicas: string[];
}

/** Where the user typed the command: pnpm runs package scripts inside the package, but paths mean the caller's folder. */
const callerDir = () => process.env.INIT_CWD ?? process.cwd();

/** Reads `DATABASE_URL`: unset → `./data/lintas.sqlite` at the repository root; `sqlite:<path>`; `postgres://…`. */
export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const raw = env.DATABASE_URL?.trim();
  const replicas = (env.DATABASE_REPLICA_URLS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!raw) return { dialect: 'sqlite', url: new URL('../../data/lintas.sqlite', import.meta.url).pathname, replicas: [] };
  if (/^postgres(ql)?:\/\//.test(raw)) return { dialect: 'postgresql', url: raw, replicas };
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    return { dialect: 'sqlite', url: path === ':memory:' ? path : resolve(callerDir(), path), replicas: [] };
  }
  throw new Error('DATABASE_URL must start with sqlite: or postgres://');
}

/**
 * Production unless told otherwise: `pnpm start` and a bare `node dist/main.js` run without
 * the Sandbox, introspection, field suggestions and SQL statement counts. `NODE_ENV=development`
 * (`pnpm dev`) or `test` (the test suites and benchmarks) turn those conveniences on.
 */
/** A whole number from the environment: the fallback when unset, unreadable or below `min`. */
export function envInt(value: string | undefined, fallback: number, min: number): number {
  const n = Number(value?.trim());
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n >= min ? Math.floor(n) : fallback;
}

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== 'development' && env.NODE_ENV !== 'test';
}

export interface AppConfig {
  port: number;
  host: string;
  seed: 'demo' | 'none';
  /** Apply migrations (and the seed) at start; off where one release step migrates for many processes. */
  migrate: boolean;
  /** How long a shutdown waits for in-flight requests before giving up. */
  shutdownTimeoutMs: number;
  production: boolean;
  /** Built SPA to serve at `/`; absent in API-only runs. */
  webDist: string;
  /**
   * Each caller's query-cost budget (`LINTAS_QUERY_BUDGET` points, refilled at
   * `LINTAS_QUERY_BUDGET_PER_SECOND`); unset, the defaults in graphql/protection.ts.
   */
  queryBudget: { capacity?: number; perSecond?: number };
  /**
   * Answer the list queries the planner can compile from one SQL statement
   * (graphql/sql-plan/); `LINTAS_SQL_PLAN=0` leaves every query to the resolvers.
   */
  sqlPlan: boolean;
  /**
   * Memory for compiled answers kept between requests, in bytes (`LINTAS_ANSWER_CACHE_MB`,
   * default 64; 0 turns it off). An answer is reused only while the data version it was
   * read at is current (db/data-version.entity.ts), so it is never stale.
   */
  answerCacheBytes: number;
  /**
   * Largest GraphQL request body, in bytes (`LINTAS_GRAPHQL_BODY_LIMIT_MB`, default 1): a
   * larger one is refused with 413 before it is read into memory or parsed.
   */
  graphqlBodyLimitBytes: number;
}

function optionalPositive(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number`);
  return n;
}

export function appConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const seed = env.LINTAS_SEED ?? 'demo';
  if (seed !== 'demo' && seed !== 'none') throw new Error('LINTAS_SEED must be demo or none');
  const migrate = env.LINTAS_MIGRATE ?? '1';
  if (migrate !== '0' && migrate !== '1') throw new Error('LINTAS_MIGRATE must be 1 or 0');
  const sqlPlan = env.LINTAS_SQL_PLAN ?? '1';
  if (sqlPlan !== '0' && sqlPlan !== '1') throw new Error('LINTAS_SQL_PLAN must be 1 or 0');
  const answerCacheMb = Number(env.LINTAS_ANSWER_CACHE_MB?.trim() || 64);
  if (!Number.isFinite(answerCacheMb) || answerCacheMb < 0) throw new Error('LINTAS_ANSWER_CACHE_MB must be 0 or a positive number');
  const graphqlBodyLimitMb = optionalPositive(env, 'LINTAS_GRAPHQL_BODY_LIMIT_MB') ?? 1;
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    seed,
    migrate: migrate === '1',
    shutdownTimeoutMs: Number(env.LINTAS_SHUTDOWN_TIMEOUT_MS ?? 30_000),
    production: isProduction(env),
    webDist: resolve(env.LINTAS_WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    queryBudget: { capacity: optionalPositive(env, 'LINTAS_QUERY_BUDGET'), perSecond: optionalPositive(env, 'LINTAS_QUERY_BUDGET_PER_SECOND') },
    sqlPlan: sqlPlan === '1',
    answerCacheBytes: Math.round(answerCacheMb * 1024 * 1024),
    graphqlBodyLimitBytes: Math.round(graphqlBodyLimitMb * 1024 * 1024),
  };
}

export interface ExportConfig {
  /** Folder for bulk-export files (`LINTAS_DATA_DIR`); default: `exports/` beside the SQLite file, or `data/exports` at the repository root. */
  dir: string;
  /** Rows read per keyset page (`LINTAS_EXPORT_BATCH_SIZE`). */
  batchSize: number;
  /** Pause between pages, so a large export yields to interactive traffic (`LINTAS_EXPORT_BATCH_PAUSE_MS`). */
  batchPauseMs: number;
  /** A claimed export is the claimant's until this lease lapses without a heartbeat (`LINTAS_EXPORT_LEASE_SECONDS`). */
  leaseSeconds: number;
  /** How often a process looks for queued, abandoned and expired exports (`LINTAS_EXPORT_POLL_MS`). */
  pollMs: number;
  /** Exports one process runs at once (`LINTAS_EXPORT_CONCURRENCY`). */
  concurrency: number;
  /** How long a finished file stays downloadable (`LINTAS_EXPORT_FILE_TTL_HOURS`). */
  fileTtlHours: number;
  /** How long one signed download link works (`LINTAS_EXPORT_URL_TTL_SECONDS`). */
  urlTtlSeconds: number;
  /**
   * How report XLSX files are written (`LINTAS_EXPORT_XLSX_WRITER`): `stream` (the default)
   * sends each row as it is written, so memory stays flat; `memory` builds the whole
   * workbook first, kept only to measure the difference (test/bench/export-memory.mjs).
   */
  xlsxWriter: 'stream' | 'memory';
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number ≥ ${min}`);
  return n;
}

function xlsxWriterOf(raw: string | undefined): ExportConfig['xlsxWriter'] {
  if (raw === undefined || raw === '' || raw === 'stream') return 'stream';
  if (raw === 'memory') return 'memory';
  throw new Error('LINTAS_EXPORT_XLSX_WRITER must be stream or memory');
}

export function exportConfig(env: NodeJS.ProcessEnv = process.env, db: DatabaseConfig = databaseConfig(env)): ExportConfig {
  const beside = db.dialect === 'sqlite' && db.url !== ':memory:' ? resolve(dirname(db.url), 'exports') : new URL('../../data/exports', import.meta.url).pathname;
  return {
    dir: env.LINTAS_DATA_DIR ? resolve(callerDir(), env.LINTAS_DATA_DIR, 'exports') : beside,
    batchSize: positive(env, 'LINTAS_EXPORT_BATCH_SIZE', 1000),
    batchPauseMs: positive(env, 'LINTAS_EXPORT_BATCH_PAUSE_MS', 0, 0),
    leaseSeconds: positive(env, 'LINTAS_EXPORT_LEASE_SECONDS', 30),
    pollMs: positive(env, 'LINTAS_EXPORT_POLL_MS', 5000, 50),
    concurrency: positive(env, 'LINTAS_EXPORT_CONCURRENCY', 1),
    fileTtlHours: positive(env, 'LINTAS_EXPORT_FILE_TTL_HOURS', 24, 0.0001),
    urlTtlSeconds: positive(env, 'LINTAS_EXPORT_URL_TTL_SECONDS', 900),
    xlsxWriter: xlsxWriterOf(env.LINTAS_EXPORT_XLSX_WRITER),
  };
}

export interface ImportConfig {
  /** Folder the uploaded roster files are streamed to while they are imported: `imports/` beside the export folder. */
  dir: string;
  /** Largest roster upload, in bytes (`LINTAS_IMPORT_LIMIT_MB`, default 64): a larger one is refused with 413 as soon as it is known. */
  limitBytes: number;
}

export function importConfig(env: NodeJS.ProcessEnv = process.env, db: DatabaseConfig = databaseConfig(env)): ImportConfig {
  const limitMb = optionalPositive(env, 'LINTAS_IMPORT_LIMIT_MB') ?? 64;
  return { dir: resolve(dirname(exportConfig(env, db).dir), 'imports'), limitBytes: Math.round(limitMb * 1024 * 1024) };
}
