import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { NominationStatus } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { NominationStatusEnum } from './nomination.enums.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { Account } from '../accounts/account.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';

@ObjectType({ implements: Node, description: "An agency's proposal (usulan) of one of its officials for a cohort, and what became of it." })
@Entity()
@Index({ properties: ['cohort', 'status'] })
@Index({ properties: ['agency', 'status'] })
export class Nomination extends Node {
  @ManyToOne(() => Cohort, { ref: true })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  /** The nominating agency: the person's agency when nominated. */
  @ManyToOne(() => Agency, { ref: true })
  agency!: Ref<Agency>;

  /** The account that nominated (an agency's HR officer or an organizer). */
  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'set null' })
  nominatedBy?: Ref<Account> | null;

  @Field(() => String, { nullable: true, description: 'Why the agency proposes this official, in its own words.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  note?: string | null;

  @Field(() => NominationStatusEnum, { description: 'Where the nomination stands.' })
  @Enum({ items: () => NominationStatusEnum, type: 'string' })
  status!: NominationStatus;

  @Field(() => String, { nullable: true, description: 'Who decided at the supervisor stage: `account:<id>`; null before, or when the program asks no supervisor.' })
  @Property({ type: 'string', length: 120, nullable: true })
  supervisorDecidedBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the supervisor stage was decided.' })
  @Property({ type: 'Date', nullable: true })
  supervisorDecidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The supervisor's note on approval, or the reason for refusing." })
  @Property({ type: 'string', length: 500, nullable: true })
  supervisorNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided last: `account:<id>`, `token:<id>`, or `system` for an expiry; null while undecided.' })
  @Property({ type: 'string', length: 120, nullable: true })
  decidedBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided (accepted, waitlisted, declined, expired); null while undecided.' })
  @Property({ type: 'Date', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The reason given with a decline (required) or an acceptance (optional).' })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  /** The enrolment an acceptance made (seated or waitlisted). */
  @ManyToOne(() => Enrollment, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  enrollment?: Ref<Enrollment> | null;
}

/** Seats of a cohort reserved for one agency until the cohort's quota release date. */
@Entity()
@Unique({ properties: ['cohort', 'agency'] })
export class CohortQuota {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Cohort, { ref: true, deleteRule: 'cascade' })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => Agency, { ref: true, index: true })
  agency!: Ref<Agency>;

  @Property({ type: 'integer' })
  seats!: number;
}
