import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';

/** A reverse-mentoring pair: a younger mentor (Gen Y/Z) and a senior mentee, within a cohort. */
@ObjectType({ implements: Node, description: 'A reverse-mentoring pair: a younger mentor and a senior mentee within a cohort.' })
@Entity()
@Unique({ properties: ['cohort', 'mentor'] })
@Unique({ properties: ['cohort', 'mentee'] })
export class MentoringPair extends Node<'active'> {
  @ManyToOne(() => Cohort, { ref: true })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => Person, { ref: true, index: true })
  mentor!: Ref<Person>;

  @ManyToOne(() => Person, { ref: true, index: true })
  mentee!: Ref<Person>;

  @Field({ description: 'False once the pair has ended.' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

@ObjectType({ implements: Node, description: 'A logged meeting of a mentoring pair; counts toward nothing but the report.' })
@Entity()
export class MentoringMeeting extends Node {
  @ManyToOne(() => MentoringPair, { ref: true, index: true, deleteRule: 'cascade' })
  pair!: Ref<MentoringPair>;

  @Field({ description: 'Day of the meeting, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Number, { description: 'Length in minutes.' })
  @Property({ type: 'integer' })
  minutes!: number;

  @Field({ description: 'What the pair worked on.' })
  @Property({ type: 'string', length: 300 })
  topic!: string;
}

