import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesDb, type RulesDb } from '../../../../test/support/rules-db.js';
import type { Viewer } from '../../graphql/viewer.js';
import { searchStatements } from './knowledge.search.js';

/**
 * On SQLite the full-text match must drive the search: the FTS5 table is the outer loop and
 * each match probes its item by id. The other way round (the academy's items, each running
 * the match) answers the same, a hundred times slower at 20,000 items (test/bench/RESULTS.md).
 */
describe('knowledge search plan on SQLite', () => {
  let db: RulesDb;
  beforeAll(async () => {
    db = await rulesDb('sqlite');
  });
  afterAll(() => db?.close());

  const organizer = { kind: 'account', account: { id: 0, name: 'uji' }, role: 'ORGANIZER', academyId: 1, personId: null, sessionId: 0, pending: null } as unknown as Viewer;

  it('scans the full-text index first, for the count and for the page', async () => {
    const em = db.orm.em.fork();
    const { count, page } = searchStatements(em, organizer, { first: 20, search: 'kepemimpinan "transformasi digital"', filter: { kinds: ['BEST_PRACTICE'] } }, 0, 21);
    for (const s of [count, page]) {
      const plan = (await em.getConnection().execute(`explain query plan ${s.sql}`, s.bind, 'all')) as { detail: string }[];
      expect(plan[0]!.detail).toMatch(/^SCAN knowledge_search VIRTUAL TABLE/);
      expect(plan[1]!.detail).toMatch(/^SEARCH k USING INTEGER PRIMARY KEY/);
    }
  });
});
