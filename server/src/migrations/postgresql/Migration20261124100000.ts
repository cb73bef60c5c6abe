import { Migration } from '@mikro-orm/migrations';

/**
 * Rate and cost-budget counters need no crash safety: every GraphQL request spends from
 * one row per caller, and a logged table made each spend wait for its WAL flush while
 * holding that row's lock, so one caller's concurrent requests queued on the disk.
 * Unlogged, a spend commits without a flush; after a crash the counters start empty
 * (budgets full, failed sign-ins forgotten), and read replicas do not carry them (only
 * the primary reads them).
 */
export class Migration20261124100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "rate_bucket" set unlogged;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rate_bucket" set logged;`);
  }
}
