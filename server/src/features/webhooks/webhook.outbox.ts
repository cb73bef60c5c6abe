import type { EntityManager } from '@mikro-orm/core';
import type { WebhookEventType } from '@lintas/shared';
import { WebhookDelivery, WebhookEvent } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';

export interface OutboxEvent {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

/**
 * Writes events into the outbox with the transaction's EntityManager, so they commit
 * or roll back with the change they describe: one row per event and one pending
 * delivery per active subscription of the academy that asked for its type. An event
 * nobody subscribed to is not written at all.
 */
export async function emitEvents(tem: EntityManager, academyId: number, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  const subscriptions = await tem.find(WebhookSubscription, { academy: academyId, active: true });
  if (subscriptions.length === 0) return;
  const now = new Date();
  for (const e of events) {
    const wanting = subscriptions.filter((s) => s.events.includes(e.type));
    if (wanting.length === 0) continue;
    const event = tem.create(WebhookEvent, { academy: academyId, type: e.type, data: e.data, occurredAt: now });
    for (const subscription of wanting) tem.create(WebhookDelivery, { subscription, event, nextAttemptAt: now });
  }
  await tem.flush();
}

/** Whether anyone of the academy listens for any of these types (to skip building large payloads). */
export async function anyoneListens(tem: EntityManager, academyIds: number[], types: WebhookEventType[]): Promise<boolean> {
  if (academyIds.length === 0) return false;
  const subscriptions = await tem.find(WebhookSubscription, { academy: { $in: academyIds }, active: true });
  return subscriptions.some((s) => s.events.some((t) => types.includes(t)));
}
