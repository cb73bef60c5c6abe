import DataLoader from 'dataloader';
import { Cursor, ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type EntityManager, type FilterQuery, type QueryOrderMap, type Ref } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES } from '@lintas/shared';
/** Any entity: all have a numeric primary key. */
type Node = { id: number };
import { checkPageSize, encodeKeysetCursor, offsetCursor, readOffsetCursor, type ConnectionArgs, type Page } from './relay.js';
import { requestError } from './user-error.js';
import { readRow, RowRef } from '../db/map-row.js';
import { shapeKey, StatementCache, type Compiled } from '../db/statement-cache.js';

/** Compiled child-page statements, shared by every request of this process. */
const statements = new StatementCache();
/** Parent ids a compiled statement is built with; no row has a negative id. */
export const STAND_IN_ID = -1_000_000_000;

/**
 * Per-request batching. Every relation a list shows is read through here, so a
 * request's statement count does not grow with the length of its lists.
 */
export class Loaders {
  private readonly byId = new Map<EntityClass<Node>, DataLoader<number, Node | undefined>>();
  private readonly pages = new Map<string, DataLoader<number, Page<Node>>>();

  private readonly custom = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** A feature's own batch function, one loader per request and key. */
  batch<K, V>(key: string, fn: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.custom.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(fn);
      this.custom.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Resolves a reference; all references of one type asked in one tick become one `IN` query. */
  async ref<T extends Node>(entity: EntityClass<T>, ref: Ref<T> | RowRef<T> | null | undefined): Promise<T | null> {
    if (!ref) return null;
    if (ref.isInitialized()) return ref.unwrap() as T;
    return ((await this.loaderFor(entity).load(ref.id as number)) as T | undefined) ?? null;
  }

  async byIds<T extends Node>(entity: EntityClass<T>, ids: readonly number[]): Promise<(T | undefined)[]> {
    return (await this.loaderFor(entity).loadMany(ids)).map((v) => (v instanceof Error ? undefined : (v as T)));
  }

  private loaderFor<T extends Node>(entity: EntityClass<T>): DataLoader<number, Node | undefined> {
    let loader = this.byId.get(entity as EntityClass<Node>);
    if (!loader) {
      loader = new DataLoader<number, Node | undefined>(async (ids) => {
        const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id));
      });
      this.byId.set(entity as EntityClass<Node>, loader);
    }
    return loader;
  }

  /**
   * A page of the children of many parents in one statement: window functions number
   * each parent's rows and count them, so `first`, `after` and `totalCount` hold per parent.
   */
  async children<T extends Node>(
    entity: EntityClass<T>,
    foreignKey: string,
    parentId: number,
    args: ConnectionArgs,
    options: ChildrenOptions<T> = {},
  ): Promise<Page<T>> {
    checkPageSize(args.first);
    const offset = readOffsetCursor(args.after);
    const cacheKey = `${entity.name}.${foreignKey}:${args.first}:${offset}:${options.key ?? ''}:${(options.join ?? []).join(',')}`;
    let loader = this.pages.get(cacheKey);
    if (!loader) {
      loader = new DataLoader<number, Page<Node>>((ids) =>
        this.loadChildren(entity, foreignKey, ids, args.first, offset, options) as Promise<Page<Node>[]>,
      );
      this.pages.set(cacheKey, loader);
    }
    return loader.load(parentId) as Promise<Page<T>>;
  }

  private async loadChildren<T extends Node>(
    entity: EntityClass<T>,
    foreignKey: string,
    parentIds: readonly number[],
    first: number,
    offset: number,
    options: ChildrenOptions<T>,
  ): Promise<Page<T>[]> {
    const em = this.em as SqlEntityManager;
    const meta = em.getMetadata().get(entity.name);
    const fkColumn = meta.properties[foreignKey as keyof T & string]?.fieldNames[0];
    if (!fkColumn) throw requestError(ERROR_CODES.INTERNAL, 'unknown relation');
    const joins = (options.join ?? []).map((prop, i) => {
      const relation = meta.properties[prop as keyof T & string];
      if (!relation?.targetMeta || relation.kind !== ReferenceKind.MANY_TO_ONE) throw requestError(ERROR_CODES.INTERNAL, 'unknown relation');
      return { alias: `_j${i}_`, prop, relation, entity: relation.targetMeta.class as EntityClass<Node> };
    });
    // The statement is compiled once per shape (entity, relation, filter, order, joins, page
    // and number of parents) with stand-in parent ids, which are then swapped for the real ones.
    const where = shapeKey(options.where ?? {});
    const compile = (): Compiled => {
      const standIns = parentIds.map((_, i) => STAND_IN_ID - i);
      const qb = em.createQueryBuilder(entity, 'c')
        .select('c.*')
        .where({ $and: [{ [foreignKey]: { $in: standIns } }, options.where ?? {}] } as FilterQuery<T>);
      const order = Object.entries(options.orderBy ?? { id: 'asc' })
        .map(([prop, dir]) => `c.${meta.properties[prop as keyof T & string]!.fieldNames[0]} ${SQL_ORDER[String(dir).toLowerCase()] ?? 'asc'}`)
        .concat('c.id asc')
        .join(', ');
      const knex = em.getKnex();
      const numbered = qb.getKnexQuery()
        .select(knex.raw(`row_number() over (partition by c.${fkColumn} order by ${order}) as _rn`))
        .select(knex.raw(`count(*) over (partition by c.${fkColumn}) as _total`));
      // To-one relations the query shows, read in the same statement (columns prefixed `_jN_`).
      for (const { alias, relation } of joins) {
        const target = relation.targetMeta!;
        const columns = Object.values(target.properties)
          .filter((p) => p.persist !== false && !p.formula && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE))
          .flatMap((p) => p.fieldNames);
        numbered.leftJoin(`${target.tableName} as ${alias}`, `${alias}.id`, `c.${relation.fieldNames[0]}`);
        for (const column of columns) numbered.select(knex.raw('?? as ??', [`${alias}.${column}`, `${alias}${column}`]));
      }
      const { sql, bindings } = knex.select('*').from(numbered.as('t'))
        .where('_rn', '>', offset).andWhere('_rn', '<=', offset + first + 1).orderBy('_rn').toSQL();
      return { sql, bindings };
    };
    const key = `${em.getPlatform().constructor.name}|${entity.name}.${foreignKey}|${first}|${offset}|${(options.join ?? []).join(',')}|${JSON.stringify(options.orderBy ?? {})}|${parentIds.length}|${where}`;
    const { sql, bindings } = where === null ? compile() : statements.get(key, compile);
    const bound = bindings.map((b) => (typeof b === 'number' && b <= STAND_IN_ID && b > STAND_IN_ID - parentIds.length ? parentIds[STAND_IN_ID - b] : b));
    const rows: Record<string, unknown>[] = await em.getConnection().execute(sql, bound as unknown[], 'all', em.getTransactionContext());
    const pages = new Map<number, Page<T>>(parentIds.map((id) => [id, emptyPage(offset)]));
    for (const row of rows) {
      const page = pages.get(Number(row[fkColumn]))!;
      page.totalCount = Number(row._total);
      if (page.items.length === first) {
        page.hasNextPage = true;
        continue;
      }
      const item = readRow(em, entity, row) as Record<string, unknown>;
      for (const join of joins) {
        const id = row[`${join.alias}id`];
        if (id != null) item[join.prop] = new RowRef(Number(id), readRow(em, join.entity, row, join.alias));
      }
      page.items.push(item as T);
      page.cursors.push(offsetCursor(Number(row._rn)));
    }
    // A page past the end has no row to carry the list's size: only then is it counted apart.
    const past = offset > 0 ? parentIds.filter((id) => pages.get(id)!.items.length === 0) : [];
    if (past.length > 0) {
      const { sql, bindings } = em.createQueryBuilder(entity, 'c')
        .where({ $and: [{ [foreignKey]: { $in: past } }, options.where ?? {}] } as FilterQuery<T>)
        .getKnexQuery().clearSelect().select(`c.${fkColumn}`).count({ _total: '*' }).groupBy(`c.${fkColumn}`).toSQL();
      const counts: Record<string, unknown>[] = await em.getConnection().execute(sql, bindings as unknown[], 'all', em.getTransactionContext());
      for (const row of counts) pages.get(Number(row[fkColumn]))!.totalCount = Number(row._total);
    }
    return parentIds.map((id) => pages.get(id)!);
  }
}

