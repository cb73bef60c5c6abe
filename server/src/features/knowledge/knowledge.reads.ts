import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { executeBound } from '../../db/bound-sql.js';
import { writeTransaction } from '../../db/write-queue.js';
import type { Context } from '../../graphql/context.js';
import type { Viewer } from '../../graphql/viewer.js';

/** The person a read is recorded for: a signed-in account of the roster (not a token). */
export const readerOf = (viewer: Viewer): number | null => (viewer.kind === 'account' && viewer.pending === null ? viewer.personId : null);

/**
 * Records that a person opened published items they do not write (author or contributor):
 * the first read of each only, in ONE insert-or-ignore, whatever the number of items.
 * Drafts, archived items and one's own items record nothing.
 */
export async function recordReads(em: EntityManager, personId: number, itemIds: readonly number[], at = new Date()): Promise<void> {
  if (!itemIds.length) return;
  const when = em.getPlatform().processDateProperty(at) as string | number;
  await writeTransaction(em, (tem) => executeBound(tem as SqlEntityManager, `insert into knowledge_item_read (person_id, item_id, first_read_at)
    select ?, i.id, ? from knowledge_item i
    where i.id in (${itemIds.map(() => '?').join(', ')}) and i.status = 'PUBLISHED'
      and not exists (select 1 from knowledge_item_person kp where kp.item_id = i.id and kp.person_id = ? and kp.role in ('AUTHOR', 'CONTRIBUTOR'))
    on conflict (person_id, item_id) do nothing`, [personId, when, ...itemIds, personId]));
}

/**
 * Opening an item is reading its body: the resolver of `bodyHtml` calls this, so a list
 * (which shows summaries) records nothing, and items read in one request are recorded in
 * one statement.
 */
export function noteRead(ctx: Pick<Context, 'em' | 'loaders' | 'viewer'>, itemId: number): Promise<void> {
  const personId = readerOf(ctx.viewer);
  if (personId === null) return Promise.resolve();
  return ctx.loaders.batch<number, void>('knowledge.read', async (ids) => {
    await recordReads(ctx.em, personId, ids);
    return ids.map(() => undefined);
  }).load(itemId);
}
