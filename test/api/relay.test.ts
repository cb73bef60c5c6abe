import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  await server.useAccount(...DEMO.organizerBabel);
});
afterAll(() => server?.stop());

describe('Relay connections', () => {
  it('refuse a page size outside 1–100 with a coded top-level error', async () => {
    for (const first of [0, 101, -1]) {
      const res = await server.gql(`query($first: Int!) { persons(first: $first) { totalCount } }`, { first });
      expect(res.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.INVALID_PAGE_SIZE);
    }
    const nested = await server.gql(`{ cohorts(first: 1) { nodes { enrollments(first: 1000) { totalCount } } } }`);
    expect(nested.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.INVALID_PAGE_SIZE);
  });

  it('walk a whole list page by page, each item once, with the right totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await server.gql(`query($after: String) { cohorts(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code } } } }`, { after });
      const c = res.data.cohorts;
      expect(c.totalCount).toBe(13);
      seen.push(...c.edges.map((e: any) => e.node.code));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(13);
  });

  it('page nested lists the same way', async () => {
    const q = `query($after: String) { cohort(code: "PKP-2026-02") { enrollments(first: 15, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await server.gql(q, { after })).data.cohort.enrollments;
      expect(page.totalCount).toBe(40);
      ids.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });

  it('refuse a cursor that is not theirs', async () => {
    const res = await server.gql(`{ persons(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.INVALID_CURSOR);
  });

  it("refuse another list's cursor with input/invalid-cursor, never server/internal", async () => {
    // Cursors of lists ordered by text, a date, a date-time and a number, each given to the others.
    const lists = {
      persons: 'persons(first: 1, after: $after)',
      cohorts: 'cohorts(first: 1, after: $after)',
      programs: 'programs(first: 1, after: $after)',
      bulkOperations: 'bulkOperations(first: 1, after: $after)',
      apiTokens: 'apiTokens(first: 1, after: $after)',
    };
    const cursors: Record<string, string> = {};
    for (const [name, field] of Object.entries(lists)) {
      const res = await server.gql(`query($after: String) { ${field} { pageInfo { endCursor } } }`, { after: null });
      expect(res.errors).toBeUndefined();
      const end = (res.data as any)[name].pageInfo.endCursor;
      if (end) cursors[name] = end;
    }
    expect(Object.keys(cursors).length).toBeGreaterThanOrEqual(3);
    for (const [name, field] of Object.entries(lists)) {
      // A list's own cursor works.
      if (cursors[name]) expect((await server.gql(`query($after: String) { ${field} { totalCount } }`, { after: cursors[name] })).errors).toBeUndefined();
      for (const [other, cursor] of Object.entries(cursors)) {
        if (other === name) continue;
        const res = await server.gql(`query($after: String) { ${field} { totalCount nodes { id } } }`, { after: cursor });
        expect([name, other, res.status, res.errors?.[0]?.extensions?.code]).toEqual([name, other, 200, ERROR_CODES.INVALID_CURSOR]);
      }
    }
    // Hand-made cursors: wrong arity, wrong value types, not JSON, not an array.
    const made = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
    for (const after of [made(['Budi']), made([1, 2, 3]), made([{ a: 1 }, 1]), made(['Budi', 'x']), made('{"a":1}'), made('[1,'), made([null, null])]) {
      const res = await server.gql(`query($after: String) { persons(first: 1, after: $after) { totalCount } }`, { after });
      expect([after, res.errors?.[0]?.extensions?.code]).toEqual([after, ERROR_CODES.INVALID_CURSOR]);
    }
  });

  it('filter the roster by eselon group, generation and NIP prefix', async () => {
    const all = (await server.gql(`{ persons(first: 1) { totalCount } }`)).data.persons.totalCount;
    const leaders = (await server.gql(`{ persons(first: 100, filter: { eselonGroups: [I, II] }) { totalCount nodes { eselonGroup } } }`)).data.persons;
    expect(leaders.totalCount).toBeGreaterThan(0);
    expect(leaders.totalCount).toBeLessThan(all / 50);
    expect(new Set(leaders.nodes.map((n: any) => n.eselonGroup))).toEqual(new Set(['I', 'II']));
    const genZ = (await server.gql(`{ persons(first: 100, filter: { generations: [GEN_Z] }) { nodes { birthDate generation } } }`)).data.persons.nodes;
    for (const p of genZ) expect(Number(p.birthDate.slice(0, 4))).toBeGreaterThanOrEqual(1995);
    const one = (await server.gql(`{ persons(first: 1) { nodes { nip } } }`)).data.persons.nodes[0];
    const byPrefix = (await server.gql(`query($s: String) { persons(first: 100, filter: { search: $s }) { nodes { nip } } }`, { s: one.nip.slice(0, 12) })).data.persons.nodes;
    expect(byPrefix.map((p: any) => p.nip)).toContain(one.nip);
    for (const p of byPrefix) expect(p.nip.startsWith(one.nip.slice(0, 12))).toBe(true);
  });
});

describe('global object identification', () => {
  it('fetches any object by its id through node, and null for unknown ids', async () => {
    const c = (await server.gql(`{ cohorts(first: 1) { nodes { id code } } }`)).data.cohorts.nodes[0];
    const res = await server.gql(`query($id: ID!) { node(id: $id) { __typename id ... on Cohort { code } } }`, { id: c.id });
    expect(res.data.node).toEqual({ __typename: 'Cohort', id: c.id, code: c.code });
    for (const id of ['garbage', Buffer.from('Cohort:987654').toString('base64url'), Buffer.from('Nope:1').toString('base64url')]) {
      expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
    }
  });
});

describe('nodes', () => {
  it('fetches many objects of several types in order, null for the unknown, one query per type', async () => {
    const c = (await server.gql(`{ cohorts(first: 2) { nodes { id } } persons(first: 1) { nodes { id } } }`)).data;
    const ids = [c.cohorts.nodes[0].id, 'garbage', c.persons.nodes[0].id, c.cohorts.nodes[1].id, Buffer.from('Cohort:987654').toString('base64url')];
    const res = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(res.data.nodes.map((n: any) => n?.id ?? null)).toEqual([ids[0], null, ids[2], ids[3], null]);
    const one = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids.slice(0, 1) });
    expect(res.extensions!.sqlStatements! - one.extensions!.sqlStatements!).toBe(1);
  });
});

describe('HTTP', () => {
  it('answers /healthz when the database is reachable', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('serves queries over GET, but never mutations', async () => {
    const q = encodeURIComponent('{ cohorts(first: 1) { totalCount } }');
    const ok = await fetch(`${server.url}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true', ...server.headers } });
    expect(((await ok.json()) as any).data.cohorts.totalCount).toBe(13);
    const m = encodeURIComponent('mutation { importPersons(csv: "", dryRun: true) { dryRun } }');
    const refused = await fetch(`${server.url}/graphql?query=${m}`, { headers: { 'apollo-require-preflight': 'true', ...server.headers } });
    expect(refused.status).toBe(405);
  });

  it('refuses a simple cross-site POST (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ cohorts(first: 1) { totalCount } }' }) });
    expect(res.status).toBe(400);
  });
});
