import { Cursor, ReferenceKind, type EntityClass, type EntityManager, type EntityMetadata, type EntityProperty, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { getMetadataStorage } from 'type-graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import {
  GraphQLBoolean, GraphQLFloat, GraphQLInt, GraphQLString, Kind, getArgumentValues, getNamedType, getNullableType, getVariableValues,
  isEnumType, isInterfaceType, isListType, isObjectType, type DocumentNode, type FieldNode, type FragmentDefinitionNode,
  type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { Role, Scope } from '@lintas/shared';
import { NODE_TYPES } from '../db/entities.js';
import { isPostgres } from '../db/dialect.js';
import { executePrepared } from '../db/bound-sql.js';
import { TRACKED_TABLES } from '../db/data-version.entity.js';
import { academyOf, type Viewer } from '../features/accounts/viewer.js';
import { Cohort } from '../features/cohorts/cohort.entity.js';
import { COHORTS_ORDER, cohortEnrollments, cohortSessions, cohortsWhere } from '../features/cohorts/cohort.resolver.js';
import { Session } from '../features/sessions/session.entity.js';
import { Enrollment } from '../features/enrollments/enrollment.entity.js';
import { Person } from '../features/persons/person.entity.js';
import { PERSONS_ORDER, personEnrollments, personsWhere } from '../features/persons/person.resolver.js';
import { programCohorts } from '../features/programs/program.resolver.js';
import { ROSTER_READ, SCHEDULE_READ } from './access.js';
import { authChecker } from './auth-checker.js';
import type { Context } from './context.js';
import { toGlobalId } from './global-id.js';
import { checkPageSize, offsetCursor, readOffsetCursor } from './relay.js';
import { keysetPage, STAND_IN_ID } from './loaders.js';

/**
 * A read-only query over the roster's lists, compiled into one SQL statement whose
 * answer is the GraphQL `data` itself, built as JSON by the database (the approach of
 * PostGraphile and Hasura). Only what is known to mean the same as the resolvers is
 * compiled: the lists below, to-one relations that resolvers read by id alone, and
 * fields that are a column as stored. Anything else (a field with its own resolver,
 * a directive, an error to report) leaves the operation to the resolvers; an API test
 * runs a corpus of queries both ways and compares the answers byte for byte.
 */

type Kind_ = 'plain' | 'bool' | 'datetime';
type Order = Record<string, string>;

/** A root list: who may ask, what the caller sees, in which order (`findPage`'s keyset). */
interface RootList {
  entity: EntityClass<{ id: number }>;
  access: (Role | Scope)[];
  args: string[];
  where(em: EntityManager, viewer: Viewer, args: Record<string, unknown>): FilterQuery<object>;
  orderBy: Order;
}

/** A nested list read through `Loaders.children`: the children of one parent, offset-paged. */
interface ChildList {
  entity: EntityClass<{ id: number }>;
  /** The child's many-to-one property pointing at the parent. */
  parent: string;
  args: string[];
  read(viewer: Viewer, args: Record<string, unknown>): { where: FilterQuery<object>; orderBy: Order };
}

const ROOTS: Record<string, RootList> = {
  cohorts: {
    entity: Cohort, access: SCHEDULE_READ, args: ['first', 'after', 'filter'], orderBy: COHORTS_ORDER,
    where: (em, viewer, args) => cohortsWhere(em, viewer, args.filter as never) as FilterQuery<object>,
  },
  persons: {
    entity: Person, access: ROSTER_READ, args: ['first', 'after', 'filter', 'includeArchived'], orderBy: PERSONS_ORDER,
    where: (em, viewer, args) => personsWhere(em, viewer, args.filter as never, args.includeArchived === true) as FilterQuery<object>,
  },
};

const LISTS: Record<string, Record<string, ChildList>> = {
  Cohort: {
    enrollments: { entity: Enrollment, parent: 'cohort', args: ['first', 'after', 'statuses'], read: (viewer, args) => cohortEnrollments(viewer, args.statuses as never) as never },
    sessions: { entity: Session, parent: 'cohort', args: ['first', 'after', 'includeCancelled'], read: (_viewer, args) => cohortSessions(args.includeCancelled === true) as never },
  },
  Person: {
    enrollments: { entity: Enrollment, parent: 'person', args: ['first', 'after'], read: (viewer) => personEnrollments(viewer) as never },
  },
  Program: {
    cohorts: { entity: Cohort, parent: 'program', args: ['first', 'after'], read: (viewer) => programCohorts(viewer) as never },
  },
};

/** To-one fields whose resolver is `loaders.ref(Target, parent.<field>)`: no filter beyond the id. */
const REFS: Record<string, string[]> = {
  Cohort: ['program', 'academy', 'venue'],
  Enrollment: ['cohort', 'person'],
  Person: ['agency'],
  Program: ['academy'],
  Agency: ['academy'],
  Venue: ['academy'],
  Academy: [],
  Session: ['cohort', 'module', 'venue', 'facilitator'],
  TrainingModule: ['program'],
  Facilitator: ['academy'],
};

/** The tables a compiled answer reads: a write to any of them must move the data version (db/data-version.entity.ts). */
export function compiledTables(em: EntityManager): string[] {
  const entities = new Set([
    ...Object.keys(REFS),
    ...Object.values(ROOTS).map((r) => r.entity.name),
    ...Object.values(LISTS).flatMap((lists) => Object.values(lists).map((l) => l.entity.name)),
  ]);
  return [...entities].map((name) => em.getMetadata().get(name).tableName).sort();
}

const propOf = (meta: EntityMetadata<any>, name: string): EntityProperty<any> | undefined => (meta.properties as Record<string, EntityProperty<any>>)[name];

class Unsupported extends Error {}
const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

/** SQL text with `?` placeholders and its values in order. */
interface Frag {
  sql: string;
  params: unknown[];
}
const raw = (sql: string): Frag => ({ sql, params: [] });
function cat(...parts: (Frag | string)[]): Frag {
  const out: Frag = { sql: '', params: [] };
  for (const p of parts) {
    if (typeof p === 'string') out.sql += p;
    else {
      out.sql += p.sql;
      out.params.push(...p.params);
    }
  }
  return out;
}
const join = (parts: Frag[], sep: string): Frag => cat(...parts.flatMap((p, i) => (i === 0 ? [p] : [sep, p])));
const q = (ident: string) => `"${ident}"`;
const literal = (text: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) unsupported('name');
  return `'${text}'`;
};

