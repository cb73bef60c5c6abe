import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Scope } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { Academy } from '../academies/academy.entity.js';
import { Account } from './account.entity.js';

@ObjectType({ implements: Node, description: "An integrator's API token for one academy. The secret is shown once; only its hash is kept." })
@Entity()
export class ApiToken extends Node<'scopes'> {
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Field({ description: 'What the token is for.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: 'First characters of the token, to tell tokens apart.' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  @Unique()
  secretHash!: string;

  @Field(() => [String], { description: 'roster:read, roster:write, schedule:read, attendance:read, attendance:write, reports:read.' })
  @Property({ type: 'json' })
  scopes: Scope[] = [];

  @Field(() => Date, { nullable: true, description: 'When the token stops working; null for no expiry.' })
  @Property({ type: 'Date', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last request made with it (to the minute).' })
  @Property({ type: 'Date', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked; null while it works.' })
  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne(() => Account, { ref: true, nullable: true })
  createdBy?: Ref<Account> | null;
}
