import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Tables whose writes move the version (each has the trigger; server/src/data-version.test.ts checks
 * the database against this list): the ones compiled answers read. Accounts, sessions,
 * tokens, counters, audit, attendance, assessments, mentoring, bulk progress and webhooks
 * do not; a compiled plan that reads any table not listed here is answered afresh every
 * time (sql-plan/planner.ts reads the tables from its SQL).
 */
export const TRACKED_TABLES: ReadonlySet<string> = new Set([
  'academy', 'agency', 'cohort', 'cohort_group', 'cohort_group_member', 'enrollment', 'facilitator', 'person', 'program', 'session', 'training_module', 'venue',
]);

/**
 * The version of the data compiled answers read, kept by triggers (migration
 * Migration20261124120000): row 0's `v` grows by one with every committed transaction
 * that wrote a tracked table, in every process and from any client (the CLI, psql).
 * A cached answer is served only while the version it was read at is still current.
 * On PostgreSQL a writing transaction also holds a row of its own here (its id) until
 * it commits; the bump happens at commit, so the shared row is the last lock it takes.
 */
@Entity()
export class DataVersion {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  id!: string;

  @Property({ type: 'bigint' })
  v!: string;
}

/**
 * The version of one academy's data (academy 0: the catalogue academies share), kept by
 * triggers (migration Migration20261203120000): moved by every committed write that
 * concerns the academy. A caller bound to one academy has its kept answers checked
 * against its academy's version plus academy 0's, so another academy's writes leave
 * them standing.
 */
@Entity()
export class AcademyVersion {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  academyId!: string;

  @Property({ type: 'bigint' })
  v!: string;
}

/** On PostgreSQL, the academies a transaction wrote (its id, `txid`), until its commit moves their versions. */
@Entity()
export class DataVersionMark {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  txid!: string;

  @PrimaryKey({ type: 'bigint', autoincrement: false })
  academyId!: string;
}
