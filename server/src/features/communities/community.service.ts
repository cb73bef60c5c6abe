import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { ERROR_CODES, type CompetencyArea, type ErrorCode } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { UserError } from '../../graphql/user-error.js';
import { academyOf, type Viewer } from '../../graphql/viewer.js';
import { Academy } from '../academies/academy.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { audit } from '../audit/audit.service.js';
import { checkText, checkUrl } from '../catalogue/catalogue.rules.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Person } from '../persons/person.entity.js';
import { IssueSeverity, type ScheduleIssue } from '../sessions/schedule-issue.js';
import { scoped, visibleWhere } from '../tenancy.js';
import { Community, CommunityMeeting, CommunityMember, CommunityPost, CommunityThread, MicroLearningCompletion, MicroLearningUnit, type CheckQuestion } from './community.entity.js';
import { meetingIssues } from './meeting-conflicts.js';
import { MICRO_LEARNING_MAX_MINUTES, MICRO_LEARNING_QUESTIONS } from './learning.rules.js';

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[]; issues?: ScheduleIssue[] };
const fail = <T>(field: string | null, code: ErrorCode, message: string): Outcome<T> => ({ ok: false, errors: [new UserError(field, code, message)] });
const notFound = <T>(field: string, what: string) => fail<T>(field, ERROR_CODES.NOT_FOUND, `no such ${what}`);

/** The participant's own person, or null for staff and tokens. */
export const ownPerson = (viewer: Viewer): number | null =>
  (viewer.kind === 'account' && viewer.pending === null && viewer.role === 'PARTICIPANT' ? viewer.personId : null);

/** The academy a person is on the roster of. */
async function academyOfPerson(em: EntityManager, personId: number): Promise<number | null> {
  const person = await em.findOne(Person, personId);
  return person ? (await em.findOne(Agency, person.agency.id))?.academy?.id ?? null : null;
}

/**
 * The communities a caller may see: staff and tokens by tenancy (their academy's); a
 * participant every community of the academy whose roster they are on, to join one.
 */
export async function communitiesWhere(em: EntityManager, viewer: Viewer): Promise<FilterQuery<Community>> {
  const me = ownPerson(viewer);
  if (me === null) return visibleWhere(viewer, 'Community') as FilterQuery<Community>;
  return { academy: (await academyOfPerson(em, me)) ?? -1 };
}

async function findCommunity(em: EntityManager, viewer: Viewer, id: number | null): Promise<Community | null> {
  if (id === null) return null;
  return em.findOne(Community, { $and: [await communitiesWhere(em, viewer), { id }] } as FilterQuery<Community>);
}

/** Staff of the community's academy, or one of its active facilitators. */
async function leads(em: EntityManager, viewer: Viewer, community: Community): Promise<boolean> {
  const me = ownPerson(viewer);
  if (me === null) return viewer.kind !== 'anonymous';
  return (await em.count(CommunityMember, { community, person: me, role: 'FACILITATOR', status: 'ACTIVE' })) > 0;
}

async function isActiveMember(em: EntityManager, community: Community, personId: number): Promise<boolean> {
  return (await em.count(CommunityMember, { community, person: personId, status: 'ACTIVE' })) > 0;
}

export interface CommunityFields {
  name?: string | null;
  competencyArea?: CompetencyArea | null;
  description?: string | null;
  requiresApproval?: boolean | null;
}

/** People of the academy (never another academy's), by id. */
async function academyPeople(em: EntityManager, academyId: number, ids: number[]): Promise<Person[]> {
  return ids.length ? em.find(Person, { id: { $in: ids }, agency: { academy: academyId } }) : [];
}

