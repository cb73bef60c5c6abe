import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES, type EselonGroup, type Generation } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { UserError } from '../../graphql/user-error.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { seatedSql, seatedWhere } from '../enrollments/enrollment.rules.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';
import { CohortGroup, CohortGroupMember } from './cohort-group.entity.js';
import { proposeGroups } from './group-proposal.js';

type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

/** Smallest and largest group size `proposeGroups` takes: three people can span three generations. */
export const GROUP_SIZE_MIN = 3;
export const GROUP_SIZE_MAX = 50;

export const groupName = (number: number) => `Kelompok ${number}`;

/** The people seated in a cohort, in id order. */
async function seatedPeople(em: EntityManager, cohort: Cohort): Promise<Person[]> {
  const seated = await em.find(Enrollment, { cohort, ...seatedWhere() }, { populate: ['person'], orderBy: { person: { id: 'asc' } } });
  return seated.map((e) => e.person.getEntity());
}

/** A proposal for the cohort's seated people (group-proposal.ts); nothing is saved. */
export async function propose(em: EntityManager, cohort: Cohort, size: number): Promise<Result<Person[][]>> {
  if (!Number.isInteger(size) || size < GROUP_SIZE_MIN || size > GROUP_SIZE_MAX) {
    return { ok: false, errors: [new UserError('size', ERROR_CODES.OUT_OF_RANGE, `size must be ${GROUP_SIZE_MIN}–${GROUP_SIZE_MAX}`)] };
  }
  const people = await seatedPeople(em, cohort);
  const byId = new Map(people.map((p) => [p.id, p]));
  const groups = proposeGroups(people.map((p) => ({ id: p.id, generation: p.generation ?? null, eselonGroup: p.eselonGroup })), size);
  return { ok: true, value: groups.map((g) => g.map((id) => byId.get(id)!)) };
}

/**
 * Replaces the cohort's groups with `groups` (person ids), all or nothing: every person
 * seated in the cohort, nobody twice, no group empty. Groups keep their number (and so
 * the sessions given to them); a group that goes while sessions are given to it is
 * refused unless `force`, which gives those sessions back to the whole cohort.
 */
export async function applyGroups(em: EntityManager, groups: (number | null)[][], force: boolean, find: (tem: EntityManager) => Promise<Cohort | null>): Promise<Result<CohortGroup[]>> {
  return writeTransaction(em, async (tem) => {
    const cohort = await find(tem);
    if (!cohort) return { ok: false, errors: [new UserError('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort')] };
    const seated = new Set((await seatedPeople(tem, cohort)).map((p) => p.id));
    const errors: UserError[] = [];
    const seen = new Set<number>();
    groups.forEach((group, g) => {
      if (!group.length) errors.push(new UserError(`groups.${g}`, ERROR_CODES.GROUP_EMPTY, `group ${g + 1} is empty`));
      group.forEach((id, i) => {
        const field = `groups.${g}.${i}`;
        if (id === null || !seated.has(id)) errors.push(new UserError(field, ERROR_CODES.GROUP_PERSON_NOT_SEATED, 'not seated in the cohort'));
        else if (seen.has(id)) errors.push(new UserError(field, ERROR_CODES.GROUP_DUPLICATE_PERSON, 'already in a group'));
        else seen.add(id);
      });
    });
    if (errors.length) return { ok: false, errors };
    const existing = await tem.find(CohortGroup, { cohort }, { orderBy: { number: 'asc' } });
    const going = existing.filter((g) => g.number > groups.length);
    if (going.length) {
      const given = await tem.count(Session, { group: { $in: going.map((g) => g.id) } });
      if (given && !force) return { ok: false, errors: [new UserError('groups', ERROR_CODES.GROUP_HAS_SESSIONS, `${given} sessions are given to groups that would go`)] };
      await tem.nativeUpdate(Session, { group: { $in: going.map((g) => g.id) } }, { group: null });
      await tem.nativeDelete(CohortGroupMember, { group: { $in: going.map((g) => g.id) } });
      await tem.nativeDelete(CohortGroup, { id: { $in: going.map((g) => g.id) } });
    }
    await tem.nativeDelete(CohortGroupMember, { cohort });
    const kept: CohortGroup[] = [];
    for (let i = 0; i < groups.length; i++) {
      const group = existing.find((g) => g.number === i + 1) ?? tem.create(CohortGroup, { cohort, number: i + 1, name: groupName(i + 1) });
      kept.push(group);
    }
    await tem.flush();
    groups.forEach((members, i) => {
      for (const id of members) tem.create(CohortGroupMember, { group: kept[i]!, cohort, person: tem.getReference(Person, id!) });
    });
    await tem.flush();
    return { ok: true, value: kept };
  });
}

export interface GroupMixRow {
  groupId: number;
  byGeneration: { generation: Generation | null; count: number }[];
  byEselonGroup: { eselonGroup: EselonGroup; count: number }[];
  size: number;
}

/** Each group's seated members by generation and by eselon group: one SQL aggregate (an empty group has no counts). */
export async function groupMix(em: EntityManager, cohortId: number): Promise<GroupMixRow[]> {
  const sqlEm = em as SqlEntityManager;
  const rows = await sqlEm.execute<{ group_id: number | string; generation: Generation | null; eselon_group: EselonGroup | null; n: number | string }[]>(
    `select g.id as group_id, g.number, p.generation, p.eselon_group, count(p.id) as n
       from cohort_group g
       left join (cohort_group_member m
         join enrollment e on e.person_id = m.person_id and e.cohort_id = m.cohort_id and ${seatedSql('e')}
         join person p on p.id = m.person_id) on m.group_id = g.id
      where g.cohort_id = ?
      group by g.id, g.number, p.generation, p.eselon_group
      order by g.number`, [cohortId]);
  const out = new Map<number, GroupMixRow>();
  for (const r of rows) {
    const id = Number(r.group_id);
    const row = out.get(id) ?? { groupId: id, byGeneration: [], byEselonGroup: [], size: 0 };
    out.set(id, row);
    const n = Number(r.n);
    if (!n) continue;
    row.size += n;
    const gen = row.byGeneration.find((x) => x.generation === (r.generation ?? null));
    if (gen) gen.count += n; else row.byGeneration.push({ generation: r.generation ?? null, count: n });
    const es = row.byEselonGroup.find((x) => x.eselonGroup === r.eselon_group);
    if (es) es.count += n; else row.byEselonGroup.push({ eselonGroup: r.eselon_group!, count: n });
  }
  return [...out.values()];
}
