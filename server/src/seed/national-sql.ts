import type { Knex } from '@mikro-orm/knex';
import { MOD } from './national-shape.js';

/**
 * SQL pieces of the national generator (national.ts): what differs between PostgreSQL and
 * SQLite, the row hash, `case` builders, and dropping the big tables' indexes for the load.
 */

/** Dialect pieces; the statements are otherwise the same. */
export function dialect(pg: boolean) {
  return {
    /** Row numbers 1..n as `g(i)`. */
    series: (n: number) => pg ? `generate_series(cast(1 as bigint), ${n}) as g(i)`
      : `(with recursive s(i) as (select 1 union all select i + 1 from s where i < ${n}) select i from s) as g`,
    big: (e: string) => pg ? `cast(${e} as bigint)` : `(${e})`,
    /** An instant from epoch milliseconds (SQLite keeps datetimes as milliseconds). */
    ts: (ms: string | number) => pg ? `to_timestamp((${ms}) / 1000.0)` : `(${ms})`,
    /** A date from a day number since 1970-01-01. */
    date: (day: string) => pg ? `(date '1970-01-01' + cast(${day} as integer))` : `date((${day}) * 86400, 'unixepoch')`,
    /** Day number of a date column. */
    dayOf: (col: string) => pg ? `cast(${col} - date '1970-01-01' as bigint)` : `cast(julianday(${col}) - 2440587.5 as integer)`,
    /** Epoch milliseconds of an instant column. */
    msOf: (col: string) => pg ? `cast(extract(epoch from ${col}) * 1000 as bigint)` : `(${col})`,
    /** Zero-padded decimal digits, concatenated. */
    digits: (parts: [string, number][]) => pg ? parts.map(([e, w]) => `lpad(cast(${e} as text), ${w}, '0')`).join(' || ')
      : `printf('${parts.map(([, w]) => `%0${w}d`).join('')}', ${parts.map(([e]) => e).join(', ')})`,
    least: (a: string, b: string) => pg ? `least(${a}, ${b})` : `min(${a}, ${b})`,
    bool: (b: boolean) => pg ? String(b) : b ? '1' : '0',
    /** Keeps a subquery from being merged into its parent, so each hash is computed once a row. */
    fence: pg ? 'offset 0' : 'limit -1 offset 0',
  };
}

/** Integer in [0, 2³¹−1) from a row number, salted; two squarings make salts independent. */
export function hashSql(big: (e: string) => string, seed: number) {
  return (salt: number, key: string) => {
    const a = 16807 + salt * 7919;
    const c = (seed * 1_000_003 + salt * 104_729) % MOD;
    const x1 = `((${big(key)} * ${a} + ${c}) % ${MOD})`;
    const x2 = `((${x1} * ${x1} + ${salt + 11}) % ${MOD})`;
    return `((${x2} * ${x2} + ${salt + 13}) % ${MOD})`;
  };
}

export const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
export const caseOf = (pairs: [string, string][], otherwise: string) => `case ${pairs.map(([w, t]) => `when ${w} then ${t}`).join(' ')} else ${otherwise} end`;
/** `case` picking from weighted values by an integer hash. */
export function weighted(h: string, items: [string, number][]): string {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let cum = 0;
  const pairs: [string, string][] = items.slice(0, -1).map(([v, w]) => {
    cum += w;
    return [`${h} < ${Math.round((cum / total) * MOD)}`, q(v)];
  });
  return caseOf(pairs, q(items[items.length - 1]![0]));
}

/**
 * The secondary indexes (and unique constraints) of the big tables, as the migrations made
 * them: dropped before the bulk load and built again after it, which is several times faster
 * than keeping them up to date row by row. Returns the statements that restore them.
 */
export async function dropIndexes(trx: Knex.Transaction, pg: boolean, tables: string[]): Promise<string[]> {
  const restore: string[] = [];
  for (const table of tables) {
    if (pg) {
      const constraints = (await trx.raw(
        `select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = cast(? as regclass) and contype = 'u'`, [table])).rows as { conname: string; def: string }[];
      for (const c of constraints) {
        await trx.raw(`alter table "${table}" drop constraint "${c.conname}"`);
        restore.push(`alter table "${table}" add constraint "${c.conname}" ${c.def}`);
      }
      const indexes = (await trx.raw(
        `select i.indexname, i.indexdef from pg_indexes i where i.tablename = ? and i.schemaname = current_schema()
           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`, [table])).rows as { indexname: string; indexdef: string }[];
      for (const i of indexes) {
        await trx.raw(`drop index "${i.indexname}"`);
        restore.push(i.indexdef);
      }
    } else {
      const indexes = await trx.raw(`select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null`, [table]) as { name: string; sql: string }[];
      for (const i of indexes) {
        await trx.raw(`drop index \`${i.name}\``);
        restore.push(i.sql);
      }
    }
  }
  return restore;
}
