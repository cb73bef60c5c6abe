import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EnrollmentStatus } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { EnrollmentStatusEnum } from '../../graphql/enums.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';

@ObjectType({ implements: Node, description: 'A person in a cohort: enrolled, waitlisted, withdrawn or completed.' })
@Entity()
@Unique({ properties: ['cohort', 'person'] })
@Index({ properties: ['cohort', 'status'] })
export class Enrollment extends Node {
  @ManyToOne(() => Cohort, { ref: true })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Field(() => EnrollmentStatusEnum, { description: 'Enrolled, waitlisted, withdrawn or completed.' })
  @Enum({ items: () => EnrollmentStatusEnum, type: 'string' })
  status!: EnrollmentStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waitlist (1 = next in line).' })
  @Property({ type: 'integer', nullable: true })
  waitlistPosition?: number | null;

  @Field(() => String, { nullable: true, description: 'Why an organizer enrolled someone outside the target eselon groups; kept when the person withdraws and is enrolled again without a new reason.' })
  @Property({ type: 'string', length: 500, nullable: true })
  overrideReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Who gave the override reason: `account:<id>` or `token:<id>`; kept across withdrawal and re-enrolment.' })
  @Property({ type: 'string', length: 120, nullable: true })
  overrideBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the override reason was given.' })
  @Property({ type: 'Date', nullable: true })
  overrideAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the person withdrew; null unless withdrawn.' })
  @Property({ type: 'string', length: 500, nullable: true })
  withdrawalReason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Certificate number (nomor sertifikat / STTPP), `<ACADEMY>/<PROGRAM>/<YEAR>/<seq>`, given once when the enrolment completes and never changed; null before.',
  })
  @Property({ type: 'string', length: 120, nullable: true, unique: true })
  certificateNumber?: string | null;
}
