import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { databaseConfig } from '../config.js';
import { sqlTally } from './sql-counter.js';
import { executePrepared } from './bound-sql.js';
import { openOrm } from '../database.js';
import { postgresAvailable, tempDatabase } from '../../../test/support/postgres.js';

/**
 * Statements prepared once per connection: more distinct statements than a connection
 * keeps (200) on one pooled connection, then the first ones again, each with its own
 * values — every answer right, every statement counted.
 */
async function manyStatements(url: string) {
  const before = process.env.DATABASE_POOL_MAX;
  process.env.DATABASE_POOL_MAX = '1';
  const orm = await openOrm(databaseConfig({ DATABASE_URL: url }));
  process.env.DATABASE_POOL_MAX = before;
  try {
    const em = orm.em.fork() as SqlEntityManager;
    const tally = { statements: 0 };
    await sqlTally.run(tally, async () => {
      for (const round of [0, 1]) {
        for (let i = 0; i < 450; i++) {
          const rows = await executePrepared<{ n: number; v: string }>(em, `select ${i} + 0 as n, cast(? as text) as v`, [`r${round}-${i}`]);
          expect(rows).toEqual([{ n: i, v: `r${round}-${i}` }]);
        }
      }
    });
    expect(tally.statements).toBe(900);
    // A statement the database refuses fails as itself and leaves the connection usable.
    await expect(executePrepared(em, 'select * from no_such_table where id = ?', [1])).rejects.toThrow(/no_such_table|does not exist/);
    expect(await executePrepared(em, 'select cast(? as integer) + 1 as n', [41])).toEqual([{ n: 42 }]);
  } finally {
    await orm.close();
  }
}

describe('prepared statements', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-prepared-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: past the per-connection bound, old statements are finalized and prepared again', async () => {
    await manyStatements(`sqlite:${join(dir, 'prepared.sqlite')}`);
  }, 60_000);

  it.runIf(postgresAvailable())('PostgreSQL: past the bound, the connection drops its named statements and prepares again', async () => {
    const db = await tempDatabase('lintas_prepared');
    try {
      await manyStatements(db.url);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
