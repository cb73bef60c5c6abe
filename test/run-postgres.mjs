// The API suite once more, every server on its own PostgreSQL database (issue 7's
// "the same suite on both"). Skipped loudly without LINTAS_PG_URL; under
// LINTAS_REQUIRE_ALL=1 (set by .ci/run) a missing server fails instead.
import { spawnSync } from 'node:child_process';

if (!process.env.LINTAS_PG_URL) {
  const msg = 'LINTAS_PG_URL is not set: the API suite on PostgreSQL was SKIPPED. Set it (e.g. postgres://postgres@127.0.0.1:5432/test) to run it.';
  if (process.env.LINTAS_REQUIRE_ALL === '1') {
    console.error(msg);
    process.exit(1);
  }
  console.warn(`\n*** ${msg}\n`);
  process.exit(0);
}
// Arguments pass on to vitest: `node test/run-postgres.mjs test/api/generated-queries.test.ts` runs one file.
const run = spawnSync('npx', ['vitest', 'run', '--project', 'api', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, LINTAS_TEST_DIALECT: 'postgresql' },
});
process.exit(run.status ?? 1);
