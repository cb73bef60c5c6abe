import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Node } from '../../graphql/node.entity.js';
import { Account } from './account.entity.js';

/** A browser session; the cookie holds a random secret, the database only its hash, so every process shares it. */
@Entity()
export class AuthSession extends Node<'mfaPassed'> {
  @Property({ type: 'string', length: 64 })
  @Unique()
  secretHash!: string;

  @ManyToOne(() => Account, { ref: true, index: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  /** The second factor was given in this session (or the account has none). */
  @Property({ type: 'boolean' })
  mfaPassed: boolean = false;

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;
}
