import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  astFromValue, buildSchema, getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType,
  isNonNullType, isObjectType, print, GraphQLBoolean, GraphQLInt, type GraphQLField, type GraphQLInputType, type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Queries drawn from the committed SDL (server/schema.graphql) for the generated-query
 * equivalence test: fields, to-one relations, child connections with their arguments,
 * connection pieces, aliases, fragments, page sizes, filters and cursors.
 */
export const schema: GraphQLSchema = buildSchema(readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8'));

/**
 * The lists the compiler declares: root lists (fields of Query) and child lists per type.
 * The test states them (test/api/generated-queries.test.ts); everything else is read from
 * the schema or asked of the running compiler.
 */
export interface CompiledLists {
  roots: string[];
  children: Record<string, string[]>;
}

type Field = GraphQLField<unknown, unknown>;

/** The item type of a Relay connection type, or null. */
export function connectionItem(field: Field): GraphQLObjectType | null {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return null;
  const f = type.getFields();
  if (!f.nodes || !f.edges || !f.pageInfo || !f.totalCount) return null;
  const item = getNamedType(f.nodes.type);
  return isObjectType(item) ? item : null;
}

const fieldsOf = (type: GraphQLObjectType) => Object.values(type.getFields());
const requiredArgs = (f: Field) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
/** Scalar and enum fields that need no argument. */
export const leavesOf = (type: GraphQLObjectType) => fieldsOf(type).filter((f) => isLeafType(getNamedType(f.type)) && !requiredArgs(f));
/** Object fields that are not connections (to-one relations, and lists of objects such as `eselonMix`). */
export const refsOf = (type: GraphQLObjectType) =>
  fieldsOf(type).filter((f) => isObjectType(getNamedType(f.type)) && !connectionItem(f) && !requiredArgs(f));
export const connectionsOf = (type: GraphQLObjectType) => fieldsOf(type).filter((f) => connectionItem(f));

/** Which leaves and relations of each type the running compiler compiles (asked field by field). */
export interface Coverage {
  leaves: Map<string, Set<string>>;
  refs: Map<string, Set<string>>;
}

/** Values the arguments are drawn from, read from the demo data by the resolvers. */
export interface Pools {
  /** Real cursors per list (`Query.cohorts`, `Cohort.enrollments`…), from first answers' pageInfo and edges. */
  cursors: Map<string, string[]>;
  /** Ids per relation name (`academy`, `program`, `agency`…): a filter's `<name>Id` draws from them. */
  ids: Map<string, string[]>;
  /** Search strings that match demo data (and some that match nothing). */
  search: string[];
  dates: string[];
}

export const offsetCursor = (n: number) => Buffer.from(`o:${n}`).toString('base64url');

/** Page sizes: mostly small valid ones, some large, a few the resolvers refuse. */
const pageSize = (root: boolean) =>
  fc.oneof(
    { weight: 60, arbitrary: fc.integer({ min: 1, max: root ? 8 : 4 }) },
    { weight: 2, arbitrary: fc.integer({ min: root ? 9 : 5, max: root ? 100 : 10 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 101) },
  );

/** An argument: left out, given as a literal, or given through a variable. */
type Arg = { name: string; type: GraphQLInputType; value: unknown; asVariable: boolean };
interface Sel {
  name: string;
  /** `Parent.field`, for a list. */
  list?: string;
  alias?: string;
  args?: Arg[];
  set?: SelSet;
}
interface SelSet {
  type: string;
  items: Sel[];
  /** How the items from `split` on are written: directly, in an inline fragment on the type or one of its interfaces, or in a named fragment. */
  wrap: 'none' | 'inline' | 'interface' | 'named';
  split: number;
}

export interface Drawn {
  query: string;
  variables: Record<string, unknown>;
  /** Every argument given, by list (`Query.cohorts`, `Cohort.enrollments`…), however it was written. */
  args: { list: string; name: string; value: unknown }[];
}

export class QueryArbitraries {
  /** Arbitraries already built, by what and level. */
  private readonly memo = new Map<string, fc.Arbitrary<unknown>>();

  constructor(
    private readonly lists: CompiledLists,
    private readonly coverage: Coverage,
    private readonly pools: Pools,
    /**
     * Deepest level of a field, fragments counted as a level as GraphQL Armor does (it
     * refuses more than 10, and counts a little more than this): a few drawn queries go over.
     */
    private readonly maxLevel = 8,
  ) {}

  private memoized<T>(key: string, build: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
    let arb = this.memo.get(key) as fc.Arbitrary<T> | undefined;
    if (!arb) this.memo.set(key, (arb = build()));
    return arb;
  }

  /** One operation: one to three root lists, sometimes `__typename`; `open` draws from every field, not only compiled ones. */
  query(): fc.Arbitrary<Drawn> {
    const query = schema.getQueryType()!;
    const roots = this.lists.roots.map((name) => query.getFields()[name]!);
    // A fifth of the queries are open: those mostly leave the compiler (a field with its own resolver).
    return fc.tuple(fc.constantFrom(false, false, false, false, true), this.wrap()).chain(([open, [wrap, split]]) =>
      fc.tuple(
        fc.constantFrom(1, 1, 1, 1, 1, 1, 2, 2, 2, 3).chain((n) => fc.array(fc.constantFrom(...roots), { minLength: n, maxLength: n }))
          .chain((picked) => fc.tuple(...picked.map((f) => this.connection(query, f, wrap === 'none' ? 1 : 2, open)))),
        fc.boolean(),
      ).map(([items, typename]) => render({ type: query.name, items: dedupe(typename ? [{ name: '__typename' }, ...items] : items), wrap, split })),
    );
  }

  /** How a selection set is written; a fragment adds a level. */
  private wrap(): fc.Arbitrary<[SelSet['wrap'], number]> {
    return fc.tuple(
      fc.constantFrom<SelSet['wrap']>('none', 'none', 'none', 'none', 'none', 'inline', 'interface', 'named'),
      fc.integer({ min: 0, max: 3 }),
    );
  }

  /** A connection field of `parent` at `level`: its arguments and a subset of its pieces. */
  private connection(parent: GraphQLObjectType, field: Field, level: number, open: boolean): fc.Arbitrary<Sel> {
    return this.memoized(`conn ${parent.name}.${field.name} ${level} ${open}`, () => {
      const item = connectionItem(field)!;
      const conn = getNamedType(field.type) as GraphQLObjectType;
      const pageInfo = getNamedType(conn.getFields().pageInfo!.type) as GraphQLObjectType;
      const edge = getNamedType(conn.getFields().edges!.type) as GraphQLObjectType;
      const listKey = `${parent.name}.${field.name}`;
      const pieces = (at: number) => {
        const all: fc.Arbitrary<Sel>[] = [
          fc.constant({ name: 'totalCount' }),
          fc.constant({ name: '__typename' }),
          fc.subarray(['__typename', ...leavesOf(pageInfo).map((f) => f.name)], { minLength: 1 }).map((names) => ({
            name: 'pageInfo', set: { type: pageInfo.name, items: names.map((name) => ({ name })), wrap: 'none', split: 0 },
          })),
        ];
        // Pieces at `at`: nodes' fields one level below, edges' nodes' two.
        if (at + 1 <= this.maxLevel) all.push(this.objectSet(item, at + 1, open).map((set) => ({ name: 'nodes', set })));
        if (at + 2 <= this.maxLevel) {
          all.push(fc.tuple(fc.subarray(['__typename', 'cursor', 'node'], { minLength: 1 }), this.objectSet(item, at + 2, open)).map(([names, node]) => ({
            name: 'edges', set: { type: edge.name, items: names.map((name) => (name === 'node' ? { name, set: node } : { name })), wrap: 'none', split: 0 },
          })));
        }
        return fc.subarray(all, { minLength: 1 }).chain((ps) => fc.tuple(...ps));
      };
      return fc.tuple(
        fc.tuple(...field.args.map((arg) => this.argument(listKey, arg.name, arg.type, parent !== schema.getQueryType()))),
        this.wrap().chain(([wrap, split]) => pieces(level + (wrap === 'none' ? 1 : 2)).map((items) => ({ type: conn.name, items: dedupe(items), wrap, split }))),
      ).map(([args, set]): Sel => ({ name: field.name, list: listKey, args: args.filter((a): a is Arg => a !== null), set }));
    });
  }

  /** A selection on an object type, its fields at `level` (or one more, in a fragment): leaves, relations and child lists, as the level allows. */
  private objectSet(type: GraphQLObjectType, level: number, open: boolean): fc.Arbitrary<SelSet> {
    return this.memoized(`set ${type.name} ${level} ${open}`, () => {
      const compiledLeaves = this.coverage.leaves.get(type.name) ?? new Set<string>();
      const compiledRefs = this.coverage.refs.get(type.name) ?? new Set<string>();
      const leaves = [...leavesOf(type).map((f) => f.name).filter((n) => open || compiledLeaves.has(n)), '__typename'];
      const items = (at: number) => {
        const refs = at + 1 <= this.maxLevel ? refsOf(type).filter((f) => open || compiledRefs.has(f.name)) : [];
        const children = at + 2 <= this.maxLevel ? connectionsOf(type).filter((f) => open || this.lists.children[type.name]?.includes(f.name)) : [];
        const related: fc.Arbitrary<Sel>[] = [
          ...refs.map((f) => this.objectSet(getNamedType(f.type) as GraphQLObjectType, at + 1, open).map((set) => ({ name: f.name, set }))),
          ...children.map((f) => this.connection(type, f, at, open)),
        ];
        return fc.tuple(
          fc.subarray(leaves, { minLength: 1, maxLength: Math.min(5, leaves.length) }),
          related.length ? fc.array(fc.oneof(...related), { maxLength: at <= 4 ? 2 : 1 }) : fc.constant([]),
        ).map(([names, rel]) => dedupe([...names.map((name) => ({ name })), ...rel]));
      };
      return this.wrap().chain(([wrap, split]) => items(level + (wrap === 'none' ? 0 : 1)).map((list): SelSet => ({ type: type.name, items: list, wrap, split })));
    });
  }

  /** One argument of a list field, or null when left out. */
  private argument(listKey: string, name: string, type: GraphQLInputType, child: boolean): fc.Arbitrary<Arg | null> {
    let value: fc.Arbitrary<unknown>;
    if (name === 'first') value = pageSize(!child);
    else if (name === 'after') value = this.cursor(listKey);
    else value = this.inputValue(name, type);
    const given = value.chain((v) => fc.boolean().map((asVariable) => ({ name, type, value: v, asVariable })));
    if (isNonNullType(type)) return given;
    return fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: given }, { weight: 1, arbitrary: fc.boolean().map((asVariable) => ({ name, type, value: null, asVariable })) });
  }

  /** Real cursors of this list, offset cursors, another list's cursors, and a few broken ones. */
  private cursor(listKey: string): fc.Arbitrary<string> {
    const own = this.pools.cursors.get(listKey) ?? [];
    const others = [...this.pools.cursors].filter(([k]) => k !== listKey).flatMap(([, c]) => c);
    return fc.oneof(
      ...(own.length ? [{ weight: 30, arbitrary: fc.constantFrom(...own) }] : []),
      { weight: 3, arbitrary: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(99, 800, 100_000)).map(offsetCursor) },
      ...(others.length ? [{ weight: 1, arbitrary: fc.constantFrom(...others) }] : []),
      { weight: 1, arbitrary: fc.constantFrom('bm9wZQ', '', 'o:1', offsetCursor(-1), Buffer.from('k:[]').toString('base64url')) },
    );
  }

  /** A value of an input type: enums, booleans, input objects from their fields, strings and ids from the pools by name. */
  private inputValue(name: string, type: GraphQLInputType): fc.Arbitrary<unknown> {
    const t = getNullableType(type) as GraphQLInputType;
    if (isListType(t)) {
      const of = getNamedType(t);
      if (isEnumType(of)) return fc.subarray(of.getValues().map((v) => v.name), { maxLength: 3 });
      return fc.array(this.inputValue(name, t.ofType), { maxLength: 2 });
    }
    if (isEnumType(t)) return fc.constantFrom(...t.getValues().map((v) => v.name));
    if (t === GraphQLBoolean) return fc.boolean();
    if (t === GraphQLInt) return fc.integer({ min: -1, max: 20 });
    if (isInputObjectType(t)) {
      const fields = Object.values(t.getFields());
      return fc.subarray(fields, { maxLength: 2 }).chain((picked) => fc.tuple(...picked.map((f) => this.inputValue(f.name, f.type))).map((values) =>
        Object.fromEntries(picked.map((f, i) => [f.name, values[i]])),
      ));
    }
    const ids = name.endsWith('Id') ? this.pools.ids.get(name.slice(0, -2)) : undefined;
    if (ids?.length) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom('bm9wZQ', 'QWNhZGVteTox', '') });
    if (name === 'search') return fc.constantFrom(...this.pools.search);
    if (/^(from|to|.*Date)$/.test(name)) return fc.constantFrom(...this.pools.dates);
    return fc.constantFrom('a', '', 'tidak-ada');
  }
}

