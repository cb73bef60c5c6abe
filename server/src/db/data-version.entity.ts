import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Tables whose writes move the version (each has the trigger; data-version.test.ts checks
 * the database against this list): the ones compiled answers read. Accounts, sessions,
 * tokens, counters, audit, attendance, assessments, mentoring, bulk progress and webhooks
 * do not; a compiled plan that reads any table not listed here is answered afresh every
 * time (sql-plan.ts reads the tables from its SQL).
 */
export const TRACKED_TABLES: ReadonlySet<string> = new Set([
  'academy', 'agency', 'cohort', 'enrollment', 'facilitator', 'person', 'program', 'session', 'training_module', 'venue',
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
