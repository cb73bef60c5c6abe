import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ESELON_GROUPS, type EnrollmentStatus } from '@lintas/shared';
import { postgresAvailable } from '../../../../test/support/postgres.js';
import { PEOPLE, rulesDb, type RulesDb } from '../../../../test/support/rules-db.js';
import { Enrollment } from './enrollment.entity.js';
import {
  completedSql, completedWhere, countSeated, isCompleted, isEligible, isSeated, seatedOf, seatedPersonIds, seatedSql, seatedWhere, whereSeated,
} from './enrollment.rules.js';

/** Each form of a rule picks the same enrolments of a real database as its JS predicate. */
function suite(dialect: 'sqlite' | 'postgresql') {
  let db: RulesDb;
  let em: SqlEntityManager;
  let all: { id: number; person_id: number; status: EnrollmentStatus }[];
  const ids = (rows: { id: number | string }[]) => rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  const jsIds = (pred: (s: EnrollmentStatus) => boolean) => ids(all.filter((e) => pred(e.status)));

  beforeAll(async () => {
    db = await rulesDb(dialect);
    em = db.orm.em.fork() as SqlEntityManager;
    all = (await em.getKnex()('enrollment').select('id', 'person_id', 'status')).map((r) => ({ ...r, id: Number(r.id), person_id: Number(r.person_id) }));
    expect(new Set(all.map((e) => e.status)).size).toBe(4);
  }, 120_000);
  afterAll(async () => db?.close());

  it('seated: SQL text, knex, MikroORM, the subquery and the count agree with isSeated', async () => {
    const expected = jsIds(isSeated);
    expect(expected.length).toBe(PEOPLE.filter((p) => isSeated(p.status)).length);
    expect(ids(await em.execute(`select e.id from enrollment e where ${seatedSql('e')}`))).toEqual(expected);
    expect(ids(await em.execute(`select id from enrollment where ${seatedSql('')}`))).toEqual(expected);
    expect(ids(await em.execute(whereSeated(em.getKnex()('enrollment as x').select('x.id'), 'x')))).toEqual(expected);
    expect(ids(await em.find(Enrollment, seatedWhere()))).toEqual(expected);
    const people = (await em.execute<{ person_id: number }[]>(seatedPersonIds(em.getKnex(), db.cohortId))).map((r) => Number(r.person_id)).sort((a, b) => a - b);
    expect(people).toEqual(all.filter((e) => isSeated(e.status)).map((e) => e.person_id).sort((a, b) => a - b));
    expect(await countSeated(em, db.cohortId)).toBe(expected.length);
    const byStatus = new Map<string, number>();
    for (const e of all) byStatus.set(e.status, (byStatus.get(e.status) ?? 0) + 1);
    expect(seatedOf(byStatus)).toBe(expected.length);
  });

  it('completed: SQL text and MikroORM agree with isCompleted', async () => {
    const expected = jsIds(isCompleted);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(await em.execute(`select e.id from enrollment e where ${completedSql('e')}`))).toEqual(expected);
    expect(ids(await em.find(Enrollment, completedWhere()))).toEqual(expected);
  });
}

describe('enrollment rules on SQLite', () => suite('sqlite'));
describe.runIf(postgresAvailable())('enrollment rules on PostgreSQL', () => suite('postgresql'));

describe('eligible (JS only: nothing computes it in SQL)', () => {
  it('is the program target groups, or anyone when it has none', () => {
    for (const g of ESELON_GROUPS) {
      expect(isEligible([], g)).toBe(true);
      expect(isEligible(['II'], g)).toBe(g === 'II');
    }
  });
});
