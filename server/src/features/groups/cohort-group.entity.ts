import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';

/**
 * A group (kelompok) of a cohort, for its cross-generation modules: numbered from 1 within
 * the cohort. Its members are seated people of the cohort, each in one group at most;
 * `applyGroups` replaces a cohort's groups as a whole.
 */
@ObjectType({ implements: Node, description: 'A group (kelompok) of a cohort for its cross-generation modules; each seated person is in one group at most.' })
@Entity()
@Unique({ properties: ['cohort', 'number'] })
export class CohortGroup extends Node {
  @ManyToOne(() => Cohort, { ref: true })
  cohort!: Ref<Cohort>;

  @Field(() => Int, { description: 'Number of the group within its cohort, from 1.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field({ description: 'Name of the group, e.g. "Kelompok 1".' })
  @Property({ type: 'string', length: 100 })
  name!: string;
}

/** A person's place in a group; one per person and cohort. */
@Entity()
@Unique({ properties: ['cohort', 'person'] })
export class CohortGroupMember {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => CohortGroup, { ref: true, index: true, deleteRule: 'cascade' })
  group!: Ref<CohortGroup>;

  /** The group's cohort, kept here so a person is in one group of a cohort at most. */
  @ManyToOne(() => Cohort, { ref: true })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;
}
