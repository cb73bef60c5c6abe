import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.entity.js';
import { Academy } from '../academies/academy.entity.js';
import { Person } from '../persons/person.entity.js';

@ObjectType({ implements: Node, description: "A person's learning outside Lintas (another platform, another organizer), counted toward the 20-JP right of the year its end date falls in." })
@Entity()
@Index({ properties: ['person', 'endDate'] })
@Index({ properties: ['endDate'] })
export class ExternalLearningRecord extends Node {
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @Field({ description: 'Where the learning took place: a platform or an organizer (e.g. "ASN Unggul", "LAN Corpu").' })
  @Property({ type: 'string', length: 200 })
  source!: string;

  @Field({ description: 'Title of the course or activity.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field({ description: 'Last day (YYYY-MM-DD); the JP count in the year of this day.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int, { description: 'JP (45 minutes each) the record is worth, 1–200.' })
  @Property({ type: 'integer' })
  jp!: number;

  @Field(() => String, { nullable: true, description: 'Link to the evidence (a certificate, a transcript).' })
  @Property({ type: 'string', length: 500, nullable: true })
  evidenceUrl?: string | null;

  @Field({ description: 'Who entered it: `account:<id>`, `token:<id>`, or `import:<account>` for a CSV.' })
  @Property({ type: 'string', length: 120 })
  createdBy!: string;
}
