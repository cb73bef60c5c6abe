import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { EselonGroup } from '@lintas/shared';
import { Node } from '../../db/node.entity.js';
import { EselonGroupEnum } from '../../graphql/enums.js';
import { Academy } from '../academies/academy.entity.js';

@ObjectType({ implements: Node, description: 'A kind of training, e.g. Digital Leadership Academy or PKN Tingkat II.' })
@Entity()
@Unique({ properties: ['academy', 'code'] })
export class Program extends Node<'targetEselonGroups'> {
  @Field({ description: 'Short code, unique in the academy, e.g. DLA.' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field({ description: 'Full name, e.g. Digital Leadership Academy.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the program is for; null when not written.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => [EselonGroupEnum], { description: 'Eselon groups the program is for; empty means everyone.' })
  @Property({ type: 'json' })
  targetEselonGroups: EselonGroup[] = [];

  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;
}