/** How the database builds JSON. Every value handed to `object`, `array` or `tuple` is already JSON (`scalar` makes it so). */
interface Dialect {
  /** A column or computed SQL value as a JSON value (null stays null). */
  scalar(expr: Frag): Frag;
  object(pairs: [string, Frag][]): Frag;
  /** A JSON value read from a scalar subquery. */
  embed(sub: Frag): Frag;
  /** JSON array of `value` over the rows of `from`, in `order`; `[]` when none. */
  array(value: Frag, from: Frag, order: string): Frag;
  tuple(values: Frag[]): Frag;
  bool(expr: Frag): Frag;
  least(a: string, b: number): string;
  text(value: string): Frag;
}

const POSTGRES: Dialect = {
  scalar: (expr) => expr,
  object: (pairs) => cat('json_build_object(', join(pairs.map(([k, v]) => cat(`${literal(k)}::text, `, v)), ', '), ')'),
  embed: (sub) => cat('(', sub, ')'),
  array: (value, from, order) => cat(`(select coalesce(json_agg(`, value, ` order by ${order}), '[]'::json) from `, from, ')'),
  tuple: (values) => cat('json_build_array(', join(values, ', '), ')'),
  bool: (expr) => cat('(', expr, ')'),
  least: (a, b) => `least(${a}, ${b})`,
  text: (value) => raw(`${literal(value)}::text`),
};

/**
 * SQLite writes the JSON as text: values through json_quote(), objects and arrays by
 * concatenation. Its JSON functions would re-parse every nested level (a subquery's
 * result loses its JSON subtype, and json() must parse it again).
 */
