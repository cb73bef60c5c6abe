import type { WebhookDeliveryStatus } from '@lintas/shared';
import { MANAGE } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';

/** `Query.webhookSubscriptions`: an organizer's academy's, or all for admins; newest first. */
const webhookSubscriptions: ListRead<ConnectionArgs> = {
  entity: WebhookSubscription, access: MANAGE, args: ['first', 'after'], orderBy: { createdAt: 'desc' },
  where: (_em, viewer) => scoped(viewer, 'WebhookSubscription', []),
};

/** `Query.webhookDeliveries`: one subscription's log, newest first. */
const webhookDeliveries: ListRead<ConnectionArgs & { subscriptionId: string; status?: WebhookDeliveryStatus | null }> = {
  entity: WebhookDelivery, access: MANAGE, args: ['first', 'after', 'subscriptionId', 'status'], orderBy: { createdAt: 'desc' },
  where: (_em, viewer, args) => scoped(viewer, 'WebhookDelivery', [
    { subscription: localId(args.subscriptionId, 'WebhookSubscription') }, args.status ? { status: args.status } : {},
  ]),
};

export const webhookReads = { lists: { webhookSubscriptions, webhookDeliveries } } satisfies ReadModel;
