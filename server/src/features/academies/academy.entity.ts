import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { TimeZoneCode } from '@lintas/shared';
import { Archivable } from '../../graphql/archivable.entity.js';
import { Node } from '../../graphql/node.entity.js';
import { TimeZoneEnum } from '../../graphql/enums.js';

@ObjectType({ implements: Node, description: 'An academy (penyelenggara) that runs training; the tenant of programs and cohorts.' })
@Entity()
export class Academy extends Archivable<'timeZone'> {
  @Field({ description: 'Short code, e.g. BKPSDMD-BABEL.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field({ description: 'Full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Province served, for a regional academy.' })
  @Property({ type: 'string', length: 100, nullable: true })
  province?: string | null;

  @Field(() => TimeZoneEnum, { description: 'Home time zone of the academy (WIB, WITA or WIT); new cohorts default to it.' })
  @Enum({ items: () => TimeZoneEnum, type: 'string' })
  timeZone: TimeZoneCode = 'WIB';

  @Field(() => String, { nullable: true, description: "Prefix of the academy's certificate (STTP) numbers, e.g. BPSDMD-BABEL; certificates use it when set, the code otherwise." })
  @Property({ type: 'string', length: 40, nullable: true })
  certificatePrefix?: string | null;
}
