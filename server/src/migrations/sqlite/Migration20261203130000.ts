import { Migration } from '@mikro-orm/migrations';

/** Roster uploads (`POST /imports/persons`): their status, counts and first row errors. */
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`person_import\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`status\` text check (\`status\` in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')) not null default 'QUEUED', \`dry_run\` integer not null default false, \`owner\` text not null, \`academy_id\` integer null, \`claimed_by\` text null, \`lease_until\` datetime null, \`file_name\` text null, \`bytes_received\` bigint not null default 0, \`total_rows\` integer null, \`rows_read\` integer not null default 0, \`valid_rows\` integer not null default 0, \`created\` integer not null default 0, \`updated\` integer not null default 0, \`rejected_rows\` integer not null default 0, \`row_errors\` json not null, \`unknown_agency_codes\` json not null, \`error_code\` text null, \`started_at\` datetime null, \`finished_at\` datetime null);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `person_import`;');
  }
}
