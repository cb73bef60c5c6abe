import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DEFAULT_COMPLETION_THRESHOLD, type CohortStatus, type TimeZoneCode } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { CohortStatusEnum, TimeZoneEnum } from '../../graphql/enums.js';
import { Academy } from '../academies/academy.entity.js';
import { Program } from '../programs/program.entity.js';
import { Venue } from './venue.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';

@ObjectType({ implements: Node, description: 'One run of a program: a cohort (angkatan), e.g. DLA-2026-02, with its dates, time zone, capacity, enrolments and sessions.' })
@Entity()
@Index({ properties: ['startDate', 'endDate'] })
@Unique({ properties: ['academy', 'code'] })
export class Cohort extends Node<'timeZone' | 'online' | 'status' | 'completionThreshold'> {
  @Field({ description: 'Code, unique in the academy, e.g. DLA-2026-01.' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field({ description: 'Display name, e.g. Digital Leadership Academy Angkatan I 2026.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => Program, { ref: true, index: true })
  program!: Ref<Program>;

  /** Copied from the program so tenancy filters need no join. */
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Field({ description: 'First day (YYYY-MM-DD), in the cohort time zone.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field({ description: 'Last day (YYYY-MM-DD), in the cohort time zone.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => TimeZoneEnum, { description: "Zone of the cohort's dates and working hours (WIB, WITA or WIT)." })
  @Enum({ items: () => TimeZoneEnum, type: 'string' })
  timeZone: TimeZoneCode = 'WIB';

  @Field(() => Int, { description: 'Seats; enrolments past it go to the waitlist.' })
  @Property({ type: 'integer' })
  capacity!: number;

  @ManyToOne(() => Venue, { ref: true, nullable: true })
  venue?: Ref<Venue> | null;

  @Field({ description: 'Held online.' })
  @Property({ type: 'boolean' })
  online: boolean = false;

  @Field(() => CohortStatusEnum, { description: 'Draft → open → running → closed.' })
  @Enum({ items: () => CohortStatusEnum, type: 'string' })
  @Index()
  status: CohortStatus = 'DRAFT';

  @Field(() => Float, { description: 'Share of scheduled JP a participant must earn to complete (0–1).' })
  @Property({ type: 'double' })
  completionThreshold: number = DEFAULT_COMPLETION_THRESHOLD;

  /** Days before the start when seats reserved for agencies and still unused go to the general list; null: LINTAS_QUOTA_RELEASE_DAYS (default 7). */
  @Property({ type: 'integer', nullable: true })
  quotaReleaseDays?: number | null;

  /** Inverse side, for filters such as "cohorts this person is in"; read pages through the loaders. */
  @OneToMany(() => Enrollment, (e) => e.cohort)
  enrollments = new Collection<Enrollment>(this);
}
