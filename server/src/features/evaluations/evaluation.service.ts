import type { EntityManager } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import {
  ERROR_CODES, EVALUATION_KINDS, EVALUATION_TARGETS, QUESTION_KINDS, RATING_MAX, RATING_MIN,
  type ErrorCode, type EvaluationKind, type EvaluationTarget, type EvaluationTemplate, type QuestionKind, type RespondentRole,
} from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { UserError } from '../../graphql/user-error.js';
import { academyOf, type Viewer } from '../../graphql/viewer.js';
import { audit } from '../audit/audit.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { completedWhere, seatedWhere } from '../enrollments/enrollment.rules.js';
import { enqueueNotices, type NoticeRequest } from '../notices/notice.outbox.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';
import { scoped } from '../tenancy.js';
import { EvaluationAnswer, EvaluationForm, EvaluationReceipt, EvaluationResponse } from './evaluation.entity.js';
import type { PendingEvaluation } from './evaluation.inputs.js';
import { FORM_TEMPLATES, followUpMonths, type TemplateQuestion } from './evaluation.templates.js';

type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };
const fail = <T>(field: string | null, code: ErrorCode, message: string): Outcome<T> => ({ ok: false, errors: [new UserError(field, code, message)] });

/** Today in WIB (answer days and follow-up due dates are counted in it). */
const todayWib = (now: Date) => DateTime.fromJSDate(now, { zone: 'Asia/Jakarta' }).toISODate()!;

/** The day a follow-up form of a cohort comes due: its end date plus the form's months. */
export const followUpDue = (cohort: Pick<Cohort, 'endDate'>, months: number): string => DateTime.fromISO(cohort.endDate).plus({ months }).toISODate()!;

export interface FormInput {
  cohortId: number | null;
  title: string;
  kind: EvaluationKind;
  target: EvaluationTarget;
  monthsAfter?: number | null;
  questions: { kind: QuestionKind; text: string; options?: string[] | null; required?: boolean | null }[];
}

/** Checks a form's definition; the cleaned questions, or the errors. */
function checkForm(input: FormInput, errors: UserError[]): TemplateQuestion[] {
  const bad = (field: string, code: ErrorCode, message: string) => errors.push(new UserError(field, code, message));
  if (!input.title?.trim() || input.title.trim().length > 200) bad('title', ERROR_CODES.REQUIRED, 'a title of 1–200 characters is required');
  if (!EVALUATION_KINDS.includes(input.kind)) bad('kind', ERROR_CODES.INVALID_VALUE, 'unknown kind');
  if (!EVALUATION_TARGETS.includes(input.target)) bad('target', ERROR_CODES.INVALID_VALUE, 'unknown target');
  if (input.kind === 'FOLLOW_UP') {
    if (input.target !== 'COHORT') bad('target', ERROR_CODES.INVALID_VALUE, 'a follow-up form is about the cohort');
    if (input.monthsAfter != null && (!Number.isInteger(input.monthsAfter) || input.monthsAfter < 1 || input.monthsAfter > 60)) bad('monthsAfter', ERROR_CODES.OUT_OF_RANGE, 'monthsAfter is 1–60');
  }
  if (!input.questions?.length || input.questions.length > 30) bad('questions', ERROR_CODES.OUT_OF_RANGE, 'a form has 1–30 questions');
  return (input.questions ?? []).map((q, i) => {
    const text = (q.text ?? '').trim();
    if (!QUESTION_KINDS.includes(q.kind)) bad(`questions.${i}.kind`, ERROR_CODES.INVALID_VALUE, 'unknown question kind');
    if (!text || text.length > 300) bad(`questions.${i}.text`, ERROR_CODES.REQUIRED, 'a question text of 1–300 characters is required');
    const options = q.kind === 'CHOICE' ? (q.options ?? []).map((o) => o.trim()) : [];
    if (q.kind === 'CHOICE' && (options.length < 2 || options.length > 10 || options.some((o) => !o || o.length > 100))) {
      bad(`questions.${i}.options`, ERROR_CODES.OUT_OF_RANGE, 'a choice question has 2–10 options of 1–100 characters');
    }
    return { kind: q.kind, text, options, required: q.required ?? q.kind !== 'TEXT' };
  });
}

