import { resolve } from 'node:path';

export type Dialect = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  dialect: Dialect;
  /** SQLite file path, or PostgreSQL connection string. */
  url: string;
  /** Read replicas (PostgreSQL): comma-separated `DATABASE_REPLICA_URLS`. */
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

export interface AppConfig {
  port: number;
  host: string;
  seed: 'demo' | 'none';
  production: boolean;
  /** Built SPA to serve at `/`; absent in API-only runs. */
  webDist: string;
  /**
   * Each caller's query-cost budget (`LINTAS_QUERY_BUDGET` points, refilled at
   * `LINTAS_QUERY_BUDGET_PER_SECOND`); unset, the defaults in graphql/protection.ts.
   */
  queryBudget: { capacity?: number; perSecond?: number };
}

function positive(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number`);
  return n;
}

export function appConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const seed = env.LINTAS_SEED ?? 'demo';
  if (seed !== 'demo' && seed !== 'none') throw new Error('LINTAS_SEED must be demo or none');
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    seed,
    production: env.NODE_ENV === 'production',
    webDist: resolve(env.LINTAS_WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    queryBudget: { capacity: positive(env, 'LINTAS_QUERY_BUDGET'), perSecond: positive(env, 'LINTAS_QUERY_BUDGET_PER_SECOND') },
  };
}