/** Creates a community of the caller's academy (an admin names it) with its first facilitators. */
export async function createCommunity(
  em: EntityManager, viewer: Viewer, input: CommunityFields & { academyId: number | null; facilitatorIds: (number | null)[] }, ip: string | null,
): Promise<Outcome<Community>> {
  return writeTransaction(em, async (tem) => {
    const errors: UserError[] = [];
    const name = checkText(input.name, 'name', 200, errors);
    const description = checkText(input.description, 'description', 2000, errors, false, true);
    if (!input.competencyArea) errors.push(new UserError('competencyArea', ERROR_CODES.REQUIRED, 'competencyArea is required'));
    const academyId = academyOf(viewer) ?? input.academyId;
    const academy = academyId === null || academyId === -1 ? null : await tem.findOne(Academy, academyId);
    if (!academy) errors.push(new UserError('academyId', ERROR_CODES.NOT_FOUND, 'no such academy'));
    const ids = input.facilitatorIds.map((id) => id ?? -1);
    const people = academy ? await academyPeople(tem, academy.id, ids) : [];
    ids.forEach((id, i) => { if (!people.some((p) => p.id === id)) errors.push(new UserError(`facilitatorIds.${i}`, ERROR_CODES.NOT_FOUND, 'no such person')); });
    if (errors.length) return { ok: false, errors };
    const community = tem.create(Community, { academy: academy!, name: name!, competencyArea: input.competencyArea!, description, requiresApproval: !!input.requiresApproval });
    for (const person of people) tem.create(CommunityMember, { community, person, role: 'FACILITATOR', status: 'ACTIVE', joinedAt: new Date() });
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'community.created', targetType: 'Community', targetId: community.id, details: { name: community.name } }]);
    return { ok: true, value: community };
  });
}

/** Edits a community (staff, or one of its facilitators); optimistic on `version` when given. */
export async function updateCommunity(em: EntityManager, viewer: Viewer, id: number | null, input: CommunityFields & { version?: number | null }, ip: string | null): Promise<Outcome<Community>> {
  return writeTransaction(em, async (tem) => {
    const community = await findCommunity(tem, viewer, id);
    if (!community) return notFound('id', 'community');
    if (!(await leads(tem, viewer, community))) return fail('id', ERROR_CODES.COMMUNITY_NOT_FACILITATOR, 'only its facilitators or an organizer edit a community');
    if (input.version != null && input.version !== community.version) return fail('version', ERROR_CODES.STALE_VERSION, 'someone else saved the community first');
    const errors: UserError[] = [];
    if (input.name !== undefined) community.name = checkText(input.name, 'name', 200, errors) ?? community.name;
    if (input.description !== undefined) community.description = checkText(input.description, 'description', 2000, errors, false, true);
    if (input.competencyArea) community.competencyArea = input.competencyArea;
    if (input.requiresApproval != null) community.requiresApproval = input.requiresApproval;
    if (errors.length) return { ok: false, errors };
    community.version += 1;
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'community.updated', targetType: 'Community', targetId: community.id }]);
    return { ok: true, value: community };
  });
}

/**
 * A person joins: a participant themselves, staff anyone of the academy (as member or
 * facilitator, active at once). A participant's request waits for approval when the
 * community asks for it.
 */
export async function joinCommunity(
  em: EntityManager, viewer: Viewer, input: { communityId: number | null; personId: number | null; asFacilitator?: boolean | null }, ip: string | null,
): Promise<Outcome<CommunityMember>> {
  return writeTransaction(em, async (tem) => {
    const community = await findCommunity(tem, viewer, input.communityId);
    if (!community) return notFound('communityId', 'community');
    const me = ownPerson(viewer);
    const personId = me ?? input.personId;
    const person = personId === null ? null : (await academyPeople(tem, community.academy.id, [personId]))[0];
    if (!person || (me !== null && input.personId !== null && input.personId !== me)) return notFound('personId', 'person');
    if (person.archivedAt) return fail('personId', ERROR_CODES.ARCHIVED, 'the person is archived');
    if (await tem.findOne(CommunityMember, { community, person })) return fail('personId', ERROR_CODES.COMMUNITY_ALREADY_MEMBER, 'the person is already in the community');
    const waits = me !== null && community.requiresApproval;
    const member = tem.create(CommunityMember, {
      community, person, role: me === null && input.asFacilitator ? 'FACILITATOR' : 'MEMBER', status: waits ? 'PENDING' : 'ACTIVE', joinedAt: waits ? null : new Date(),
    });
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'community.joined', targetType: 'Community', targetId: community.id, details: { memberId: member.id, status: member.status } }]);
    return { ok: true, value: member };
  });
}