/** The cohort a form goes to, as the caller sees it; or the caller's academy for a template. */
async function placeOf(tem: EntityManager, viewer: Viewer, cohortId: number | null): Promise<{ academyId: number; cohort: Cohort | null } | null> {
  if (cohortId !== null) {
    const cohort = await tem.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: cohortId }]));
    return cohort ? { academyId: cohort.academy.id, cohort } : null;
  }
  const academyId = academyOf(viewer);
  return academyId === null || academyId === -1 ? null : { academyId, cohort: null };
}

function newForm(tem: EntityManager, place: { academyId: number; cohort: Cohort | null }, f: { title: string; kind: EvaluationKind; target: EvaluationTarget; monthsAfter?: number | null; templateKey?: string | null; questions: TemplateQuestion[] }): EvaluationForm {
  return tem.create(EvaluationForm, {
    academy: place.academyId, cohort: place.cohort, title: f.title.trim(), kind: f.kind, target: f.target,
    monthsAfter: f.kind === 'FOLLOW_UP' ? f.monthsAfter ?? followUpMonths()[0]! : null, templateKey: f.templateKey ?? null, questions: f.questions,
  });
}

async function recordForms(tem: EntityManager, viewer: Viewer, ip: string | null, action: string, forms: EvaluationForm[]): Promise<void> {
  await tem.flush();
  await audit(tem, viewer, ip, forms.map((f) => ({ action, targetType: 'EvaluationForm', targetId: f.id, details: { formId: toGlobalId('EvaluationForm', f.id), cohortId: f.cohort ? toGlobalId('Cohort', f.cohort.id) : null, title: f.title } })));
}

/** Creates a form on a cohort, or (without a cohort) one of the academy's templates. */
export async function createForm(em: EntityManager, viewer: Viewer, input: FormInput, ip: string | null): Promise<Outcome<EvaluationForm>> {
  const errors: UserError[] = [];
  const questions = checkForm(input, errors);
  if (errors.length) return { ok: false, errors };
  return writeTransaction(em, async (tem) => {
    const place = await placeOf(tem, viewer, input.cohortId);
    if (!place) return fail('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort');
    const form = newForm(tem, place, { ...input, questions });
    await recordForms(tem, viewer, ip, 'evaluation.form-created', [form]);
    return { ok: true, value: form };
  });
}

/**
 * Copies a maintained template onto a cohort (or into the academy's templates). The follow-up
 * template makes one form per configured wave (LINTAS_EVALUATION_FOLLOW_UP_MONTHS, 3 and 12).
 */
export async function useTemplate(em: EntityManager, viewer: Viewer, input: { template: EvaluationTemplate; cohortId: number | null }, ip: string | null): Promise<Outcome<EvaluationForm[]>> {
  const t = FORM_TEMPLATES[input.template];
  if (!t) return fail('template', ERROR_CODES.INVALID_VALUE, 'unknown template');
  return writeTransaction(em, async (tem) => {
    const place = await placeOf(tem, viewer, input.cohortId);
    if (!place) return fail('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort');
    const waves = t.kind === 'FOLLOW_UP' ? followUpMonths() : [null];
    const forms = waves.map((m) => newForm(tem, place, {
      ...t, title: m === null ? t.title : `${t.title} (${m} bulan)`, monthsAfter: m, templateKey: input.template, questions: t.questions.map((q) => ({ ...q })),
    }));
    await recordForms(tem, viewer, ip, 'evaluation.form-created', forms);
    return { ok: true, value: forms };
  });
}

