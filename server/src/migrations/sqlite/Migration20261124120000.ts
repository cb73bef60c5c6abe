import { Migration } from '@mikro-orm/migrations';

/**
 * The tables compiled answers read (server/src/graphql/sql-plan/), whose every write
 * moves the data version (server/src/db/data-version.entity.ts). Attendance, assessments,
 * mentoring and unavailability are not among them: recording attendance, the busiest
 * write of a training day, leaves kept answers standing. A plan that reads any other
 * table is never kept.
 */
const TRACKED = ['academy', 'agency', 'cohort', 'enrollment', 'facilitator', 'person', 'program', 'session', 'training_module', 'venue'];
const OPERATIONS = ['insert', 'update', 'delete'];

/** The data version: one row, moved by a trigger on each row written to a tracked table (SQLite has no statement triggers). */
export class Migration20261124120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `data_version` (`id` bigint not null, `v` bigint not null, primary key (`id`));');
    this.addSql('insert into `data_version` (`id`, `v`) values (0, 0);');
    for (const table of TRACKED) {
      for (const op of OPERATIONS) {
        this.addSql(`create trigger \`data_version_${table}_${op}\` after ${op} on \`${table}\` begin update \`data_version\` set \`v\` = \`v\` + 1 where \`id\` = 0; end;`);
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of TRACKED) {
      for (const op of OPERATIONS) this.addSql(`drop trigger if exists \`data_version_${table}_${op}\`;`);
    }
    this.addSql('drop table if exists `data_version`;');
  }
}
