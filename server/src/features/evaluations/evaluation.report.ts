import type { EntityManager } from '@mikro-orm/core';
import { EVALUATION_MIN_GROUP } from '@lintas/shared';
import { tryLocalId } from '../../graphql/ids.js';
import { academyOf, type Viewer } from '../../graphql/viewer.js';
import { isIsoDate } from '../cohorts/cohort.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Session } from '../sessions/session.entity.js';
import { scoped } from '../tenancy.js';
import { EvaluationForm } from './evaluation.entity.js';
import type { EvaluationSummary, FacilitatorScore, FacilitatorScoreFilter } from './evaluation.inputs.js';
import { cohortComments, cohortEvaluationCells, facilitatorCells, type EvaluationCell } from './evaluation.repository.js';
import { byGroup, distribution, groupFigures, hidden, targetFigures } from './evaluation.summary.js';

/**
 * `evaluationSummary(cohortId:)`: every form of the cohort, per target object (the cohort,
 * each facilitator or venue of its sessions) and question. Null for a cohort the caller may
 * not see. A fixed number of statements: the cohort, its forms, its sessions' facilitators and
 * venues, the one aggregate and the free-text answers.
 */
export async function evaluationSummary(em: EntityManager, viewer: Viewer, cohortId: number | null): Promise<EvaluationSummary | null> {
  const cohort = cohortId === null ? null : await em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: cohortId }]));
  if (!cohort) return null;
  const forms = await em.find(EvaluationForm, { cohort }, { orderBy: { id: 'asc' } });
  const sessions = forms.some((f) => f.target !== 'COHORT')
    ? await em.find(Session, { cohort, status: 'SCHEDULED' }, { populate: ['facilitator', 'venue'], orderBy: { startsAt: 'asc' } })
    : [];
  const [cells, comments] = forms.length ? await Promise.all([cohortEvaluationCells(em, cohort.id), cohortComments(em, cohort.id)]) : [[], []];
  const eligible = cells.filter((c) => c.row === 'eligible');
  const facilitators = new Map<number, Facilitator>();
  const venues = new Map<number, Venue>();
  for (const s of sessions) {
    if (s.facilitator) facilitators.set(s.facilitator.id, s.facilitator.getEntity());
    if (s.venue) venues.set(s.venue.id, s.venue.getEntity());
  }
  return {
    cohort, minGroup: EVALUATION_MIN_GROUP,
    forms: forms.map((form) => {
      const own = cells.filter((c) => c.formId === form.id);
      const ownComments = comments.filter((c) => c.formId === form.id);
      if (form.target === 'COHORT') return { form, targets: [{ target: form.target, ...targetFigures(form, own, eligible, ownComments) }] };
      const isF = form.target === 'FACILITATOR';
      const objects = isF ? facilitators : venues;
      // Also those answered about but no longer in the schedule (a session moved to someone else).
      const ids = [...new Set([...objects.keys(), ...own.map((c) => (isF ? c.facilitatorId : c.venueId)).filter((x): x is number => x !== null)])];
      return {
        form,
        targets: ids.filter((id) => objects.has(id)).map((id) => ({
          target: form.target, facilitator: isF ? objects.get(id) as Facilitator : null, venue: isF ? null : objects.get(id) as Venue,
          ...targetFigures(form, own.filter((c) => (isF ? c.facilitatorId : c.venueId) === id), eligible,
            ownComments.filter((c) => (isF ? c.facilitatorId : c.venueId) === id)),
        })),
      };
    }),
  };
}

/**
 * `facilitatorScores(filter:)`: per facilitator with answers in the scope, their ratings over
 * all FACILITATOR forms (questions matched by text), by eselon group and generation of the
 * respondents. Three statements: the aggregate, the forms it names, the facilitators.
 */
export async function facilitatorScores(em: EntityManager, viewer: Viewer, filter: FacilitatorScoreFilter | null): Promise<FacilitatorScore[]> {
  const id = (v: string | null | undefined, type: string) => (v ? tryLocalId(v, type) ?? -1 : null);
  const cells = await facilitatorCells(em, {
    academyId: academyOf(viewer) ?? id(filter?.academyId, 'Academy'),
    from: filter?.from && isIsoDate(filter.from) ? filter.from : null, to: filter?.to && isIsoDate(filter.to) ? filter.to : null,
    programId: id(filter?.programId, 'Program'), cohortId: id(filter?.cohortId, 'Cohort'), facilitatorId: id(filter?.facilitatorId, 'Facilitator'),
  });
  if (!cells.length) return [];
  const formIds = [...new Set(cells.map((c) => c.formId!))];
  const facilitatorIds = [...new Set(cells.map((c) => c.facilitatorId!))];
  const [forms, facilitators] = await Promise.all([
    em.find(EvaluationForm, { id: { $in: formIds } }),
    em.find(Facilitator, scoped(viewer, 'Facilitator', [{ id: { $in: facilitatorIds } }]), { orderBy: { name: 'asc', id: 'asc' } }),
  ]);
  const textOf = new Map<string, string>(forms.flatMap((f) => f.questions.map((q, i) => [`${f.id}:${i}`, q.text] as [string, string])));
  return facilitators.map((facilitator) => {
    const own = cells.filter((c) => c.facilitatorId === facilitator.id);
    const respondents = own.filter((c) => c.row === 'respondents');
    const answers = own.filter((c) => c.row === 'answer');
    const total = groupFigures(null, respondents.reduce((s, c) => s + c.n, 0), 0, answers);
    const byText = new Map<string, EvaluationCell[]>();
    for (const c of answers) {
      const text = textOf.get(`${c.formId}:${c.question}`) ?? '';
      byText.set(text, [...(byText.get(text) ?? []), c]);
    }
    return {
      facilitator, respondents: total.respondents, mean: total.mean, suppressed: total.suppressed,
      distribution: total.suppressed ? [] : distribution('RATING', [], answers),
      questions: [...byText].map(([text, mine]) => {
        const n = mine.reduce((s, c) => s + c.n, 0);
        const suppressed = total.suppressed || hidden(n);
        const g = groupFigures(null, n, 0, mine);
        return { text, suppressed, responses: suppressed ? null : n, mean: suppressed ? null : g.mean, distribution: suppressed ? [] : distribution('RATING', [], mine) };
      }),
      byEselon: byGroup('eselonGroup', respondents, [], answers),
      byGeneration: byGroup('generation', respondents, [], answers),
    };
  });
}