/** Attaches a copy of one of the academy's forms (a template or another cohort's) to a cohort. */
export async function attachForm(em: EntityManager, viewer: Viewer, input: { formId: number | null; cohortId: number | null; monthsAfter?: number | null }, ip: string | null): Promise<Outcome<EvaluationForm>> {
  return writeTransaction(em, async (tem) => {
    const source = input.formId === null ? null : await tem.findOne(EvaluationForm, scoped(viewer, 'EvaluationForm', [{ id: input.formId }]));
    if (!source) return fail('formId', ERROR_CODES.NOT_FOUND, 'no such form');
    const cohort = input.cohortId === null ? null : await tem.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: input.cohortId, academy: source.academy.id }]));
    if (!cohort) return fail('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort');
    if (input.monthsAfter != null && (input.monthsAfter < 1 || input.monthsAfter > 60)) return fail('monthsAfter', ERROR_CODES.OUT_OF_RANGE, 'monthsAfter is 1–60');
    const form = newForm(tem, { academyId: cohort.academy.id, cohort }, {
      title: source.title, kind: source.kind, target: source.target, monthsAfter: input.monthsAfter ?? source.monthsAfter, templateKey: source.templateKey, questions: source.questions,
    });
    await recordForms(tem, viewer, ip, 'evaluation.form-attached', [form]);
    return { ok: true, value: form };
  });
}

/** Removes a form nobody has answered (answers are kept with their form for the reports). */
export async function deleteForm(em: EntityManager, viewer: Viewer, formId: number | null, ip: string | null): Promise<Outcome<string>> {
  return writeTransaction(em, async (tem) => {
    const form = formId === null ? null : await tem.findOne(EvaluationForm, scoped(viewer, 'EvaluationForm', [{ id: formId }]));
    if (!form) return fail('formId', ERROR_CODES.NOT_FOUND, 'no such form');
    if (await tem.count(EvaluationResponse, { form })) return fail('formId', ERROR_CODES.EVALUATION_HAS_ANSWERS, 'the form has answers');
    const id = toGlobalId('EvaluationForm', form.id);
    await recordForms(tem, viewer, ip, 'evaluation.form-deleted', [form]);
    tem.remove(form);
    await tem.flush();
    return { ok: true, value: id };
  });
}

/** One target a person may answer a form for, and from when. */
export interface EvaluationTargetSlot {
  form: EvaluationForm;
  cohort: Cohort;
  target: EvaluationTarget;
  /** The receipt's target key: COHORT, FACILITATOR:<id>, VENUE:<id> or ALUMNUS:<person id>. */
  key: string;
  facilitatorId: number | null;
  venueId: number | null;
  aboutPersonId: number | null;
  respondent: RespondentRole;
  /** When it can be answered (a session's end, or the follow-up's due day at 00:00 WIB); null when nothing has been scheduled yet. */
  availableFrom: Date | null;
  answered: boolean;
}

/**
 * Everything a person may answer or has answered, in a fixed number of statements: the forms
 * of the cohorts they are seated in (level 1), the follow-ups of the cohorts they completed and
 * of those their supervisees completed (level 3), each target with the time it opens and
 * whether they have answered. `formId` narrows to one form (submitEvaluation's check).
 */
