import { Reference, type EntityClass, type EntityManager } from '@mikro-orm/core';
import { ERROR_CODES, type ErrorCode, type KnowledgeRole } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { tryLocalId } from '../../graphql/ids.js';
import { UserError } from '../../graphql/user-error.js';
import { academyOf, type Viewer } from '../../graphql/viewer.js';
import { checkText } from '../catalogue/catalogue.rules.js';
import { scoped } from '../tenancy.js';
import { Agency } from '../academies/agency.entity.js';
import { Person } from '../persons/person.entity.js';
import { MentoringMeeting, MentoringPair } from '../mentoring/mentoring-pair.entity.js';
import { KnowledgeItem, KnowledgeItemPerson } from './knowledge-item.entity.js';
import type { KnowledgeItemFields, UpdateKnowledgeItemInput } from './knowledge.inputs.js';
import { writeSearchIndex } from './knowledge.search.js';

type Result = { ok: true; value: KnowledgeItem } | { ok: false; errors: UserError[] };
const fail = (field: string | null, code: ErrorCode, message: string): Result => ({ ok: false, errors: [new UserError(field, code, message)] });

export const MAX_BODY = 100_000;
const MAX_LINKS = 20;

/** The participant writing, when the caller is one. */
const participantOf = (viewer: Viewer) => (viewer.kind === 'account' && viewer.role === 'PARTICIPANT' ? viewer.personId : null);

interface Checked {
  fields: Pick<KnowledgeItem, 'kind' | 'title' | 'body' | 'links' | 'competencyAreas' | 'sourceActionPlanId'>;
  people: { person: Person; role: KnowledgeRole }[];
  agency: Agency | null;
  academyId: number;
  pair: MentoringPair | null;
  meeting: MentoringMeeting | null;
}

