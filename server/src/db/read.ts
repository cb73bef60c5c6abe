import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';

/**
 * A hand-written read (a report's aggregate, an export's figures): outside a transaction a
 * read replica answers it when there is one (`DATABASE_REPLICA_URLS`), as MikroORM sends
 * plain `find`s there; inside a transaction, or with no replica, the primary does, exactly
 * as `em.execute` would. Logged and counted as MikroORM's own statements.
 */
export function executeRead<T = Record<string, unknown>>(em: EntityManager, query: string | Knex.Raw | Knex.QueryBuilder, bindings: readonly unknown[] = []): Promise<T[]> {
  const sem = em as SqlEntityManager;
  const trx = sem.getTransactionContext();
  return sem.getConnection(trx ? 'write' : 'read').execute(query, [...bindings], 'all', trx);
}
