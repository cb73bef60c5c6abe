import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { FacilitatorKind } from '@lintas/shared';
import { Archivable } from '../../graphql/archivable.entity.js';
import { Node } from '../../graphql/node.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { FacilitatorKindEnum } from '../../graphql/enums.js';
import { Academy } from '../academies/academy.entity.js';
import { Person } from '../persons/person.entity.js';

@ObjectType({ implements: Node, description: 'Who leads a session: widyaiswara, coach, mentor or external speaker.' })
@Entity()
export class Facilitator extends Archivable {
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Field({ description: 'Full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => FacilitatorKindEnum, { description: 'Widyaiswara, coach, mentor or external speaker.' })
  @Enum({ items: () => FacilitatorKindEnum, type: 'string' })
  kind!: FacilitatorKind;

  @Field(() => String, { nullable: true, description: 'Field of expertise.' })
  @Property({ type: 'string', length: 200, nullable: true })
  expertise?: string | null;

  /** The agency the facilitator works for (widyaiswara are civil servants); null for external speakers. */
  @ManyToOne(() => Agency, { ref: true, nullable: true, index: true })
  agency?: Ref<Agency> | null;

  /** The facilitator's own record on the roster: a coach signs in as that person to review change projects. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  person?: Ref<Person> | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Property({ type: 'string', length: 40, nullable: true })
  phone?: string | null;
}
