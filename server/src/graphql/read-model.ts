import type { EntityClass, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { Role, Scope } from '@lintas/shared';
import type { Context } from './context.js';
import { findPage, type ChildrenOptions } from './loaders.js';
import { toConnection, type ConnectionArgs, type ConnectionShape } from './relay.js';
import type { Viewer } from './viewer.js';

/**
 * A feature's reads, declared once as data beside the feature (`<feature>.read-model.ts`):
 * its top-level lists, the lists hanging off its objects, and the to-one references its
 * objects resolve by id alone. The feature's resolvers answer through these declarations
 * (`readList`, `readChildren`), and the compiled SQL plan (graphql/sql-plan/) compiles
 * exactly what they declare, so both read the same rows in the same order.
 */
export type Order = Record<string, string>;

/** A top-level list (a `Query` field returning a connection), keyset-paged in `orderBy` then id. */
export interface ListRead<A = any> {
  entity: EntityClass<{ id: number }>;
  /** Who may ask: the roles and token scopes of the field's `@Authorized`. */
  access: readonly (Role | Scope)[];
  /** The field's arguments (`first`, `after` and its own); a query giving any other is not compiled. */
  args: readonly string[];
  /** The rows the caller sees for these arguments: tenancy and filters. */
  where(em: EntityManager, viewer: Viewer, args: A): FilterQuery<any>;
  orderBy: Order;
}

/** A list of an object's children (a connection field), offset-paged, read for many parents at once. */
export interface ChildRead<A = any> {
  entity: EntityClass<{ id: number }>;
  /** The child's many-to-one property pointing at the parent. */
  parent: string;
  args: readonly string[];
  read(viewer: Viewer, args: A): { where: FilterQuery<any>; orderBy: Order };
  /** What tells apart two argument sets that read different rows (the loaders batch per key). */
  key?(args: A): string;
}

export interface ReadModel {
  /** `Query` field → list. */
  lists?: Record<string, ListRead>;
  /** GraphQL type → connection field → list. */
  children?: Record<string, Record<string, ChildRead>>;
  /** GraphQL type → its to-one fields whose resolver is `loaders.ref(Target, parent.<field>)`; a type listed here may be compiled. */
  references?: Record<string, readonly string[]>;
}

/** Every feature's read models as one, refusing a list or type declared twice. */
export function composeReadModels(models: readonly ReadModel[]): Required<ReadModel> {
  const out: Required<ReadModel> = { lists: {}, children: {}, references: {} };
  const once = <T>(into: Record<string, T>, key: string, value: T) => {
    if (Object.hasOwn(into, key)) throw new Error(`read model: ${key} is declared twice`);
    into[key] = value;
  };
  for (const m of models) {
    for (const [name, list] of Object.entries(m.lists ?? {})) once(out.lists, name, list);
    for (const [type, refs] of Object.entries(m.references ?? {})) once(out.references, type, refs);
    for (const [type, lists] of Object.entries(m.children ?? {})) {
      const into = (out.children[type] ??= {});
      for (const [name, list] of Object.entries(lists)) once(into, `${type}.${name}`.slice(type.length + 1), list);
    }
  }
  return out;
}

/** A declared top-level list, as the resolver answers it. */
export async function readList<A extends ConnectionArgs>(ctx: Pick<Context, 'em' | 'viewer'>, list: ListRead<A>, args: A): Promise<ConnectionShape<object>> {
  const where = list.where(ctx.em, ctx.viewer, args);
  return toConnection(await findPage(ctx.em, list.entity, where, args, list.orderBy as QueryOrderMap<{ id: number }>));
}

/** A declared child list of one parent, batched with its siblings of the same arguments. */
export async function readChildren<A extends ConnectionArgs>(
  ctx: Pick<Context, 'loaders' | 'viewer'>,
  list: ChildRead<A>,
  parentId: number,
  args: A,
  options: Pick<ChildrenOptions<{ id: number }>, 'join'> = {},
): Promise<ConnectionShape<object>> {
  const { where, orderBy } = list.read(ctx.viewer, args);
  return toConnection(await ctx.loaders.children(list.entity, list.parent, parentId, args, {
    where, orderBy: orderBy as QueryOrderMap<{ id: number }>, key: list.key?.(args) ?? '', ...options,
  }));
}
