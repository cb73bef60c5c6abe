import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../db/node.entity.js';
import { Academy } from '../academies/academy.entity.js';

@ObjectType({ implements: Node, description: 'A room or hall where sessions take place.' })
@Entity()
export class Venue extends Node {
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Field({ description: 'Name of the room or building.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Int, { description: 'Seats: a session is refused (schedule/venue-too-small) when the cohort has more people.' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'Street address; null when unknown.' })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;
}
