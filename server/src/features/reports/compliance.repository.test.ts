import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable } from '../../../../test/support/postgres.js';
import { rulesDb, type RulesDb } from '../../../../test/support/rules-db.js';
import { jpShortfall, jpShortfallCount, jpShortfallPages } from './compliance.repository.js';

/** The export's page-at-a-time list below 20 JP is the GraphQL list, whole, in the same order. */
function suite(dialect: 'sqlite' | 'postgresql') {
  let db: RulesDb;
  let academyId: number;

  beforeAll(async () => {
    db = await rulesDb(dialect);
    const em = db.orm.em.fork();
    const [agency] = (await em.getConnection().execute('select id, academy_id from agency', [], 'all')) as { id: number; academy_id: number }[];
    academyId = Number(agency!.academy_id);
    // Namesakes: the keyset must break ties on the id, never skip or repeat one of them.
    for (let i = 0; i < 5; i++) {
      await em.getConnection().execute(
        `insert into person (nip, name, employment_type, position_type, eselon_group, agency_id, birth_date, created_at, updated_at)
         values (?, 'Orang 4', 'PNS', 'PELAKSANA', 'PELAKSANA', ?, '1990-01-01', ?, ?)`,
        [`19900101201501101${i}`, agency!.id, em.getPlatform().processDateProperty(new Date()), em.getPlatform().processDateProperty(new Date())], 'run');
    }
  }, 120_000);
  afterAll(async () => db?.close());

  for (const size of [1, 2, 3, 100]) {
    it(`pages of ${size} give the whole list, in order, with its count`, async () => {
      const em = db.orm.em.fork();
      for (const scope of [{}, { academyId }]) {
        const whole = await jpShortfall(em, scope, 2026, Number.MAX_SAFE_INTEGER, 0);
        const paged: { id: number; jp: number }[] = [];
        for await (const page of jpShortfallPages(em, scope, 2026, size)) {
          expect(page.length).toBeLessThanOrEqual(size);
          paged.push(...page);
        }
        expect(paged).toEqual(whole.rows);
        expect(await jpShortfallCount(em, scope, 2026)).toBe(whole.total);
        // Nobody of the small roster earned 20 JP in the year: all 14 people (9 and the 5 namesakes) are listed.
        expect(whole.total).toBe(14);
      }
    });
  }
}

describe('list below 20 JP by pages, SQLite', () => suite('sqlite'));
describe.runIf(postgresAvailable())('list below 20 JP by pages, PostgreSQL', () => suite('postgresql'));
