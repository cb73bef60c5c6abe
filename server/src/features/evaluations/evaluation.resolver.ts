import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readList } from '../../graphql/read-model.js';
import { ConnectionArgs } from '../../graphql/relay.js';
import type { UserError } from '../../graphql/user-error.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { REPORTS } from '../reports/participation.resolver.js';
import { EvaluationForm, EvaluationQuestion } from './evaluation.entity.js';
import {
  CreateEvaluationFormInput, EvaluationFormConnection, EvaluationFormFilter, EvaluationFormPayload, EvaluationFormsPayload, EvaluationSummary,
  FacilitatorScore, FacilitatorScoreFilter, PendingEvaluation, SubmitEvaluationInput, SubmitEvaluationPayload, UseEvaluationTemplateInput,
} from './evaluation.inputs.js';
import { evaluationReads } from './evaluation.read-model.js';
import { evaluationSummary, facilitatorScores } from './evaluation.report.js';
import { attachForm, createForm, deleteForm, myEvaluations, submitEvaluation, useTemplate } from './evaluation.service.js';

const formPayload = (r: { ok: true; value: EvaluationForm } | { ok: false; errors: UserError[] }): EvaluationFormPayload =>
  (r.ok ? { form: r.value, errors: [] } : { form: null, errors: r.errors });

@Resolver(() => EvaluationForm)
export class EvaluationFormResolver {
  @Authorized(...MANAGE)
  @Query(() => EvaluationFormConnection, { description: "The academy's evaluation forms, in the order they were made: those attached to cohorts and its templates." })
  async evaluationForms(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => EvaluationFormFilter, { nullable: true, description: 'A cohort, or templates only.' }) filter: EvaluationFormFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<EvaluationFormConnection> {
    return (await readList({ em, viewer }, evaluationReads.lists.evaluationForms, { ...args, filter })) as EvaluationFormConnection;
  }

  @Authorized('PARTICIPANT')
  @Query(() => [PendingEvaluation], { description: "The signed-in participant's evaluations: of the cohorts they are seated in, and the follow-ups of the cohorts they (or the people they supervise) completed; open ones first, then those opening later, then those answered." })
  myEvaluations(@Ctx() { em, viewer }: Context): Promise<PendingEvaluation[]> {
    return myEvaluations(em, viewer);
  }

  @Authorized(...REPORTS)
  @Query(() => EvaluationSummary, { nullable: true, description: "A cohort's evaluation results: per form, target and question the mean, the distribution and the response rate, by eselon group and generation of the respondents. Groups of fewer than 5 respondents are suppressed. Null for a cohort the caller may not see." })
  evaluationSummary(@Arg('cohortId', () => ID, { description: 'The cohort.' }) cohortId: string, @Ctx() { em, viewer }: Context): Promise<EvaluationSummary | null> {
    return evaluationSummary(em, viewer, tryLocalId(cohortId, 'Cohort'));
  }

