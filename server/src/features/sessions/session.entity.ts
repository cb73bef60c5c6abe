import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../db/node.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';

export const SESSION_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SessionStatusEnum = { SCHEDULED: 'SCHEDULED', CANCELLED: 'CANCELLED' } as const;
registerEnumType(SessionStatusEnum, { name: 'SessionStatus', description: 'Cancelled sessions stay, so calendars can show them cancelled.' });

@ObjectType({ implements: Node, description: 'One scheduled block of a cohort.' })
@Entity()
@Index({ properties: ['cohort', 'startsAt'] })
@Index({ properties: ['startsAt'] })
@Index({ properties: ['venue', 'startsAt'] })
@Index({ properties: ['facilitator', 'startsAt'] })
export class Session extends Node<'status' | 'version'> {
  @ManyToOne(() => Cohort, { ref: true })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => TrainingModule, { ref: true, index: true })
  module!: Ref<TrainingModule>;

  @Field({ description: 'Start, a UTC instant.' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field({ description: 'End, a UTC instant; after the start.' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @ManyToOne(() => Venue, { ref: true, nullable: true })
  venue?: Ref<Venue> | null;

  @Field(() => String, { nullable: true, description: 'Link of an online session.' })
  @Property({ type: 'string', length: 500, nullable: true })
  onlineUrl?: string | null;

  @ManyToOne(() => Facilitator, { ref: true, nullable: true })
  facilitator?: Ref<Facilitator> | null;

  @Field(() => SessionStatusEnum)
  @Enum({ items: () => SESSION_STATUSES, type: 'string' })
  status: SessionStatus = 'SCHEDULED';

  /** Bumped on every change: optimistic locking and the calendar feed's SEQUENCE. */
  @Field(() => Int, { description: 'Bumped on every change; send it back when moving the session.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
