import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EselonGroup, EvaluationKind, EvaluationTarget, Generation, QuestionKind, RespondentRole } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { Academy } from '../academies/academy.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Person } from '../persons/person.entity.js';
import { EvaluationKindEnum, EvaluationTargetEnum, QuestionKindEnum } from './evaluation.enums.js';

/** One question of a form, as stored in the form's `questions` (their order is their index). */
@ObjectType({ description: 'One question of an evaluation form.' })
export class EvaluationQuestion {
  @Field(() => Int, { description: 'Its position in the form, from 0; answers name it.' })
  index!: number;

  @Field(() => QuestionKindEnum, { description: 'How it is answered.' })
  kind!: QuestionKind;

  @Field({ description: 'The question as the respondent reads it.' })
  text!: string;

  @Field(() => [String], { description: 'The options of a CHOICE question (answers give the index); empty for the others.' })
  options!: string[];

  @Field({ description: 'Whether an answer must give it (TEXT questions are usually optional).' })
  required!: boolean;
}

/**
 * An evaluation form: attached to a cohort (answered there), or without a cohort, one of the
 * academy's own templates to copy. Its questions are fixed once it has answers.
 */
@ObjectType({ implements: Node, description: 'An evaluation form (Kirkpatrick level 1 or 3): questions about the running of a cohort, its facilitators or its venue, answered once per respondent and target.' })
@Entity()
@Index({ properties: ['academy', 'cohort'] })
export class EvaluationForm extends Node<'monthsAfter' | 'templateKey'> {
  @ManyToOne(() => Academy, { ref: true })
  academy!: Ref<Academy>;

  /** The cohort it is attached to; null for one of the academy's templates. */
  @ManyToOne(() => Cohort, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  cohort?: Ref<Cohort> | null;

  @Field({ description: 'The title respondents see, e.g. "Evaluasi penyelenggaraan".' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => EvaluationKindEnum, { description: 'Level 1 (REACTION) or level 3 (FOLLOW_UP).' })
  @Enum({ items: () => EvaluationKindEnum, type: 'string' })
  kind!: EvaluationKind;

  @Field(() => EvaluationTargetEnum, { description: 'What the answers are about.' })
  @Enum({ items: () => EvaluationTargetEnum, type: 'string' })
  target!: EvaluationTarget;

  @Field(() => Int, { nullable: true, description: 'FOLLOW_UP: months after the cohort closed (its end date) that the form is due; null for REACTION.' })
  @Property({ type: 'integer', nullable: true })
  monthsAfter?: number | null;

  @Field(() => String, { nullable: true, description: 'The maintained template it was made from (EvaluationTemplate), if any.' })
  @Property({ type: 'string', length: 40, nullable: true })
  templateKey?: string | null;

  @Property({ type: 'json' })
  questions!: Omit<EvaluationQuestion, 'index'>[];
}

/**
 * One anonymous answer to a form for one target. It holds no person: only the respondent's
 * role, eselon group and generation at the time of answering, and the day (no time), so that
 * reports can break results down without identifying anyone. Its key is a random UUID, so
 * neither its id nor its time can be matched with the separate receipt (EvaluationReceipt)
 * that records who has answered; no query orders by insertion.
 */
@Entity()
@Index({ properties: ['form', 'target'] })
export class EvaluationResponse {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => EvaluationForm, { ref: true, deleteRule: 'cascade' })
  form!: Ref<EvaluationForm>;

  @ManyToOne(() => Cohort, { ref: true, index: true, deleteRule: 'cascade' })
  cohort!: Ref<Cohort>;

  @Enum({ items: () => EvaluationTargetEnum, type: 'string' })
  target!: EvaluationTarget;

  @ManyToOne(() => Facilitator, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  facilitator?: Ref<Facilitator> | null;

  @ManyToOne(() => Venue, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  venue?: Ref<Venue> | null;

  @Property({ type: 'string', length: 20 })
  respondent!: RespondentRole;

  @Property({ type: 'string', length: 20 })
  eselonGroup!: EselonGroup;

  @Property({ type: 'string', length: 20, nullable: true })
  generation?: Generation | null;

  /** The day it was answered (YYYY-MM-DD, WIB), never the time. */
  @Property({ type: 'string', length: 10 })
  answeredOn!: string;
}

/** One question's answer within a response; its key is random too. */
@Entity()
export class EvaluationAnswer {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => EvaluationResponse, { ref: true, index: true, deleteRule: 'cascade' })
  response!: Ref<EvaluationResponse>;

  @Property({ type: 'integer' })
  question!: number;

  @Property({ type: 'integer', nullable: true })
  rating?: number | null;

  @Property({ type: 'integer', nullable: true })
  choice?: number | null;

  @Property({ type: 'text', nullable: true })
  text?: string | null;
}

/**
 * "Has answered": the person, the form and the target (`COHORT`, `FACILITATOR:<id>`,
 * `VENUE:<id>`, or for a supervisor `ALUMNUS:<person id>`). It prevents a second answer and
 * tells the participant what is still open; it carries no answer and no time.
 */
@Entity()
@Unique({ properties: ['form', 'person', 'target'] })
export class EvaluationReceipt {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => EvaluationForm, { ref: true, deleteRule: 'cascade' })
  form!: Ref<EvaluationForm>;

  @ManyToOne(() => Person, { ref: true, index: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Property({ type: 'string', length: 40 })
  target!: string;
}
