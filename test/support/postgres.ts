import pg from 'pg';
import { REQUIRE_ALL } from './requirements.js';

/** PostgreSQL for the suites that run on it: `LINTAS_PG_URL` (e.g. postgres://postgres@127.0.0.1:5432/test). */
export const PG_URL = process.env.LINTAS_PG_URL;

export function postgresAvailable(): boolean {
  if (!PG_URL) {
    const msg = 'LINTAS_PG_URL is not set: PostgreSQL tests SKIPPED. Set it to a server you may create databases on, e.g. postgres://postgres@127.0.0.1:5432/test.';
    if (REQUIRE_ALL) throw new Error(msg);
    console.warn(`\n*** ${msg}\n`);
  }
  return Boolean(PG_URL);
}

/** Creates an empty database for one test file and returns its URL and a dropper. */
export async function tempDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}
