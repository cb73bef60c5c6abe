import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ActionPlanStatus, EselonGroup, Generation, MilestoneStatus, SeminarReviewerRole } from '@lintas/shared';
import { EselonGroupEnum, GenerationEnum } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { ActionPlan } from './action-plan.entity.js';
import { ActionPlanDecisionEnum, ActionPlanStatusEnum, MilestoneStatusEnum, SeminarReviewerRoleEnum, type ActionPlanDecision } from './action-plan.enums.js';

@ObjectType({ description: 'A page of change projects.' })
export class ActionPlanConnection extends Connection(ActionPlan) {}

@InputType({ description: 'Which change projects to list; absent fields do not filter.' })
export class ActionPlanFilter {
  @Field(() => ID, { nullable: true, description: 'Only of this cohort.' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only of this participant.' })
  personId?: string | null;

  @Field(() => [ActionPlanStatusEnum], { nullable: true, description: 'Only in these states.' })
  statuses?: ActionPlanStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only submitted plans waiting for the caller: for a participant those they coach or mentor, for an organizer every submitted plan of the academy.' })
  awaitingMyReview?: boolean | null;
}

@InputType({ description: 'A link attached to a change project.' })
export class ActionPlanAttachmentInput {
  @Field({ description: 'What the link is (up to 200 characters).' })
  title!: string;

  @Field({ description: 'The absolute http(s) address.' })
  url!: string;
}

@InputType({ description: 'One milestone of a plan being written.' })
export class MilestoneInput {
  @Field({ description: 'What is to be done (up to 300 characters).' })
  title!: string;

  @Field({ description: 'Due date, YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => MilestoneStatusEnum, { nullable: true, description: 'Progress; PLANNED when absent.' })
  status?: MilestoneStatus | null;

  @Field(() => String, { nullable: true, description: 'The day it was done (YYYY-MM-DD), given exactly when the status is DONE.' })
  doneDate?: string | null;
}

@InputType({ description: 'A change project saved as a draft: a new plan of an enrolment, or changes to a plan in DRAFT or REVISION_REQUESTED. Absent fields stay as they are.' })
export class SaveActionPlanInput {
  @Field(() => ID, { nullable: true, description: 'The plan to change; absent to create the plan of `enrollmentId`.' })
  actionPlanId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The enrolment a new plan belongs to (one plan per enrolment).' })
  enrollmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Title (up to 300 characters); required for a new plan.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The problem at work (up to 5000 characters).' })
  problem?: string | null;

  @Field(() => String, { nullable: true, description: 'What the project aims to change (up to 5000 characters).' })
  goal?: string | null;

  @Field(() => ID, { nullable: true, description: "The coach: a facilitator of the academy; null clears it." })
  coachId?: string | null;

  @Field(() => ID, { nullable: true, description: "The mentor: a person of the academy's roster, usually the participant's superior; null clears it." })
  mentorId?: string | null;

  @Field(() => [ActionPlanAttachmentInput], { nullable: true, description: 'Every link of the plan (up to 20), replacing the earlier ones.' })
  attachments?: ActionPlanAttachmentInput[] | null;

  @Field(() => [MilestoneInput], { nullable: true, description: 'Every milestone of the plan (up to 30), in order, replacing the earlier ones.' })
  milestones?: MilestoneInput[] | null;
}

@InputType({ description: "A reviewer's decision on a submitted change project." })
export class ReviewActionPlanInput {
  @Field(() => ID, { description: 'The submitted plan.' })
  actionPlanId!: string;

  @Field(() => ActionPlanDecisionEnum, { description: 'APPROVE or REQUEST_REVISION.' })
  decision!: ActionPlanDecision;

  @Field(() => String, { nullable: true, description: 'A remark on approval, or what to change (required to request a revision; up to 2000 characters).' })
  note?: string | null;
}

@InputType({ description: 'Progress of one existing milestone.' })
export class MilestoneProgressInput {
  @Field(() => ID, { description: 'The milestone (its `id` in the plan).' })
  id!: string;

  @Field(() => MilestoneStatusEnum, { description: 'Planned, in progress or done.' })
  status!: MilestoneStatus;

  @Field(() => String, { nullable: true, description: 'The day it was done (YYYY-MM-DD), given exactly when the status is DONE.' })
  doneDate?: string | null;
}

@InputType({ description: 'One criterion of a seminar rubric.' })
export class RubricScoreInput {
  @Field({ description: 'The criterion (up to 200 characters).' })
  criterion!: string;

  @Field(() => Int, { description: 'The score, a whole number 1–100.' })
  score!: number;
}

@InputType({ description: "One reviewer's rubric at a change project's final seminar." })
export class ScoreActionPlanInput {
  @Field(() => ID, { description: 'The approved or implemented plan.' })
  actionPlanId!: string;

  @Field(() => SeminarReviewerRoleEnum, { description: 'Scored as COACH (the coach or an organizer), MENTOR (the mentor or an organizer) or EXAMINER (an organizer).' })
  role!: SeminarReviewerRole;

  @Field(() => [RubricScoreInput], { description: 'The rubric (1–20 criteria), replacing this role\'s earlier scores.' })
  criteria!: RubricScoreInput[];
}

@ObjectType({ description: 'Outcome of a change-project mutation.' })
export class ActionPlanPayload {
  @Field(() => ActionPlan, { nullable: true, description: 'The plan after the change; null on failure.' })
  actionPlan!: ActionPlan | null;

  @Field(() => [UserError], { description: 'Why it was refused (object/not-found, action-plan/wrong-state, action-plan/duplicate, action-plan/not-reviewer, action-plan/incomplete, action-plan/note-required, action-plan/seminar-session, input codes); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Change projects of one group: how many in each state, and their milestones on time.' })
export class ActionPlanProgressFigures {
  @Field(() => Int, { description: 'Plans in scope.' })
  plans!: number;

  @Field(() => Int, { description: 'Plans in DRAFT.' })
  draft!: number;

  @Field(() => Int, { description: 'Plans SUBMITTED (waiting for review).' })
  submitted!: number;

  @Field(() => Int, { description: 'Plans REVISION_REQUESTED.' })
  revisionRequested!: number;

  @Field(() => Int, { description: 'Plans APPROVED.' })
  approved!: number;

  @Field(() => Int, { description: 'Plans IMPLEMENTED.' })
  implemented!: number;

  @Field(() => Int, { description: 'Milestones of these plans.' })
  milestones!: number;

  @Field(() => Int, { description: 'Milestones DONE.' })
  milestonesDone!: number;

  @Field(() => Int, { description: 'Milestones DONE on or before their due date.' })
  milestonesOnTime!: number;

  @Field(() => Int, { description: 'Milestones not done whose due date has passed (today in WIB).' })
  milestonesOverdue!: number;

  @Field(() => Float, { description: 'milestonesOnTime ÷ (milestonesDone + milestonesOverdue): of the milestones that are done or past due, the share done on time (0 when none).' })
  onTimeRate!: number;
}

@ObjectType({ description: 'Change-project progress of one eselon group × generation cell.' })
export class ActionPlanProgressCell extends ActionPlanProgressFigures {
  @Field(() => EselonGroupEnum, { description: 'The eselon group of the participants.' })
  eselonGroup!: EselonGroup;

  @Field(() => GenerationEnum, { nullable: true, description: 'Their generation; null when the birth year fits no generation.' })
  generation!: Generation | null;
}

@ObjectType({ description: 'Change-project progress by eselon group.' })
export class ActionPlanProgressByEselon extends ActionPlanProgressFigures {
  @Field(() => EselonGroupEnum, { description: 'The eselon group.' })
  group!: EselonGroup;
}

@ObjectType({ description: 'Change-project progress by generation.' })
export class ActionPlanProgressByGeneration extends ActionPlanProgressFigures {
  @Field(() => GenerationEnum, { nullable: true, description: 'The generation; null when the birth year fits no generation.' })
  group!: Generation | null;
}

@ObjectType({ description: 'Change projects in a report scope: plans by status and milestones on time, in total, by eselon group, by generation and by both.' })
export class ActionPlanProgress {
  @Field(() => ActionPlanProgressFigures, { description: 'All plans in scope.' })
  total!: ActionPlanProgressFigures;

  @Field(() => [ActionPlanProgressByEselon], { description: 'Every eselon group (I, II, III, IV, JF, PELAKSANA), zeros included.' })
  byEselon!: ActionPlanProgressByEselon[];

  @Field(() => [ActionPlanProgressByGeneration], { description: 'Every generation with plans in scope.' })
  byGeneration!: ActionPlanProgressByGeneration[];

  @Field(() => [ActionPlanProgressCell], { description: 'The eselon group × generation cells with plans in scope.' })
  cells!: ActionPlanProgressCell[];
}
