import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JP_MINUTES } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { CohortGroup } from '../groups/cohort-group.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';

export const SESSION_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
/** JP of an interval: its length in 45-minute units. */
export function jpOf(startsAt: Date, endsAt: Date): number {
  return Math.max(0, (endsAt.getTime() - startsAt.getTime()) / 60_000 / JP_MINUTES);
}

export const SessionStatusEnum = { SCHEDULED: 'SCHEDULED', CANCELLED: 'CANCELLED' } as const;
registerEnumType(SessionStatusEnum, {
  name: 'SessionStatus',
  description: 'Cancelled sessions stay, so calendars can show them cancelled.',
  valuesConfig: {
    SCHEDULED: { description: 'Will take place (or took place) as scheduled.' },
    CANCELLED: { description: 'Cancelled; kept so calendar feeds and schedules show it struck through.' },
  },
});

@ObjectType({ implements: Node, description: 'One scheduled block of a cohort.' })
@Entity()
@Index({ properties: ['cohort', 'startsAt'] })
@Index({ properties: ['startsAt'] })
@Index({ properties: ['venue', 'startsAt'] })
@Index({ properties: ['facilitator', 'startsAt'] })
export class Session extends Node<'status' | 'version' | 'jp'> {
  @ManyToOne(() => Cohort, { ref: true })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => TrainingModule, { ref: true, index: true })
  module!: Ref<TrainingModule>;

  @Field({ description: 'Start, a UTC instant.' })
  @Property({ type: 'Date' })
  startsAt!: Date;

  @Field({ description: 'End, a UTC instant; after the start.' })
  @Property({ type: 'Date' })
  endsAt!: Date;

  /** JP the session is worth (its length ÷ 45 minutes), kept beside the times so attendance and reports sum it in SQL on both dialects. */
  @Field(() => Float, { description: 'JP the session is worth: its length in 45-minute units.' })
  @Property({ type: 'double', default: 0 })
  jp!: number;

  @ManyToOne(() => Venue, { ref: true, nullable: true })
  venue?: Ref<Venue> | null;

  @Field(() => String, { nullable: true, description: 'Link of an online session.' })
  @Property({ type: 'string', length: 500, nullable: true })
  onlineUrl?: string | null;

  @ManyToOne(() => Facilitator, { ref: true, nullable: true })
  facilitator?: Ref<Facilitator> | null;

  /** For one group of the cohort only (a cross-generation module given per group); null: for the whole cohort. */
  @ManyToOne(() => CohortGroup, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  group?: Ref<CohortGroup> | null;

  @Field(() => SessionStatusEnum, { description: 'Scheduled or cancelled.' })
  @Enum({ items: () => SESSION_STATUSES, type: 'string' })
  status: SessionStatus = 'SCHEDULED';

  /** Seed of the rotating check-in code shown in the room (TOTP with a short period); made when first shown. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  checkInSecret?: string | null;

  /** Bumped on every change: optimistic locking and the calendar feed's SEQUENCE. */
  @Field(() => Int, { description: 'Bumped on every change; send it back when moving the session.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @BeforeCreate()
  @BeforeUpdate()
  protected keepJp(): void {
    this.jp = jpOf(this.startsAt, this.endsAt);
  }
}
