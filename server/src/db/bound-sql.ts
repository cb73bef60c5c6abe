import { createHash } from 'node:crypto';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from './dialect.js';

/**
 * Runs one statement with its values bound, on the entity manager's transaction when it
 * is in one. `em.execute` writes every value into the SQL text instead (and the SQLite
 * dialect then scans that text again to pick a call): for a bulk statement whose values
 * are a JSON text of 10,000 rows or arrays of 10,000 NIPs, that costs more than the
 * statement itself. The statement is logged and counted like MikroORM's own.
 *
 * An array binding stays one parameter (`cast(? as text[])` on PostgreSQL).
 */
export async function executeBound<T>(em: SqlEntityManager, sql: string, bindings: readonly unknown[]): Promise<T[]> {
  const started = Date.now();
  const query = em.getKnex().raw(sql, bindings as Knex.RawBinding[]);
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (trx) query.transacting(trx);
  const result: unknown = await query;
  em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, level: 'info' });
  // node-sqlite3 answers the rows (or the statement, when none are returned); node-postgres a result.
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] } | undefined)?.rows ?? [];
}

/** A pooled node-postgres client, as far as named statements need it. */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  query(text: string): Promise<unknown>;
  connection?: { parsedStatements?: Record<string, string>; submittedNamedStatements?: Record<string, string> };
}

/** Named statements a pooled connection holds; past the bound it drops them all and starts again. */
const preparedOn = new WeakMap<object, Set<string>>();
const PREPARED_PER_CONNECTION = 200;
const named = new Map<string, { name: string; text: string }>();

/** The statement's name (a hash of its SQL) and its text with PostgreSQL's `$n` placeholders. */
function namedStatement(sql: string): { name: string; text: string } {
  let statement = named.get(sql);
  if (!statement) {
    if (named.size >= 1000) named.delete(named.keys().next().value!);
    let n = 0;
    statement = { name: `lintas_${createHash('sha1').update(sql).digest('hex').slice(0, 32)}`, text: sql.replace(/\?/g, () => `$${++n}`) };
    named.set(sql, statement);
  }
  return statement;
}

/** A node-sqlite3 prepared statement, as far as used here. */
interface SqliteStatement {
  all(params: unknown[], callback: (error: Error | null, rows: unknown[]) => void): void;
  finalize(): void;
}
interface SqliteDatabase {
  prepare(sql: string, callback: (error: Error | null) => void): SqliteStatement;
  run(sql: string, callback: (error: Error | null) => void): void;
}
const pragma = (db: SqliteDatabase, sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
const sqliteStatements = new WeakMap<object, Map<string, SqliteStatement>>();

/** On SQLite: the statement prepared once per connection (node-sqlite3 queues concurrent runs of one statement). */
async function executeSqliteStatement<T>(em: SqlEntityManager, sql: string, bindings: readonly unknown[], durable: boolean): Promise<T[]> {
  const started = Date.now();
  const knex = em.getKnex();
  const db = (await knex.client.acquireConnection()) as SqliteDatabase;
  try {
    // A write that need not survive a power cut commits without syncing the WAL; the next
    // durable commit syncs it with its own (WAL mode never corrupts either way).
    if (!durable) await pragma(db, 'PRAGMA synchronous = NORMAL');
    let cache = sqliteStatements.get(db);
    if (!cache) sqliteStatements.set(db, (cache = new Map()));
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      if (cache.size >= PREPARED_PER_CONNECTION) {
        const [oldest, evicted] = cache.entries().next().value!;
        cache.delete(oldest);
        evicted.finalize();
      }
      statement = await new Promise<SqliteStatement>((resolve, reject) => {
        const prepared: SqliteStatement = db.prepare(sql, (error) => (error ? reject(error) : resolve(prepared)));
      });
    }
    cache.set(sql, statement);
    const rows = await new Promise<unknown[]>((resolve, reject) => statement!.all([...bindings], (error, result) => (error ? reject(error) : resolve(result))));
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, level: 'info' });
    return rows as T[];
  } finally {
    if (!durable) await pragma(db, 'PRAGMA synchronous = FULL');
    await knex.client.releaseConnection(db);
  }
}

/**
 * A statement that runs on every request (the session lookup, the cost budget, a compiled
 * query plan): on PostgreSQL, outside a transaction, a named prepared statement of the
 * pooled connection, so the SQL text is sent and planned once per connection rather
 * than with every request (`em.execute` sends it with the values written in); on SQLite a
 * statement prepared once per connection. Inside a transaction it is `executeBound`.
 * `durable: false` (counters, on SQLite) commits without waiting for the disk; on
 * PostgreSQL such data lives in unlogged tables instead.
 * Logged and counted as MikroORM's.
 */
export async function executePrepared<T>(
  em: SqlEntityManager, sql: string, bindings: readonly unknown[], type: 'read' | 'write' = 'write', { durable = true } = {},
): Promise<T[]> {
  const connection = em.getConnection(type);
  if (em.getTransactionContext()) return executeBound<T>(em, sql, bindings);
  if (!isPostgres(em)) return executeSqliteStatement<T>(em, sql, bindings, durable);
  const started = Date.now();
  const knex = connection.getKnex();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    const { name, text } = namedStatement(sql);
    let held = preparedOn.get(client);
    if (!held) preparedOn.set(client, (held = new Set()));
    if (!held.has(name) && held.size >= PREPARED_PER_CONNECTION) {
      await client.query('deallocate all');
      // node-postgres remembers what it prepared on the connection; it must prepare again.
      if (client.connection?.parsedStatements) client.connection.parsedStatements = {};
      if (client.connection?.submittedNamedStatements) client.connection.submittedNamedStatements = {};
      held.clear();
    }
    held.add(name);
    const { rows } = await client.query({ name, text, values: [...bindings] });
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, level: 'info' });
    return rows as T[];
  } finally {
    await knex.client.releaseConnection(client);
  }
}