export interface ChildrenOptions<T> {
  where?: FilterQuery<T>;
  orderBy?: QueryOrderMap<T>;
  /** Distinguishes loaders of one relation with different filters. */
  key?: string;
  /** Many-to-one relations of the children to read in the same statement. */
  join?: string[];
}

/** Orders spelled out, so NULLs sort the same on SQLite and PostgreSQL. */
const SQL_ORDER: Record<string, string> = {
  asc: 'asc', desc: 'desc', 'asc nulls first': 'asc nulls first', 'asc nulls last': 'asc nulls last',
  'desc nulls first': 'desc nulls first', 'desc nulls last': 'desc nulls last',
};

function emptyPage<T>(offset: number): Page<T> {
  return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: offset > 0 };
}

/**
 * A keyset cursor names its list: the entity and the order it is paged by, then the
 * order's values (MikroORM's cursor values). A cursor of another list, or values that do
 * not fit the order's columns, would page from a wrong place or fail in the database.
 */
type KeysetMeta = EntityMetadata<any>;

function listTag(meta: KeysetMeta, order: object): string {
  return `${meta.className}:${Object.keys(order).join(',')}`;
}

/** Re-tags a MikroORM cursor (`Cursor.from`/`Cursor.encode`) with its list. */
export function tagKeysetCursor(tag: string, mikroCursor: string): string {
  return encodeKeysetCursor(tag, JSON.parse(Buffer.from(mikroCursor, 'base64url').toString('utf8')) as unknown[]);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Whether a cursor value can stand for a value of `prop` (a reference orders by its id). */
function fitsColumn(prop: EntityProperty<any>, value: unknown): boolean {
  if (value === null) return Boolean(prop.nullable);
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) return (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'string';
  switch (prop.runtimeType) {
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'bigint': return (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^-?\d{1,19}$/.test(value));
    case 'boolean': return typeof value === 'boolean';
    case 'Date': return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'string': return typeof value === 'string';
    default: return typeof value === 'string' || typeof value === 'number';
  }
}

/** The MikroORM cursor of a cursor of this list; refuses anything else with input/invalid-cursor. */
function readKeysetCursor(meta: KeysetMeta, order: object, tag: string, after: string): string {
  const refuse = () => requestError(ERROR_CODES.INVALID_CURSOR, 'after is not a cursor of this list');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  const keys = Object.keys(order);
  if (!Array.isArray(decoded) || decoded.length !== keys.length + 1 || decoded[0] !== tag) throw refuse();
  const values = decoded.slice(1);
  if (!keys.every((key, i) => meta.properties[key] !== undefined && fitsColumn(meta.properties[key]!, values[i]))) throw refuse();
  return Cursor.encode(values);
}

/** MikroORM's keyset condition for `first`/`after`, the one `findByCursor` uses. */
interface CursorDriver {
  processCursorOptions(meta: unknown, options: object, orderBy: unknown): { orderBy: QueryOrderMap<object>[]; where: FilterQuery<object> };
}

/**
 * A top-level list's page, keyset-paged by MikroORM's cursor (order columns + id): the
 * query builders of the page (one row more than asked, to know whether another follows)
 * and of the size of the whole list. `findPage` runs them; a compiled SQL plan embeds them.
 * A page size out of range or an `after` that is not a cursor of this list is refused.
 */
export function keysetPage<T extends Node>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: { first: number; after?: string | null },
  orderBy: QueryOrderMap<T>,
  aliases: { page: string; total: string } = { page: 'e', total: 't' },
) {
  checkPageSize(args.first);
  const meta = em.getMetadata().get(entity.name);
  // Ties are broken by id ascending, unless the list orders by id itself (newest first).
  const order = (Object.hasOwn(orderBy, 'id') ? orderBy : { ...orderBy, id: 'asc' }) as QueryOrderMap<T>;
  const tag = listTag(meta, order);
  const after = args.after ? readKeysetCursor(meta, order, tag, args.after) : undefined;
  const options = { first: args.first, after, overfetch: true, orderBy: order, limit: undefined as number | undefined };
  let keyset: ReturnType<CursorDriver['processCursorOptions']>;
  try {
    keyset = (em.getDriver() as unknown as CursorDriver).processCursorOptions(meta, options, order);
  } catch {
    throw requestError(ERROR_CODES.INVALID_CURSOR, 'after is not a cursor of this list');
  }
  return {
    meta, order, options, keyset, tag,
    total: () => em.createQueryBuilder(entity, aliases.total).count('id', true).where(where),
    page: () => {
      const qb = em.createQueryBuilder(entity, aliases.page).select('*').where(where);
      if (Object.keys(keyset.where).length > 0) qb.andWhere(keyset.where as FilterQuery<T>);
      return qb.orderBy(keyset.orderBy as QueryOrderMap<T>[]).limit(options.limit!);
    },
  };
}

