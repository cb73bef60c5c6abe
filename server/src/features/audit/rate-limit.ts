import type { EntityManager } from '@mikro-orm/core';
import { writeTransaction } from '../../db/write-queue.js';
import { RateBucket } from './rate-bucket.entity.js';

/**
 * Fixed-window counter in the database, shared by every server process. Returns
 * whether this hit is within `limit` for the window it falls in.
 */
export async function hit(em: EntityManager, key: string, limit: number, windowSeconds: number, now = new Date()): Promise<boolean> {
  return writeTransaction(em, async (tem) => {
    const bucket = await tem.findOne(RateBucket, { key });
    const windowStart = new Date(Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds * 1000);
    if (!bucket) {
      tem.create(RateBucket, { key, value: 1, updatedAt: windowStart });
    } else if (bucket.updatedAt.getTime() !== windowStart.getTime()) {
      bucket.value = 1;
      bucket.updatedAt = windowStart;
    } else {
      bucket.value += 1;
    }
    await tem.flush();
    return (bucket?.value ?? 1) <= limit;
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
    const bucket = await tem.findOne(RateBucket, { key });
    const elapsed = bucket ? Math.max(0, (now.getTime() - bucket.updatedAt.getTime()) / 1000) : 0;
    const before = bucket ? Math.min(capacity, bucket.value + elapsed * perSecond) : capacity;
    const allowed = cost <= before;
    const after = allowed ? before - cost : before;
    if (bucket) {
      bucket.value = after;
      bucket.updatedAt = now;
    } else tem.create(RateBucket, { key, value: after, updatedAt: now });
    await tem.flush();
    return { allowed, available: Math.floor(after) };
  });
}