const SQLITE: Dialect = {
  scalar: (expr) => cat('json_quote(', expr, ')'),
  object: (pairs) => cat(`('{' || `, join(pairs.map(([k, v], i) => cat(`'${i ? ',' : ''}"${literal(k).slice(1, -1)}":' || `, v)), ' || '), ` || '}')`),
  embed: (sub) => cat(`coalesce((`, sub, `), 'null')`),
  array: (value, from, order) => cat(`(select '[' || coalesce(group_concat(`, value, `, ',' order by ${order}), '') || ']' from `, from, ')'),
  tuple: (values) => cat(`('[' || `, join(values, ` || ',' || `), ` || ']')`),
  bool: (expr) => cat(`(case when (`, expr, `) is null then 'null' when (`, expr, `) then 'true' else 'false' end)`),
  least: (a, b) => `min(${a}, ${b})`,
  text: (value) => raw(`'"${literal(value).slice(1, -1)}"'`),
};

/** What to do in JavaScript with a value the database gave (global ids, cursors, timestamps). */
type Fix =
  | { kind: 'leaf'; fn: (v: unknown) => unknown }
  /** `positional`: values computed from an element's place in the list (an edge's offset cursor). */
  | { kind: 'list'; item: Fix | null; positional?: [string, (i: number) => unknown][] }
  | { kind: 'object'; fields: [string, Fix][] };

function applyFix(fix: Fix, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (fix.kind === 'leaf') return fix.fn(value);
  if (fix.kind === 'list') {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      if (fix.positional) for (const [key, at] of fix.positional) (list[i] as Record<string, unknown>)[key] = at(i);
      if (fix.item) list[i] = applyFix(fix.item, list[i]);
    }
    return list;
  }
  const object = value as Record<string, unknown>;
  for (const [key, f] of fix.fields) object[key] = applyFix(f, object[key]);
  return object;
}

const toIso = (v: unknown) => new Date(v as string | number).toISOString();
const keysetCursor = (converters: ((v: unknown) => unknown)[]) => (v: unknown) =>
  Cursor.encode((v as unknown[]).map((x, i) => converters[i]!(x)));

/** One field of the selection, fragments flattened. */
interface Selected {
  key: string;
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
}

interface Scalar {
  column: string;
  kind: Kind_;
}

/** The columns a type's plain fields are, from TypeGraphQL's and MikroORM's metadata. */
function plainFields(schema: GraphQLSchema, em: EntityManager, typeName: string): Map<string, Scalar> {
  const entity = NODE_TYPES[typeName as keyof typeof NODE_TYPES] as unknown as EntityClass<object> | undefined;
  const type = schema.getType(typeName);
  if (!entity || !isObjectType(type)) return new Map();
  const meta = em.getMetadata().get(entity.name) as EntityMetadata<object>;
  const storage = getMetadataStorage();
  const classes: Function[] = [];
  for (let c: Function | null = entity; c && c !== Object; c = Object.getPrototypeOf(c)) classes.push(c);
  const resolved = new Set(storage.fieldResolvers.filter((r) => r.getObjectType && classes.includes(r.getObjectType() as Function)).map((r) => r.schemaName));
  const declared = new Map(storage.fields.filter((f) => classes.includes(f.target)).map((f) => [f.schemaName, f]));
  const out = new Map<string, Scalar>();
  for (const field of Object.values(type.getFields())) {
    const decl = declared.get(field.name);
    if (!decl || resolved.has(field.name) || decl.roles?.length || decl.middlewares?.length) continue;
    const gqlType = getNullableType(field.type);
    if (isListType(gqlType)) continue;
    if (field.name === 'id') continue;
    const prop = propOf(meta, decl.name);
    if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false || prop.formula || prop.fieldNames.length !== 1) continue;
    let kind: Kind_ | null = null;
    if (gqlType === GraphQLBoolean) kind = 'bool';
    else if (gqlType === GraphQLString || gqlType === GraphQLInt || gqlType === GraphQLFloat) kind = 'plain';
    else if (isEnumType(gqlType) && gqlType.getValues().every((v) => v.value === v.name)) kind = 'plain';
    else if (getNamedType(gqlType).name === 'DateTimeISO' && prop.runtimeType === 'Date') kind = 'datetime';
    if (kind === 'plain' && prop.runtimeType === 'Date') kind = null;
    if (kind) out.set(field.name, { column: prop.fieldNames[0]!, kind });
  }
  return out;
}

