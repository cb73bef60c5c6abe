import type { EntityManager } from '@mikro-orm/core';
import { executeRead } from '../../db/read.js';

const list = (ids: readonly number[]) => ids.map(() => '?').join(', ');

/** Active members of each community (one statement for a page of communities). */
export async function memberCounts(em: EntityManager, ids: readonly number[]): Promise<number[]> {
  const rows = await executeRead<{ community_id: number; n: number }>(em, `select community_id, count(*) as n from community_member where status = 'ACTIVE' and community_id in (${list(ids)}) group by community_id`, ids);
  return ids.map((id) => Number(rows.find((r) => Number(r.community_id) === id)?.n ?? 0));
}

/** People who completed each unit (one statement for a page of units). */
export async function completionCounts(em: EntityManager, ids: readonly number[]): Promise<number[]> {
  const rows = await executeRead<{ unit_id: number; n: number }>(em, `select unit_id, count(*) as n from micro_learning_completion where unit_id in (${list(ids)}) group by unit_id`, ids);
  return ids.map((id) => Number(rows.find((r) => Number(r.unit_id) === id)?.n ?? 0));
}

/** Micro-learning minutes each person completed in a year (WIB), before the conversion to JP. */
export async function microMinutes(em: EntityManager, ids: readonly number[], year: number): Promise<number[]> {
  const p = em.getPlatform();
  const rows = await executeRead<{ person_id: number; m: number }>(em, `select person_id, sum(minutes) as m from micro_learning_completion
    where completed_at >= ? and completed_at < ? and person_id in (${list(ids)}) group by person_id`,
  [p.processDateProperty(new Date(`${year}-01-01T00:00:00+07:00`)), p.processDateProperty(new Date(`${year + 1}-01-01T00:00:00+07:00`)), ...ids]);
  return ids.map((id) => Number(rows.find((r) => Number(r.person_id) === id)?.m ?? 0));
}