export async function slotsOf(em: EntityManager, personId: number, formId: number | null = null): Promise<EvaluationTargetSlot[]> {
  const own = await em.find(Enrollment, { person: personId, ...seatedWhere() }, { fields: ['id', 'cohort', 'status'] });
  const supervisees = await em.find(Enrollment, { person: { supervisor: personId }, ...completedWhere() }, { fields: ['id', 'cohort', 'person'] });
  const cohortIds = [...new Set([...own, ...supervisees].map((e) => e.cohort.id))];
  if (!cohortIds.length) return [];
  const forms = await em.find(EvaluationForm, { cohort: { $in: cohortIds }, ...(formId !== null ? { id: formId } : {}) }, { populate: ['cohort'], orderBy: { id: 'asc' } });
  if (!forms.length) return [];
  const reactionCohorts = [...new Set(forms.filter((f) => f.kind === 'REACTION').map((f) => f.cohort!.id))];
  const sessions = reactionCohorts.length
    ? await em.find(Session, { cohort: { $in: reactionCohorts }, status: 'SCHEDULED' }, { fields: ['id', 'cohort', 'facilitator', 'venue', 'endsAt'], orderBy: { endsAt: 'asc' } })
    : [];
  const receipts = new Set((await em.find(EvaluationReceipt, { person: personId, form: { $in: forms.map((f) => f.id) } })).map((r) => `${r.form.id}|${r.target}`));
  const out: EvaluationTargetSlot[] = [];
  const push = (s: Omit<EvaluationTargetSlot, 'answered'>) => out.push({ ...s, answered: receipts.has(`${s.form.id}|${s.key}`) });
  for (const form of forms) {
    const cohort = form.cohort!.getEntity();
    const base = { form, cohort, target: form.target, facilitatorId: null, venueId: null, aboutPersonId: null };
    if (form.kind === 'REACTION') {
      if (!own.some((e) => e.cohort.id === cohort.id)) continue;
      const mine = sessions.filter((s) => s.cohort.id === cohort.id);
      if (form.target === 'COHORT') {
        // The running is judged once the last session ended (or the cohort closed).
        const last = mine.at(-1)?.endsAt ?? null;
        push({ ...base, key: 'COHORT', respondent: 'PARTICIPANT', availableFrom: cohort.status === 'CLOSED' ? (last ?? cohort.updatedAt) : last });
      } else {
        const firstEnd = new Map<number, Date>();
        for (const s of mine) {
          const id = form.target === 'FACILITATOR' ? s.facilitator?.id : s.venue?.id;
          if (id != null && !firstEnd.has(id)) firstEnd.set(id, s.endsAt);
        }
        for (const [id, end] of firstEnd) {
          push({ ...base, key: `${form.target}:${id}`, facilitatorId: form.target === 'FACILITATOR' ? id : null, venueId: form.target === 'VENUE' ? id : null, respondent: 'PARTICIPANT', availableFrom: end });
        }
      }
    } else {
      const due = cohort.status === 'CLOSED' ? DateTime.fromISO(followUpDue(cohort, form.monthsAfter ?? 3), { zone: 'Asia/Jakarta' }).toJSDate() : null;
      if (own.some((e) => e.cohort.id === cohort.id && e.status === 'COMPLETED')) push({ ...base, key: 'COHORT', respondent: 'ALUMNUS', availableFrom: due });
      for (const e of supervisees.filter((x) => x.cohort.id === cohort.id)) {
        push({ ...base, key: `ALUMNUS:${e.person.id}`, aboutPersonId: e.person.id, respondent: 'SUPERVISOR', availableFrom: due });
      }
    }
  }
  return out;
}

export interface SubmitInput {
  formId: number | null;
  facilitatorId: number | null;
  venueId: number | null;
  aboutPersonId: number | null;
  answers: { question: number; rating?: number | null; choice?: number | null; text?: string | null }[];
}

/**
 * Records one answer of the signed-in participant to a form for one target: only as a
 * respondent of the form (seated in the cohort; for a follow-up an alumnus or an alumnus's
 * supervisor), only once the target's session ended (or the follow-up came due), only once.
 * The answer is stored without the person (see EvaluationResponse); the receipt records that
 * they answered.
 */
