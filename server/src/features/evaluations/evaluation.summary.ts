import { ESELON_GROUPS, EVALUATION_MIN_GROUP, GENERATION_CODES, RATING_MAX, RATING_MIN, type RespondentRole } from '@lintas/shared';
import type { EvaluationForm } from './evaluation.entity.js';
import type { EvaluationCell } from './evaluation.repository.js';

/**
 * Turns the aggregate's counts into the reported figures, hiding every group of fewer than
 * EVALUATION_MIN_GROUP respondents (totals included): its counts, rates and means are null
 * and `suppressed` is true. Pure, so the rule is tested on its own.
 */
export const hidden = (n: number) => n < EVALUATION_MIN_GROUP;

export interface GroupFigures { group: string | null; respondents: number | null; eligible: number; responseRate: number | null; mean: number | null; suppressed: boolean }
export interface ValueFigures { value: number; label: string; count: number }

const sum = (cells: EvaluationCell[]) => cells.reduce((s, c) => s + c.n, 0);
const ratingMean = (cells: EvaluationCell[]): number | null => {
  const rated = cells.filter((c) => c.rating !== null);
  const n = sum(rated);
  return n ? rated.reduce((s, c) => s + c.rating! * c.n, 0) / n : null;
};

export function groupFigures(group: string | null, respondents: number, eligible: number, answers: EvaluationCell[]): GroupFigures {
  const suppressed = hidden(respondents);
  return {
    group, eligible, suppressed,
    respondents: suppressed ? null : respondents,
    responseRate: suppressed || eligible === 0 ? null : Math.min(1, respondents / eligible),
    mean: suppressed ? null : ratingMean(answers),
  };
}

type Key = 'eselonGroup' | 'generation' | 'respondent';
const GROUPS: Record<Key, readonly (string | null)[]> = { eselonGroup: ESELON_GROUPS, generation: [...GENERATION_CODES, null], respondent: ['PARTICIPANT', 'ALUMNUS', 'SUPERVISOR'] };

/** Figures per group of `key`: respondents from the response counts, ratings from the answer counts (or answers, within a question). */
export function byGroup(key: Key, respondents: EvaluationCell[], eligible: EvaluationCell[], answers: EvaluationCell[], roles?: readonly string[]): GroupFigures[] {
  const groups = key === 'respondent' ? (roles ?? GROUPS.respondent) : GROUPS[key];
  return groups
    .filter((g) => key !== 'generation' || g !== null || respondents.some((c) => c.generation === null))
    .map((g) => groupFigures(g, sum(respondents.filter((c) => c[key] === g)), sum(eligible.filter((c) => c[key] === g)), answers.filter((c) => c[key] === g)));
}

export function distribution(kind: 'RATING' | 'CHOICE', options: string[], answers: EvaluationCell[]): ValueFigures[] {
  if (kind === 'RATING') {
    return Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i)
      .map((v) => ({ value: v, label: String(v), count: sum(answers.filter((c) => c.rating === v)) }));
  }
  return options.map((label, v) => ({ value: v, label, count: sum(answers.filter((c) => c.choice === v)) }));
}

export const rolesOf = (form: Pick<EvaluationForm, 'kind'>): RespondentRole[] => (form.kind === 'REACTION' ? ['PARTICIPANT'] : ['ALUMNUS', 'SUPERVISOR']);

/** One form × target's figures from the cells of that target (and the cohort's eligible cells). */
export function targetFigures(form: EvaluationForm, cells: EvaluationCell[], eligibleAll: EvaluationCell[], comments: { question: number; text: string }[]) {
  const roles = rolesOf(form);
  const eligible = eligibleAll.filter((c) => roles.includes(c.respondent as RespondentRole));
  const respondents = cells.filter((c) => c.row === 'respondents');
  const answers = cells.filter((c) => c.row === 'answer');
  const total = groupFigures(null, sum(respondents), sum(eligible), answers);
  const questions = form.questions.map((q, index) => {
    const mine = answers.filter((c) => c.question === index);
    const n = q.kind === 'TEXT' ? comments.filter((c) => c.question === index).length : sum(mine);
    const suppressed = total.suppressed || hidden(n);
    const asRespondents = mine.map((c) => ({ ...c }));
    return {
      index, kind: q.kind, text: q.text, suppressed,
      responses: suppressed ? null : n,
      responseRate: suppressed || total.eligible === 0 ? null : Math.min(1, n / total.eligible),
      mean: suppressed || q.kind !== 'RATING' ? null : ratingMean(mine),
      distribution: suppressed || q.kind === 'TEXT' ? [] : distribution(q.kind, q.options, mine),
      comments: suppressed || q.kind !== 'TEXT' ? [] : comments.filter((c) => c.question === index).map((c) => c.text),
      byEselon: q.kind === 'RATING' || q.kind === 'CHOICE' ? byGroup('eselonGroup', asRespondents, eligible, mine) : [],
      byGeneration: q.kind === 'RATING' || q.kind === 'CHOICE' ? byGroup('generation', asRespondents, eligible, mine) : [],
    };
  });
  return {
    respondents: total.respondents, eligible: total.eligible, responseRate: total.responseRate, mean: total.mean, suppressed: total.suppressed, questions,
    byEselon: byGroup('eselonGroup', respondents, eligible, answers),
    byGeneration: byGroup('generation', respondents, eligible, answers),
    byRespondent: byGroup('respondent', respondents, eligible, answers, roles),
  };
}
