import type { EntityManager } from '@mikro-orm/core';
import { executeRead } from '../../db/read.js';
import { LITERACY_THRESHOLD, cohortsOf, peopleOf, type ReportScope } from './participation.repository.js';

/** One eselon group × generation cell of the learning gain, straight from the aggregate. */
export interface GainCounts {
  eselonGroup: string;
  generation: string | null;
  paired: number;
  preSum: number;
  postSum: number;
  crossed: number;
}

/**
 * Learning gain in one SQL statement: each person's PRE and POST digital-mindset scores
 * in the same cohort (one of each per person and cohort) make a pair; per eselon group ×
 * generation, the pairs, the sums of the scores (the means follow) and how many crossed
 * the literacy threshold (pre below it, post at or above it). Cohorts are scoped as the
 * participation reports scope them; people by their agency, academy and province.
 */
export async function assessmentGain(em: EntityManager, scope: ReportScope): Promise<GainCounts[]> {
  const people = peopleOf(scope);
  const { where: cohorts, bind: cBind } = cohortsOf(scope);
  const sql = `
    with scope_person as (
      select p.id, p.eselon_group, p.generation from ${people.from} ${people.where}
    ),
    pairs as (
      select pre.person_id, pre.score as pre_score, post.score as post_score
      from assessment pre
      join assessment post on post.person_id = pre.person_id and post.cohort_id = pre.cohort_id and post.kind = 'POST'
      join cohort c on c.id = pre.cohort_id
      where pre.kind = 'PRE'${cohorts.length ? ` and ${cohorts.join(' and ')}` : ''}
    )
    select sp.eselon_group, sp.generation, count(*) as paired, sum(pr.pre_score) as pre_sum, sum(pr.post_score) as post_sum,
      sum(case when pr.pre_score < ${LITERACY_THRESHOLD} and pr.post_score >= ${LITERACY_THRESHOLD} then 1 else 0 end) as crossed
    from pairs pr join scope_person sp on sp.id = pr.person_id
    group by sp.eselon_group, sp.generation`;
  const rows: Record<string, unknown>[] = await executeRead(em, sql, [...people.bind, ...cBind]);
  return rows.map((r) => ({
    eselonGroup: r.eselon_group as string, generation: (r.generation as string | null) ?? null,
    paired: Number(r.paired), preSum: Number(r.pre_sum), postSum: Number(r.post_sum), crossed: Number(r.crossed),
  }));
}