/**
 * A participant leaves a community (or withdraws a request to join): the membership goes;
 * what they wrote and completed stays, and they may join again.
 */
export async function leaveCommunity(em: EntityManager, viewer: Viewer, communityId: number | null, ip: string | null): Promise<Outcome<Community>> {
  return writeTransaction(em, async (tem) => {
    const community = await findCommunity(tem, viewer, communityId);
    if (!community) return notFound('communityId', 'community');
    const me = ownPerson(viewer);
    const member = me === null ? null : await tem.findOne(CommunityMember, { community, person: me });
    if (!member) return fail('communityId', ERROR_CODES.COMMUNITY_NOT_MEMBER, 'the caller is not in the community');
    tem.remove(member);
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'community.left', targetType: 'Community', targetId: community.id, details: { memberId: member.id, status: member.status } }]);
    return { ok: true, value: community };
  });
}

/** A facilitator or staff approves (ACTIVE) or refuses (removed) a pending membership. */
export async function decideMembership(em: EntityManager, viewer: Viewer, memberId: number | null, approve: boolean, ip: string | null): Promise<Outcome<CommunityMember>> {
  return writeTransaction(em, async (tem) => {
    const member = memberId === null ? null : await tem.findOne(CommunityMember, memberId);
    const community = member ? await findCommunity(tem, viewer, member.community.id) : null;
    if (!member || !community) return notFound('memberId', 'membership');
    if (!(await leads(tem, viewer, community))) return fail('memberId', ERROR_CODES.COMMUNITY_NOT_FACILITATOR, 'only its facilitators or an organizer approve members');
    if (member.status !== 'PENDING') return fail('memberId', ERROR_CODES.COMMUNITY_WRONG_STATE, 'the membership is not waiting for approval');
    if (approve) {
      member.status = 'ACTIVE';
      member.joinedAt = new Date();
    } else {
      tem.remove(member);
    }
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: approve ? 'community.member-approved' : 'community.member-refused', targetType: 'Community', targetId: community.id, details: { memberId } }]);
    return { ok: true, value: member };
  });
}

/** Schedules a meeting: refused on hard conflicts (the sessions' rule) unless forced; warnings never refuse. */
export async function scheduleMeeting(
  em: EntityManager, viewer: Viewer,
  input: { communityId: number | null; title: string; startsAt: Date; endsAt: Date; venueId: number | null; onlineUrl?: string | null; force?: boolean | null }, ip: string | null,
): Promise<Outcome<CommunityMeeting> & { issues: ScheduleIssue[] }> {
  return writeTransaction(em, async (tem) => {
    const community = await findCommunity(tem, viewer, input.communityId);
    if (!community) return { ...notFound<CommunityMeeting>('communityId', 'community'), issues: [] };
    if (!(await leads(tem, viewer, community))) return { ...fail<CommunityMeeting>('communityId', ERROR_CODES.COMMUNITY_NOT_FACILITATOR, 'only its facilitators or an organizer schedule meetings'), issues: [] };
    const errors: UserError[] = [];
    const title = checkText(input.title, 'title', 200, errors);
    const onlineUrl = checkUrl(input.onlineUrl, 'onlineUrl', errors);
    const venue = input.venueId === null ? null : await tem.findOne(Venue, { id: input.venueId, academy: community.academy.id });
    if (input.venueId !== null && !venue) errors.push(new UserError('venueId', ERROR_CODES.NOT_FOUND, 'no such venue'));
    if (errors.length) return { ok: false, errors, issues: [] };
    const issues = await meetingIssues(tem, community, { startsAt: input.startsAt, endsAt: input.endsAt, venueId: venue?.id ?? null });
    const hard = issues.filter((i) => i.severity === IssueSeverity.CONFLICT);
    if (hard.length && (!input.force || hard.some((i) => i.code === ERROR_CODES.END_NOT_AFTER_START))) {
      return { ok: false, errors: [new UserError('startsAt', ERROR_CODES.COMMUNITY_MEETING_CONFLICT, `the meeting has ${hard.length} hard conflict(s); see issues`)], issues };
    }
    const meeting = tem.create(CommunityMeeting, { community, title: title!, startsAt: input.startsAt, endsAt: input.endsAt, venue, onlineUrl });
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'community.meeting-scheduled', targetType: 'CommunityMeeting', targetId: meeting.id, details: { forced: hard.length > 0 } }]);
    return { ok: true, value: meeting, issues };
  });
}

