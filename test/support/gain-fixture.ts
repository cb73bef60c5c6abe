import type { FixtureIds } from './report-fixture.js';

/**
 * On top of the report fixture (report-fixture.ts), for the learning gain and the pass verdict:
 *
 * Pre/post pairs (with the fixture's own: p1 in C1 60 → 80, p3 in C1 75 → 65; p5 has a PRE only):
 * p1 in C2 70 → 70 (at the line already: not a crossing), p4 in C2 50 → 72, p6 in C1 65 → 69.
 *
 * Cohort C5, running now: four past sessions of 4 JP, two coming ones of 4 JP (24 JP; 80 %
 * is 19.2). p4 attended all four (16 so far: one more session passes → on track), p1 three
 * (12: two more, 8 JP → attend more), p6 two (8: even both leave 16 → can no longer pass).
 */
export interface GainFixtureIds { c5: number; e5p1: number; e5p4: number; e5p6: number }

const dist = new URL('../../server/dist/', import.meta.url);

export async function gainFixture(databaseUrl: string, ids: FixtureIds): Promise<GainFixtureIds> {
  const { openOrm } = await import(new URL('database.js', dist).href);
  const { databaseConfig } = await import(new URL('config.js', dist).href);
  const orm = await openOrm(databaseConfig({ DATABASE_URL: databaseUrl }));
  const em = orm.em.fork();
  const knex = em.getKnex();
  const t = (d: Date) => em.getPlatform().processDateProperty(d);
  const now = t(new Date());
  const insert = async (table: string, row: Record<string, unknown>) => {
    const [r] = await knex(table).insert({ created_at: now, updated_at: now, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const score = (p: number, c: number, kind: string, value: number, at: string) => insert('assessment', { person_id: p, cohort_id: c, kind, score: value, assessed_at: t(new Date(at)) });
  await score(ids.p1, ids.c2, 'PRE', 70, '2025-12-20T01:00:00Z');
  await score(ids.p1, ids.c2, 'POST', 70, '2026-01-05T01:00:00Z');
  await score(ids.p4, ids.c2, 'PRE', 50, '2025-12-20T01:00:00Z');
  await score(ids.p4, ids.c2, 'POST', 72, '2026-01-05T01:00:00Z');
  await score(ids.p6, ids.c1, 'PRE', 65, '2026-03-01T01:00:00Z');
  await score(ids.p6, ids.c1, 'POST', 69, '2026-03-10T01:00:00Z');

  const day = (n: number) => new Date(Date.now() + n * 86_400_000);
  const module = Number((await knex('training_module').where({ program_id: ids.program }).first('id')).id);
  const c5 = await insert('cohort', {
    code: 'C5', name: 'Angkatan berjalan', program_id: ids.program, academy_id: ids.academy, start_date: day(-5).toISOString().slice(0, 10),
    end_date: day(3).toISOString().slice(0, 10), time_zone: 'WIB', capacity: 10, online: false, status: 'RUNNING', completion_threshold: 0.8,
  });
  const sessions: number[] = [];
  for (const n of [-4, -3, -2, -1, 1, 2]) {
    const starts = day(n);
    sessions.push(await insert('session', { cohort_id: c5, module_id: module, starts_at: t(starts), ends_at: t(new Date(starts.getTime() + 3 * 3_600_000)), jp: 4, status: 'SCHEDULED', version: 1 }));
  }
  const enrol = (p: number) => insert('enrollment', { cohort_id: c5, person_id: p, status: 'ENROLLED' });
  const out = { c5, e5p1: await enrol(ids.p1), e5p4: await enrol(ids.p4), e5p6: await enrol(ids.p6) };
  const attend = async (p: number, present: number) => {
    for (const [i, s] of sessions.slice(0, 4).entries()) {
      await insert('attendance', { session_id: s, person_id: p, status: i < present ? 'PRESENT' : 'ABSENT', recorded_at: now });
    }
  };
  await attend(ids.p4, 4);
  await attend(ids.p1, 3);
  await attend(ids.p6, 2);
  await orm.close();
  return out;
}
