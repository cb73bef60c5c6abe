import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EselonGroup, Generation } from '@lintas/shared';
import { seatedOf, whereSeated } from '../enrollments/enrollment.rules.js';
import type { EselonGroupCount, GenerationCount } from './cohort.inputs.js';

/** A cohort's enrolments by status and its seated people's generation and eselon mix. */
export interface CohortTally {
  byStatus: Map<string, number>;
  byGeneration: GenerationCount[];
  byEselon: EselonGroupCount[];
}

/** Seat counts and the generation and eselon mix of many cohorts, in two grouped statements. */
export async function cohortTallies(em: EntityManager, ids: readonly number[]): Promise<CohortTally[]> {
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const status: { cohort_id: number; status: string; n: number }[] = await sqlEm.execute(
    knex('enrollment').select('cohort_id', 'status').count({ n: '*' }).whereIn('cohort_id', [...ids]).groupBy('cohort_id', 'status'),
  );
  const mix: { cohort_id: number; generation: Generation | null; eselon_group: EselonGroup; n: number }[] = await sqlEm.execute(
    whereSeated(knex('enrollment as e').join('person as p', 'p.id', 'e.person_id')
      .select('e.cohort_id', 'p.generation', 'p.eselon_group').count({ n: '*' })
      .whereIn('e.cohort_id', [...ids]), 'e')
      .groupBy('e.cohort_id', 'p.generation', 'p.eselon_group'),
  );
  return ids.map((id) => {
    const byStatus = new Map(status.filter((r) => Number(r.cohort_id) === id).map((r) => [r.status, Number(r.n)]));
    const gen = new Map<Generation | null, number>();
    const esl = new Map<EselonGroup, number>();
    for (const r of mix.filter((m) => Number(m.cohort_id) === id)) {
      gen.set(r.generation, (gen.get(r.generation) ?? 0) + Number(r.n));
      esl.set(r.eselon_group, (esl.get(r.eselon_group) ?? 0) + Number(r.n));
    }
    return {
      byStatus,
      byGeneration: [...gen].map(([generation, count]) => ({ generation, count })),
      byEselon: [...esl].map(([eselonGroup, count]) => ({ eselonGroup, count })),
    };
  });
}

/** People holding a seat, from a tally. */
export const seatedCount = (t: CohortTally) => seatedOf(t.byStatus);
