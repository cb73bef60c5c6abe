import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseConfig } from '../config.js';
import { migrate, openOrm } from '../database.js';
import { postgresAvailable, tempDatabase } from '../../../test/support/postgres.js';

type Orm = Awaited<ReturnType<typeof openOrm>>;

/**
 * The schema as SQLite holds it, object by object: each table's columns (name, type,
 * null, default, key), foreign keys and indexes. MikroORM's SQLite differ reports
 * spurious changes for check constraints, and a column added by a migration sits
 * elsewhere in the stored CREATE text, so SQLite compares what the migrations built
 * with what the entities build on an empty file, through these pragmas.
 */
async function sqliteSchema(orm: Orm): Promise<string[]> {
  const conn = orm.em.fork().getConnection();
  const tables: { name: string }[] = await conn.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'mikro_orm_%' order by name",
  );
  // Tables no entity describes (full-text indexes, which the schema tools skip too) are the migrations' alone.
  const skipped = orm.config.get('schemaGenerator').skipTables ?? [];
  const described = tables.filter(({ name }) => !skipped.some((s) => (typeof s === 'string' ? s === name : s.test(name))));
  const out: string[] = [];
  for (const { name } of described) {
    const cols: { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[] = await conn.execute(`pragma table_info(\`${name}\`)`);
    for (const c of [...cols].sort((a, b) => a.name.localeCompare(b.name))) {
      out.push(`${name}.${c.name} ${c.type.toLowerCase()}${c.notnull ? ' not null' : ''}${c.dflt_value !== null ? ` default ${c.dflt_value}` : ''}${c.pk ? ' pk' : ''}`);
    }
    const fks: { table: string; from: string; to: string; on_delete: string }[] = await conn.execute(`pragma foreign_key_list(\`${name}\`)`);
    for (const f of fks) out.push(`${name}.${f.from} -> ${f.table}.${f.to} on delete ${f.on_delete}`);
    const idx: { name: string; unique: number; origin: string }[] = await conn.execute(`pragma index_list(\`${name}\`)`);
    for (const i of idx.filter((x) => x.origin !== 'pk')) {
      const parts: { name: string }[] = await conn.execute(`pragma index_info(\`${i.name}\`)`);
      out.push(`${name} ${i.unique ? 'unique ' : ''}index (${parts.map((p) => p.name).join(', ')})`);
    }
  }
  return out.sort();
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
  }, 60_000);

  it.runIf(postgresAvailable())('PostgreSQL: committed migrations match the entities, down and up again', async () => {
    const db = await tempDatabase('lintas_mig');
    try {
      await checkMigrations(db.url);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
