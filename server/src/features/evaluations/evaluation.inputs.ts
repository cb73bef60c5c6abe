import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EvaluationKind, EvaluationTarget, EvaluationTemplate, QuestionKind, RespondentRole } from '@lintas/shared';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { EvaluationForm } from './evaluation.entity.js';
import { EvaluationKindEnum, EvaluationTargetEnum, EvaluationTemplateEnum, QuestionKindEnum, RespondentRoleEnum } from './evaluation.enums.js';

@ObjectType({ description: 'A page of evaluation forms.' })
export class EvaluationFormConnection extends Connection(EvaluationForm) {}

@InputType({ description: 'Which evaluation forms to list; absent fields do not filter.' })
export class EvaluationFormFilter {
  @Field(() => ID, { nullable: true, description: 'Only the forms attached to this cohort.' })
  cohortId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True: only the academy's templates (forms without a cohort); false: only attached forms." })
  templates?: boolean | null;
}

@InputType({ description: 'One question of a new form.' })
export class EvaluationQuestionInput {
  @Field(() => QuestionKindEnum, { description: 'RATING (1–5), CHOICE or TEXT.' })
  kind!: QuestionKind;

  @Field({ description: 'The question (1–300 characters).' })
  text!: string;

  @Field(() => [String], { nullable: true, description: 'CHOICE: its 2–10 options (1–100 characters each); ignored for the others.' })
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Must be answered; default true for RATING and CHOICE, false for TEXT.' })
  required?: boolean | null;
}

@InputType({ description: 'A new evaluation form.' })
export class CreateEvaluationFormInput {
  @Field(() => ID, { nullable: true, description: "The cohort it is attached to; absent makes one of the academy's templates." })
  cohortId?: string | null;

  @Field({ description: 'The title respondents see (1–200 characters).' })
  title!: string;

  @Field(() => EvaluationKindEnum, { description: 'REACTION (level 1) or FOLLOW_UP (level 3).' })
  kind!: EvaluationKind;

  @Field(() => EvaluationTargetEnum, { description: 'What it asks about; a FOLLOW_UP form is about the COHORT.' })
  target!: EvaluationTarget;

  @Field(() => Int, { nullable: true, description: 'FOLLOW_UP: months after the close it is due (1–60; default the first of LINTAS_EVALUATION_FOLLOW_UP_MONTHS, 3).' })
  monthsAfter?: number | null;

  @Field(() => [EvaluationQuestionInput], { description: 'Its 1–30 questions, in order.' })
  questions!: EvaluationQuestionInput[];
}

@ObjectType({ description: 'Outcome of creating, attaching or removing a form.' })
export class EvaluationFormPayload {
  @Field(() => EvaluationForm, { nullable: true, description: 'The form; null on failure (and after a removal).' })
  form!: EvaluationForm | null;

