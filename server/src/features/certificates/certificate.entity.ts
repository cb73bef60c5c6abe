import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.entity.js';
import { Academy } from '../academies/academy.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Person } from '../persons/person.entity.js';

@ObjectType({ description: 'A training module as it stood on the certificate when it was issued.' })
export class CertificateModule {
  @Field({ description: "The module's code." })
  code!: string;

  @Field({ description: "The module's title (mata pelatihan)." })
  title!: string;

  @Field(() => Float, { description: 'JP of the cohort\'s scheduled sessions of this module.' })
  jp!: number;
}

/**
 * A certificate (STTP, surat tanda tamat pelatihan): issued once per completed enrolment when
 * its cohort closes, numbered in the academy's sequence, verifiable by its code.
 */
@ObjectType({ implements: Node, description: 'A certificate (STTP) issued to a participant who completed a cohort; publicly verifiable by its code.' })
@Entity()
@Index({ properties: ['person', 'issuedAt'] })
export class Certificate extends Node<'revokedAt' | 'revokeReason' | 'revokedBy'> {
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @ManyToOne(() => Cohort, { ref: true, index: true })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => Enrollment, { ref: true, unique: true })
  enrollment!: Ref<Enrollment>;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @Field({ description: "The certificate number in the academy's sequence, `<ACADEMY>/<PROGRAM>/<YEAR>/<seq>`." })
  @Property({ type: 'string', length: 160, unique: true })
  number!: string;

  @Field({ description: 'The verification code: 128 random bits in base32 (26 characters, a–z and 2–7). The address `/verify/<code>` shows the certificate to anyone.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => Float, { description: "JP the certificate states: the JP of the cohort's scheduled sessions when it was issued." })
  @Property({ type: 'double' })
  jp!: number;

  @Field(() => [CertificateModule], { description: 'The modules of the cohort when the certificate was issued.' })
  @Property({ type: 'json' })
  modules!: CertificateModule[];

  @Field({ description: 'When the certificate was issued (the cohort was closed).' })
  @Property({ type: 'Date' })
  issuedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the certificate was revoked; null while valid.' })
  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked; null while valid.' })
  @Property({ type: 'string', length: 500, nullable: true })
  revokeReason?: string | null;

  /** Who revoked it: `account:<id>` or `token:<id>`. */
  @Property({ type: 'string', length: 120, nullable: true })
  revokedBy?: string | null;
}

/**
 * The registry outbox (SIASN sync): one row per certificate to push, written in the
 * transaction that issued it when REGISTRY_URL is set; the worker delivers it with retries
 * and keeps the id the registry gave the record.
 */
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
export class RegistryDelivery {
  [OptionalProps]?: 'status' | 'attemptCount' | 'lease' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Certificate, { ref: true, unique: true, deleteRule: 'cascade' })
  certificate!: Ref<Certificate>;

  /** PENDING, SUCCEEDED or FAILED (attempts exhausted). */
  @Property({ type: 'string', length: 20 })
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED' = 'PENDING';

  @Property({ type: 'integer' })
  attemptCount = 0;

  @Property({ type: 'integer' })
  lease = 0;

  @Property({ type: 'Date', nullable: true })
  nextAttemptAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  lastHttpStatus?: number | null;

  /** `registry/unreachable` or `registry/rejected`, with the detail. */
  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string | null;

  /** The id the registry gave the record (its `id` in the answer). */
  @Property({ type: 'string', length: 120, nullable: true })
  remoteId?: string | null;

  @Property({ type: 'Date', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}

