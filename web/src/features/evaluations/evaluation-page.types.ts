import type { EselonGroup, EvaluationKind, EvaluationTarget, Generation, QuestionKind } from '@lintas/shared';

/** What the evaluation pages read and write: their documents are plain strings (see EvaluationsPage.vue for why). */
type Errors = { field?: string | null; code: string }[];
interface Group { group: string | null; respondents: number | null; eligible: number; mean: number | null; suppressed: boolean }
interface Target {
  target: EvaluationTarget; facilitator: { id: string; name: string } | null; venue: { id: string; name: string } | null;
  respondents: number | null; eligible: number; responseRate: number | null; mean: number | null; suppressed: boolean;
  byEselon: (Group & { group: EselonGroup })[]; byGeneration: (Group & { group: Generation | null })[];
  questions: { index: number; kind: QuestionKind; text: string; responses: number | null; mean: number | null; suppressed: boolean; comments: string[]; distribution: { value: number; label: string; count: number }[] }[];
}
export interface EvaluationPageData {
  cohorts: { cohorts: { nodes: { id: string; code: string; name: string; status: string }[] } };
  forms: { evaluationForms: { nodes: { id: string; title: string; kind: EvaluationKind; target: EvaluationTarget; monthsAfter: number | null; questions: { index: number }[] }[] } };
  summary: { evaluationSummary: { minGroup: number; forms: { form: { id: string; title: string; kind: EvaluationKind; target: EvaluationTarget }; targets: Target[] }[] } | null };
  scores: { facilitatorScores: { facilitator: { id: string; name: string }; respondents: number | null; mean: number | null; suppressed: boolean }[] };
  useTemplate: { useEvaluationTemplate: { forms: { id: string; title: string }[]; errors: Errors } };
  create: { createEvaluationForm: { form: { id: string; title: string } | null; errors: Errors } };
  remove: { deleteEvaluationForm: { deletedId: string | null; errors: Errors } };
}

/** One of `myEvaluations` as the participant's page reads it. */
export interface MyEvaluationItem {
  target: EvaluationTarget; respondent: string; open: boolean; answered: boolean; availableFrom: string | null; aboutPersonId: string | null; aboutName: string | null;
  form: { id: string; title: string; questions: { index: number; kind: QuestionKind; text: string; options: string[]; required: boolean }[] };
  cohort: { id: string; name: string; code: string };
  facilitator: { id: string; name: string } | null;
  venue: { id: string; name: string } | null;
}
