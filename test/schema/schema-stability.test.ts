import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareSchemas, describeChange, findBaseline } from './schema-compat.js';
import { REQUIRE_ALL } from '../support/requirements.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

const BEFORE = /* GraphQL */ `
  type Query {
    persons(first: Int!): [Person!]!
    oldReport: Int @deprecated(reason: "Use participationByEselon; removed after 2027-06.")
    vague: Int @deprecated
  }
  type Person {
    name: String!
    nip: String!
    legacyCode: String @deprecated(reason: "Use nip.")
  }
  type Retired { x: Int }
  type Holder {
    retired: Retired @deprecated(reason: "Nothing replaces it.")
  }
  enum Status { OPEN CLOSED ARCHIVED @deprecated(reason: "Use CLOSED.") }
  input Filter { name: String, legacy: String @deprecated(reason: "Use name.") }
`;

describe('schema compatibility check', () => {
  it('refuses removing or changing an element that was not deprecated first', async () => {
    const after = BEFORE.replace('nip: String!', '').replace('persons(first: Int!): [Person!]!', 'persons(first: Int!, after: String!): [Person!]!')
      .replace('OPEN CLOSED', 'CLOSED');
    const r = await compareSchemas(BEFORE, after);
    expect(r.refused.map((c) => c.path).sort()).toEqual(['Query.persons.after', 'Status.OPEN', 'Person.nip'].sort());
    expect(r.announced).toEqual([]);
  });

  it('lets an element go once it was deprecated with a reason, and a type once every use was', async () => {
    const after = BEFORE.replace(/ *oldReport: .*\n/, '').replace(/ *legacyCode: .*\n/, '').replace(' ARCHIVED @deprecated(reason: "Use CLOSED.")', '')
      .replace(', legacy: String @deprecated(reason: "Use name.")', '')
      .replace(/ *retired: Retired .*\n/, '  current: Int\n').replace('type Retired { x: Int }', '');
    const r = await compareSchemas(BEFORE, after);
    expect(r.refused.map(describeChange)).toEqual([]);
    expect(r.announced.map((c) => c.path).sort()).toEqual(
      ['Filter.legacy', 'Holder.retired', 'Person.legacyCode', 'Query.oldReport', 'Retired', 'Status.ARCHIVED'].sort(),
    );
  });

  it('does not count a bare @deprecated without a reason as an announcement', async () => {
    const r = await compareSchemas(BEFORE, BEFORE.replace(/ *vague: .*\n/, ''));
    expect(r.refused.map((c) => c.path)).toEqual(['Query.vague']);
  });

  it('accepts additions and new descriptions', async () => {
    const after = BEFORE.replace('type Person {', '"A civil servant (ASN)."\ntype Person {\n  "Generation from the birth year."\n  generation: String')
      .replace('persons(first: Int!)', 'persons(first: Int!, search: String)');
    const r = await compareSchemas(BEFORE, after);
    expect(r.refused).toEqual([]);
    expect(r.announced).toEqual([]);
    expect(r.safe.length).toBeGreaterThanOrEqual(3);
  });
});

describe('server/schema.graphql against the previous commit of main', () => {
  it('has no breaking change that was not announced with @deprecated(reason:) first', async () => {
    const baseline = findBaseline(REPO);
    if (baseline.kind !== 'found') {
      const msg = `schema stability check SKIPPED: ${baseline.reason}; no previous server/schema.graphql to compare with.`;
      // Only a previous version that exists but cannot be read is a failure under LINTAS_REQUIRE_ALL:
      // with no previous version at all, nothing can have broken.
      if (baseline.kind === 'unavailable' && REQUIRE_ALL) throw new Error(msg);
      console.warn(`\n*** ${msg}\n`);
      return;
    }
    const current = readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8');
    const r = await compareSchemas(baseline.sdl, current);
    console.log(`schema compared with ${baseline.ref.slice(0, 10)} (${baseline.how}): ${r.safe.length} safe, ${r.dangerous.length} dangerous, `
      + `${r.announced.length} announced breaking, ${r.refused.length} refused`);
    for (const c of r.dangerous) console.warn(`schema: dangerous: ${describeChange(c)}`);
    expect(r.refused.map(describeChange), 'breaking changes: deprecate with @deprecated(reason: "…") first and remove in a later change').toEqual([]);
  });
});
