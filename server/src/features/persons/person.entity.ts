import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { EmploymentType, Eselon, EselonGroup, Generation, JptClass, PositionType } from '@lintas/shared';
import { Archivable } from '../../graphql/archivable.entity.js';
import { Node } from '../../graphql/node.entity.js';
import {
  EmploymentTypeEnum, EselonEnum, EselonGroupEnum, GenderEnum, GenerationEnum, JptClassEnum, PositionTypeEnum,
} from '../../graphql/enums.js';
import { Agency } from '../academies/agency.entity.js';

/**
 * A civil servant (ASN). Birth date, gender and generation are read from the NIP on
 * every write, never typed in; generation and eselon group are stored so reports
 * can group on indexed columns.
 */
@ObjectType({ implements: Node, description: 'A civil servant (ASN: PNS or PPPK) on the roster, identified by NIP; birth date, gender and generation (generasi) are read from the NIP.' })
@Entity()
@Index({ properties: ['agency', 'eselonGroup'] })
export class Person extends Archivable<'noticeLocale'> {
  /** Personal data: exposed through PersonResolver.nip, masked for callers without the roster scope. */
  @Property({ type: 'string', length: 18 })
  @Unique()
  nip!: string;

  @Field({ description: 'Full name as in the registry.' })
  @Property({ type: 'string', length: 200 })
  @Index()
  name!: string;

  @Field(() => EmploymentTypeEnum, { description: 'PNS (permanent) or PPPK (contract).' })
  @Enum({ items: () => EmploymentTypeEnum, type: 'string' })
  employmentType!: EmploymentType;

  @Field(() => PositionTypeEnum, { description: 'Structural (with an eselon), functional (JF) or pelaksana.' })
  @Enum({ items: () => PositionTypeEnum, type: 'string' })
  positionType!: PositionType;

  @Field(() => EselonEnum, { nullable: true, description: 'Eselon of a structural post; null for JF and pelaksana.' })
  @Enum({ items: () => EselonEnum, type: 'string', nullable: true })
  eselon?: Eselon | null;

  @Field(() => JptClassEnum, { nullable: true, description: 'Position class under the ASN law as given (JPT Utama … Pengawas); null when only an eselon was given. Counted in its eselon group.' })
  @Enum({ items: () => JptClassEnum, type: 'string', nullable: true })
  positionClass?: JptClass | null;

  @Field(() => EselonGroupEnum, { description: 'I, II, III, IV, JF or PELAKSANA.' })
  @Enum({ items: () => EselonGroupEnum, type: 'string' })
  @Index()
  eselonGroup!: EselonGroup;

  @Field(() => String, { nullable: true, description: 'Job title (jabatan).' })
  @Property({ type: 'string', length: 200, nullable: true })
  jobTitle?: string | null;

  @ManyToOne(() => Agency, { ref: true })
  agency!: Ref<Agency>;

  /** Personal data, exposed through PersonResolver.birthDate. */
  @Property({ type: 'date' })
  birthDate!: string;

  /** Personal data, exposed through PersonResolver.gender. */
  @Enum({ items: () => GenderEnum, type: 'string', nullable: true })
  gender?: 'MALE' | 'FEMALE' | null;

  @Field(() => GenerationEnum, { nullable: true, description: 'Generation from the birth year.' })
  @Enum({ items: () => GenerationEnum, type: 'string', nullable: true })
  @Index()
  generation?: Generation | null;

  /** Personal data (contact), shown like the NIP: to the person's academy, admins and the person. */
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  /** Personal data (contact), shown like the NIP. */
  @Property({ type: 'string', length: 40, nullable: true })
  phone?: string | null;

  /** Language of the person's e-mail notices: 'id' (default) or 'en'. */
  @Property({ type: 'string', length: 2, default: 'id' })
  noticeLocale: 'id' | 'en' = 'id';

  /** Kinds of e-mail notice the person turned off (never one of MANDATORY_NOTICE_KINDS). */
  @Property({ type: 'json', nullable: true })
  noticesOff?: string[] | null;

  /** The person's superior (atasan langsung), often the mentor of a change project. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  supervisor?: Ref<Person> | null;
}
