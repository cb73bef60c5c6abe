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
    const people = (await knex('person as p').join('agency as a', 'a.id', 'p.agency_id').where('a.academy_id', academy.id)
      .orderBy('p.id').limit(COHORTS * PER_COHORT).select('p.id')).map((r) => r.id);
    for (let i = 0; i < COHORTS; i++) {
      const start = new Date(Date.UTC(2031, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
      const [cohort] = await knex('cohort').insert({
        code: `BENCH-${String(i).padStart(3, '0')}`, name: `Angkatan uji ${i}`, program_id: program.id, academy_id: academy.id,
        start_date: start, end_date: start, time_zone: 'WIB', capacity: 40, online: false, status: 'OPEN',
        completion_threshold: 0.8, created_at: now, updated_at: now,
      }).returning('id');
      await knex('enrollment').insert(Array.from({ length: PER_COHORT }, (_, k) => ({
        cohort_id: cohort.id ?? cohort, person_id: people[i * PER_COHORT + k], status: 'ENROLLED', created_at: now, updated_at: now,
      })));
    }
    return { academyId: Number(academy.id) };
  } finally {
    await orm.close();
  }
}

const fixtures = new Map();

/** One database per dialect for the whole run, served in production mode with an unlimited cost budget. */
export function rosterFixture(dialect) {
  if (!fixtures.has(dialect)) fixtures.set(dialect, (async () => {
    const databaseUrl = dialect === 'postgresql' ? await tempPg('lintas_bench') : tempSqlite();
    // The first start migrates and seeds; then the bench rows go in.
    const seeding = await startLintas(databaseUrl, { production: false });
    const { academyId } = await fill(databaseUrl);
    await seeding.stop();
    // The budget's bookkeeping still runs on every request; it just never refuses the load.
    // The import bench sends its 100,000 rows (about 7 MB) through importPersons: the GraphQL body limit is raised for it.
    const server = await startLintas(databaseUrl, {
      production: true, seed: 'none', env: { LINTAS_QUERY_BUDGET: '1e12', LINTAS_QUERY_BUDGET_PER_SECOND: '1e12', LINTAS_GRAPHQL_BODY_LIMIT_MB: '64' },
    });
    const headers = await signIn(server.url);
    return { dialect, databaseUrl, server, headers, academyId };
  })());
  return fixtures.get(dialect);
}
