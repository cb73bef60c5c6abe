import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseConfig } from './config.js';
import { compiledTables } from './graphql/sql-plan/kept-answers.js';
import { readsTrackedOnly } from './graphql/sql-plan/planner.js';
import { READ_MODELS } from './features/read-models.js';
import { TRACKED_TABLES } from './db/data-version.entity.js';
import { migrate, openOrm, type Orm } from './database.js';
import { postgresAvailable, tempDatabase } from '../../test/support/postgres.js';

/**
 * The data version that kept answers are checked against (data-version.entity.ts): the
 * tables compiled answers read move it, it moves when a write commits (not before, not on
 * rollback), and on PostgreSQL writers never wait on it mid-transaction.
 */

const ACADEMY = `insert into academy (created_at, updated_at, code, name) values (?, ?, ?, 'Akademi')`;

async function version(orm: Orm): Promise<number> {
  const [row] = (await orm.em.fork().getConnection().execute('select v from data_version where id = 0')) as { v: string | number }[];
  return Number(row!.v);
}

async function tablesAndTracked(orm: Orm, dialect: 'sqlite' | 'postgresql'): Promise<{ tables: string[]; tracked: string[] }> {
  const conn = orm.em.fork().getConnection();
  if (dialect === 'sqlite') {
    const tables = (await conn.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'mikro_orm_%'")) as { name: string }[];
    const triggers = (await conn.execute("select tbl_name, name from sqlite_master where type = 'trigger' and name like 'data_version_%'")) as { tbl_name: string; name: string }[];
    const tracked = [...new Set(triggers.map((t) => t.tbl_name))].filter((t) =>
      ['insert', 'update', 'delete'].every((op) => triggers.some((x) => x.tbl_name === t && x.name === `data_version_${t}_${op}`)));
    return { tables: tables.map((t) => t.name).sort(), tracked: tracked.sort() };
  }
  const tables = (await conn.execute("select tablename as name from pg_tables where schemaname = 'public' and tablename not like 'mikro_orm_%'")) as { name: string }[];
  // Statement-level triggers (bit 1, row-level, unset) that together fire after insert, update, delete and
  // truncate (tgtype bits 4, 8, 16, 32): one `data_version_mark`, or with the academy-marking `data_version_rows_*`.
  const triggers = (await conn.execute(`select tgrelid::regclass::text as name from pg_trigger
    where tgname = 'data_version_mark' or tgname like 'data_version_rows_%' group by tgrelid having bit_or(tgtype::int) = 60`)) as { name: string }[];
  return { tables: tables.map((t) => t.name).sort(), tracked: triggers.map((t) => t.name.replace(/"/g, '')).sort() };
}

async function checkCoverage(orm: Orm, dialect: 'sqlite' | 'postgresql') {
  const { tables, tracked } = await tablesAndTracked(orm, dialect);
  expect(tables.length).toBeGreaterThan(20);
  expect(tracked).toEqual([...TRACKED_TABLES].sort());
  const compiled = compiledTables(orm.em, READ_MODELS);
  expect(compiled).toContain('enrollment');
  expect(compiled.filter((t) => !tracked.includes(t))).toEqual([]);
}

async function checkCommitAndRollback(orm: Orm, dialect: 'sqlite' | 'postgresql') {
  const now = new Date();
  const start = await version(orm);
  await orm.em.fork().transactional(async (em) => {
    await em.getConnection().execute(ACADEMY, [now, now, 'DV-1'], 'run', em.getTransactionContext());
    await em.getConnection().execute(`update academy set name = 'Akademi Satu' where code = 'DV-1'`, [], 'run', em.getTransactionContext());
    // Not before the commit, for other connections (SQLite's pool is the one connection the transaction holds).
    if (dialect === 'postgresql') expect(await version(orm)).toBe(start);
  });
  const committed = await version(orm);
  expect(committed).toBeGreaterThan(start);
  await expect(orm.em.fork().transactional(async (em) => {
    await em.getConnection().execute(`update academy set name = 'Tidak Jadi' where code = 'DV-1'`, [], 'run', em.getTransactionContext());
    throw new Error('rolled back');
  })).rejects.toThrow('rolled back');
  expect(await version(orm)).toBe(committed);
  // Bookkeeping does not move it.
  await orm.em.fork().getConnection().execute(`insert into rate_bucket ("key", "value", updated_at) values ('dv', 1, ?)`, [now]);
  expect(await version(orm)).toBe(committed);
  return committed;
}

describe('which answers may be kept', () => {
  it('only those of statements that read tracked tables alone', () => {
    expect(readsTrackedOnly('select * from "cohort" as "c0" left join "program" as "p1" on 1 = 1')).toBe(true);
    expect(readsTrackedOnly('with "_s1" as (select 1) select (select count(*) from "_s1"), (select x from (select 1) q) from `person` `p0`')).toBe(true);
    expect(readsTrackedOnly('select * from "cohort" where exists (select 1 from "attendance" a)')).toBe(false);
    expect(readsTrackedOnly('select * from `enrollment` e inner join `account` a on a.id = e.id')).toBe(false);
  });
});

describe('data version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-dv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: every data table moves it, on commit only', async () => {
    const orm = await openOrm(databaseConfig({ DATABASE_URL: `sqlite:${join(dir, 'dv.sqlite')}` }));
    try {
      await migrate(orm);
      await checkCoverage(orm, 'sqlite');
      await checkCommitAndRollback(orm, 'sqlite');
    } finally {
      await orm.close();
    }
  }, 60_000);

  it.runIf(postgresAvailable())('PostgreSQL: every data table moves it, once per transaction, at commit, without deadlocks', async () => {
    const db = await tempDatabase('lintas_dv');
    const orm = await openOrm(databaseConfig({ DATABASE_URL: db.url }));
    try {
      await migrate(orm);
      await checkCoverage(orm, 'postgresql');
      const committed = await checkCommitAndRollback(orm, 'sqlite');
      // One transaction with several writing statements: one step, and no marks left behind.
      await orm.em.fork().transactional(async (em) => {
        for (const sql of [`update academy set name = 'A' where code = 'DV-1'`, `update academy set name = 'B' where code = 'DV-1'`, 'truncate unavailability']) {
          await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
        }
      });
      expect(await version(orm)).toBe(committed + 1);
      const now = new Date();
      await orm.em.fork().getConnection().execute(ACADEMY, [now, now, 'DV-2']);
      const base = await version(orm);
      // Two transactions locking rows in opposite orders: the second waits for the first's
      // row, never for the version (a version lock taken at the first write would deadlock).
      const knex = (orm.em.getConnection() as unknown as { getKnex(): import('@mikro-orm/knex').Knex }).getKnex();
      const one = await knex.transaction();
      const two = await knex.transaction();
      await one.raw(`update academy set name = 'one' where code = 'DV-1'`);
      await two.raw(`update academy set name = 'two' where code = 'DV-2'`);
      const oneWaits = one.raw(`update academy set name = 'one' where code = 'DV-2'`);
      await new Promise((r) => setTimeout(r, 200));
      await two.commit();
      await oneWaits;
      await one.commit();
      expect(await version(orm)).toBe(base + 2);
      const [marks] = (await orm.em.fork().getConnection().execute('select count(*) as n from data_version where id <> 0')) as { n: string }[];
      expect(Number(marks!.n)).toBe(0);
      const [academyMarks] = (await orm.em.fork().getConnection().execute('select count(*) as n from data_version_mark')) as { n: string }[];
      expect(Number(academyMarks!.n)).toBe(0);
    } finally {
      await orm.close();
      await db.drop();
    }
  }, 60_000);
});
