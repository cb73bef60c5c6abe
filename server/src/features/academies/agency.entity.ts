import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { AgencyLevel, TimeZoneCode } from '@lintas/shared';
import { Archivable } from '../../graphql/archivable.entity.js';
import { Node } from '../../graphql/node.entity.js';
import { AgencyLevelEnum, TimeZoneEnum } from '../../graphql/enums.js';
import { Academy } from './academy.entity.js';

@ObjectType({ implements: Node, description: 'A government agency (instansi) people work for.' })
@Entity()
export class Agency extends Archivable<'level' | 'timeZone'> {
  @Field({ description: 'Agency code used by roster imports; unique across the country.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field({ description: 'Full name of the agency (instansi), e.g. Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => AgencyLevelEnum, { description: 'Central (pusat) or regional (daerah).' })
  @Enum({ items: () => AgencyLevelEnum, type: 'string' })
  level: AgencyLevel = 'DAERAH';

  @Field(() => String, { nullable: true, description: 'Province of a regional agency.' })
  @Property({ type: 'string', length: 100, nullable: true })
  @Index()
  province?: string | null;

  @Field(() => TimeZoneEnum, { description: "Time zone of the agency's office; its people see schedules in it." })
  @Enum({ items: () => TimeZoneEnum, type: 'string' })
  timeZone: TimeZoneCode = 'WIB';

  /** The academy whose roster includes this agency's people. */
  @ManyToOne(() => Academy, { ref: true, nullable: true, index: true })
  academy?: Ref<Academy> | null;
}