/** Compiles one operation for one caller; throws `Unsupported` for anything it does not know. */
class Compiler {
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
  ) {
    this.d = isPostgres(em) ? POSTGRES : SQLITE;
  }

  private alias(prefix: string) {
    return `_${prefix}${this.aliases++}`;
  }

  compile(operation: OperationDefinitionNode): { statement: Versioned; keepable: boolean; fix: Fix } {
    const queryType = this.schema.getQueryType()!;
    const pairs: [string, Frag][] = [];
    const fixes: [string, Fix][] = [];
    for (const s of this.collect(queryType, operation.selectionSet)) {
      if (s.field.name === '__typename') {
        pairs.push([s.key, this.d.text(queryType.name)]);
        continue;
      }
      const root = ROOTS[s.field.name] ?? unsupported(`root ${s.field.name}`);
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
    const after = cat(` then null else `, text, ` end as data from ${q('data_version')} ${q('_dv')} where ${q('_dv')}.${q('id')} = 0`);
    return {
      statement: { sql: `${before.sql}?${after.sql}`, before: before.params, after: after.params },
      keepable: readsTrackedOnly(cat(withCtes, object).sql),
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

  private args(s: Selected, allowed: string[]): Record<string, unknown> {
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
    const refs = REFS[type.name] ?? unsupported(`type ${type.name}`);
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
      } else if (LISTS[type.name]?.[name]) {
        const [value, fix] = this.childList(LISTS[type.name]![name]!, s, row);
        pairs.push([s.key, value]);
        if (fix) fixes.push([s.key, fix]);
      } else {
        unsupported(`${type.name}.${name}`);
      }
    }
    if (pairs.length > 50) unsupported('too many fields');
    return [this.d.object(pairs), fixes.length ? { kind: 'object', fields: fixes } : null];
  }

  /** ORDER BY over a numbered derived table's columns, id last. */
  private orderSql(meta: EntityMetadata<object>, orderBy: Order, alias: string): string {
    return Object.entries({ ...orderBy, id: 'asc' })
      .map(([prop, dir]) => {
        const column = propOf(meta, prop)?.fieldNames[0] ?? unsupported('order');
        const direction = String(dir).toLowerCase();
        if (!/^(asc|desc)( nulls (first|last))?$/.test(direction)) unsupported('order');
        return `${q(alias)}.${q(column)} ${direction}`;
      })
      .join(', ');
  }

  /** The filter as SQL through MikroORM's query builder: exactly the rows the resolvers would read. */
  private filtered(entity: EntityClass<object>, where: FilterQuery<object>): Frag {
    const alias = this.alias('s');
    const { sql, bindings } = this.em.createQueryBuilder(entity, alias).select(`${alias}.*`).where(where).getKnexQuery().toSQL();
    return { sql, params: [...bindings] };
  }

  private rootList(spec: RootList, s: Selected): [Frag, Fix | null] {
    if (!authorized(this.viewer, spec.access)) unsupported('not allowed');
    const args = this.args(s, spec.args);
    let list: ReturnType<typeof keysetPage<{ id: number }>>;
    try {
      const where = spec.where(this.em, this.viewer, args) as FilterQuery<{ id: number }>;
      list = keysetPage(this.em, spec.entity, where, args as { first: number; after?: string | null }, spec.orderBy, { page: this.alias('s'), total: this.alias('s') });
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
    const cursorFix: Fix = { kind: 'leaf', fn: keysetCursor(converters) };
    const counts = this.alias('c');
    return this.connection(s, {
      from: (row) => raw(`${q(numbered)} ${q(row)} where ${q(row)}.${q('_n')} <= ${first}`),
      order: (row) => `${q(row)}.${q('_n')}`,
      countsAlias: counts,
      counts: cat(`(select (`, { sql: count.sql, params: [...count.bindings] }, `) as ${q('t')}, (select count(*) from ${q(numbered)}) as ${q('k')}) ${q(counts)}`),
      hasNext: raw(`${q(counts)}.${q('k')} > ${first}`),
      hasPrevious: options.after !== undefined,
      start: cat(this.d.embed(cat('select ', cursorOf('_e'), ` from ${q(numbered)} ${q('_e')} where ${q('_e')}.${q('_n')} = 1`))),
      end: cat(this.d.embed(cat('select ', cursorOf('_e'), ` from ${q(numbered)} ${q('_e')} where ${q('_e')}.${q('_n')} = ${this.d.least(`${q(counts)}.${q('k')}`, first)}`))),
      cursor: cursorOf,
      cursorFix,
      entityType: this.objectTypeOfConnection(s),
    });
  }

  private childList(spec: ChildList, s: Selected, parentRow: string): [Frag, Fix | null] {
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
    // The children of a stand-in parent, whose id is then swapped for the outer row's.
    const rows = this.filtered(spec.entity, { $and: [{ [spec.parent]: STAND_IN_ID }, where] });
    const at = rows.params.findIndex((p) => p === STAND_IN_ID);
    if (at < 0 || rows.params.indexOf(STAND_IN_ID, at + 1) >= 0) unsupported('parent');
    const pieces = rows.sql.split('?');
    if (pieces.length !== rows.params.length + 1) unsupported('placeholders');
    const correlated: Frag = {
      sql: pieces.slice(0, at + 1).join('?') + `${q(parentRow)}.${q('id')}` + pieces.slice(at + 1).join('?'),
      params: rows.params.filter((_, i) => i !== at),
    };
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

function authorized(viewer: Viewer, access: (Role | Scope)[]): boolean {
  try {
    return (authChecker as (data: unknown, roles: unknown[]) => unknown)({ context: { viewer } }, access) === true;
  } catch {
    return false;
  }
}

/** Everything about a caller that tenancy and authorization read. */
function viewerKey(v: Viewer): string {
  if (v.kind === 'anonymous') return 'anonymous';
  if (v.kind === 'token') return `token:${v.academyId}:${[...v.scopes].sort().join(',')}`;
  return `account:${v.account.id}:${v.role}:${v.pending}:${academyOf(v)}:${v.personId}`;
}

/** A plan's statement, the data version beside the answer; its values: `before`, a kept answer's version (or null), `after`. */
interface Versioned {
  sql: string;
  before: unknown[];
  after: unknown[];
}

interface Plan {
  statement: Versioned;
  /** Whether its answer may be kept: every table it reads moves the data version. */
  keepable: boolean;
  fix: Fix;
  /** Set when the database refused the statement as nested too deeply (SQLite's parser stack): left to the resolvers. */
  tooDeep?: boolean;
}

/** Compiled plans (or null: not compilable), per parsed document, then per operation, variables and caller. */
export class SqlPlanner {
  private readonly documents = new WeakMap<DocumentNode, Map<string, Plan | null>>();
  private readonly typeFields = new Map<string, Map<string, Scalar>>();
  private static readonly PER_DOCUMENT = 256;

  constructor(private readonly schema: GraphQLSchema) {}

  plan(em: EntityManager, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown>, viewer: Viewer): Plan | null {
    if (operation.operation !== 'query') return null;
    const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(rawVariables)}\u0000${viewerKey(viewer)}`;
    let known = this.documents.get(document);
    if (known?.has(key)) {
      const plan = known.get(key)!;
      return plan?.tooDeep ? null : plan;
    }
    let plan: Plan | null = null;
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], rawVariables);
    if (!coerced.errors) {
      const fragments = Object.fromEntries(
        document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
      );
      try {
        const compiler = new Compiler(this.schema, em as SqlEntityManager, viewer, coerced.coerced, fragments, (type) => this.fieldsOf(em, type));
        plan = compiler.compile(operation);
      } catch (error) {
        // Anything the planner cannot compile (or any error while compiling: arguments the
        // resolvers will refuse with their own error) is left to the resolvers.
        if (process.env.LINTAS_SQL_PLAN_DEBUG) console.error('sql-plan:', error instanceof Unsupported ? error.message : error);
      }
    }
    if (!known) this.documents.set(document, (known = new Map()));
    if (known.size >= SqlPlanner.PER_DOCUMENT) known.delete(known.keys().next().value!);
    known.set(key, plan);
    return plan;
  }

  private fieldsOf(em: EntityManager, type: string): Map<string, Scalar> {
    let fields = this.typeFields.get(type);
    if (!fields) this.typeFields.set(type, (fields = plainFields(this.schema, em, type)));
    return fields;
  }

  /**
   * Runs a plan: one statement. When `kept` was read at the data version the database holds
   * now, the database only says so and `kept` is the answer; otherwise it builds the answer
   * (as text, whose length is what keeping it costs).
   */
  static async run(em: EntityManager, plan: Plan, kept: Answer | undefined): Promise<{ answer: Answer; reused: boolean }> {
    const { sql, before, after } = plan.statement;
    // The primary, as the resolvers' list reads (findPage, Loaders.children): a caller reads its own writes.
    const rows = await executePrepared<{ version: unknown; data: string | null }>(
      em as SqlEntityManager, sql, [...before, kept?.version ?? null, ...after], 'write',
    );
    const row = rows[0] ?? missingVersion();
    if (row.data === null) return { answer: kept!, reused: true };
    const data = applyFix(plan.fix, JSON.parse(row.data)) as Record<string, unknown>;
    return { answer: { version: String(row.version), data, bytes: row.data.length * 2 }, reused: false };
  }
}

/**
 * Whether every table a statement reads (after FROM or JOIN, MikroORM's and the
 * compiler's; `_`-named ones are the statement's own CTEs) is one whose writes move the
 * data version.
 */
export function readsTrackedOnly(sql: string): boolean {
  for (const m of sql.matchAll(/\b(?:from|join)\s+[`"]?([A-Za-z0-9_]+)[`"]?/gi)) {
    const table = m[1]!;
    if (!table.startsWith('_') && !TRACKED_TABLES.has(table)) return false;
  }
  return true;
}