  @Authorized(...REPORTS)
  @Query(() => [FacilitatorScore], { description: "Facilitators' evaluation scores over the cohorts of the scope, by name: mean, distribution, per question, by eselon group and generation of the respondents. Groups of fewer than 5 respondents are suppressed." })
  facilitatorScores(
    @Arg('filter', () => FacilitatorScoreFilter, { nullable: true, description: 'Period, academy, program, cohort or facilitator.' }) filter: FacilitatorScoreFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<FacilitatorScore[]> {
    return facilitatorScores(em, viewer, filter);
  }

  @Authorized(...MANAGE)
  @Mutation(() => EvaluationFormPayload, { description: "Creates an evaluation form on a cohort, or (without a cohort) one of the academy's templates." })
  async createEvaluationForm(@Arg('input', () => CreateEvaluationFormInput, { description: 'The form.' }) input: CreateEvaluationFormInput, @Ctx() { em, viewer, ip }: Context): Promise<EvaluationFormPayload> {
    const cohortId = input.cohortId ? tryLocalId(input.cohortId, 'Cohort') ?? -1 : null;
    return formPayload(await createForm(em, viewer, { ...input, cohortId, questions: input.questions }, ip));
  }

  @Authorized(...MANAGE)
  @Mutation(() => EvaluationFormsPayload, { description: 'Copies a maintained template ("Evaluasi penyelenggaraan", "Evaluasi pengajar/widyaiswara", the follow-up) onto a cohort or into the academy\'s templates. The follow-up makes one form per configured wave (3 and 12 months by default).' })
  async useEvaluationTemplate(@Arg('input', () => UseEvaluationTemplateInput, { description: 'The template and the cohort.' }) input: UseEvaluationTemplateInput, @Ctx() { em, viewer, ip }: Context): Promise<EvaluationFormsPayload> {
    const r = await useTemplate(em, viewer, { template: input.template, cohortId: input.cohortId ? tryLocalId(input.cohortId, 'Cohort') ?? -1 : null }, ip);
    return r.ok ? { forms: r.value, errors: [] } : { forms: [], errors: r.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => EvaluationFormPayload, { description: "Attaches a copy of one of the academy's forms (a template, or another cohort's form) to a cohort." })
  async attachEvaluationForm(
    @Arg('formId', () => ID, { description: 'The form to copy.' }) formId: string,
    @Arg('cohortId', () => ID, { description: 'The cohort.' }) cohortId: string,
    @Arg('monthsAfter', () => Number, { nullable: true, description: 'FOLLOW_UP: months after the close (1–60); the source form\'s by default.' }) monthsAfter: number | null,
    @Ctx() { em, viewer, ip }: Context,
  ): Promise<EvaluationFormPayload> {
    return formPayload(await attachForm(em, viewer, { formId: tryLocalId(formId, 'EvaluationForm'), cohortId: tryLocalId(cohortId, 'Cohort'), monthsAfter }, ip));
  }

  @Authorized(...MANAGE)
  @Mutation(() => EvaluationFormPayload, { description: 'Removes a form nobody has answered.' })
  async deleteEvaluationForm(@Arg('formId', () => ID, { description: 'The form.' }) formId: string, @Ctx() { em, viewer, ip }: Context): Promise<EvaluationFormPayload> {
    const r = await deleteForm(em, viewer, tryLocalId(formId, 'EvaluationForm'), ip);
    return r.ok ? { form: null, deletedId: r.value, errors: [] } : { form: null, errors: r.errors };
  }

  @Authorized('PARTICIPANT')
  @Mutation(() => SubmitEvaluationPayload, { description: 'Answers a form for one target, once: as a participant seated in the cohort after the session ended (or, for a follow-up, as an alumnus or their supervisor once it is due). Stored without the respondent\'s identity.' })
  async submitEvaluation(@Arg('input', () => SubmitEvaluationInput, { description: 'The form, the target and the answers.' }) input: SubmitEvaluationInput, @Ctx() { em, viewer }: Context): Promise<SubmitEvaluationPayload> {
    const id = (v: string | null | undefined, type: string) => (v ? tryLocalId(v, type) ?? -1 : null);
    const r = await submitEvaluation(em, viewer, {
      formId: tryLocalId(input.formId, 'EvaluationForm'), facilitatorId: id(input.facilitatorId, 'Facilitator'), venueId: id(input.venueId, 'Venue'),
      aboutPersonId: id(input.aboutPersonId, 'Person'), answers: input.answers,
    });
    return r.ok ? { ok: true, errors: [] } : { ok: false, errors: r.errors };
  }

  @FieldResolver(() => [EvaluationQuestion], { description: 'Its questions, in order.' })
  questions(@Root() f: EvaluationForm): EvaluationQuestion[] {
    return f.questions.map((q, index) => ({ index, ...q }));
  }

  @FieldResolver(() => Cohort, { nullable: true, description: "The cohort it is attached to; null for one of the academy's templates." })
  cohort(@Root() f: EvaluationForm, @Ctx() { loaders }: Context) {
    return loaders.ref(Cohort, f.cohort);
  }
}
