import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Node } from '../../graphql/node.entity.js';
import { Person } from '../persons/person.entity.js';
import { Account } from './account.entity.js';

/** A one-time code an organizer hands to a participant, who sets a password with it. */
@Entity()
export class Invitation extends Node {
  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  usedAt?: Date | null;

  @ManyToOne(() => Account, { ref: true, nullable: true })
  createdBy?: Ref<Account> | null;
}