export async function submitEvaluation(em: EntityManager, viewer: Viewer, input: SubmitInput, now = new Date()): Promise<Outcome<EvaluationForm>> {
  const personId = viewer.kind === 'account' ? viewer.personId : null;
  if (personId === null || input.formId === null) return fail('formId', ERROR_CODES.NOT_FOUND, 'no such form');
  return writeTransaction(em, async (tem) => {
    const slots = await slotsOf(tem, personId, input.formId);
    if (!slots.length) {
      // A form of a cohort the person has nothing to do with looks missing; one they may see but not answer is refused.
      const visible = await tem.findOne(EvaluationForm, scoped(viewer, 'EvaluationForm', [{ id: input.formId }]));
      return visible ? fail('formId', ERROR_CODES.EVALUATION_NOT_RESPONDENT, 'you are not a respondent of this form') : fail('formId', ERROR_CODES.NOT_FOUND, 'no such form');
    }
    const form = slots[0]!.form;
    const key = form.target === 'FACILITATOR' ? `FACILITATOR:${input.facilitatorId}` : form.target === 'VENUE' ? `VENUE:${input.venueId}`
      : input.aboutPersonId !== null ? `ALUMNUS:${input.aboutPersonId}` : 'COHORT';
    const slot = slots.find((s) => s.key === key);
    if (!slot) {
      const field = form.target === 'FACILITATOR' ? 'facilitatorId' : form.target === 'VENUE' ? 'venueId' : 'aboutPersonId';
      return fail(field, ERROR_CODES.EVALUATION_NOT_RESPONDENT, form.target === 'COHORT' ? 'you are not a respondent of this form for this target' : 'the target has no session in this cohort');
    }
    if (slot.answered) return fail('formId', ERROR_CODES.EVALUATION_ALREADY_ANSWERED, 'already answered');
    if (!slot.availableFrom || slot.availableFrom.getTime() > now.getTime()) return fail('formId', ERROR_CODES.EVALUATION_NOT_YET, 'not open yet');
    const answers = checkAnswers(form, input.answers);
    if (!answers.ok) return answers;
    const person = await tem.findOneOrFail(Person, personId, { fields: ['id', 'eselonGroup', 'generation'] });
    tem.create(EvaluationReceipt, { form, person: personId, target: key });
    // Flushed first: a second answer racing this one meets the receipt's unique key and is refused.
    try {
      await tem.flush();
    } catch (e) {
      if ((e as { name?: string }).name === 'UniqueConstraintViolationException') return fail('formId', ERROR_CODES.EVALUATION_ALREADY_ANSWERED, 'already answered');
      throw e;
    }
    const response = tem.create(EvaluationResponse, {
      form, cohort: slot.cohort, target: form.target, facilitator: slot.facilitatorId, venue: slot.venueId, respondent: slot.respondent,
      eselonGroup: person.eselonGroup, generation: person.generation ?? null, answeredOn: todayWib(now),
    });
    for (const a of answers.value) tem.create(EvaluationAnswer, { response, ...a });
    await tem.flush();
    return { ok: true, value: form };
  });
}

function checkAnswers(form: EvaluationForm, given: SubmitInput['answers']): Outcome<{ question: number; rating: number | null; choice: number | null; text: string | null }[]> {
  const out: { question: number; rating: number | null; choice: number | null; text: string | null }[] = [];
  const seen = new Set<number>();
  for (const [i, a] of given.entries()) {
    const q = form.questions[a.question];
    const field = `answers.${i}`;
    if (!q || seen.has(a.question)) return fail(field, ERROR_CODES.INVALID_VALUE, 'no such question, or answered twice');
    seen.add(a.question);
    if (q.kind === 'RATING') {
      if (a.rating == null) continue;
      if (!Number.isInteger(a.rating) || a.rating < RATING_MIN || a.rating > RATING_MAX) return fail(field, ERROR_CODES.OUT_OF_RANGE, 'a rating is 1–5');
      out.push({ question: a.question, rating: a.rating, choice: null, text: null });
    } else if (q.kind === 'CHOICE') {
      if (a.choice == null) continue;
      if (!Number.isInteger(a.choice) || a.choice < 0 || a.choice >= q.options.length) return fail(field, ERROR_CODES.OUT_OF_RANGE, 'not one of the options');
      out.push({ question: a.question, rating: null, choice: a.choice, text: null });
    } else {
      const text = (a.text ?? '').trim();
      if (!text) continue;
      if (text.length > 2000) return fail(field, ERROR_CODES.OUT_OF_RANGE, 'a text answer has at most 2000 characters');
      out.push({ question: a.question, rating: null, choice: null, text });
    }
  }
  const missing = form.questions.findIndex((q, i) => q.required && !out.some((a) => a.question === i));
  if (missing >= 0) return fail(`questions.${missing}`, ERROR_CODES.REQUIRED, 'a required question is not answered');
  return { ok: true, value: out };
}

/**
 * Writes the EVALUATION_FOLLOW_UP notices of every follow-up form that came due (its cohort
 * closed, end date + months reached, within the last 60 days so a new install does not mail
 * years of history): to each alumnus, and to each alumnus's supervisor about them. Keyed per
 * form, person and alumnus, so a repeated sweep (here or in another process) writes nothing twice.
 */
