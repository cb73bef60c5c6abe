import { ReferenceKind, type EntityClass, type EntityMetadata, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  GraphQLString, Kind, getArgumentValues, getNamedType, isInterfaceType, isObjectType,
  type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLObjectType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { isPostgres } from '../../db/dialect.js';
import { toGlobalId } from '../global-id.js';
import { keysetPage } from '../loaders.js';
import type { ChildRead, ListRead, Order, ReadModel } from '../read-model.js';
import { checkPageSize, offsetCursor, readOffsetCursor } from '../relay.js';
import type { Viewer } from '../viewer.js';
import { keysetCursor, toIso, type Fix } from './answer-fix.js';
import { POSTGRES, SQLITE, type Dialect } from './dialect.js';
import { propOf, type Scalar } from './fields.js';
import { authorized } from './caller.js';
import { cat, join, q, raw, unsupported, type Frag } from './sql.js';

/**
 * Planning: one GraphQL operation, for one caller, into one SQL statement whose answer is
 * the GraphQL `data` itself, built as JSON by the database (the approach of PostGraphile
 * and Hasura). It compiles only what the features' read models declare (the lists, their
 * children, the to-one references) and fields that are a column as stored; anything else
 * (a field with its own resolver, a directive, an argument it does not know) throws
 * `Unsupported` and the operation is left to the resolvers.
 */

/** A plan's statement, the data version beside the answer; its values: `before`, a kept answer's version (or null), `after`. */
export interface Versioned {
  sql: string;
  before: unknown[];
  after: unknown[];
}

/** One field of the selection, fragments flattened. */
interface Selected {
  key: string;
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
}

/** Compiles one operation for one caller; throws `Unsupported` for anything it does not know. */
export class Compiler {
  private aliases = 0;
  private readonly ctes: Frag[] = [];
  private readonly d: Dialect;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly em: SqlEntityManager,
    private readonly viewer: Viewer,
    private readonly variables: Record<string, unknown>,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly fields: (type: string) => Map<string, Scalar>,
    private readonly reads: Required<ReadModel>,
    /** A one-row table `_dv` whose `v` is the data version this caller's answer depends on (kept-answers.ts). */
    private readonly version: Frag,
  ) {
    this.d = isPostgres(em) ? POSTGRES : SQLITE;
  }

  private alias(prefix: string) {
    return `_${prefix}${this.aliases++}`;
  }

  compile(operation: OperationDefinitionNode): { statement: Versioned; reads: string; fix: Fix } {
    const queryType = this.schema.getQueryType()!;
    const pairs: [string, Frag][] = [];
    const fixes: [string, Fix][] = [];
    for (const s of this.collect(queryType, operation.selectionSet)) {
      if (s.field.name === '__typename') {
        pairs.push([s.key, this.d.text(queryType.name)]);
        continue;
      }
      const root = (Object.hasOwn(this.reads.lists, s.field.name) && this.reads.lists[s.field.name]) || unsupported(`root ${s.field.name}`);
      const [value, fix] = this.rootList(root, s);
      pairs.push([s.key, value]);
      if (fix) fixes.push([s.key, fix]);
    }
    const object = this.d.object(pairs);
    const withCtes = this.ctes.length ? cat('with ', join(this.ctes, ', '), ' ') : raw('');
    // The answer (as text) beside the data version, in one statement (one snapshot); when the
    // version is the one a kept answer was read at, the answer is not built again.
    const text = this.d === POSTGRES ? cat('(', object, ')::text') : object;
    // `_dv` cannot meet a compiled alias (`_` + prefix + number).
    const before = cat(withCtes, `select ${q('_dv')}.${q('v')} as version, case when ${q('_dv')}.${q('v')} = `);
    const after = cat(` then null else `, text, ` end as data from `, this.version);
    return {
      statement: { sql: `${before.sql}?${after.sql}`, before: before.params, after: after.params },
      reads: cat(withCtes, object).sql,
      fix: { kind: 'object', fields: fixes },
    };
  }

  /** Fields of a selection on `type`, fragments flattened; repeated keys or directives are not compiled. */
  private collect(type: GraphQLObjectType, set: SelectionSetNode, out: Selected[] = [], seen = new Set<string>()): Selected[] {
    for (const sel of set.selections) {
      if (sel.directives?.length) unsupported('directive');
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        if (seen.has(key)) unsupported('repeated key');
        seen.add(key);
        const field = sel.name.value === '__typename'
          ? ({ name: '__typename', args: [], type: GraphQLString } as unknown as GraphQLField<unknown, unknown>)
          : type.getFields()[sel.name.value] ?? unsupported('field');
        out.push({ key, node: sel, field });
        continue;
      }
      const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : this.fragments[sel.name.value] ?? unsupported('fragment');
      if (fragment.directives?.length) unsupported('directive');
      const condition = fragment.typeCondition?.name.value;
      if (condition && condition !== type.name) {
        const iface = this.schema.getType(condition);
        if (!isInterfaceType(iface) || !type.getInterfaces().includes(iface)) unsupported('type condition');
      }
      this.collect(type, fragment.selectionSet, out, seen);
    }
    return out;
  }

  private args(s: Selected, allowed: readonly string[]): Record<string, unknown> {
    for (const a of s.node.arguments ?? []) if (!allowed.includes(a.name.value)) unsupported('argument');
    return getArgumentValues(s.field as never, s.node, this.variables);
  }

  private objectType(s: Selected): GraphQLObjectType {
    const type = getNamedType(s.field.type);
    return isObjectType(type) ? type : unsupported('not an object');
  }

  /** The JSON object of one row of `type`'s table, read as `row`. */
  private entityObject(type: GraphQLObjectType, row: string, set: SelectionSetNode): [Frag, Fix | null] {
    const plain = this.fields(type.name);
    const refs = (Object.hasOwn(this.reads.references, type.name) && this.reads.references[type.name]) || unsupported(`type ${type.name}`);
    const meta = this.em.getMetadata().get(type.name);
    const pairs: [string, Frag][] = [];
    const fixes: [string, Fix][] = [];
    for (const s of this.collect(type, set)) {
      const name = s.field.name;
      if (name === '__typename') {
        pairs.push([s.key, this.d.text(type.name)]);
      } else if (name === 'id') {
        pairs.push([s.key, this.d.scalar(raw(`${q(row)}.${q('id')}`))]);
        const typeName = type.name;
        fixes.push([s.key, { kind: 'leaf', fn: (v) => toGlobalId(typeName, v as number) }]);
      } else if (plain.has(name)) {
        const { column, kind } = plain.get(name)!;
        const ref = raw(`${q(row)}.${q(column)}`);
        pairs.push([s.key, kind === 'bool' ? this.d.bool(ref) : this.d.scalar(ref)]);
        if (kind === 'datetime') fixes.push([s.key, { kind: 'leaf', fn: toIso }]);
      } else if (refs.includes(name)) {
        if (s.node.arguments?.length) unsupported('argument');
        const target = this.objectType(s);
        const prop = propOf(meta, name);
        if (!prop || prop.kind !== ReferenceKind.MANY_TO_ONE || prop.targetMeta?.className !== target.name) unsupported('relation');
        const alias = this.alias('r');
        const [value, fix] = this.entityObject(target, alias, s.node.selectionSet!);
        pairs.push([s.key, this.d.embed(cat('select ', value, ` from ${q(prop!.targetMeta!.tableName)} ${q(alias)} where ${q(alias)}.${q('id')} = ${q(row)}.${q(prop!.fieldNames[0]!)}`))]);
        if (fix) fixes.push([s.key, fix]);
      } else if (this.reads.children[type.name] && Object.hasOwn(this.reads.children[type.name]!, name)) {
        const [value, fix] = this.childList(this.reads.children[type.name]![name]!, s, row);
        pairs.push([s.key, value]);
        if (fix) fixes.push([s.key, fix]);
      } else {
        unsupported(`${type.name}.${name}`);
      }
    }
    if (pairs.length > 50) unsupported('too many fields');
    return [this.d.object(pairs), fixes.length ? { kind: 'object', fields: fixes } : null];
  }

  /** ORDER BY over a numbered derived table's columns, id last unless the list orders by id itself. */
  private orderSql(meta: EntityMetadata<object>, orderBy: Order, alias: string): string {
    return Object.entries(Object.hasOwn(orderBy, 'id') ? orderBy : { ...orderBy, id: 'asc' })
      .map(([prop, dir]) => {
        const column = propOf(meta, prop)?.fieldNames[0] ?? unsupported('order');
        const direction = String(dir).toLowerCase();
        if (!/^(asc|desc)( nulls (first|last))?$/.test(direction)) unsupported('order');
        return `${q(alias)}.${q(column)} ${direction}`;
      })
      .join(', ');
  }

  /**
   * The children of the outer row `parentRow`, filtered as the resolvers filter them,
   * through MikroORM's query builder: exactly the rows the resolvers would read.
   */
  private childrenOf(entity: EntityClass<object>, parentColumn: string, parentRow: string, where: FilterQuery<object>): Frag {
    const alias = this.alias('s');
    const { sql, bindings } = this.em.createQueryBuilder(entity, alias).select(`${alias}.*`).where(where)
      .andWhere(`${q(alias)}.${q(parentColumn)} = ${q(parentRow)}.${q('id')}`).getKnexQuery().toSQL();
    return { sql, params: [...bindings] };
  }

  private rootList(spec: ListRead, s: Selected): [Frag, Fix | null] {
    if (!authorized(this.viewer, spec.access)) unsupported('not allowed');
    this.declaredType(spec.entity.name);
    const args = this.args(s, spec.args);
    let list: ReturnType<typeof keysetPage<{ id: number }>>;
    try {
      const where = spec.where(this.em, this.viewer, args) as FilterQuery<{ id: number }>;
      list = keysetPage(this.em, spec.entity, where, args as { first: number; after?: string | null }, spec.orderBy as QueryOrderMap<{ id: number }>, { page: this.alias('s'), total: this.alias('s') });
    } catch {
      // A filter, page size or cursor the resolvers refuse with their own error.
      return unsupported('arguments');
    }
    const { order, options } = list;
    const first = options.first;
    const meta = list.meta as EntityMetadata<object>;
    const page = list.page().getKnexQuery().toSQL();
    const count = list.total().getKnexQuery().toSQL();

    // The page (one row more than asked, to know whether another follows), numbered in list order.
    const numbered = this.alias('p');
    const inner = this.alias('q');
    this.ctes.push(cat(`${q(numbered)} as (select ${q(inner)}.*, row_number() over (order by ${this.orderSql(meta, spec.orderBy, inner)}) as ${q('_n')} from (`,
      { sql: page.sql, params: [...page.bindings] }, `) ${q(inner)})`));
    const keys = Object.keys(order).map((prop) => propOf(meta, prop)!);
    const plain = this.fields(spec.entity.name);
    const converters = keys.map((p) => (p.runtimeType === 'Date' ? toIso : (v: unknown) => (p.kind === ReferenceKind.SCALAR && plain.get(p.name)?.kind === 'bool' ? Boolean(v) : v)));
    if (keys.some((p) => p.kind !== ReferenceKind.SCALAR && p.kind !== ReferenceKind.MANY_TO_ONE)) unsupported('order');
    const cursorOf = (row: string) => this.d.tuple(keys.map((p) => this.d.scalar(raw(`${q(row)}.${q(p.fieldNames[0]!)}`))));
    const cursorFix: Fix = { kind: 'leaf', fn: keysetCursor(list.tag, converters) };
    const counts = this.alias('c');
    return this.connection(s, {
      from: (row) => raw(`${q(numbered)} ${q(row)} where ${q(row)}.${q('_n')} <= ${first}`),
      order: (row) => `${q(row)}.${q('_n')}`,
      countsAlias: counts,
      counts: cat(`(select (`, { sql: count.sql, params: [...count.bindings] }, `) as ${q('t')}, (select count(*) from ${q(numbered)}) as ${q('k')}) ${q(counts)}`),
      hasNext: raw(`${q(counts)}.${q('k')} > ${first}`),
      // As MikroORM's Cursor: an empty `after` is no cursor.
      hasPrevious: Boolean(options.after),
      start: cat(this.d.embed(cat('select ', cursorOf('_e'), ` from ${q(numbered)} ${q('_e')} where ${q('_e')}.${q('_n')} = 1`))),
      end: cat(this.d.embed(cat('select ', cursorOf('_e'), ` from ${q(numbered)} ${q('_e')} where ${q('_e')}.${q('_n')} = ${this.d.least(`${q(counts)}.${q('k')}`, first)}`))),
      cursor: cursorOf,
      cursorFix,
      entityType: this.objectTypeOfConnection(s),
    });
  }

  private childList(spec: ChildRead, s: Selected, parentRow: string): [Frag, Fix | null] {
    this.declaredType(spec.entity.name);
    const args = this.args(s, spec.args);
    const first = args.first as number;
    let offset: number;
    try {
      checkPageSize(first);
      offset = readOffsetCursor(args.after as string | null | undefined);
    } catch {
      // The resolvers refuse them with their own error.
      return unsupported('page size or cursor');
    }
    const { where, orderBy } = spec.read(this.viewer, args);
    const meta = this.em.getMetadata().get(spec.entity.name) as EntityMetadata<object>;
    const parent = propOf(meta, spec.parent);
    if (!parent || parent.kind !== ReferenceKind.MANY_TO_ONE) unsupported('relation');
    const correlated = this.childrenOf(spec.entity, parent!.fieldNames[0]!, parentRow, where);
    const inner = this.alias('q');
    const counts = this.alias('c');
    const last = offset + first;
    const startEnd = (n: string) => this.d.scalar(raw(`case when ${q(counts)}.${q('t')} > ${offset} then ${n} end`));
    const offsetFix: Fix = { kind: 'leaf', fn: (v) => offsetCursor(v as number) };
    return this.connection(s, {
      // The page by ORDER BY … LIMIT … OFFSET (a window function per parent costs SQLite more than
      // the rest of the statement); an edge's cursor is its place, set from its index in the list.
      from: (row) => cat(`(select ${q(inner)}.* from (`, correlated, `) ${q(inner)} order by ${this.orderSql(meta, orderBy, inner)} limit ${first} offset ${offset}) ${q(row)}`),
      order: (row) => this.orderSql(meta, orderBy, row),
      countsAlias: counts,
      counts: cat(`(select count(*) as ${q('t')} from (`, correlated, `) ${q(this.alias('q'))}) ${q(counts)}`),
      hasNext: raw(`${q(counts)}.${q('t')} > ${last}`),
      hasPrevious: offset > 0,
      start: startEnd(String(offset + 1)),
      end: startEnd(this.d.least(`${q(counts)}.${q('t')}`, last)),
      cursor: null,
      cursorAt: (i) => offsetCursor(offset + i + 1),
      cursorFix: offsetFix,
      entityType: this.objectTypeOfConnection(s),
    });
  }

  /** Only lists of types declared with their references are compiled (a count alone included). */
  private declaredType(name: string): void {
    if (!Object.hasOwn(this.reads.references, name)) unsupported(`type ${name}`);
  }

  private objectTypeOfConnection(s: Selected): GraphQLObjectType {
    const connection = this.objectType(s);
    const nodes = connection.getFields().nodes ?? unsupported('connection');
    const type = getNamedType(nodes.type);
    return isObjectType(type) ? type : unsupported('connection');
  }

  /** A connection object: totalCount, pageInfo, nodes and edges, over one subquery of counts. */
  private connection(s: Selected, c: ConnectionParts): [Frag, Fix | null] {
    const type = this.objectType(s);
    const pairs: [string, Frag][] = [];
    const fixes: [string, Fix][] = [];
    for (const f of this.collect(type, s.node.selectionSet!)) {
      switch (f.field.name) {
        case '__typename':
          pairs.push([f.key, this.d.text(type.name)]);
          break;
        case 'totalCount':
          pairs.push([f.key, this.d.scalar(raw(`${q(c.countsAlias)}.${q('t')}`))]);
          break;
        case 'pageInfo': {
          const info = this.objectType(f);
          const ip: [string, Frag][] = [];
          const ifix: [string, Fix][] = [];
          for (const g of this.collect(info, f.node.selectionSet!)) {
            if (g.field.name === '__typename') ip.push([g.key, this.d.text(info.name)]);
            else if (g.field.name === 'hasNextPage') ip.push([g.key, this.d.bool(c.hasNext)]);
            else if (g.field.name === 'hasPreviousPage') ip.push([g.key, this.d.bool(raw(c.hasPrevious ? '1 = 1' : '1 = 0'))]);
            else if (g.field.name === 'startCursor' || g.field.name === 'endCursor') {
              ip.push([g.key, g.field.name === 'startCursor' ? c.start : c.end]);
              ifix.push([g.key, c.cursorFix]);
            } else unsupported('pageInfo');
          }
          pairs.push([f.key, this.d.object(ip)]);
          if (ifix.length) fixes.push([f.key, { kind: 'object', fields: ifix }]);
          break;
        }
        case 'nodes': {
          const row = this.alias('l');
          const [value, fix] = this.entityObject(c.entityType, row, f.node.selectionSet!);
          pairs.push([f.key, this.d.array(value, c.from(row), c.order(row))]);
          if (fix) fixes.push([f.key, { kind: 'list', item: fix }]);
          break;
        }
        case 'edges': {
          const row = this.alias('l');
          const edge = this.objectType(f);
          const ep: [string, Frag][] = [];
          const efix: [string, Fix][] = [];
          const positional: [string, (i: number) => unknown][] = [];
          for (const g of this.collect(edge, f.node.selectionSet!)) {
            if (g.field.name === '__typename') ep.push([g.key, this.d.text(edge.name)]);
            else if (g.field.name === 'cursor') {
              if (c.cursor) {
                ep.push([g.key, c.cursor(row)]);
                efix.push([g.key, c.cursorFix]);
              } else {
                ep.push([g.key, this.d.scalar(raw('null'))]);
                positional.push([g.key, c.cursorAt!]);
              }
            } else if (g.field.name === 'node') {
              const [value, fix] = this.entityObject(c.entityType, row, g.node.selectionSet!);
              ep.push([g.key, value]);
              if (fix) efix.push([g.key, fix]);
            } else unsupported('edge');
          }
          pairs.push([f.key, this.d.array(this.d.object(ep), c.from(row), c.order(row))]);
          if (efix.length || positional.length) {
            fixes.push([f.key, { kind: 'list', item: efix.length ? { kind: 'object', fields: efix } : null, ...(positional.length ? { positional } : {}) }]);
          }
          break;
        }
        default:
          unsupported('connection field');
      }
    }
    // Counts, page info and items are read over one subquery of the list's counts.
    const value = this.d.embed(cat('select ', this.d.object(pairs), ' from ', c.counts));
    return [value, fixes.length ? { kind: 'object', fields: fixes } : null];
  }
}

interface ConnectionParts {
  /** The rows of the page, numbered `_n` in list order, read as `row`. */
  from(row: string): Frag;
  order(row: string): string;
  /** A one-row derived table: `t` the list's size (and, for a root list, `k` the page's rows read). */
  counts: Frag;
  countsAlias: string;
  hasNext: Frag;
  hasPrevious: boolean;
  start: Frag;
  end: Frag;
  /** An edge's cursor read from its row, or null when it is its place in the list (`cursorAt`). */
  cursor: ((row: string) => Frag) | null;
  cursorAt?: (index: number) => string;
  /** Turns a cursor the database gave (pageInfo, and edges with `cursor`) into the opaque string. */
  cursorFix: Fix;
  entityType: GraphQLObjectType;
}

