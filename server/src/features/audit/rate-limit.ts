import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../../db/dialect.js';
import { writeTransaction } from '../../db/write-queue.js';
import { RateBucket } from './rate-bucket.entity.js';

/**
 * The bucket of `key`, locked for the rest of the transaction, created with `initial`
 * when missing. On PostgreSQL, processes that hit one key at once queue on its row
 * (a missing row is inserted with ON CONFLICT DO NOTHING first, so two first hits
 * never collide on the key); SQLite's writer queue already serialises them.
 */
async function lockedBucket(tem: EntityManager, key: string, initial: { value: number; updatedAt: Date }): Promise<RateBucket> {
  if (!isPostgres(tem)) {
    return (await tem.findOne(RateBucket, { key })) ?? tem.create(RateBucket, { key, ...initial });
  }
  const lock = { lockMode: LockMode.PESSIMISTIC_WRITE } as const;
  const found = await tem.findOne(RateBucket, { key }, lock);
  if (found) return found;
  await (tem as SqlEntityManager).createQueryBuilder(RateBucket).insert({ key, ...initial }).onConflict('key').ignore().execute();
  return tem.findOneOrFail(RateBucket, { key }, lock);
}

/**
 * Fixed-window counter in the database, shared by every server process. Returns
 * whether this hit is within `limit` for the window it falls in.
 */
export async function hit(em: EntityManager, key: string, limit: number, windowSeconds: number, now = new Date()): Promise<boolean> {
  return writeTransaction(em, async (tem) => {
    const windowStart = new Date(Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds * 1000);
    const bucket = await lockedBucket(tem, key, { value: 0, updatedAt: windowStart });
    if (bucket.updatedAt.getTime() !== windowStart.getTime()) {
      bucket.value = 0;
      bucket.updatedAt = windowStart;
    }
    bucket.value += 1;
    await tem.flush();
    return bucket.value <= limit;
  });
}

/** Clears a counter (a successful sign-in forgives the account's failures). */
export async function forgive(em: EntityManager, key: string): Promise<void> {
  await em.nativeDelete(RateBucket, { key });
}

/**
 * A leaky bucket of query cost: `capacity` points, refilled at `perSecond`. Takes
 * `cost` if there is enough and reports what is left either way.
 */
export async function spend(
  em: EntityManager, key: string, cost: number, capacity: number, perSecond: number, now = new Date(),
): Promise<{ allowed: boolean; available: number }> {
  return writeTransaction(em, async (tem) => {
    const bucket = await lockedBucket(tem, key, { value: capacity, updatedAt: now });
    const elapsed = Math.max(0, (now.getTime() - bucket.updatedAt.getTime()) / 1000);
    const before = Math.min(capacity, bucket.value + elapsed * perSecond);
    const allowed = cost <= before;
    bucket.value = allowed ? before - cost : before;
    // A request that waited on the lock may carry an older `now`: time never runs backwards.
    if (now > bucket.updatedAt) bucket.updatedAt = now;
    await tem.flush();
    return { allowed, available: Math.floor(bucket.value) };
  });
}
