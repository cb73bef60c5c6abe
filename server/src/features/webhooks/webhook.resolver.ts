import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES, type WebhookEventType } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { MANAGE } from '../../graphql/access.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { Academy } from '../academies/academy.entity.js';
import { WebhookAttempt, WebhookDelivery, WebhookEvent } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import { webhookConfig } from './webhook.config.js';
import { WebhookEventTypeEnum } from './webhook.enums.js';
import {
  CreateWebhookSubscriptionInput, DeleteWebhookSubscriptionPayload, RedeliverWebhookPayload, UpdateWebhookSubscriptionInput,
  WebhookDeliveriesArgs, WebhookDeliveryConnection, WebhookSecretPayload, WebhookSubscriptionConnection, WebhookSubscriptionPayload,
} from './webhook.inputs.js';
import { createSubscription, deleteSubscription, redeliver, rotateSecret, SECRET_OVERLAP_HOURS, updateSubscription } from './webhook.service.js';
import { webhookBody } from './webhook.worker.js';
import { readList } from '../../graphql/read-model.js';
import { webhookReads } from './webhook.read-model.js';

const CONFIG = webhookConfig();

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Authorized(...MANAGE)
  @Query(() => WebhookSubscriptionConnection, { description: "Webhook subscriptions: an organizer's academy's, or all for admins. Newest first." })
  async webhookSubscriptions(@Args() args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<WebhookSubscriptionConnection> {
    return (await readList({ em, viewer }, webhookReads.lists.webhookSubscriptions, args)) as WebhookSubscriptionConnection;
  }

  @Authorized(...MANAGE)
  @Query(() => WebhookDeliveryConnection, { description: "The delivery log of a subscription, newest first: each event sent, its status and every attempt." })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() { em, viewer }: Context): Promise<WebhookDeliveryConnection> {
    return (await readList({ em, viewer }, webhookReads.lists.webhookDeliveries, args)) as WebhookDeliveryConnection;
  }

  @Authorized(...MANAGE)
  @Mutation(() => WebhookSecretPayload, { description: "Subscribes an address to an academy's events. The signing secret is in this response only." })
  async createWebhookSubscription(@Arg('input', () => CreateWebhookSubscriptionInput, { description: 'The address, the events wanted and an optional description.' }) input: CreateWebhookSubscriptionInput, @Ctx() { em, viewer }: Context): Promise<WebhookSecretPayload> {
    const academyId = viewer.kind === 'account' && viewer.role === 'ORGANIZER'
      ? viewer.academyId
      : input.academyId ? tryLocalId(input.academyId, 'Academy') : null;
    const academy = academyId === null ? null : await em.findOne(Academy, scoped(viewer, 'Academy', [{ id: academyId }]));
    if (!academy) return { subscription: null, secret: null, errors: [new UserError('academyId', ERROR_CODES.NOT_FOUND, 'no such academy')] };
    const result = await createSubscription(em, academy, input, CONFIG);
    return result.ok ? { ...result.value, errors: [] } : { subscription: null, secret: null, errors: result.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Changes the address, the events, the description or pauses/resumes a subscription.' })
  async updateWebhookSubscription(@Arg('input', () => UpdateWebhookSubscriptionInput, { description: 'The subscription and the fields to change; omitted fields stay as they are.' }) input: UpdateWebhookSubscriptionInput, @Ctx() { em, viewer }: Context): Promise<WebhookSubscriptionPayload> {
    const result = await updateSubscription(em, viewer, tryLocalId(input.id, 'WebhookSubscription'), input, CONFIG);
    return result.ok ? { subscription: result.value, errors: [] } : { subscription: null, errors: result.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => DeleteWebhookSubscriptionPayload, { description: 'Deletes a subscription and its delivery log; nothing more is sent to it.' })
  async deleteWebhookSubscription(@Arg('id', () => ID, { description: 'The subscription.' }) id: string, @Ctx() { em, viewer }: Context): Promise<DeleteWebhookSubscriptionPayload> {
    const result = await deleteSubscription(em, viewer, tryLocalId(id, 'WebhookSubscription'));
    return result.ok ? { deletedId: toGlobalId('WebhookSubscription', result.value), errors: [] } : { deletedId: null, errors: result.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => WebhookSecretPayload, {
    description: 'Replaces the signing secret; the new one is in this response only. Deliveries from now on are signed with it and, '
      + 'during the overlap, also with the secret it replaced (two `v1=` signatures in Lintas-Signature), until subscription.previousSecretExpiresAt.',
  })
  async rotateWebhookSecret(
    @Arg('id', () => ID, { description: 'The subscription.' }) id: string,
    @Arg('overlapHours', () => Float, {
      nullable: true, defaultValue: SECRET_OVERLAP_HOURS.default,
      description: `Hours the replaced secret keeps signing beside the new one, from 0 (stops at once) to ${SECRET_OVERLAP_HOURS.max}; default ${SECRET_OVERLAP_HOURS.default}.`,
    }) overlapHours: number | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<WebhookSecretPayload> {
    const result = await rotateSecret(em, viewer, tryLocalId(id, 'WebhookSubscription'), overlapHours ?? SECRET_OVERLAP_HOURS.default);
    return result.ok ? { ...result.value, errors: [] } : { subscription: null, secret: null, errors: result.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => RedeliverWebhookPayload, { description: 'Sends a delivered or failed event again, with the same event id (receivers that de-duplicate ignore it).' })
  async redeliverWebhookDelivery(@Arg('id', () => ID, { description: 'The delivery to send again.' }) id: string, @Ctx() { em, viewer }: Context): Promise<RedeliverWebhookPayload> {
    const result = await redeliver(em, viewer, tryLocalId(id, 'WebhookDelivery'));
    return result.ok ? { delivery: result.value, errors: [] } : { delivery: null, errors: result.errors };
  }

  @FieldResolver(() => Academy, { description: 'The academy whose events are sent.' })
  academy(@Root() s: WebhookSubscription, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, s.academy);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  private event(d: WebhookDelivery, { loaders, em }: Context): Promise<WebhookEvent> {
    return loaders.batch<string, WebhookEvent>('webhookEvent', async (ids) => {
      const rows = new Map((await em.find(WebhookEvent, { id: { $in: [...ids] } })).map((e) => [e.id, e]));
      return ids.map((id) => rows.get(id)!);
    }).load(d.event.id);
  }

  @FieldResolver(() => WebhookSubscription, { description: 'The subscription it is sent to.' })
  subscription(@Root() d: WebhookDelivery, @Ctx() { loaders }: Context) {
    return loaders.ref(WebhookSubscription, d.subscription);
  }

  @FieldResolver(() => String, { description: 'The event id (also the `Lintas-Event-Id` header): receivers de-duplicate by it.' })
  eventId(@Root() d: WebhookDelivery): string {
    return d.event.id;
  }

  @FieldResolver(() => WebhookEventTypeEnum, { description: 'What the event tells about.' })
  async eventType(@Root() d: WebhookDelivery, @Ctx() ctx: Context): Promise<WebhookEventType> {
    return (await this.event(d, ctx)).type;
  }

  @FieldResolver(() => Date, { description: 'When the change happened (committed with the event).' })
  async occurredAt(@Root() d: WebhookDelivery, @Ctx() ctx: Context): Promise<Date> {
    return (await this.event(d, ctx)).occurredAt;
  }

  @FieldResolver(() => String, { description: 'The JSON body POSTed: `{ id, type, occurredAt, academyId, data }`.' })
  async payload(@Root() d: WebhookDelivery, @Ctx() ctx: Context): Promise<string> {
    return webhookBody(await this.event(d, ctx));
  }

  @FieldResolver(() => Int, { description: 'Attempts allowed before the delivery is FAILED.' })
  maxAttempts(): number {
    return CONFIG.maxAttempts;
  }

  @FieldResolver(() => [WebhookAttempt], { description: `Every attempt, first to last (at most maxAttempts, so not paged).` })
  attempts(@Root() d: WebhookDelivery): WebhookAttempt[] {
    return d.attempts.map((a) => ({ ...a, attemptedAt: new Date(a.attemptedAt) }));
  }
}
