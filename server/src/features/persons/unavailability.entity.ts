import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../db/node.entity.js';
import { Person } from './person.entity.js';

@ObjectType({ implements: Node, description: "A window a person cannot attend (a senior official's other duties); a hard constraint for scheduling." })
@Entity()
@Index({ properties: ['person', 'startsAt'] })
export class Unavailability extends Node {
  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @Field({ description: 'Start of the unavailable window.' })
  @Property({ type: 'Date' })
  startsAt!: Date;

  @Field({ description: 'End of the unavailable window.' })
  @Property({ type: 'Date' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why, e.g. dinas luar; null when not given.' })
  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;
}
