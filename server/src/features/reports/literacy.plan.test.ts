import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesDb, type RulesDb } from '../../../../test/support/rules-db.js';
import { literacySql } from './compliance.repository.js';

/**
 * On SQLite the literate of `literacyTarget` are counted from each person's latest score,
 * probing the person by id. The other way round (every person of the roster, each probing an
 * automatic index of the scores) answers the same, 1.8 × slower at 1,000,000 people
 * (test/bench/RESULTS.md), and grows with the roster rather than with the scores.
 */
describe('literacy report plan on SQLite', () => {
  let db: RulesDb;
  beforeAll(async () => {
    db = await rulesDb('sqlite');
  });
  afterAll(() => db?.close());

  it('reads the scores first and each person by id, for the national roster', async () => {
    const em = db.orm.em.fork();
    const { sql, bindings } = literacySql(em, {}, [2025, 2026]);
    const plan = (await em.getConnection().execute(`explain query plan ${sql}`, bindings, 'all')) as { id: number; parent: number; detail: string }[];
    // The steps of the `literate` CTE: under its MATERIALIZE node, the co-routines aside.
    const literate = plan.find((p) => p.detail === 'MATERIALIZE literate')!;
    const steps = plan.filter((p) => p.parent === literate.id).map((p) => p.detail);
    expect(steps.findIndex((d) => /^SCAN ranked/.test(d))).toBeGreaterThanOrEqual(0);
    expect(steps.findIndex((d) => /^SEARCH p USING INTEGER PRIMARY KEY/.test(d))).toBeGreaterThan(steps.findIndex((d) => /^SCAN ranked/.test(d)));
    expect(steps.some((d) => /^SCAN p\b/.test(d))).toBe(false);
  });
});
