import type { EntityManager } from '@mikro-orm/core';
import { isPostgres } from './dialect.js';

let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs a write transaction. SQLite has one writer at a time: queueing writers in
 * the process turns what would be "database is locked" into a short wait.
 * PostgreSQL runs them at once and relies on row locks.
 */
export async function writeTransaction<T>(em: EntityManager, fn: (tem: EntityManager) => Promise<T>): Promise<T> {
  if (isPostgres(em)) return em.transactional(fn);
  const run = tail.then(() => em.transactional(fn));
  tail = run.catch(() => undefined);
  return run;
}
