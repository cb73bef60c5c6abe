import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { executeBound } from '../../db/bound-sql.js';
import { isPostgres } from '../../db/dialect.js';
import { executeRead } from '../../db/read.js';
import { tryLocalId } from '../../graphql/ids.js';
import { checkPageSize, offsetCursor, readOffsetCursor, type ConnectionShape, toConnection } from '../../graphql/relay.js';
import type { Context } from '../../graphql/context.js';
import type { Viewer } from '../../graphql/viewer.js';
import type { Person } from '../persons/person.entity.js';
import { KnowledgeItem, KnowledgeItemPerson } from './knowledge-item.entity.js';
import type { KnowledgeItemFilter } from './knowledge.inputs.js';
import { participantKnowledgeSql } from './knowledge.visibility.js';
import { ftsMatch, indexedText, parseSearch, tsQuery } from './knowledge.text.js';

/**
 * The search index of knowledge items, `knowledge_search`: an FTS5 table on SQLite (rowid =
 * the item's id; unicode61 tokenizer), a table with a weighted tsvector and a GIN index on
 * PostgreSQL ('simple' configuration: title weight A, body B). Both hold the stemmed words of
 * knowledge.text.ts, so both find the same items; it is written in the item's own transaction.
 * No entity: MikroORM's schema tools skip it (db/orm.ts `skipTables`).
 */
export const SEARCH_TABLE = 'knowledge_search';

export async function writeSearchIndex(em: EntityManager, item: KnowledgeItem): Promise<void> {
  const sem = em as SqlEntityManager;
  const title = indexedText(item.title);
  const body = indexedText(item.body);
  if (isPostgres(em)) {
    await executeBound(sem, `insert into knowledge_search (item_id, document) values (?, setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))
      on conflict (item_id) do update set document = excluded.document`, [item.id, title, body]);
  } else {
    await executeBound(sem, 'delete from knowledge_search where rowid = ?', [item.id]);
    await executeBound(sem, 'insert into knowledge_search (rowid, title, body) values (?, ?, ?)', [item.id, title, body]);
  }
}

