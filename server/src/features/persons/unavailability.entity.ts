import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.entity.js';
import { Person } from './person.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';

/** What a person's and a facilitator's windows share: when, and why. */
@ObjectType({ description: 'Fields every unavailable window shares; not a type of its own.' })
@Entity({ abstract: true })
export abstract class UnavailableWindow extends Node {
  @Field({ description: 'Start of the unavailable window.' })
  @Property({ type: 'Date' })
  startsAt!: Date;

  @Field({ description: 'End of the unavailable window.' })
  @Property({ type: 'Date' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why, e.g. dinas luar or teaching elsewhere; null when not given.' })
  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;
}

@ObjectType({ implements: Node, description: "A window a person cannot attend (a senior official's other duties); a hard constraint for scheduling." })
@Entity()
@Index({ properties: ['person', 'startsAt'] })
export class Unavailability extends UnavailableWindow {
  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;
}

/**
 * A window a facilitator cannot teach; the scheduler refuses a session of theirs that
 * overlaps it (a hard conflict). Kept apart from a person's windows, whose `person` is
 * never null in the API.
 */
@ObjectType({ implements: Node, description: 'A window a facilitator cannot teach; a hard constraint for scheduling.' })
@Entity()
@Index({ properties: ['facilitator', 'startsAt'] })
export class FacilitatorUnavailability extends UnavailableWindow {
  @ManyToOne(() => Facilitator, { ref: true })
  facilitator!: Ref<Facilitator>;
}