/** The caller as an author: a participant must be an active member; staff write under their account's name. */
async function author(tem: EntityManager, viewer: Viewer, community: Community): Promise<Outcome<{ person: Person | null; name: string }>> {
  const me = ownPerson(viewer);
  if (me === null) return { ok: true, value: { person: null, name: viewer.kind === 'account' ? viewer.account.name : viewer.kind === 'token' ? viewer.token.name : '' } };
  if (!(await isActiveMember(tem, community, me))) return fail('communityId', ERROR_CODES.COMMUNITY_NOT_MEMBER, 'only active members write in a community');
  const person = await tem.findOneOrFail(Person, me);
  return { ok: true, value: { person, name: person.name } };
}

/** Opens a discussion thread with its first post. */
export async function createThread(em: EntityManager, viewer: Viewer, input: { communityId: number | null; title: string; body: string }, ip: string | null): Promise<Outcome<CommunityThread>> {
  return writeTransaction(em, async (tem) => {
    const community = await findCommunity(tem, viewer, input.communityId);
    if (!community) return notFound('communityId', 'community');
    const who = await author(tem, viewer, community);
    if (!who.ok) return who;
    const errors: UserError[] = [];
    const title = checkText(input.title, 'title', 200, errors);
    const body = checkText(input.body, 'body', 4000, errors, true, true);
    if (errors.length) return { ok: false, errors };
    const thread = tem.create(CommunityThread, { community, title: title!, author: who.value.person, authorName: who.value.name });
    tem.create(CommunityPost, { thread, community, author: who.value.person, authorName: who.value.name, body: body! });
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'community.thread-created', targetType: 'CommunityThread', targetId: thread.id }]);
    return { ok: true, value: thread };
  });
}

/** Replies in a thread. */
export async function addPost(em: EntityManager, viewer: Viewer, input: { threadId: number | null; body: string }, ip: string | null): Promise<Outcome<CommunityPost>> {
  return writeTransaction(em, async (tem) => {
    const thread = input.threadId === null ? null : await tem.findOne(CommunityThread, input.threadId);
    const community = thread ? await findCommunity(tem, viewer, thread.community.id) : null;
    if (!thread || !community) return notFound('threadId', 'thread');
    const who = await author(tem, viewer, community);
    if (!who.ok) return who;
    const errors: UserError[] = [];
    const body = checkText(input.body, 'body', 4000, errors, true, true);
    if (errors.length) return { ok: false, errors };
    const post = tem.create(CommunityPost, { thread, community, author: who.value.person, authorName: who.value.name, body: body! });
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'community.post-added', targetType: 'CommunityPost', targetId: post.id }]);
    return { ok: true, value: post };
  });
}

