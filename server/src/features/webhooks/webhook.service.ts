import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ALL_WEBHOOK_EVENT_TYPES, ERROR_CODES, type WebhookEventType } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import type { Academy } from '../academies/academy.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import type { WebhookConfig } from './webhook.config.js';
import { newWebhookSecret } from './webhook.signature.js';
import { checkWebhookUrl } from './webhook.url.js';

type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

interface Fields {
  url?: string | null;
  events?: WebhookEventType[] | null;
  description?: string | null;
  active?: boolean | null;
}

/** Checks the changed fields; the values to store, or the errors by input field. */
function checkFields(f: Fields, config: Pick<WebhookConfig, 'allowPrivate'>): Result<Fields> {
  const errors: UserError[] = [];
  const out: Fields = {};
  if (f.url !== undefined && f.url !== null) {
    const url = checkWebhookUrl(f.url, config.allowPrivate);
    if (url.ok) out.url = url.url;
    else errors.push(new UserError('url', url.code, url.message));
  }
  if (f.events !== undefined && f.events !== null) {
    const events = [...new Set(f.events)].filter((e) => ALL_WEBHOOK_EVENT_TYPES.includes(e));
    if (events.length === 0) errors.push(new UserError('events', ERROR_CODES.REQUIRED, 'choose at least one event'));
    out.events = ALL_WEBHOOK_EVENT_TYPES.filter((e) => events.includes(e));
  }
  if (f.description !== undefined && f.description !== null) {
    const d = f.description.trim();
    if (d.length > 200) errors.push(new UserError('description', ERROR_CODES.OUT_OF_RANGE, 'the description is longer than 200 characters'));
    out.description = d || null;
  }
  if (f.active !== undefined && f.active !== null) out.active = f.active;
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

export async function createSubscription(
  em: EntityManager, academy: Academy, f: Fields & { url: string; events: WebhookEventType[] }, config: WebhookConfig,
): Promise<Result<{ subscription: WebhookSubscription; secret: string }>> {
  const checked = checkFields(f, config);
  if (!checked.ok) return checked;
  const secret = newWebhookSecret();
  const subscription = em.create(WebhookSubscription, {
    academy, url: checked.value.url!, events: checked.value.events!, description: checked.value.description ?? null,
    active: checked.value.active ?? true, secret,
  });
  await em.flush();
  return { ok: true, value: { subscription, secret } };
}

async function findSubscription(em: EntityManager, viewer: Viewer, id: number | null): Promise<WebhookSubscription | null> {
  return id === null ? null : em.findOne(WebhookSubscription, scoped(viewer, 'WebhookSubscription', [{ id }]));
}

const notFound = (field = 'id') => ({ ok: false as const, errors: [new UserError(field, ERROR_CODES.NOT_FOUND, 'no such webhook subscription')] });

export async function updateSubscription(em: EntityManager, viewer: Viewer, id: number | null, f: Fields, config: WebhookConfig): Promise<Result<WebhookSubscription>> {
  const subscription = await findSubscription(em, viewer, id);
  if (!subscription) return notFound();
  const checked = checkFields(f, config);
  if (!checked.ok) return checked;
  em.assign(subscription, checked.value);
  await em.flush();
  return { ok: true, value: subscription };
}

/** How long a rotated-out secret may keep signing: none (at once) up to a week; a day unless asked. */
export const SECRET_OVERLAP_HOURS = { default: 24, max: 168 } as const;

/**
 * A new signing secret. With an overlap (hours, fractions allowed), the secret it replaces
 * keeps signing beside it until the overlap ends, so receivers can switch without losing
 * deliveries; a second rotation within the window replaces that previous secret with the
 * one it rotates out. Overlap 0: the old secret stops at once.
 */
export async function rotateSecret(
  em: EntityManager, viewer: Viewer, id: number | null, overlapHours: number = SECRET_OVERLAP_HOURS.default, now = new Date(),
): Promise<Result<{ subscription: WebhookSubscription; secret: string }>> {
  if (!Number.isFinite(overlapHours) || overlapHours < 0 || overlapHours > SECRET_OVERLAP_HOURS.max) {
    return { ok: false, errors: [new UserError('overlapHours', ERROR_CODES.OUT_OF_RANGE, `the overlap is from 0 to ${SECRET_OVERLAP_HOURS.max} hours`)] };
  }
  const subscription = await findSubscription(em, viewer, id);
  if (!subscription) return notFound();
  const overlapMs = Math.round(overlapHours * 3600_000);
  subscription.previousSecret = overlapMs > 0 ? subscription.secret : null;
  subscription.previousSecretUntil = overlapMs > 0 ? new Date(now.getTime() + overlapMs) : null;
  subscription.secret = newWebhookSecret();
  await em.flush();
  return { ok: true, value: { subscription, secret: subscription.secret } };
}

/** Deletes a subscription with its deliveries (events other subscriptions still owe stay). */
export async function deleteSubscription(em: EntityManager, viewer: Viewer, id: number | null): Promise<Result<number>> {
  const subscription = await findSubscription(em, viewer, id);
  if (!subscription) return notFound();
  await writeTransaction(em, async (tem) => {
    await (tem as SqlEntityManager).nativeDelete(WebhookDelivery, { subscription: subscription.id });
    await tem.nativeDelete(WebhookSubscription, { id: subscription.id });
  });
  return { ok: true, value: subscription.id };
}

/** Sends a delivered or failed event again: a new delivery of the same event, so the receiver sees the same event id. */
export async function redeliver(em: EntityManager, viewer: Viewer, id: number | null): Promise<Result<WebhookDelivery>> {
  const prior = id === null ? null : await em.findOne(WebhookDelivery, scoped(viewer, 'WebhookDelivery', [{ id }]));
  if (!prior) return { ok: false, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such delivery')] };
  if (prior.status === 'PENDING') {
    return { ok: false, errors: [new UserError('id', ERROR_CODES.WEBHOOK_DELIVERY_PENDING, 'the delivery is still waiting or being sent')] };
  }
  const delivery = em.create(WebhookDelivery, { subscription: prior.subscription, event: prior.event, redelivery: true, nextAttemptAt: new Date() });
  await em.flush();
  return { ok: true, value: delivery };
}
