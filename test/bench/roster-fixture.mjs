// The database behind the nested-query benchmarks: the demo data plus 100 cohorts of
// ten enrolled people each, on SQLite or PostgreSQL, served by the built server.
import { signIn, startLintas, tempPg, tempSqlite } from './support.mjs';

const dist = new URL('../../server/dist/', import.meta.url);

export const COHORTS = 100;
export const PER_COHORT = 10;

/** What an integrator sends to copy rosters (test/api/sql-statements.test.ts counts its SQL statements too). */
export const ROSTER = `query CohortRoster($first: Int!, $after: String) {
  cohorts(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id code name startDate status
      enrollments(first: 10) {
        totalCount
        nodes { id status person { id name eselonGroup generation } }
      }
    }
  }
}`;

/** Adds the bench cohorts to the Babel academy, newest first, with distinct people. */
async function fill(databaseUrl) {
  const { openOrm } = await import(new URL('database.js', dist));
  const { databaseConfig } = await import(new URL('config.js', dist));
  const orm = await openOrm(databaseConfig({ DATABASE_URL: databaseUrl }));
  try {
    const em = orm.em.fork();
    const knex = em.getKnex();
    const now = em.getPlatform().processDateProperty(new Date());
    const academy = await knex('academy').where({ code: 'BKPSDMD-BABEL' }).first('id');
    const program = await knex('program').where({ academy_id: academy.id }).orderBy('id').first('id');
    const module = await knex('training_module').where({ program_id: program.id }).orderBy('id').first('id');
    const people = (await knex('person as p').join('agency as a', 'a.id', 'p.agency_id').where('a.academy_id', academy.id)
      .orderBy('p.id').limit(COHORTS * PER_COHORT).select('p.id')).map((r) => r.id);
    for (let i = 0; i < COHORTS; i++) {
      const start = new Date(Date.UTC(2031, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
      const [cohort] = await knex('cohort').insert({
        code: `BENCH-${String(i).padStart(3, '0')}`, name: `Angkatan uji ${i}`, program_id: program.id, academy_id: academy.id,
        start_date: start, end_date: start, time_zone: 'WIB', capacity: 40, online: false, status: 'OPEN',
        completion_threshold: 0.8, created_at: now, updated_at: now,
      }).returning('id');
      const cohortId = cohort.id ?? cohort;
      const members = people.slice(i * PER_COHORT, (i + 1) * PER_COHORT);
      await knex('enrollment').insert(members.map((person) => ({ cohort_id: cohortId, person_id: person, status: 'ENROLLED', created_at: now, updated_at: now })));
      // The second half of the cohorts has one session with everyone's attendance recorded: the mixed load's attendance writes go there.
      if (i >= COHORTS / 2) {
        const startsAt = new Date(Date.UTC(2031, 0, 1, 1) - i * 86_400_000);
        const [session] = await knex('session').insert({
          cohort_id: cohortId, module_id: module.id, starts_at: em.getPlatform().processDateProperty(startsAt),
          ends_at: em.getPlatform().processDateProperty(new Date(startsAt.getTime() + 3 * 3_600_000)), jp: 4, status: 'SCHEDULED', version: 1, created_at: now, updated_at: now,
        }).returning('id');
        await knex('attendance').insert(members.map((person) => ({
          session_id: session.id ?? session, person_id: person, status: 'PRESENT', recorded_at: now, recorded_by: 'bench', created_at: now, updated_at: now,
        })));
      }
    }
    // Statistics as a running database has them (autovacuum would take them within a minute or so;
    // without them the planner joins the tenancy check by a scan per row).
    await knex.raw('analyze');
    return { academyId: Number(academy.id), writes: await writeTargets(knex) };
  } finally {
    await orm.close();
  }
}

/**
 * What the mixed load writes, as row ids: enrolments of the first half of the bench cohorts
 * (withdrawn and enrolled again), and attendance rows of the second half (status changed).
 */
async function writeTargets(knex) {
  const codes = (from, to) => Array.from({ length: to - from }, (_, i) => `BENCH-${String(from + i).padStart(3, '0')}`);
  const enrollments = await knex('enrollment as e').join('cohort as c', 'c.id', 'e.cohort_id').whereIn('c.code', codes(0, COHORTS / 2))
    .orderBy('e.id').select('e.id', 'e.cohort_id as cohortId', 'e.person_id as personId');
  const attendances = await knex('attendance as a').join('session as s', 's.id', 'a.session_id').join('cohort as c', 'c.id', 's.cohort_id')
    .whereIn('c.code', codes(COHORTS / 2, COHORTS)).orderBy('a.id').select('a.id', 'a.session_id as sessionId', 'a.person_id as personId');
  const num = (rows) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])));
  return { enrollments: num(enrollments), attendances: num(attendances) };
}

const fixtures = new Map();

/** One database per dialect for the whole run, served in production mode with an unlimited cost budget. */
export function rosterFixture(dialect) {
  if (!fixtures.has(dialect)) fixtures.set(dialect, (async () => {
    const databaseUrl = dialect === 'postgresql' ? await tempPg('lintas_bench') : tempSqlite();
    // The first start migrates and seeds; then the bench rows go in.
    const seeding = await startLintas(databaseUrl, { production: false });
    const { academyId, writes } = await fill(databaseUrl);
    await seeding.stop();
    // The budget's bookkeeping still runs on every request; it just never refuses the load.
    // The import bench sends its 100,000 rows (about 7 MB) through importPersons: the GraphQL body limit is raised for it.
    const server = await startLintas(databaseUrl, {
      production: true, seed: 'none', env: { LINTAS_QUERY_BUDGET: '1e12', LINTAS_QUERY_BUDGET_PER_SECOND: '1e12', LINTAS_GRAPHQL_BODY_LIMIT_MB: '64' },
    });
    const headers = await signIn(server.url);
    return { dialect, databaseUrl, server, headers, academyId, writes };
  })());
  return fixtures.get(dialect);
}