/** Reads and checks the fields: text, links, people of the caller's academy (all of one academy), sources. */
async function check(em: EntityManager, viewer: Viewer, input: KnowledgeItemFields): Promise<{ ok: true; value: Checked } | { ok: false; errors: UserError[] }> {
  const errors: UserError[] = [];
  const title = checkText(input.title, 'title', 200, errors);
  const body = (input.body ?? '').replace(/\r\n?/g, '\n');
  if (!body.trim()) errors.push(new UserError('body', ERROR_CODES.REQUIRED, 'body is required'));
  else if (body.length > MAX_BODY) errors.push(new UserError('body', ERROR_CODES.OUT_OF_RANGE, `body is longer than ${MAX_BODY} characters`));
  const links = (input.links ?? []).map((l) => l.trim()).filter(Boolean);
  if (links.length > MAX_LINKS) errors.push(new UserError('links', ERROR_CODES.OUT_OF_RANGE, `at most ${MAX_LINKS} links`));
  links.forEach((l, i) => {
    let ok = l.length <= 500;
    try { ok &&= ['http:', 'https:'].includes(new URL(l).protocol); } catch { ok = false; }
    if (!ok) errors.push(new UserError(`links.${i}`, ERROR_CODES.INVALID_VALUE, 'a link must be an absolute http(s) address'));
  });
  if (input.sourceActionPlanId != null && (!Number.isSafeInteger(input.sourceActionPlanId) || input.sourceActionPlanId < 1)) {
    errors.push(new UserError('sourceActionPlanId', ERROR_CODES.INVALID_VALUE, 'not an action plan number'));
  }

  const self = participantOf(viewer);
  const wanted: { field: string; id: string; role: KnowledgeRole }[] = [
    ...(input.authorIds ?? []).map((id, i) => ({ field: `authorIds.${i}`, id, role: 'AUTHOR' as const })),
    ...(input.contributorIds ?? []).map((id, i) => ({ field: `contributorIds.${i}`, id, role: 'CONTRIBUTOR' as const })),
    ...(input.intervieweeId ? [{ field: 'intervieweeId', id: input.intervieweeId, role: 'INTERVIEWEE' as const }] : []),
  ];
  const localIds = wanted.map((w) => tryLocalId(w.id, 'Person'));
  if (self !== null && !wanted.some((w, i) => w.role !== 'INTERVIEWEE' && localIds[i] === self)) {
    wanted.unshift({ field: 'authorIds', id: '', role: 'AUTHOR' });
    localIds.unshift(self);
  }
  const ids = [...new Set(localIds.filter((x): x is number => x !== null))];
  // A participant names people of their own academy: the academy of their own agency.
  const personScope = self !== null ? { agency: { academy: { $in: await selfAcademy(em, self) } } } : scoped(viewer, 'Person', []);
  const found = ids.length ? await em.find(Person, { $and: [{ id: { $in: ids } }, personScope] }, { populate: ['agency'] }) : [];
  const byId = new Map(found.map((p) => [p.id, p]));
  const people: Checked['people'] = [];
  const seen = new Set<string>();
  wanted.forEach((w, i) => {
    const person = localIds[i] === null ? undefined : byId.get(localIds[i]!);
    if (!person) return void errors.push(new UserError(w.field, ERROR_CODES.NOT_FOUND, 'no such person'));
    const key = `${person.id}:${w.role}`;
    if (!seen.has(key)) (seen.add(key), people.push({ person, role: w.role }));
  });

  const agencyId = input.agencyId ? tryLocalId(input.agencyId, 'Agency') : null;
  let agency: Agency | null = null;
  if (input.agencyId) {
    agency = agencyId === null ? null : await em.findOne(Agency, self !== null ? { id: agencyId, academy: { $in: await selfAcademy(em, self) } } : scoped(viewer, 'Agency', [{ id: agencyId }]));
    if (!agency) errors.push(new UserError('agencyId', ERROR_CODES.NOT_FOUND, 'no such agency'));
  }
  const firstAuthor = people.find((p) => p.role === 'AUTHOR') ?? people[0];
  agency ??= firstAuthor ? firstAuthor.person.agency.getEntity() : null;
  const academyId = self !== null ? (await selfAcademy(em, self))[0] : academyOf(viewer) ?? agency?.academy?.id;
  if (academyId === undefined || academyId === null || academyId === -1) {
    errors.push(new UserError('authorIds', ERROR_CODES.REQUIRED, 'name an author or the agency, so the item has an academy'));
  } else {
    if (agency && agency.academy?.id !== academyId) errors.push(new UserError('agencyId', ERROR_CODES.NOT_FOUND, 'no such agency'));
    people.forEach((p) => { if (p.person.agency.getEntity().academy?.id !== academyId) errors.push(new UserError('authorIds', ERROR_CODES.NOT_FOUND, 'no such person')); });
  }

  let meeting: MentoringMeeting | null = null;
  let pair: MentoringPair | null = null;
  if (input.sourceMentoringMeetingId) {
    const id = tryLocalId(input.sourceMentoringMeetingId, 'MentoringMeeting');
    meeting = id === null ? null : await em.findOne(MentoringMeeting, scoped(viewer, 'MentoringMeeting', [{ id }]));
    if (!meeting) errors.push(new UserError('sourceMentoringMeetingId', ERROR_CODES.NOT_FOUND, 'no such meeting'));
    else pair = await em.findOne(MentoringPair, meeting.pair.id);
  }
  if (input.sourceMentoringPairId) {
    const id = tryLocalId(input.sourceMentoringPairId, 'MentoringPair');
    const named = id === null ? null : await em.findOne(MentoringPair, scoped(viewer, 'MentoringPair', [{ id }]));
    if (!named || (pair && pair.id !== named.id)) errors.push(new UserError('sourceMentoringPairId', ERROR_CODES.NOT_FOUND, 'no such pair'));
    else pair = named;
  }
  if (errors.length || !title) return { ok: false, errors };
  return {
    ok: true,
    value: {
      fields: { kind: input.kind, title, body, links, competencyAreas: [...new Set(input.competencyAreas ?? [])], sourceActionPlanId: input.sourceActionPlanId ?? null },
      people, agency, academyId: academyId as number, pair, meeting,
    },
  };
}

/** The academy of a participant's agency (one id, as a list for `$in`). */
async function selfAcademy(em: EntityManager, personId: number): Promise<number[]> {
  const me = await em.findOne(Person, personId, { populate: ['agency'] });
  return [me?.agency.getEntity().academy?.id ?? -1];
}

const ref = <T extends object>(tem: EntityManager, entity: EntityClass<T>, id: number) => Reference.create(tem.getReference(entity, id as never));

function apply(tem: EntityManager, item: KnowledgeItem, c: Checked, existing: KnowledgeItemPerson[]): void {
  Object.assign(item, c.fields);
  item.agency = c.agency ? ref(tem, Agency, c.agency.id) : null;
  item.sourceMentoringPair = c.pair ? ref(tem, MentoringPair, c.pair.id) : null;
  item.sourceMentoringMeeting = c.meeting ? ref(tem, MentoringMeeting, c.meeting.id) : null;
  for (const row of existing) tem.remove(row);
  const counters: Record<string, number> = {};
  for (const p of c.people) {
    tem.create(KnowledgeItemPerson, { item, person: tem.getReference(Person, p.person.id), role: p.role, position: (counters[p.role] = (counters[p.role] ?? 0) + 1) });
  }
}

