import type { Knex, SqlEntityManager } from '@mikro-orm/knex';

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