/** Adds a micro-learning unit (facilitators and staff): ≤ 15 minutes, a link or a text, 1–3 questions each with its right answer. */
export async function createUnit(
  em: EntityManager, viewer: Viewer,
  input: { communityId: number | null; title: string; minutes: number; url?: string | null; body?: string | null; questions: CheckQuestion[] }, ip: string | null,
): Promise<Outcome<MicroLearningUnit>> {
  return writeTransaction(em, async (tem) => {
    const community = await findCommunity(tem, viewer, input.communityId);
    if (!community) return notFound('communityId', 'community');
    if (!(await leads(tem, viewer, community))) return fail('communityId', ERROR_CODES.COMMUNITY_NOT_FACILITATOR, 'only its facilitators or an organizer add units');
    const errors: UserError[] = [];
    const title = checkText(input.title, 'title', 200, errors);
    const url = checkUrl(input.url, 'url', errors);
    const body = checkText(input.body, 'body', 4000, errors, false, true);
    const invalid = (field: string, message: string) => errors.push(new UserError(field, ERROR_CODES.MICRO_LEARNING_INVALID, message));
    if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > MICRO_LEARNING_MAX_MINUTES) invalid('minutes', `a unit takes 1 to ${MICRO_LEARNING_MAX_MINUTES} minutes`);
    if (!url && !body) invalid('body', 'a unit needs a link or a short text');
    if (input.questions.length < MICRO_LEARNING_QUESTIONS.min || input.questions.length > MICRO_LEARNING_QUESTIONS.max) invalid('questions', 'the check has 1 to 3 questions');
    const questions = input.questions.map((q, i) => {
      const prompt = checkText(q.prompt, `questions.${i}.prompt`, 300, errors) ?? '';
      const choices = q.choices.map((c, j) => checkText(c, `questions.${i}.choices.${j}`, 200, errors) ?? '');
      if (choices.length < 2 || choices.length > 5) invalid(`questions.${i}.choices`, 'a question has 2 to 5 choices');
      if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= choices.length) invalid(`questions.${i}.answer`, 'the right answer is one of the choices (from 0)');
      return { prompt, choices, answer: q.answer };
    });
    if (errors.length) return { ok: false, errors };
    const me = ownPerson(viewer);
    const unit = tem.create(MicroLearningUnit, { community, title: title!, minutes: input.minutes, url, body, questions, author: me === null ? null : tem.getReference(Person, me) });
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'micro-learning.created', targetType: 'MicroLearningUnit', targetId: unit.id }]);
    return { ok: true, value: unit };
  });
}

/**
 * A participant completes a unit of a community they are an active member of by answering
 * every question of its check right: the unit's minutes are earned once (a second completion
 * is refused). A wrong answer records nothing.
 */
export async function completeUnit(em: EntityManager, viewer: Viewer, input: { unitId: number | null; answers: number[] }, ip: string | null): Promise<Outcome<{ unit: MicroLearningUnit; minutes: number; completedAt: Date }>> {
  const me = ownPerson(viewer);
  return writeTransaction(em, async (tem) => {
    const unit = input.unitId === null ? null : await tem.findOne(MicroLearningUnit, input.unitId);
    const community = unit ? await findCommunity(tem, viewer, unit.community.id) : null;
    if (!unit || !community || me === null) return notFound('unitId', 'unit');
    if (!(await isActiveMember(tem, community, me))) return fail('unitId', ERROR_CODES.COMMUNITY_NOT_MEMBER, 'only active members complete its units');
    if (await tem.count(MicroLearningCompletion, { unit, person: me })) return fail('unitId', ERROR_CODES.MICRO_LEARNING_ALREADY_COMPLETED, 'the unit was completed already');
    const wrong = unit.questions.map((q, i) => (input.answers[i] === q.answer ? -1 : i)).filter((i) => i >= 0);
    if (input.answers.length !== unit.questions.length || wrong.length) {
      return { ok: false, errors: (wrong.length ? wrong : [input.answers.length]).map((i) => new UserError(`answers.${i}`, ERROR_CODES.MICRO_LEARNING_WRONG_ANSWER, 'this answer is not right')) };
    }
    const completion = tem.create(MicroLearningCompletion, { unit, person: tem.getReference(Person, me), minutes: unit.minutes, completedAt: new Date() });
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'micro-learning.completed', targetType: 'MicroLearningUnit', targetId: unit.id, details: { minutes: unit.minutes } }]);
    return { ok: true, value: { unit, minutes: completion.minutes, completedAt: completion.completedAt } };
  });
}

