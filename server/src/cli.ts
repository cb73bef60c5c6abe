import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { databaseConfig } from './config.js';
import { migrate, openOrm } from './db/orm.js';
import { lintasSchema } from './graphql/schema.js';
import { seedDemo } from './seed/seed.js';

const USAGE = `usage: pnpm lintas <command>
  migrate                 apply committed migrations to DATABASE_URL
  seed                    load the demo data into an empty database
  schema:emit             write server/schema.graphql from the code
  migration:create        write a migration for the difference between the entities and DATABASE_URL`;

const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<void> {
  switch (command) {
    case 'migrate': {
      const orm = await openOrm(databaseConfig());
      await migrate(orm);
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
    default:
      console.error(USAGE);
      process.exitCode = command ? 2 : 0;
  }
}

await main();
