import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import type { TimeZoneCode } from '@lintas/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Archivable } from '../../graphql/archivable.entity.js';
import { Node } from '../../graphql/node.entity.js';
import { TimeZoneEnum } from '../../graphql/enums.js';
import { Academy } from '../academies/academy.entity.js';

@ObjectType({ implements: Node, description: 'A room or hall where sessions take place.' })
@Entity()
@Unique({ properties: ['academy', 'code'] })
export class Venue extends Archivable<'timeZone'> {
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Field({ description: 'Short code, unique in the academy, e.g. AULA-1.' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field({ description: 'Name of the room or building.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Int, { description: 'Seats: a session is refused (schedule/venue-too-small) when the cohort has more people.' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'Street address; null when unknown.' })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => TimeZoneEnum, { description: 'Time zone of the venue (WIB, WITA or WIT).' })
  @Enum({ items: () => TimeZoneEnum, type: 'string', default: 'WIB' })
  timeZone: TimeZoneCode = 'WIB';

  @Field(() => String, { nullable: true, description: 'Link of an online venue (a meeting room); null for a physical one.' })
  @Property({ type: 'string', length: 500, nullable: true })
  onlineUrl?: string | null;
}