/** The same key twice in one selection: later ones get an alias (and some others get one anyway, by their place). */
function dedupe(items: Sel[]): Sel[] {
  const seen = new Set<string>();
  return items.map((s, i) => {
    let key = s.name;
    if (seen.has(key) || (s.set && i % 3 === 2)) key = `${s.name}_${i}`;
    seen.add(key);
    return key === s.name ? s : { ...s, alias: key };
  });
}

/** Prints the drawn selection as an operation with its variables and fragments. */
function render(root: SelSet): Drawn {
  const variables: Record<string, unknown> = {};
  const given: Drawn['args'] = [];
  const declarations: string[] = [];
  const fragments: string[] = [];
  const setText = (set: SelSet): string => {
    const parts = set.items.map(selText);
    const split = Math.min(set.split, parts.length - 1);
    const inner = parts.slice(split).join(' ');
    if (set.wrap === 'none' || split >= parts.length) return `{ ${parts.join(' ')} }`;
    const type = schema.getType(set.type) as GraphQLObjectType;
    let wrapped: string;
    if (set.wrap === 'named') {
      const name = `F${fragments.length}`;
      fragments.push(`fragment ${name} on ${set.type} { ${inner} }`);
      wrapped = `...${name}`;
    } else {
      const iface = set.wrap === 'interface' ? type.getInterfaces().find((i) => set.items.slice(split).every((s) => s.name === '__typename' || i.getFields()[s.name])) : undefined;
      wrapped = `... on ${iface?.name ?? set.type} { ${inner} }`;
    }
    return `{ ${[...parts.slice(0, split), wrapped].join(' ')} }`;
  };
  const selText = (s: Sel): string => {
    const args = (s.args ?? []).map((a) => {
      given.push({ list: s.list!, name: a.name, value: a.value });
      if (!a.asVariable) return `${a.name}: ${a.value === null ? 'null' : print(astFromValue(a.value, a.type)!)}`;
      const v = `v${declarations.length}`;
      declarations.push(`$${v}: ${String(a.type)}`);
      variables[v] = a.value;
      return `${a.name}: $${v}`;
    });
    return `${s.alias ? `${s.alias}: ` : ''}${s.name}${args.length ? `(${args.join(', ')})` : ''}${s.set ? ` ${setText(s.set)}` : ''}`;
  };
  const body = setText(root);
  const head = declarations.length ? `query(${declarations.join(', ')}) ` : '';
  return { query: [`${head}${body}`, ...fragments].join('\n'), variables, args: given };
}
