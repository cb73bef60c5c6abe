import { getNamedType, GraphQLString, type GraphQLObjectType } from 'graphql';
import type { Client, GqlResult, RunningServer } from './server.js';
import { connectionItem, leavesOf, offsetCursor, refsOf, schema, type CompiledLists, type Coverage, type Pools } from './query-gen.js';

/** One answer as sent: status, the body's bytes without `extensions` (which say how it was answered), and those extensions. */
export interface RawAnswer {
  status: number;
  body: string;
  extensions: { compiledSql?: boolean; cachedAnswer?: boolean } & Record<string, unknown>;
}

/** POSTs an operation to `server` with `caller`'s headers and keeps the body's bytes. */
export async function ask(server: RunningServer, caller: Client, query: string, variables?: Record<string, unknown>): Promise<RawAnswer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...caller.headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  // Apollo writes `extensions` last (and a newline after the body): cut it off the text, so the rest is compared as sent.
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON: compared as it is */
  }
  const keys = parsed && typeof parsed === 'object' ? Object.keys(parsed) : [];
  const at = text.lastIndexOf(',"extensions":');
  if (keys.at(-1) !== 'extensions' || at < 0) return { status: res.status, body: text, extensions: {} };
  const end = text.trimEnd().length - 1;
  return { status: res.status, body: `${text.slice(0, at)}${text.slice(end)}`, extensions: parsed!.extensions as RawAnswer['extensions'] };
}

/**
 * Which plain fields and relations of each type reachable from the compiled lists the
 * compiling server compiles, asked one field at a time as `caller` (who may read every list).
 */
export async function probeCoverage(lists: CompiledLists, server: RunningServer, caller: Client): Promise<Coverage> {
  const coverage: Coverage = { leaves: new Map(), refs: new Map() };
  const compiles = async (query: string) => (await ask(server, caller, query)).extensions.compiledSql === true;
  const query = schema.getQueryType()!;
  const queue: [GraphQLObjectType, (inner: string) => string][] = lists.roots.map((name) => [
    connectionItem(query.getFields()[name]!)!, (inner) => `{ ${name}(first: 1) { nodes { ${inner} } } }`,
  ]);
  while (queue.length) {
    const [type, wrap] = queue.shift()!;
    if (coverage.leaves.has(type.name)) continue;
    const leaves = new Set<string>();
    const refs = new Set<string>();
    coverage.leaves.set(type.name, leaves);
    coverage.refs.set(type.name, refs);
    await Promise.all(leavesOf(type).map(async (f) => (await compiles(wrap(f.name))) && leaves.add(f.name)));
    for (const f of refsOf(type)) {
      if (!(await compiles(wrap(`${f.name} { __typename }`)))) continue;
      refs.add(f.name);
      queue.push([getNamedType(f.type) as GraphQLObjectType, (inner) => wrap(`${f.name} { ${inner} }`)]);
    }
    for (const name of lists.children[type.name] ?? []) {
      queue.push([connectionItem(type.getFields()[name]!)!, (inner) => wrap(`${name}(first: 1) { nodes { ${inner} } }`)]);
    }
  }
  return coverage;
}

/**
 * Cursors, ids, search strings and dates from the demo data, read from the resolvers'
 * server as `caller`: each compiled list's first pages (their end cursors and edges'
 * cursors), the ids of its items' relations, and its string fields.
 */
export async function harvestPools(lists: CompiledLists, server: RunningServer, caller: Client, coverage: Coverage): Promise<Pools> {
  const pools: Pools = { cursors: new Map(), ids: new Map(), search: [], dates: [] };
  const add = <T>(map: Map<string, T[]>, key: string, value: T | null | undefined) => {
    if (value === null || value === undefined) return;
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  const strings = new Set<string>();
  const query = schema.getQueryType()!;
  for (const name of lists.roots) {
    const type = connectionItem(query.getFields()[name]!)!;
    const leaves = leavesOf(type).filter((f) => getNamedType(f.type) === GraphQLString && coverage.leaves.get(type.name)?.has(f.name)).map((f) => f.name);
    const refs = refsOf(type).filter((f) => coverage.refs.get(type.name)?.has(f.name) && (getNamedType(f.type) as GraphQLObjectType).getFields().id);
    const children = lists.children[type.name] ?? [];
    const item = `${leaves.join(' ')} ${refs.map((f) => `${f.name} { id }`).join(' ')} ${children.map((c) => `${c}(first: 2) { pageInfo { endCursor } edges { cursor } }`).join(' ')}`;
    let after: string | null = null;
    for (const first of [3, 1, 5, 25]) {
      const res: GqlResult<any> = await caller.gql(`query($after: String) { ${name}(first: ${first}, after: $after) { pageInfo { endCursor } edges { cursor node { ${item} } } } }`, { after });
      const page: any = res.data?.[name];
      if (!page) throw new Error(`harvest ${name}: ${JSON.stringify(res.errors)}`);
      add(pools.cursors, `${query.name}.${name}`, page.pageInfo.endCursor);
      for (const edge of page.edges.slice(0, 4)) add(pools.cursors, `${query.name}.${name}`, edge.cursor);
      for (const edge of page.edges) {
        for (const leaf of leaves) if (typeof edge.node[leaf] === 'string') (/Date$/.test(leaf) ? pools.dates.push(edge.node[leaf]) : strings.add(edge.node[leaf]));
        for (const ref of refs) add(pools.ids, ref.name, edge.node[ref.name]?.id);
        for (const child of children) {
          add(pools.cursors, `${type.name}.${child}`, edge.node[child].pageInfo.endCursor);
          for (const e of edge.node[child].edges) add(pools.cursors, `${type.name}.${child}`, e.cursor);
        }
      }
      after = page.pageInfo.endCursor;
    }
  }
  // Whole values, their beginnings and middles (in another case), and strings that match nothing or are LIKE's wildcards.
  const found = [...strings].slice(0, 40);
  pools.search = [
    ...found.slice(0, 10),
    ...found.map((s) => s.slice(0, 4).toLowerCase()),
    ...found.map((s) => s.slice(2, 5).toUpperCase()),
    'tidak-ada-ini', '%', '_', "'", '\\', ' ', '', 'ä',
  ];
  pools.dates = [...new Set([...pools.dates.slice(0, 6), '2026-01-01', '2026-12-31', '2027-01-01', '2026-13-45', ''])];
  for (const [key, cursors] of pools.cursors) pools.cursors.set(key, cursors.slice(0, 30));
  if (!pools.cursors.size) pools.cursors.set('none', [offsetCursor(1)]);
  return pools;
}
