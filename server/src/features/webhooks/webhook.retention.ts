import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../../db/dialect.js';
import { PeriodicTask } from '../../periodic-task.js';
import { writeTransaction } from '../../db/write-queue.js';
import type { WebhookConfig } from './webhook.config.js';
import { WebhookDelivery, WebhookEvent } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';

export interface PruneResult {
  /** Deliveries removed (delivered or failed, last changed before the cut-off). */
  deliveries: number;
  /** Events removed (occurred before the cut-off, no delivery left that refers to them). */
  events: number;
  /** DELETE statements run (each in its own short transaction). */
  batches: number;
  /** Subscriptions whose rotated-out secret, past its overlap, was forgotten. */
  secretsForgotten: number;
}

type Retention = Pick<WebhookConfig, 'retentionDays' | 'retentionBatch'>;

/**
 * One batch: `DELETE … WHERE id IN (SELECT id … LIMIT n)`, set-based, in its own
 * transaction so writers are held up for one batch at most. On PostgreSQL the ids are
 * taken `FOR UPDATE SKIP LOCKED`: two processes pruning at once take disjoint rows
 * instead of waiting on (or deadlocking over) each other's; SQLite has one writer.
 */
async function deleteBatch(em: EntityManager, select: (tem: SqlEntityManager) => Knex.QueryBuilder, table: string): Promise<number> {
  return writeTransaction(em.fork(), async (tem) => {
    const sem = tem as SqlEntityManager;
    const ids = select(sem);
    if (isPostgres(tem)) ids.forUpdate().skipLocked();
    const statement = sem.getKnex()(table).whereIn('id', ids).del();
    const result: unknown = await sem.getConnection().execute(statement, [], 'run', sem.getTransactionContext());
    return Number((result as { affectedRows?: number }).affectedRows ?? 0);
  });
}

/**
 * Removes what is past retention: first delivered and failed deliveries last changed
 * before the cut-off (a waiting or retrying one is PENDING and never matches; a finished
 * delivery never becomes PENDING again, a redelivery is a new row), then events older
 * than the cut-off that no delivery refers to any more. Batches run until one comes back
 * short, so the statements are the rows removed divided by the batch size, plus one per
 * table (and one for rotated-out secrets past their overlap).
 */
export async function pruneWebhooks(em: EntityManager, config: Retention, now = new Date(), stopping = () => false): Promise<PruneResult> {
  const result: PruneResult = { deliveries: 0, events: 0, batches: 0, secretsForgotten: 0 };
  // A rotated-out secret no longer signs once its overlap ended; it is not kept beyond that.
  result.secretsForgotten = await writeTransaction(em.fork(), (tem) => tem.nativeUpdate(
    WebhookSubscription, { previousSecretUntil: { $lte: now } }, { previousSecret: null, previousSecretUntil: null },
  ));
  if (config.retentionDays <= 0) return result;
  const cutoff = new Date(now.getTime() - config.retentionDays * 86_400_000);
  const limit = config.retentionBatch;

  const oldDeliveries = (sem: SqlEntityManager) => sem.createQueryBuilder(WebhookDelivery, 'd').select('d.id')
    .where({ status: { $in: ['SUCCEEDED', 'FAILED'] }, updatedAt: { $lt: cutoff } }).limit(limit).getKnexQuery();
  for (;;) {
    const n = await deleteBatch(em, oldDeliveries, em.getMetadata().get(WebhookDelivery.name).tableName);
    result.batches++;
    result.deliveries += n;
    if (n < limit || stopping()) break;
  }
  if (stopping()) return result;

  const deliveryTable = em.getMetadata().get(WebhookDelivery.name).tableName;
  const oldEvents = (sem: SqlEntityManager) => {
    const knex = sem.getKnex();
    return sem.createQueryBuilder(WebhookEvent, 'e').select('e.id').where({ occurredAt: { $lt: cutoff } }).limit(limit).getKnexQuery()
      .whereNotExists(knex(`${deliveryTable} as wd`).select(knex.raw('1')).whereRaw('?? = ??', ['wd.event_id', 'e.id']));
  };
  for (;;) {
    const n = await deleteBatch(em, oldEvents, em.getMetadata().get(WebhookEvent.name).tableName);
    result.batches++;
    result.events += n;
    if (n < limit || stopping()) break;
  }
  return result;
}

/** Runs `pruneWebhooks` at start and then every `retentionIntervalMs`, in the background of every server process (not at all when retention is off). */
export function webhookRetention(orm: MikroORM, config: Retention & Pick<WebhookConfig, 'retentionIntervalMs'>): PeriodicTask | null {
  if (config.retentionDays <= 0) return null;
  return new PeriodicTask('webhook retention', config.retentionIntervalMs, (stopping) => pruneWebhooks(orm.em.fork(), config, new Date(), stopping));
}