  @Field(() => ID, { nullable: true, description: 'The removed form\'s id (deleteEvaluationForm).' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Why it was refused (object/not-found, input/required, input/out-of-range, evaluation/has-answers); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of useEvaluationTemplate.' })
export class EvaluationFormsPayload {
  @Field(() => [EvaluationForm], { description: 'The forms made (the follow-up template makes one per configured wave).' })
  forms!: EvaluationForm[];

  @Field(() => [UserError], { description: 'Why it was refused (object/not-found); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'One answer to one question.' })
export class EvaluationAnswerInput {
  @Field(() => Int, { description: 'The question index (EvaluationQuestion.index).' })
  question!: number;

  @Field(() => Int, { nullable: true, description: 'RATING: 1–5.' })
  rating?: number | null;

  @Field(() => Int, { nullable: true, description: "CHOICE: the index of the chosen option." })
  choice?: number | null;

  @Field(() => String, { nullable: true, description: 'TEXT: up to 2000 characters.' })
  text?: string | null;
}

@InputType({ description: "A participant's answer to a form for one target." })
export class SubmitEvaluationInput {
  @Field(() => ID, { description: 'The form.' })
  formId!: string;

  @Field(() => ID, { nullable: true, description: 'FACILITATOR forms: the facilitator answered about.' })
  facilitatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'VENUE forms: the venue answered about.' })
  venueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'FOLLOW_UP forms answered as a supervisor: the alumnus (Person) answered about.' })
  aboutPersonId?: string | null;

  @Field(() => [EvaluationAnswerInput], { description: 'The answers; unanswered optional questions are left out.' })
  answers!: EvaluationAnswerInput[];
}

@ObjectType({ description: 'Outcome of submitEvaluation. Nothing of the answer is echoed: it is stored without the respondent.' })
export class SubmitEvaluationPayload {
  @Field({ description: 'True when the answer was recorded.' })
  ok!: boolean;

  @Field(() => [UserError], { description: 'Why it was refused (object/not-found, evaluation/not-respondent, evaluation/not-yet, evaluation/already-answered; input/required for an unanswered required question, input/out-of-range or input/invalid-value for an answer out of range); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'An evaluation the signed-in person may answer (or has answered): one form and one target.' })
export class PendingEvaluation {
  @Field(() => EvaluationForm, { description: 'The form.' })
  form!: EvaluationForm;

  @Field(() => Cohort, { description: 'The cohort it is about.' })
  cohort!: Cohort;

  @Field(() => EvaluationTargetEnum, { description: 'What it is about.' })
  target!: EvaluationTarget;

  @Field(() => Facilitator, { nullable: true, description: 'FACILITATOR forms: the facilitator.' })
  facilitator?: Facilitator | null;

  @Field(() => Venue, { nullable: true, description: 'VENUE forms: the venue.' })
  venue?: Venue | null;

  @Field(() => ID, { nullable: true, description: 'As a supervisor: the alumnus (Person) it is about.' })
  aboutPersonId?: string | null;

  @Field(() => String, { nullable: true, description: "As a supervisor: the alumnus's name." })
  aboutName?: string | null;

  @Field(() => RespondentRoleEnum, { description: 'In what capacity the person answers.' })
  respondent!: RespondentRole;

  @Field(() => Date, { nullable: true, description: 'When it can be answered (the session ended, or the follow-up came due); null while nothing is scheduled.' })
  availableFrom!: Date | null;

  @Field({ description: 'True when it can be answered now (open, and not answered yet).' })
  open!: boolean;

  @Field({ description: 'True when the person has answered it.' })
  answered!: boolean;
}

@ObjectType({ description: 'How many answers gave one value.' })
export class ValueCount {
  @Field(() => Int, { description: 'The rating (1–5) or the option index.' })
  value!: number;

  @Field({ description: 'The value in words: the rating, or the option.' })
  label!: string;

  @Field(() => Int, { description: 'Answers that gave it.' })
  count!: number;
}

@ObjectType({ description: 'Figures of one respondent group. A group of fewer than 5 respondents is suppressed: its figures are null.' })
export class EvaluationGroupScore {
  @Field(() => String, { nullable: true, description: 'The group: an EselonGroup, a Generation or a RespondentRole code; null for a generation the birth year fits none of.' })
  group!: string | null;

  @Field(() => Int, { nullable: true, description: 'Respondents (or answers, within a question) in the group; null when suppressed.' })
  respondents!: number | null;

  @Field(() => Int, { description: 'People of the group who could answer (their eselon group and generation today).' })
  eligible!: number;

  @Field(() => Float, { nullable: true, description: 'respondents ÷ eligible (0–1); null when suppressed or nobody could answer.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of the ratings given (1–5); null when suppressed or without ratings.' })
  mean!: number | null;

  @Field({ description: 'True when the group has fewer than 5 respondents and its figures are hidden.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'Results of one question for one target.' })
export class EvaluationQuestionSummary {
  @Field(() => Int, { description: 'The question index.' })
  index!: number;

  @Field(() => QuestionKindEnum, { description: 'How it is answered.' })
  kind!: QuestionKind;

  @Field({ description: 'The question.' })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Answers given; null when suppressed.' })
  responses!: number | null;

  @Field(() => Float, { nullable: true, description: 'responses ÷ people who could answer; null when suppressed.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'RATING: the mean (1–5); null otherwise or when suppressed.' })
  mean!: number | null;

  @Field(() => [ValueCount], { description: 'RATING and CHOICE: answers per value (every value listed); empty when suppressed or for TEXT.' })
  distribution!: ValueCount[];

  @Field(() => [String], { description: 'TEXT: the answers, in alphabetical order (never in answer order); empty when suppressed.' })
  comments!: string[];

  @Field({ description: 'True when fewer than 5 answered and the figures are hidden.' })
  suppressed!: boolean;

  @Field(() => [EvaluationGroupScore], { description: 'By eselon group of the respondents (every group listed).' })
  byEselon!: EvaluationGroupScore[];

  @Field(() => [EvaluationGroupScore], { description: 'By generation of the respondents (every generation listed).' })
  byGeneration!: EvaluationGroupScore[];
}

@ObjectType({ description: "Results of one form for one target: the cohort, one facilitator or one venue." })
export class EvaluationTargetSummary {
  @Field(() => EvaluationTargetEnum, { description: 'What the results are about.' })
  target!: EvaluationTarget;

  @Field(() => Facilitator, { nullable: true, description: 'FACILITATOR: the facilitator.' })
  facilitator?: Facilitator | null;

  @Field(() => Venue, { nullable: true, description: 'VENUE: the venue.' })
  venue?: Venue | null;

  @Field(() => Int, { nullable: true, description: 'Responses; null when fewer than 5 (suppressed).' })
  respondents!: number | null;

  @Field(() => Int, { description: 'People who could answer: seated participants (REACTION), alumni and alumni with a supervisor (FOLLOW_UP).' })
  eligible!: number;

  @Field(() => Float, { nullable: true, description: 'respondents ÷ eligible (0–1); null when suppressed.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of every rating given (1–5); null when suppressed or without ratings.' })
  mean!: number | null;

  @Field({ description: 'True when fewer than 5 responded: every figure below is hidden.' })
  suppressed!: boolean;

  @Field(() => [EvaluationQuestionSummary], { description: 'Per question, in form order.' })
  questions!: EvaluationQuestionSummary[];

  @Field(() => [EvaluationGroupScore], { description: 'By eselon group of the respondents (every group listed).' })
  byEselon!: EvaluationGroupScore[];

  @Field(() => [EvaluationGroupScore], { description: 'By generation of the respondents (every generation listed).' })
  byGeneration!: EvaluationGroupScore[];

  @Field(() => [EvaluationGroupScore], { description: 'By respondent role (PARTICIPANT, ALUMNUS, SUPERVISOR) that applies to the form.' })
  byRespondent!: EvaluationGroupScore[];
}

@ObjectType({ description: 'Results of one form of the cohort.' })
export class EvaluationFormSummary {
  @Field(() => EvaluationForm, { description: 'The form.' })
  form!: EvaluationForm;

  @Field(() => [EvaluationTargetSummary], { description: 'Per target: one for COHORT forms, one per facilitator or venue of the sessions otherwise (also those nobody answered about yet).' })
  targets!: EvaluationTargetSummary[];
}

@ObjectType({ description: "A cohort's evaluation results (Kirkpatrick level 1 and 3): per form, target and question. Groups of fewer than 5 respondents are never shown." })
export class EvaluationSummary {
  @Field(() => Cohort, { description: 'The cohort.' })
  cohort!: Cohort;

  @Field(() => Int, { description: 'The smallest group shown (5).' })
  minGroup!: number;

  @Field(() => [EvaluationFormSummary], { description: "The cohort's forms, in the order they were attached." })
  forms!: EvaluationFormSummary[];
}

@InputType({ description: 'Which facilitator evaluations to count.' })
export class FacilitatorScoreFilter {
  @Field(() => String, { nullable: true, description: 'Period start (YYYY-MM-DD): cohorts ending on or after it.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Period end (YYYY-MM-DD): cohorts starting on or before it.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this academy (admins; others see their own academy anyway).' })
  academyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cohorts of this program.' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this cohort.' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this facilitator.' })
  facilitatorId?: string | null;
}

@ObjectType({ description: "One question's ratings of a facilitator, over the forms that ask it (matched by its text)." })
export class FacilitatorQuestionScore {
  @Field({ description: 'The question.' })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Ratings given; null when suppressed.' })
  responses!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean rating (1–5); null when suppressed.' })
  mean!: number | null;

  @Field(() => [ValueCount], { description: 'Ratings per value 1–5; empty when suppressed.' })
  distribution!: ValueCount[];

  @Field({ description: 'True when fewer than 5 rated and the figures are hidden.' })
  suppressed!: boolean;
}

@ObjectType({ description: "A facilitator's evaluation scores over the cohorts of the scope. Groups of fewer than 5 respondents are never shown." })
export class FacilitatorScore {
  @Field(() => Facilitator, { description: 'The facilitator (widyaiswara, coach, mentor or external).' })
  facilitator!: Facilitator;

  @Field(() => Int, { nullable: true, description: 'Responses about them; null when fewer than 5.' })
  respondents!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of every rating about them (1–5); null when suppressed.' })
  mean!: number | null;

  @Field(() => [ValueCount], { description: 'Every rating about them per value 1–5; empty when suppressed.' })
  distribution!: ValueCount[];

  @Field({ description: 'True when fewer than 5 responded: every figure is hidden.' })
  suppressed!: boolean;

  @Field(() => [FacilitatorQuestionScore], { description: 'Per rating question.' })
  questions!: FacilitatorQuestionScore[];

  @Field(() => [EvaluationGroupScore], { description: 'By eselon group of the respondents (eligible is 0: not counted here).' })
  byEselon!: EvaluationGroupScore[];

  @Field(() => [EvaluationGroupScore], { description: 'By generation of the respondents (eligible is 0: not counted here).' })
  byGeneration!: EvaluationGroupScore[];
}

@InputType({ description: 'A maintained template to copy.' })
export class UseEvaluationTemplateInput {
  @Field(() => EvaluationTemplateEnum, { description: 'The template.' })
  template!: EvaluationTemplate;

  @Field(() => ID, { nullable: true, description: "The cohort to attach it to; absent copies it into the academy's templates." })
  cohortId?: string | null;
}
