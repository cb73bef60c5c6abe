import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { databaseConfig } from './config.js';
import { exclusively, migrate, openOrm } from './database.js';
import { lintasSchema } from './features/schema.js';
import { seedDemo } from './seed/seed.js';
import { generateNational, NATIONAL_ROSTER } from './seed/national.js';
import { Academy } from './features/academies/academy.entity.js';
import { backfillCertificates } from './features/certificates/certificate.issue.js';
import { createAccount, createApiToken } from './features/accounts/account.service.js';

const USAGE = `usage: pnpm lintas <command>
  migrate                 apply committed migrations to DATABASE_URL
  seed                    load the demo data into an empty database
  generate:national [--persons <n|full>] [--seed <s>]
                          fill a freshly migrated DATABASE_URL with a national-scale roster
                          (default the full 4,734,041 ASN) and a proportional training load
  schema:emit             write server/schema.graphql from the code
  migration:create        write a migration for the difference between the entities and DATABASE_URL
  admin:create --email <e> --name <n> [--password <p>]
                          create an admin (password from --password or LINTAS_ADMIN_PASSWORD);
                          the admin enrols an authenticator app at first sign-in
  certificates:backfill   issue the certificates of enrolments completed in closed cohorts
                          that have none (completed before certificates existed); idempotent
  token:create --academy <code> --scopes <a,b> --name <label> [--expires <YYYY-MM-DD>]
                          create an API token; it is printed once, on the last line`;

const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<void> {
  switch (command) {
    case 'migrate': {
      const orm = await openOrm(databaseConfig());
      await exclusively(orm, () => migrate(orm));
      console.log('migrations applied');
      await orm.close();
      return;
    }
    case 'seed': {
      const orm = await openOrm(databaseConfig());
      await migrate(orm);
      const counts = await seedDemo(orm);
      console.log(`demo data loaded: ${JSON.stringify(counts)}`);
      await orm.close();
      return;
    }
    case 'generate:national': {
      const { values } = parseArgs({ args: rest, options: { persons: { type: 'string' }, seed: { type: 'string' } } });
      const persons = !values.persons || values.persons === 'full' ? NATIONAL_ROSTER : Number(values.persons.replace(/[_,]/g, ''));
      if (!Number.isInteger(persons)) throw new UsageError('--persons must be a whole number or "full"');
      const orm = await openOrm(databaseConfig());
      try {
        await migrate(orm);
        const counts = await generateNational(orm, { persons, seed: values.seed ? Number(values.seed) : 1,
          progress: (step, ms) => console.log(`  ${step}: ${(ms / 1000).toFixed(1)} s`) });
        console.log(`national data generated: ${JSON.stringify(counts)}`);
      } catch (err) {
        throw err instanceof Error && /^persons must|already has people/.test(err.message) ? new UsageError(err.message) : err;
      } finally {
        await orm.close();
      }
      return;
    }
    case 'schema:emit': {
      const sdl = printSchema(lexicographicSortSchema(await lintasSchema()));
      const target = new URL('../schema.graphql', import.meta.url);
      writeFileSync(target, `${sdl}\n`);
      console.log(`wrote ${target.pathname}`);
      return;
    }
    case 'migration:create': {
      const { values } = parseArgs({ args: rest, options: { initial: { type: 'boolean' }, name: { type: 'string' } } });
      const orm = await openOrm(databaseConfig());
      const result = await orm.getMigrator().createMigration(undefined, false, values.initial ?? false, values.name);
      console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
      await orm.close();
      return;
    }
    case 'admin:create': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } });
      const password = values.password ?? process.env.LINTAS_ADMIN_PASSWORD;
      if (!values.email || !values.name || !password) throw new UsageError('admin:create needs --email, --name and a password');
      const orm = await openOrm(databaseConfig());
      await migrate(orm);
      const result = await createAccount(orm.em.fork(), { email: values.email, name: values.name, role: 'ADMIN', academyId: null, password });
      await orm.close();
      if (!result.ok) throw new UsageError(result.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
      console.log(`admin ${result.value.email} created; enrol an authenticator app at the first sign-in`);
      return;
    }
    case 'certificates:backfill': {
      const orm = await openOrm(databaseConfig());
      try {
        await migrate(orm);
        console.log(`certificates issued: ${await backfillCertificates(orm.em.fork())}`);
      } finally {
        await orm.close();
      }
      return;
    }
    case 'token:create': {
      const { values } = parseArgs({ args: rest, options: { academy: { type: 'string' }, scopes: { type: 'string' }, name: { type: 'string' }, expires: { type: 'string' } } });
      if (!values.academy || !values.name) throw new UsageError('token:create needs --academy, --scopes and --name');
      const orm = await openOrm(databaseConfig());
      await migrate(orm);
      const em = orm.em.fork();
      const academy = await em.findOne(Academy, { code: values.academy });
      if (!academy) {
        await orm.close();
        throw new UsageError(`no academy has the code ${values.academy}`);
      }
      const scopes = (values.scopes ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const expiresAt = values.expires ? new Date(`${values.expires}T23:59:59+07:00`) : null;
      const result = await createApiToken(em, { academy, name: values.name, scopes, expiresAt, createdBy: null });
      await orm.close();
      if (!result.ok) throw new UsageError(result.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
      console.log(`token "${values.name}" for ${academy.code} with scopes ${scopes.join(', ') || '(none)'}; it is shown only now:`);
      console.log(result.value.secret);
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = command ? 2 : 0;
  }
}

class UsageError extends Error {}

try {
  await main();
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  console.error(`lintas: ${err.message}`);
  process.exitCode = 2;
}
