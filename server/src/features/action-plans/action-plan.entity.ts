import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ActionPlanStatus, MilestoneStatus, SeminarReviewerRole } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';
import { ActionPlanStatusEnum, MilestoneStatusEnum, SeminarReviewerRoleEnum } from './action-plan.enums.js';

@ObjectType({ description: 'A link attached to a change project (a document, a slide deck, a dashboard).' })
export class ActionPlanAttachment {
  @Field({ description: 'What the link is.' })
  title!: string;

  @Field({ description: 'The absolute http(s) address.' })
  url!: string;
}

@ObjectType({ description: 'One criterion of a seminar rubric and its score.' })
export class RubricScore {
  @Field({ description: 'The criterion, e.g. "Dampak" or "Inovasi".' })
  criterion!: string;

  @Field(() => Int, { description: 'The score, 1–100.' })
  score!: number;
}

/**
 * A participant's change project (proyek / aksi perubahan) in one enrolment: the plan, its
 * coach and mentor, where it stands in the review workflow, and its seminar. Its id is stable
 * (a global `ActionPlan` id) for what links to it later.
 */
@ObjectType({ implements: Node, description: "A participant's change project (proyek / aksi perubahan) in one enrolment: the plan, its coach and mentor, its review workflow and its final seminar." })
@Entity()
@Index({ properties: ['cohort', 'status'] })
export class ActionPlan extends Node<'problem' | 'goal' | 'status' | 'attachments'> {
  @ManyToOne(() => Enrollment, { ref: true, unique: true })
  enrollment!: Ref<Enrollment>;

  /** The enrolment's cohort and person, kept here for tenancy and filters. */
  @ManyToOne(() => Cohort, { ref: true })
  cohort!: Ref<Cohort>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Field({ description: 'Title of the change project.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field({ description: 'The problem at work it addresses.' })
  @Property({ type: 'text' })
  problem: string = '';

  @Field({ description: 'What it aims to change.' })
  @Property({ type: 'text' })
  goal: string = '';

  @Field(() => ActionPlanStatusEnum, { description: 'Where the plan stands in the workflow.' })
  @Enum({ items: () => ActionPlanStatusEnum, type: 'string' })
  status: ActionPlanStatus = 'DRAFT';

  /** The coach: a facilitator of the academy; signs in as the person linked to the facilitator. */
  @ManyToOne(() => Facilitator, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  coach?: Ref<Facilitator> | null;

  /** The mentor: a person, usually the participant's superior. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  mentor?: Ref<Person> | null;

  @Field(() => [ActionPlanAttachment], { description: 'Links attached to the plan, in order.' })
  @Property({ type: 'json' })
  attachments: ActionPlanAttachment[] = [];

  @Field(() => Date, { nullable: true, description: 'When it was last submitted; null for a draft never submitted.' })
  @Property({ type: 'Date', nullable: true })
  submittedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who reviewed it last: `account:<id>` or `token:<id>`; null before a review.' })
  @Property({ type: 'string', length: 120, nullable: true })
  reviewedBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last reviewed.' })
  @Property({ type: 'Date', nullable: true })
  reviewedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The reviewer's note: what to change (a request for revision) or a remark on approval." })
  @Property({ type: 'string', length: 2000, nullable: true })
  reviewNote?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was marked implemented.' })
  @Property({ type: 'Date', nullable: true })
  implementedAt?: Date | null;

  /** The final seminar: a session of the cohort, scheduled under the schedule rules. */
  @ManyToOne(() => Session, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  seminarSession?: Ref<Session> | null;

  @Field(() => Float, { nullable: true, description: 'The seminar score: the mean of the reviewers\' rubric scores (each the mean of its criteria), 1–100; null before anyone scored.' })
  @Property({ type: 'double', nullable: true })
  seminarScore?: number | null;
}

/** One milestone of a change project, in order. */
@ObjectType({ description: 'One milestone of a change project: what, by when, and how far.' })
@Entity()
@Index({ properties: ['plan', 'position'] })
export class ActionPlanMilestone {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Stable id of the milestone within its plan (a number as text).' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => ActionPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<ActionPlan>;

  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: 'What is to be done.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field({ description: 'Due date, YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10 })
  dueDate!: string;

  @Field(() => MilestoneStatusEnum, { description: 'Planned, in progress or done.' })
  @Enum({ items: () => MilestoneStatusEnum, type: 'string' })
  status: MilestoneStatus = 'PLANNED';

  @Field(() => String, { nullable: true, description: 'The day it was done, YYYY-MM-DD; null unless DONE. On time when on or before the due date.' })
  @Property({ type: 'string', length: 10, nullable: true })
  doneDate?: string | null;
}

/** One reviewer's rubric at a plan's seminar: one per role. */
@ObjectType({ description: "One reviewer's rubric scores at a change project's seminar." })
@Entity()
@Unique({ properties: ['plan', 'role'] })
export class ActionPlanScore {
  [OptionalProps]?: 'criteria';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => ActionPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<ActionPlan>;

  @Field(() => SeminarReviewerRoleEnum, { description: 'Coach, mentor or examiner.' })
  @Enum({ items: () => SeminarReviewerRoleEnum, type: 'string' })
  role!: SeminarReviewerRole;

  @Field(() => [RubricScore], { description: 'The rubric: each criterion and its score.' })
  @Property({ type: 'json' })
  criteria: RubricScore[] = [];

  @Field(() => Float, { description: 'The mean of the criteria scores.' })
  @Property({ type: 'double' })
  score!: number;

  @Field({ description: 'Who entered it: `account:<id>` or `token:<id>`.' })
  @Property({ type: 'string', length: 120 })
  scoredBy!: string;

  @Field(() => Date, { description: 'When it was entered (last changed).' })
  @Property({ type: 'Date' })
  scoredAt!: Date;
}
