import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { WebhookEventType } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { Academy } from '../academies/academy.entity.js';
import { WebhookEventTypeEnum } from './webhook.enums.js';

@ObjectType({ implements: Node, description: "An integrator's endpoint that an academy's events are POSTed to, signed with its secret (HMAC-SHA256)." })
@Entity()
export class WebhookSubscription extends Node<'active' | 'description' | 'secretHint' | 'previousSecret' | 'previousSecretUntil' | 'previousSecretExpiresAt'> {
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Field({ description: 'The http(s) address events are POSTed to.' })
  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Field(() => [WebhookEventTypeEnum], { description: 'The events sent to this address.' })
  @Property({ type: 'json' })
  events: WebhookEventType[] = [];

  @Field(() => String, { nullable: true, description: 'What the subscription is for (free text).' })
  @Property({ type: 'string', length: 200, nullable: true })
  description?: string | null = null;

  @Field({ description: 'Inactive subscriptions get no new events; their waiting deliveries wait until it is active again.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  /** The signing secret. Kept (a signature needs it), never shown after creation or rotation. */
  @Property({ type: 'string', length: 100, hidden: true })
  secret!: string;

  @Field({ description: 'The last characters of the signing secret, to tell which one a receiver holds.' })
  get secretHint(): string {
    return `…${this.secret.slice(-4)}`;
  }

  /**
   * The secret a rotation replaced, kept like `secret` (a signature needs it) and never
   * shown: until `previousSecretUntil`, deliveries carry its signature beside the new one.
   */
  @Property({ type: 'string', length: 100, nullable: true, hidden: true })
  previousSecret: string | null = null;

  @Property({ type: 'Date', nullable: true, hidden: true })
  previousSecretUntil: Date | null = null;

  /** The previous secret while it still signs (before its end), else null. */
  activePreviousSecret(now = new Date()): string | null {
    return this.previousSecret && this.previousSecretUntil && this.previousSecretUntil.getTime() > now.getTime() ? this.previousSecret : null;
  }

  @Field(() => Date, {
    nullable: true,
    description: 'Until when deliveries also carry a signature made with the secret the last rotation replaced (rotateWebhookSecret with overlapHours); null when only the current secret signs.',
  })
  get previousSecretExpiresAt(): Date | null {
    return this.activePreviousSecret() ? this.previousSecretUntil : null;
  }
}
