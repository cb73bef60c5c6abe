import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES, ESELON_GROUPS, generationRank, type Generation } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { seatedWhere } from '../enrollments/enrollment.rules.js';
import { Person } from '../persons/person.entity.js';
import { MentoringPair } from './mentoring-pair.entity.js';
import { CohortGroupMember } from '../groups/cohort-group.entity.js';

const MENTOR_GENERATIONS: Generation[] = ['GEN_Y', 'GEN_Z'];
const SENIOR_GENERATIONS: Generation[] = ['BOOMER', 'GEN_X'];

type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

/** A mentor is younger than the mentee when their generation comes later. */
export function younger(mentor: Generation | null | undefined, mentee: Generation | null | undefined): boolean {
  return !!mentor && !!mentee && generationRank(mentor) > generationRank(mentee);
}

export async function createPair(em: EntityManager, viewer: Viewer, cohortId: number | null, mentorId: number | null, menteeId: number | null): Promise<Result<MentoringPair>> {
  return writeTransaction(em, async (tem) => {
    const cohort = cohortId === null ? null : await tem.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: cohortId }]));
    if (!cohort) return { ok: false, errors: [new UserError('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort')] };
    const [mentor, mentee] = await Promise.all([
      mentorId === null ? null : tem.findOne(Person, scoped(viewer, 'Person', [{ id: mentorId }])),
      menteeId === null ? null : tem.findOne(Person, menteeId),
    ]);
    const errors: UserError[] = [];
    if (!mentor) errors.push(new UserError('mentorId', ERROR_CODES.NOT_FOUND, 'no such person'));
    const enrolled = mentee && (await tem.count(Enrollment, { cohort, person: mentee, ...seatedWhere() }));
    if (!mentee || !enrolled) errors.push(new UserError('menteeId', ERROR_CODES.MENTEE_NOT_ENROLLED, 'the mentee must be enrolled in the cohort'));
    if (mentor && mentee && !younger(mentor.generation, mentee.generation)) {
      errors.push(new UserError('mentorId', ERROR_CODES.MENTOR_NOT_YOUNGER, 'the mentor must be of a younger generation than the mentee'));
    }
    if (errors.length) return { ok: false, errors };
    const taken = await tem.find(MentoringPair, { cohort, $or: [{ mentor: { $in: [mentor!.id, mentee!.id] } }, { mentee: { $in: [mentor!.id, mentee!.id] } }] });
    if (taken.length) return { ok: false, errors: [new UserError(taken.some((p) => p.mentee.id === mentee!.id || p.mentor.id === mentee!.id) ? 'menteeId' : 'mentorId', ERROR_CODES.ALREADY_PAIRED, 'already in a pair of this cohort')] };
    const pair = tem.create(MentoringPair, { cohort, mentor: mentor!, mentee: mentee! });
    await tem.flush();
    return { ok: true, value: pair };
  });
}

/**
 * Proposes pairs: seniors (eselon I–II first, then III–IV; Boomers before Gen X) each
 * with a younger mentor (Gen Y/Z from the academy's roster, JF and pelaksana first),
 * preferring one of the senior's group (kelompok) in the cohort, then another agency;
 * nobody in two pairs; the same proposal every time.
 */
export async function suggestPairs(em: EntityManager, cohort: Cohort): Promise<{ mentor: Person; mentee: Person }[]> {
  const existing = await em.find(MentoringPair, { cohort });
  const busy = new Set(existing.flatMap((p) => [p.mentor.id, p.mentee.id]));
  const seated = await em.find(Enrollment, { cohort, ...seatedWhere() }, { populate: ['person'] });
  const rank = (p: Person) => [ESELON_GROUPS.indexOf(p.eselonGroup), generationRank(p.generation ?? 'GEN_ALPHA'), p.id];
  const seniors = seated.map((e) => e.person.getEntity())
    .filter((p) => !busy.has(p.id) && p.generation && SENIOR_GENERATIONS.includes(p.generation))
    .sort((a, b) => { const x = rank(a), y = rank(b); return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!; });
  if (!seniors.length) return [];
  const mentorWhere = { generation: { $in: MENTOR_GENERATIONS }, eselonGroup: { $in: ['JF', 'PELAKSANA', 'IV'] }, id: { $nin: [...busy, 0] } } as const;
  const members = await em.find(CohortGroupMember, { cohort });
  const groupOf = new Map(members.map((m) => [m.person.id, m.group.id]));
  const [roster, grouped] = await Promise.all([
    em.find(Person, { agency: { academy: cohort.academy.id }, ...mentorWhere }, { orderBy: { id: 'asc' }, limit: seniors.length * 20 }),
    // The cohort's grouped people who could mentor, whether or not the first page of the roster has them.
    members.length ? em.find(Person, { $and: [{ id: { $in: [...groupOf.keys()] } }, { agency: { academy: cohort.academy.id }, ...mentorWhere }] }) : [],
  ]);
  const pool = [...new Map([...roster, ...grouped].map((p) => [p.id, p])).values()].sort((a, b) => a.id - b.id);
  const used = new Set<number>();
  const out: { mentor: Person; mentee: Person }[] = [];
  for (const mentee of seniors) {
    const candidates = pool.filter((m) => !used.has(m.id) && m.id !== mentee.id && younger(m.generation, mentee.generation));
    const group = groupOf.get(mentee.id);
    const sameGroup = (m: Person) => group !== undefined && groupOf.get(m.id) === group;
    const otherAgency = (m: Person) => m.agency.id !== mentee.agency.id;
    const mentor = candidates.find((m) => sameGroup(m) && otherAgency(m)) ?? candidates.find(sameGroup) ?? candidates.find(otherAgency) ?? candidates[0];
    if (!mentor) continue;
    used.add(mentor.id);
    out.push({ mentor, mentee });
  }
  return out;
}
