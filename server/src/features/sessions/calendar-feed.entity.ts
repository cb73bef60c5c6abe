import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Node } from '../../graphql/node.entity.js';
import { Person } from '../persons/person.entity.js';

/**
 * A person's calendar feed address. The secret is kept as it is (unlike passwords and
 * tokens): it only reads one person's schedule, calendar apps poll it for months, and
 * the participant must be able to see the address again. Revoking issues a new one.
 */
@Entity()
export class CalendarFeed extends Node {
  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Property({ type: 'string', length: 64 })
  @Unique()
  secret!: string;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;
}