export interface KnowledgeListArgs {
  first: number;
  after?: string | null;
  search?: string | null;
  filter?: KnowledgeItemFilter | null;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Who sees which items, as SQL over `k`: admins all; organizers their academy's; tokens
 * (knowledge:read) and agencies' HR officers the academy's published items; a participant
 * the published items of their agency's academy and the ones they write. The same rule as
 * tenancy.ts's `KnowledgeItem` case, written for this hand-made statement.
 */
export function visibilitySql(viewer: Viewer): { sql: string; bind: unknown[] } {
  if (viewer.kind === 'token') return { sql: "k.academy_id = ? and k.status = 'PUBLISHED'", bind: [viewer.academyId] };
  if (viewer.kind !== 'account' || viewer.pending !== null) return { sql: '1 = 0', bind: [] };
  switch (viewer.role) {
    case 'ADMIN': return { sql: '1 = 1', bind: [] };
    case 'ORGANIZER': return { sql: 'k.academy_id = ?', bind: [viewer.academyId ?? -1] };
    case 'AGENCY_HR': return { sql: "k.academy_id = ? and k.status = 'PUBLISHED'", bind: [viewer.academyId ?? -1] };
    case 'PARTICIPANT': return { sql: participantKnowledgeSql('k'), bind: [viewer.personId ?? -1, viewer.personId ?? -1] };
  }
}

/** The filter's conditions over `k`; an unreadable id matches nothing. */
function filterSql(em: EntityManager, filter: KnowledgeItemFilter | null | undefined): { sql: string[]; bind: unknown[] } {
  const sql: string[] = [];
  const bind: unknown[] = [];
  const ids = (values: string[], type: 'Agency' | 'Person' | 'MentoringPair') => values.map((v) => tryLocalId(v, type) ?? -1);
  if (filter?.kinds?.length) (sql.push(`k.kind in (${marks(filter.kinds.length)})`), bind.push(...filter.kinds));
  if (filter?.statuses?.length) (sql.push(`k.status in (${marks(filter.statuses.length)})`), bind.push(...filter.statuses));
  if (filter?.agencyIds?.length) (sql.push(`k.agency_id in (${marks(filter.agencyIds.length)})`), bind.push(...ids(filter.agencyIds, 'Agency')));
  if (filter?.competencyAreas?.length) {
    const each = isPostgres(em) ? 'jsonb_array_elements_text(k.competency_areas) as j(value)' : 'json_each(k.competency_areas) as j';
    sql.push(`exists (select 1 from ${each} where j.value in (${marks(filter.competencyAreas.length)}))`);
    bind.push(...filter.competencyAreas);
  }
  if (filter?.authorGenerations?.length) {
    sql.push(`exists (select 1 from knowledge_item_person kp join person p on p.id = kp.person_id where kp.item_id = k.id and kp.role = 'AUTHOR' and p.generation in (${marks(filter.authorGenerations.length)}))`);
    bind.push(...filter.authorGenerations);
  }
  if (filter?.personId) (sql.push('exists (select 1 from knowledge_item_person kp where kp.item_id = k.id and kp.person_id = ?)'), bind.push(ids([filter.personId], 'Person')[0]));
  if (filter?.sourceMentoringPairId) (sql.push('k.source_mentoring_pair_id = ?'), bind.push(ids([filter.sourceMentoringPairId], 'MentoringPair')[0]));
  return { sql, bind };
}

/** The statements of one page: its count and its ids in order (exact title matches first, then relevance, then newest). */
export function searchStatements(em: EntityManager, viewer: Viewer, args: KnowledgeListArgs, offset: number, limit: number) {
  const visible = visibilitySql(viewer);
  const filters = filterSql(em, args.filter);
  const parsed = parseSearch(args.search ?? '');
  const where = [visible.sql, ...filters.sql];
  const bind = [...visible.bind, ...filters.bind];
  if (!parsed.length) {
    const from = `from knowledge_item k where ${where.join(' and ')}`;
    return {
      count: { sql: `select count(*) as n ${from}`, bind },
      page: { sql: `select k.id ${from} order by k.id desc limit ? offset ?`, bind: [...bind, limit, offset] },
    };
  }
  const exact = (args.search ?? '').replace(/"/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (isPostgres(em)) {
    const q = tsQuery(parsed);
    const from = `from knowledge_item k join knowledge_search s on s.item_id = k.id where s.document @@ to_tsquery('simple', ?) and ${where.join(' and ')}`;
    return {
      count: { sql: `select count(*) as n ${from}`, bind: [q, ...bind] },
      page: {
        sql: `select k.id ${from} order by (lower(k.title) = ?) desc, ts_rank(s.document, to_tsquery('simple', ?)) desc, k.id desc limit ? offset ?`,
        bind: [q, ...bind, exact, q, limit, offset],
      },
    };
  }
  const match = ftsMatch(parsed);
  // CROSS JOIN keeps the full-text match as the outer loop: with a plain join SQLite may
  // walk the academy's items and run the match once per item (×100 slower at 20,000 items).
  const from = `from knowledge_search cross join knowledge_item k on k.id = knowledge_search.rowid where knowledge_search match ? and ${where.join(' and ')}`;
  return {
    count: { sql: `select count(*) as n ${from}`, bind: [match, ...bind] },
    page: {
      sql: `select k.id ${from} order by (lower(k.title) = ?) desc, bm25(knowledge_search, 10.0, 1.0), k.id desc limit ? offset ?`,
      bind: [match, ...bind, exact, limit, offset],
    },
  };
}

/** `Query.knowledgeItems`: three statements whatever the page's length (count, ids, items). */
export async function listKnowledge(em: EntityManager, viewer: Viewer, args: KnowledgeListArgs): Promise<ConnectionShape<KnowledgeItem>> {
  checkPageSize(args.first);
  const offset = readOffsetCursor(args.after);
  const { count, page } = searchStatements(em, viewer, args, offset, args.first + 1);
  const [counted, rows] = await Promise.all([
    executeRead<{ n: number | string }>(em, count.sql, count.bind),
    executeRead<{ id: number }>(em, page.sql, page.bind),
  ]);
  const ids = rows.slice(0, args.first).map((r) => Number(r.id));
  const items = ids.length ? await em.find(KnowledgeItem, { id: { $in: ids } }) : [];
  const byId = new Map(items.map((i) => [i.id, i]));
  const ordered = ids.map((id) => byId.get(id)).filter((i): i is KnowledgeItem => !!i);
  return toConnection({
    items: ordered,
    cursors: ordered.map((_, i) => offsetCursor(offset + i + 1)),
    totalCount: Number(counted[0]?.n ?? 0),
    hasNextPage: rows.length > args.first,
    hasPreviousPage: offset > 0,
  });
}

/** The people of an item with their roles, in order; the items of one request in one statement. */
export function peopleOf(ctx: Pick<Context, 'em' | 'loaders'>, itemId: number): Promise<{ person: Person; role: KnowledgeItemPerson['role'] }[]> {
  return ctx.loaders.batch<number, { person: Person; role: KnowledgeItemPerson['role'] }[]>('knowledge.people', async (ids) => {
    const rows = await ctx.em.find(KnowledgeItemPerson, { item: { $in: [...ids] } }, { populate: ['person'], orderBy: { role: 'asc', position: 'asc' } });
    return ids.map((id) => rows.filter((r) => r.item.id === id).map((r) => ({ person: r.person.getEntity(), role: r.role })));
  }).load(itemId);
}
