import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import type { WebhookDeliveryStatus, WebhookEventType } from '@lintas/shared';
import { Connection, ConnectionArgs } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import { WebhookDeliveryStatusEnum, WebhookEventTypeEnum } from './webhook.enums.js';

@ObjectType({ description: 'A page of webhook subscriptions.' })
export class WebhookSubscriptionConnection extends Connection(WebhookSubscription) {}

@ObjectType({ description: 'A page of webhook deliveries.' })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The subscription whose deliveries to list.' })
  subscriptionId!: string;

  @Field(() => WebhookDeliveryStatusEnum, { nullable: true, description: 'Only deliveries in this status.' })
  status?: WebhookDeliveryStatus | null;
}

@InputType({ description: 'A new webhook subscription.' })
export class CreateWebhookSubscriptionInput {
  @Field(() => ID, { nullable: true, description: 'Academy whose events to send; organizers always get their own, admins must name one.' })
  academyId?: string | null;

  @Field({ description: 'The http(s) address to POST events to.' })
  url!: string;

  @Field(() => [WebhookEventTypeEnum], { description: 'The events to send (at least one).' })
  events!: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'What the subscription is for.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Start sending at once (default) or create it inactive.' })
  active?: boolean | null;
}

@InputType({ description: 'Changes to a webhook subscription; fields left out stay as they are.' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new http(s) address.' })
  url?: string | null;

  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'The new list of events (at least one).' })
  events?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'A new description; an empty string removes it.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Pause (false) or resume (true) sending.' })
  active?: boolean | null;
}

@ObjectType({ description: 'Result of createWebhookSubscription or rotateWebhookSecret.' })
export class WebhookSecretPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The subscription.' })
  subscription!: WebhookSubscription | null;

  @Field(() => String, { nullable: true, description: 'The signing secret, shown only now: keep it where the receiver can read it.' })
  secret!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was changed, if so.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of updateWebhookSubscription.' })
export class WebhookSubscriptionPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The subscription as it is now.' })
  subscription!: WebhookSubscription | null;

  @Field(() => [UserError], { description: 'Why nothing was changed, if so.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of deleteWebhookSubscription.' })
export class DeleteWebhookSubscriptionPayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the deleted subscription.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted, if so.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of redeliverWebhookDelivery.' })
export class RedeliverWebhookPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The new delivery of the same event (same event id).' })
  delivery!: WebhookDelivery | null;

  @Field(() => [UserError], { description: 'Why nothing was queued, if so.' })
  errors!: UserError[];
}
