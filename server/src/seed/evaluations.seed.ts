import type { EntityManager } from '@mikro-orm/core';
import type { Faker } from '@faker-js/faker';
import type { EvaluationTemplate } from '@lintas/shared';
import type { Academy } from '../features/academies/academy.entity.js';
import type { Cohort } from '../features/cohorts/cohort.entity.js';
import { Enrollment } from '../features/enrollments/enrollment.entity.js';
import { seatedWhere } from '../features/enrollments/enrollment.rules.js';
import { EvaluationAnswer, EvaluationForm, EvaluationReceipt, EvaluationResponse } from '../features/evaluations/evaluation.entity.js';
import { FORM_TEMPLATES } from '../features/evaluations/evaluation.templates.js';
import { Person } from '../features/persons/person.entity.js';
import { Session } from '../features/sessions/session.entity.js';

const form = (tem: EntityManager, academy: Academy, cohort: Cohort | null, key: EvaluationTemplate) => {
  const t = FORM_TEMPLATES[key];
  return tem.create(EvaluationForm, { academy, cohort, title: t.title, kind: t.kind, target: t.target, monthsAfter: null, templateKey: key, questions: t.questions.map((q) => ({ ...q })) });
};

/**
 * Evaluations of the demo: the academy's two maintained templates; both forms on every closed
 * cohort, answered by most of its participants (the day the cohort ended), each facilitator
 * rated around a level of their own so their scores differ; and both forms on the running
 * cohorts, still to be answered.
 */
export async function seedEvaluations(tem: EntityManager, academy: Academy, cohorts: Cohort[], faker: Faker): Promise<number> {
  form(tem, academy, null, 'PENYELENGGARAAN');
  form(tem, academy, null, 'PENGAJAR');
  let responses = 0;
  for (const cohort of cohorts.filter((c) => c.status === 'RUNNING' || c.status === 'CLOSED')) {
    const running = form(tem, academy, cohort, 'PENYELENGGARAAN');
    const teaching = form(tem, academy, cohort, 'PENGAJAR');
    await tem.flush();
    if (cohort.status !== 'CLOSED') continue;
    const seated = await tem.find(Enrollment, { cohort, ...seatedWhere() }, { orderBy: { id: 'asc' } });
    const people = new Map((await tem.find(Person, { id: { $in: seated.map((e) => e.person.id) } }, { fields: ['id', 'eselonGroup', 'generation'] })).map((p) => [p.id, p]));
    const facilitators = [...new Set((await tem.find(Session, { cohort, status: 'SCHEDULED' })).map((s) => s.facilitator?.id).filter((x): x is number => x != null))];
    const answer = (f: EvaluationForm, personId: number, target: string, level: number, facilitatorId: number | null) => {
      const p = people.get(personId)!;
      tem.create(EvaluationReceipt, { form: f, person: personId, target });
      const response = tem.create(EvaluationResponse, {
        form: f, cohort, target: f.target, facilitator: facilitatorId, venue: null, respondent: 'PARTICIPANT',
        eselonGroup: p.eselonGroup, generation: p.generation ?? null, answeredOn: cohort.endDate,
      });
      f.questions.forEach((q, question) => {
        if (q.kind === 'RATING') tem.create(EvaluationAnswer, { response, question, rating: Math.max(1, Math.min(5, Math.round(level + faker.number.float({ min: -1, max: 1 })))) });
        else if (q.kind === 'CHOICE') tem.create(EvaluationAnswer, { response, question, choice: level >= 4 ? 0 : level >= 3 ? 1 : 2 });
      });
      responses++;
    };
    for (const e of seated) {
      // About four in five answer.
      if (faker.number.float() < 0.2) continue;
      answer(running, e.person.id, 'COHORT', 4.1, null);
      // Each facilitator has a level of their own (by their id), between 3.2 and 4.6.
      for (const f of facilitators) answer(teaching, e.person.id, `FACILITATOR:${f}`, 3.2 + (f % 5) * 0.35, f);
    }
    await tem.flush();
  }
  return responses;
}
