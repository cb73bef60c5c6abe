import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { postgresAvailable, tempDatabase } from '../../../test/support/postgres.js';

type Orm = Awaited<ReturnType<typeof openOrm>>;

/**
 * The schema as SQLite holds it. MikroORM's SQLite differ reports spurious changes
 * for check constraints, so SQLite compares what the migrations built with what
 * the entities build on an empty file, object by object.
 */
async function sqliteSchema(orm: Orm): Promise<string[]> {
  const rows: { type: string; name: string; sql: string | null }[] = await orm.em.fork().getConnection().execute(
    "select type, name, sql from sqlite_master where name not like 'sqlite_%' and name not like 'mikro_orm_%' order by type, name",
  );
  return rows.map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/\s+/g, ' ')}`);
}

async function expectSchemaOfEntities(orm: Orm, dialect: 'sqlite' | 'postgresql', entitiesSchema: string[] | null): Promise<void> {
  if (dialect === 'postgresql') expect(await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
  else expect(await sqliteSchema(orm)).toEqual(entitiesSchema);
}

/** The committed migrations of a dialect build exactly the schema the entities describe, and undo cleanly. */
async function checkMigrations(databaseUrl: string, entitiesSchema: string[] | null = null): Promise<void> {
  const config = databaseConfig({ DATABASE_URL: databaseUrl });
  const orm = await openOrm(config);
  try {
    await migrate(orm);
    await expectSchemaOfEntities(orm, config.dialect, entitiesSchema);
    const migrator = orm.getMigrator();
    await migrator.down({ to: 0 });
    expect(await migrator.getExecutedMigrations()).toEqual([]);
    await migrator.up();
    await expectSchemaOfEntities(orm, config.dialect, entitiesSchema);
  } finally {
    await orm.close();
  }
}

describe('migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-mig-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: committed migrations match the entities, down and up again', async () => {
    const fromEntities = await openOrm(databaseConfig({ DATABASE_URL: `sqlite:${join(dir, 'entities.sqlite')}` }));
    await fromEntities.getSchemaGenerator().createSchema();
    const expected = await sqliteSchema(fromEntities);
    await fromEntities.close();
    expect(expected.length).toBeGreaterThan(20);
    await checkMigrations(`sqlite:${join(dir, 'm.sqlite')}`, expected);
  });

  it.runIf(postgresAvailable())('PostgreSQL: committed migrations match the entities, down and up again', async () => {
    const db = await tempDatabase('lintas_mig');
    try {
      await checkMigrations(db.url);
    } finally {
      await db.drop();
    }
  });
});
