import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../config.js';
import { CountingLogger } from './sql-counter.js';
import { migrationsFor } from '../migrations/index.js';

export type Orm = MikroORM;

/** MikroORM options for a database; the same entities and naming on both dialects. */
/** `entities`: every entity class of the product (features/entities.ts, through server/src/database.ts). */
export function ormOptions(db: DatabaseConfig, entities: Options['entities']): Options {
  const common: Options = {
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: migrationsFor(db.dialect),
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      path: `src/migrations/${db.dialect}`,
    },
    loggerFactory: (options) => new CountingLogger(options),
    debug: process.env.LINTAS_LOG_SQL === '1',
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ensureDatabase: false,
    // Full-text indexes that no entity describes (FTS5 on SQLite with its shadow tables, a
    // tsvector table on PostgreSQL): written by the knowledge feature, made by its migration.
    schemaGenerator: { skipTables: [/^knowledge_search/] },
  };
  if (db.dialect === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: db.url,
      replicas: db.replicas.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
      pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    };
  }
  if (db.url !== ':memory:') mkdirSync(dirname(db.url), { recursive: true });
  return {
    ...common,
    driver: SqliteDriver,
    dbName: db.url,
    pool: {
      afterCreate: (conn: { run: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, conn: unknown) => void) => {
        // WAL lets readers run beside the writer; the busy timeout queues writers instead of failing them.
        conn.run('PRAGMA journal_mode = WAL', () =>
          conn.run('PRAGMA busy_timeout = 10000', () =>
            conn.run('PRAGMA foreign_keys = ON', (err) => done(err, conn))));
      },
    },
  };
}

export async function openOrmWith(db: DatabaseConfig, entities: Options['entities']): Promise<Orm> {
  return MikroORM.init(ormOptions(db, entities));
}

/** Arbitrary key of the PostgreSQL advisory lock that start-up work takes. */
const STARTUP_LOCK = 727_001;

/**
 * Runs start-up work (migrations, the demo seed) in one process at a time: on
 * PostgreSQL, several server processes started together wait for each other on an
 * advisory lock held by a transaction, so the second finds the work done. SQLite
 * is one file for one process and needs no lock.
 */
export async function exclusively<T>(orm: Orm, fn: () => Promise<T>): Promise<T> {
  if (orm.config.get('driver') !== PostgreSqlDriver) return fn();
  const knex = (orm.em.getConnection() as unknown as { getKnex(): import('@mikro-orm/knex').Knex }).getKnex();
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [STARTUP_LOCK]);
    return fn();
  });
}

/** Applies every committed migration that has not run yet (inside `exclusively` when other processes may start too). */
export async function migrate(orm: Orm): Promise<void> {
  await orm.getMigrator().up();
}
