import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';

export const ASSESSMENT_KINDS = { PRE: 'PRE', POST: 'POST' } as const;
export type AssessmentKind = keyof typeof ASSESSMENT_KINDS;
registerEnumType(ASSESSMENT_KINDS, {
  name: 'AssessmentKind',
  description: 'Before (PRE) or after (POST) the cohort.',
  valuesConfig: {
    PRE: { description: 'Measured before the cohort starts (baseline).' },
    POST: { description: 'Measured after the cohort, to show the change.' },
  },
});

/** A digital-mindset score (0–100); a person's latest feeds the literacy figures of the reports. */
@ObjectType({ implements: Node, description: 'A digital-mindset score (0–100) of a person before or after a cohort.' })
@Entity()
@Unique({ properties: ['person', 'cohort', 'kind'] })
@Index({ properties: ['person', 'assessedAt'] })
export class Assessment extends Node {
  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @ManyToOne(() => Cohort, { ref: true, index: true })
  cohort!: Ref<Cohort>;

  @Field(() => ASSESSMENT_KINDS, { description: 'Before (PRE) or after (POST) the cohort.' })
  @Enum({ items: () => Object.values(ASSESSMENT_KINDS), type: 'string' })
  kind!: AssessmentKind;

  @Field(() => Int, { description: 'Digital-mindset score, 0–100; at or above 70 counts as digitally literate.' })
  @Property({ type: 'integer' })
  score!: number;

  @Field({ description: 'When it was taken.' })
  @Property({ type: 'Date' })
  assessedAt!: Date;
}
