import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { WebhookDeliveryStatus, WebhookEventType } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { Academy } from '../academies/academy.entity.js';
import { WebhookDeliveryStatusEnum, WebhookEventTypeEnum } from './webhook.enums.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';

/**
 * The outbox: one row per event, written in the transaction of the change it tells
 * about, so there is no event without its change and no change without its event.
 */
@Entity()
export class WebhookEvent {
  [OptionalProps]?: 'id' | 'occurredAt';

  /** The event id receivers de-duplicate by; the same on every attempt and redelivery. */
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Enum({ items: () => WebhookEventTypeEnum, type: 'string' })
  type!: WebhookEventType;

  /** Indexed for retention (webhook.retention.ts), which removes old events nothing refers to. */
  @Property({ type: 'Date', index: true })
  occurredAt: Date = new Date();

  @Property({ type: 'json' })
  data!: Record<string, unknown>;
}

@ObjectType({ description: 'One attempt to deliver an event: when, what the receiver answered, how long it took.' })
export class WebhookAttempt {
  @Field(() => Int, { description: 'Attempt number within the delivery, from 1.' })
  number!: number;

  @Field({ description: 'When the request was sent.' })
  attemptedAt!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when no answer came (timeout, refused connection)." })
  httpStatus!: number | null;

  @Field(() => Int, { description: 'Milliseconds from sending the request to the answer or the failure.' })
  durationMs!: number;

  @Field(() => String, { nullable: true, description: 'Why the attempt failed; null when it succeeded.' })
  error!: string | null;
}

/** An attempt as stored in the delivery's JSON column. */
export interface StoredAttempt {
  number: number;
  attemptedAt: string;
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
}

@ObjectType({ implements: Node, description: "One event on its way to one subscription's address, with every attempt made." })
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['subscription', 'createdAt'] })
// Retention removes finished deliveries by when they last changed.
@Index({ properties: ['updatedAt'] })
export class WebhookDelivery extends Node<'status' | 'attemptCount' | 'lease' | 'attempts' | 'redelivery' | 'lastHttpStatus' | 'lastError' | 'deliveredAt'> {
  @ManyToOne(() => WebhookSubscription, { ref: true, deleteRule: 'cascade' })
  subscription!: Ref<WebhookSubscription>;

  @ManyToOne(() => WebhookEvent, { ref: true, index: true })
  event!: Ref<WebhookEvent>;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Waiting, delivered, or failed after the last allowed attempt.' })
  @Enum({ items: () => WebhookDeliveryStatusEnum, type: 'string' })
  status: WebhookDeliveryStatus = 'PENDING';

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Property({ type: 'integer' })
  attemptCount: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once delivered or failed.' })
  @Property({ type: 'Date', nullable: true })
  nextAttemptAt: Date | null = new Date();

  /** Claim counter: a worker owns the delivery when its conditional UPDATE moved it from the value it read. */
  @Property({ type: 'integer' })
  lease: number = 0;

  @Property({ type: 'json' })
  attempts: StoredAttempt[] = [];

  @Field({ description: 'Made by redeliverWebhookDelivery (the event and its id are the same as the first delivery).' })
  @Property({ type: 'boolean' })
  redelivery: boolean = false;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status on the last attempt." })
  @Property({ type: 'integer', nullable: true })
  lastHttpStatus: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; null after a success.' })
  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the receiver accepted it.' })
  @Property({ type: 'Date', nullable: true })
  deliveredAt: Date | null = null;
}