export async function createKnowledgeItem(em: EntityManager, viewer: Viewer, input: KnowledgeItemFields): Promise<Result> {
  return writeTransaction(em, async (tem) => {
    const checked = await check(tem, viewer, input);
    if (!checked.ok) return checked;
    const item = tem.create(KnowledgeItem, { academy: checked.value.academyId, kind: input.kind, title: '', body: '' });
    apply(tem, item, checked.value, []);
    await tem.flush();
    await writeSearchIndex(tem, item);
    return { ok: true, value: item };
  });
}

/** An item the caller may change: organizers their academy's; a participant the drafts they write. */
async function editable(em: EntityManager, viewer: Viewer, id: string): Promise<KnowledgeItem | null> {
  const local = tryLocalId(id, 'KnowledgeItem');
  if (local === null) return null;
  const self = participantOf(viewer);
  if (self !== null) return em.findOne(KnowledgeItem, { id: local, people: { person: self, role: { $in: ['AUTHOR', 'CONTRIBUTOR'] } } });
  return em.findOne(KnowledgeItem, scoped(viewer, 'KnowledgeItem', [{ id: local }]));
}

export async function updateKnowledgeItem(em: EntityManager, viewer: Viewer, input: UpdateKnowledgeItemInput): Promise<Result> {
  return writeTransaction(em, async (tem) => {
    const item = await editable(tem, viewer, input.id);
    if (!item) return fail('id', ERROR_CODES.NOT_FOUND, 'no such knowledge item');
    if (item.version !== input.version) return fail('version', ERROR_CODES.STALE_VERSION, 'the item changed since it was read');
    if (item.status === 'ARCHIVED') return fail('id', ERROR_CODES.KNOWLEDGE_WRONG_STATE, 'an archived item is published again before it is edited');
    if (participantOf(viewer) !== null && item.status !== 'DRAFT') return fail('id', ERROR_CODES.KNOWLEDGE_WRONG_STATE, 'a published item is edited by the organizers');
    const checked = await check(tem, viewer, input.fields);
    if (!checked.ok) return checked;
    if (checked.value.academyId !== item.academy.id) return fail('authorIds', ERROR_CODES.NOT_FOUND, 'no such person');
    apply(tem, item, checked.value, await tem.find(KnowledgeItemPerson, { item }));
    await tem.flush();
    await writeSearchIndex(tem, item);
    return { ok: true, value: item };
  });
}

/** Publishes a draft or an archived item: it needs an author (an interview also its interviewee). */
export async function publishKnowledgeItem(em: EntityManager, viewer: Viewer, id: string): Promise<Result> {
  return writeTransaction(em, async (tem) => {
    const local = tryLocalId(id, 'KnowledgeItem');
    const item = local === null ? null : await tem.findOne(KnowledgeItem, scoped(viewer, 'KnowledgeItem', [{ id: local }]));
    if (!item) return fail('id', ERROR_CODES.NOT_FOUND, 'no such knowledge item');
    if (item.status === 'PUBLISHED') return fail('id', ERROR_CODES.KNOWLEDGE_WRONG_STATE, 'already published');
    const roles = new Set((await tem.find(KnowledgeItemPerson, { item })).map((p) => p.role));
    if (!roles.has('AUTHOR') || (item.kind === 'INTERVIEW' && !roles.has('INTERVIEWEE'))) {
      return fail(roles.has('AUTHOR') ? 'intervieweeId' : 'authorIds', ERROR_CODES.KNOWLEDGE_AUTHOR_REQUIRED, 'name the author (and the interviewee of an interview) first');
    }
    item.status = 'PUBLISHED';
    item.publishedAt = new Date();
    await tem.flush();
    return { ok: true, value: item };
  });
}

/** Withdraws a draft or published item from reading; it may be published again. */
export async function archiveKnowledgeItem(em: EntityManager, viewer: Viewer, id: string): Promise<Result> {
  return writeTransaction(em, async (tem) => {
    const local = tryLocalId(id, 'KnowledgeItem');
    const item = local === null ? null : await tem.findOne(KnowledgeItem, scoped(viewer, 'KnowledgeItem', [{ id: local }]));
    if (!item) return fail('id', ERROR_CODES.NOT_FOUND, 'no such knowledge item');
    if (item.status === 'ARCHIVED') return fail('id', ERROR_CODES.KNOWLEDGE_WRONG_STATE, 'already archived');
    item.status = 'ARCHIVED';
    await tem.flush();
    return { ok: true, value: item };
  });
}