/**
 * A top-level list in one statement: the page and, as a scalar subquery beside it, the
 * size of the whole list.
 */
export async function findPage<T extends Node>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  orderBy: QueryOrderMap<T>,
): Promise<Page<T>> {
  const sem = em as SqlEntityManager;
  const { meta, order, options, keyset, tag, total, page } = keysetPage(sem, entity, where, args, orderBy);
  const compile = (): Compiled => {
    const { sql, bindings } = page().getKnexQuery().select(sem.getKnex().raw('(?) as ??', [total().getKnexQuery(), '_total'])).toSQL();
    return { sql, bindings };
  };
  // The same page of the same list (filters, tenancy, cursor, size) reuses its compiled statement.
  const key = shapeKey({ entity: entity.name, where, keyset: keyset.where, orderBy: keyset.orderBy, limit: options.limit });
  const { sql, bindings } = key === null ? compile() : statements.get(`${sem.getPlatform().constructor.name}|page|${key}`, compile);
  const rows: Record<string, unknown>[] = await sem.getConnection().execute(sql, bindings as unknown[], 'all', sem.getTransactionContext());
  // A page past the end has no row to carry the total: only then is it counted apart.
  const totalCount = rows.length > 0 ? Number(rows[0]!._total) : args.after ? await total().getCount() : 0;
  const items = rows.map((row) => readRow(sem, entity, row));
  const cursor = new Cursor(items, totalCount, options, meta);
  // The cursor is built from the order's values; a reference orders by its id.
  const keys = Object.keys(order);
  const cursorOf = (item: T) => tagKeysetCursor(tag, cursor.from(Object.fromEntries(keys.map((k) => {
    const value = (item as Record<string, unknown>)[k];
    return [k, value instanceof RowRef ? value.id : value];
  })) as T));
  return {
    items: cursor.items as T[],
    cursors: (cursor.items as T[]).map(cursorOf),
    totalCount,
    hasNextPage: cursor.hasNextPage,
    hasPreviousPage: cursor.hasPrevPage,
  };
}
