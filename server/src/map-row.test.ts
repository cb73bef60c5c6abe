import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Reference, ReferenceKind, type EntityClass } from '@mikro-orm/core';
import { databaseConfig } from './config.js';
import { seedDemo } from './seed/seed.js';
import { audit } from './features/audit/audit.service.js';
import { toGlobalId } from './graphql/global-id.js';
import { readRow, RowRef } from './db/map-row.js';
import { DataVersion } from './db/data-version.entity.js';
import { Node } from './graphql/node.entity.js';
import { migrate, openOrm } from './database.js';
import { postgresAvailable, tempDatabase } from '../../test/support/postgres.js';

/** The entities lists answer from rows: the demo data must hold some of each. */
const LISTED = ['Academy', 'Agency', 'Venue', 'Facilitator', 'Program', 'TrainingModule', 'Cohort', 'Enrollment', 'Person', 'Session', 'Attendance', 'Assessment', 'MentoringPair', 'Account', 'AuditEvent'];

/** A value as a test can compare it: a reference by its id, a date by its instant. */
function comparable(value: unknown): unknown {
  if (value instanceof RowRef || Reference.isReference(value)) return { ref: (value as { id: number }).id };
  if (value instanceof Date) return { date: value.toISOString() };
  if (value === undefined) return null;
  if (typeof value === 'bigint') return { bigint: String(value) };
  return value;
}

/** Every row of every entity, read as a row and as MikroORM's entity, property by property. */
async function compareAll(url: string) {
  const orm = await openOrm(databaseConfig({ DATABASE_URL: url }));
  try {
    await migrate(orm);
    await seedDemo(orm);
    await audit(orm.em.fork(), { actor: 'system', actorLabel: 'Sistem' }, '127.0.0.1', [{ action: 'test.row', targetType: 'Person', targetId: 1 }]);
    const covered: string[] = [];
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      // Lists answer Nodes (numeric id); other tables are read by key where they are used.
      if (meta.abstract || meta.embeddable || meta.virtual || !meta.class || meta.primaryKeys.join() !== 'id') continue;
      if (meta.class === DataVersion) continue; // a counter keyed by a bigint, never a list's row
      if (!(meta.class.prototype instanceof Node)) continue; // a link table (a group's members): no list answers its rows
      const em = orm.em.fork();
      const rows: Record<string, unknown>[] = await em.getConnection().execute(`select * from ${meta.tableName} order by id limit 50`);
      if (rows.length === 0) continue;
      covered.push(meta.className);
      const loader = orm.em.fork();
      const entities = await loader.find(meta.class as EntityClass<{ id: number }>, { id: { $in: rows.map((r) => Number(r.id)) } });
      // Loaded and left alone, nothing is written back (SQLite once rewrote every date it read, and bumped versions).
      loader.getUnitOfWork().computeChangeSets();
      expect(loader.getUnitOfWork().getChangeSets().map((c) => `${c.name} ${JSON.stringify(c.payload)}`), meta.className).toEqual([]);
      const byId = new Map(entities.map((e) => [e.id, e as unknown as Record<string, unknown>]));
      for (const row of rows) {
        const read = readRow(em, meta.class as EntityClass<object>, row) as Record<string, unknown>;
        const entity = byId.get(Number(row.id))!;
        for (const prop of meta.props) {
          if (prop.persist === false || prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) continue;
          if (prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner) continue;
          expect(comparable(read[prop.name]), `${meta.className}.${prop.name} of ${row.id}`).toEqual(comparable(entity[prop.name]));
        }
        // The global id and the type name GraphQL's Node interface resolves from.
        expect(read.globalId).toBe(toGlobalId(meta.className, Number(row.id)));
        expect(read.constructor.name).toBe(meta.className);
        // TypeGraphQL hands a resolver's @Root() over as it is only when it is an instance of the type.
        expect(read).toBeInstanceOf(meta.class);
      }
    }
    expect(covered).toEqual(expect.arrayContaining(LISTED));
  } finally {
    await orm.close();
  }
}

describe('rows read for an answer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-rows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: every property of every demo row equals what MikroORM hydrates', async () => {
    await compareAll(`sqlite:${join(dir, 'rows.sqlite')}`);
  }, 120_000);

  it.runIf(postgresAvailable())('PostgreSQL: the same', async () => {
    const db = await tempDatabase('lintas_rows');
    try {
      await compareAll(db.url);
    } finally {
      await db.drop();
    }
  }, 120_000);

  it('a joined reference carries its row; an unread one only its id', () => {
    const person = { id: 7, name: 'Rina' };
    expect(new RowRef(7, person).unwrap()).toBe(person);
    expect(new RowRef(7).isInitialized()).toBe(false);
    expect(() => new RowRef(7).unwrap()).toThrow();
  });
});
