import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from './dialect.js';
import { writeTransaction } from './write-queue.js';
import { executePrepared } from './bound-sql.js';
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
 *
 * One `INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING` statement, atomic on its own
 * on both dialects (PostgreSQL locks the row, SQLite has one writer), so every server
 * process spends from the same bucket without a transaction. The update's `WHERE` is
 * the decision: a refused spend changes nothing and returns no row, and only then is
 * the bucket read once more to report what is available.
 */
export async function spend(
  em: EntityManager, key: string, cost: number, capacity: number, perSecond: number, now = new Date(),
): Promise<{ allowed: boolean; available: number }> {
  const pg = isPostgres(em);
  const stamp = pg ? now : now.getTime();
  const elapsed = pg
    ? 'greatest(0, extract(epoch from (excluded.updated_at - rate_bucket.updated_at)))::float8'
    : 'max(0, excluded.updated_at - rate_bucket.updated_at) / 1000.0';
  const refilled = `${pg ? 'least' : 'min'}(?, rate_bucket."value" + ${elapsed} * ?)`;
  // A request that waited may carry an older `now`: the bucket's clock never runs backwards.
  const latest = `${pg ? 'greatest' : 'max'}(rate_bucket.updated_at, excluded.updated_at)`;
  if (cost > capacity) return { allowed: false, available: await available(em, key, capacity, perSecond, now) };
  const rows = await executePrepared<{ value: number }>(em as SqlEntityManager,
    `insert into rate_bucket ("key", "value", updated_at) values (?, ?, ?)
     on conflict ("key") do update set "value" = ${refilled} - ?, updated_at = ${latest}
     where ${refilled} >= ?
     returning "value"`,
    [key, capacity - cost, stamp, capacity, perSecond, cost, capacity, perSecond, cost],
    'write',
    // A budget need not survive a power cut (on PostgreSQL the table is unlogged).
    { durable: false },
  );
  if (rows.length === 1) return { allowed: true, available: Math.floor(Number(rows[0]!.value)) };
  return { allowed: false, available: await available(em, key, capacity, perSecond, now) };
}

async function available(em: EntityManager, key: string, capacity: number, perSecond: number, now: Date): Promise<number> {
  const bucket = await em.fork().findOne(RateBucket, { key });
  if (!bucket) return capacity;
  const elapsed = Math.max(0, (now.getTime() - bucket.updatedAt.getTime()) / 1000);
  return Math.floor(Math.min(capacity, bucket.value + elapsed * perSecond));
}