/** An answer as read at one data version. */
interface Answer {
  version: string;
  data: Record<string, unknown>;
  /** Roughly what it holds in memory. */
  bytes: number;
}

function missingVersion(): never {
  throw new Error('data_version row 0 is missing: the database was not migrated by Lintas (run `pnpm lintas migrate`)');
}

/**
 * Answers a query the planner can compile from one SQL statement, before the resolvers
 * would run. With `cacheBytes`, answers are kept (least recently used first out) and
 * reused while the data version they were read at is current: the request still runs
 * its session, budget and tenancy checks, and one statement that compares versions.
 */
export function sqlPlanPlugin(schema: GraphQLSchema, enabled: boolean, cacheBytes = 0): ApolloServerPlugin<Context> {
  const planner = new SqlPlanner(schema);
  const answers = cacheBytes > 0 ? new LRUCache<Plan, Answer>({ maxSize: cacheBytes, sizeCalculation: (a) => Math.max(1, a.bytes) }) : null;
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, request, contextValue }) {
          if (!enabled) return null;
          const plan = planner.plan(contextValue.em, document, operation, request.variables ?? {}, contextValue.viewer);
          if (!plan) return null;
          const keeping = answers && plan.keepable ? answers : null;
          let data: Record<string, unknown>;
          try {
            const { answer, reused } = await SqlPlanner.run(contextValue.em, plan, keeping?.get(plan));
            if (reused) contextValue.cachedAnswer = true;
            // One larger than the whole cache is not kept (lru-cache refuses it).
            else keeping?.set(plan, answer);
            data = answer.data;
          } catch (error) {
            // SQLite parses with a bounded stack; a deeply nested query is left to the resolvers from now on.
            if (!/parser stack overflow/i.test((error as Error).message)) throw error;
            plan.tooDeep = true;
            return null;
          }
          contextValue.compiledSql = true;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single' as const, singleResult: { data } } };
        },
      };
    },
  };
}
