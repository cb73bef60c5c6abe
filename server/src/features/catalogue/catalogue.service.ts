import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import type { Archivable } from '../../graphql/archivable.entity.js';
import { writeTransaction } from '../../db/write-queue.js';
import { UserError } from '../../graphql/user-error.js';
import { codeTaken, staleError } from './catalogue.rules.js';

export interface Edited<T> {
  value: T | null;
  errors: UserError[];
}

/**
 * One edit of a versioned catalogue object, in a transaction: not found (or another
 * tenant's), archived and stale edits are refused; a stale one answers the current object.
 * `apply` checks everything first and changes the object only when it returns no errors.
 * MikroORM's optimistic lock (`where version = ?`) refuses an edit that raced another.
 */
export async function editVersioned<T extends Archivable<any>>(
  em: EntityManager,
  load: (tem: EntityManager) => Promise<T | null>,
  version: number,
  apply: (tem: EntityManager, current: T) => Promise<UserError[]>,
  what: string,
): Promise<Edited<T>> {
  try {
    return await writeTransaction(em, async (tem) => {
      const current = await load(tem);
      if (!current) return { value: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, `no such ${what}`)] };
      // Archived says more than stale (archiving moves the version too): restore first, whatever was read.
      if (current.archivedAt) return { value: current, errors: [new UserError('id', ERROR_CODES.ARCHIVED, `the ${what} is archived; restore it before changing it`)] };
      if (current.version !== version) return { value: current, errors: [staleError()] };
      const errors = await apply(tem, current);
      if (errors.length > 0) return { value: null, errors };
      await tem.flush();
      return { value: current, errors: [] };
    });
  } catch (err) {
    // Another request took the code between our check and our write.
    if (err instanceof UniqueConstraintViolationException) return { value: null, errors: [codeTaken('code', what)] };
    if (!(err instanceof OptimisticLockError)) throw err;
    // Written by someone else between our read and our write: the current object, as now stored.
    const current = await load(em.fork());
    return { value: current, errors: [staleError()] };
  }
}

/**
 * Saves new catalogue objects; a code another request took between the check and the
 * insert (the database's unique index) is the same answer as one taken before.
 */
export async function saveNew<T>(em: EntityManager, what: string, field: string, save: (tem: EntityManager) => Promise<T>): Promise<{ value: T | null; errors: UserError[] }> {
  try {
    return { value: await writeTransaction(em, save), errors: [] };
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return { value: null, errors: [codeTaken(field, what)] };
    throw err;
  }
}