export async function sweepFollowUps(em: EntityManager, now = new Date()): Promise<number> {
  const today = todayWib(now);
  const forms = await em.find(EvaluationForm, { kind: 'FOLLOW_UP', cohort: { status: 'CLOSED' } }, { populate: ['cohort'], orderBy: { id: 'asc' }, connectionType: 'write' });
  const due = forms.filter((f) => {
    const day = followUpDue(f.cohort!.getEntity(), f.monthsAfter ?? 3);
    return day <= today && DateTime.fromISO(day).plus({ days: 60 }).toISODate()! >= today;
  });
  if (!due.length) return 0;
  const alumni = await em.find(Enrollment, { cohort: { $in: [...new Set(due.map((f) => f.cohort!.id))] }, ...completedWhere() }, { populate: ['person'], connectionType: 'write' });
  let written = 0;
  for (const form of due) {
    const notices: NoticeRequest[] = [];
    const data = { formId: toGlobalId('EvaluationForm', form.id), cohortId: form.cohort!.id, monthsAfter: form.monthsAfter };
    for (const e of alumni.filter((x) => x.cohort.id === form.cohort!.id)) {
      const p = e.person.getEntity();
      notices.push({ kind: 'EVALUATION_FOLLOW_UP', to: { personId: p.id }, data, key: `evaluation-follow-up:${form.id}:${p.id}` });
      if (p.supervisor) notices.push({ kind: 'EVALUATION_FOLLOW_UP', to: { personId: p.supervisor.id }, data: { ...data, about: p.id }, key: `evaluation-follow-up:${form.id}:${p.supervisor.id}:${p.id}` });
    }
    await writeTransaction(em.fork(), (tem) => enqueueNotices(tem, form.academy.id, notices));
    written += notices.length;
  }
  return written;
}

/**
 * `myEvaluations`: the signed-in person's evaluations, open ones first (then those that open
 * later, then those answered), with the facilitators, venues and alumni they are about read
 * in one statement each.
 */
export async function myEvaluations(em: EntityManager, viewer: Viewer, now = new Date()): Promise<PendingEvaluation[]> {
  const personId = viewer.kind === 'account' && viewer.role === 'PARTICIPANT' ? viewer.personId : null;
  if (personId === null) return [];
  const slots = await slotsOf(em, personId);
  const ids = (pick: (s: EvaluationTargetSlot) => number | null) => [...new Set(slots.map(pick).filter((x): x is number => x !== null))];
  const [facilitators, venues, people] = await Promise.all([
    ids((s) => s.facilitatorId).length ? em.find(Facilitator, { id: { $in: ids((s) => s.facilitatorId) } }) : [],
    ids((s) => s.venueId).length ? em.find(Venue, { id: { $in: ids((s) => s.venueId) } }) : [],
    ids((s) => s.aboutPersonId).length ? em.find(Person, { id: { $in: ids((s) => s.aboutPersonId) } }, { fields: ['id', 'name'] }) : [],
  ]);
  const rank = (p: PendingEvaluation) => (p.open ? 0 : p.answered ? 2 : 1);
  return slots.map((s): PendingEvaluation => ({
    form: s.form, cohort: s.cohort, target: s.target, respondent: s.respondent, availableFrom: s.availableFrom, answered: s.answered,
    open: !s.answered && !!s.availableFrom && s.availableFrom.getTime() <= now.getTime(),
    facilitator: facilitators.find((f) => f.id === s.facilitatorId) ?? null,
    venue: venues.find((v) => v.id === s.venueId) ?? null,
    aboutPersonId: s.aboutPersonId === null ? null : toGlobalId('Person', s.aboutPersonId),
    aboutName: people.find((p) => p.id === s.aboutPersonId)?.name ?? null,
  })).sort((a, b) => rank(a) - rank(b) || (a.availableFrom?.getTime() ?? Infinity) - (b.availableFrom?.getTime() ?? Infinity));
}
