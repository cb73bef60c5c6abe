import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The version of the roster and programme data, kept by triggers (migration
 * Migration20261124120000): row 0's `v` grows by one with every committed transaction
 * that wrote a tracked table, in every process and from any client (the CLI, psql).
 * A cached answer is served only while the version it was read at is still current.
 * On PostgreSQL a writing transaction also holds a row of its own here (its id) until
 * it commits; the bump happens at commit, so the shared row is the last lock it takes.
 */
/**
 * Tables whose writes do not move the version: accounts, sign-in sessions, tokens,
 * invitations, rate counters, the audit trail, bulk-operation progress, calendar feeds
 * and webhooks — bookkeeping no compiled answer reads, some of it written by every
 * request or sign-in. Every other table has the trigger (checked by data-version.test.ts).
 */
export const UNTRACKED_TABLES = [
  'account', 'api_token', 'audit_event', 'auth_session', 'bulk_operation', 'calendar_feed', 'data_version', 'invitation',
  'rate_bucket', 'webhook_delivery', 'webhook_event', 'webhook_subscription',
];

@Entity()
export class DataVersion {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  id!: string;

  @Property({ type: 'bigint' })
  v!: string;
}
