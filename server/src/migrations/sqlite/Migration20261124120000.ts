import { Migration } from '@mikro-orm/migrations';

/**
 * Tables of the roster and programme data, whose every write moves the data version
 * (server/src/db/data-version.entity.ts); accounts, sessions, tokens, counters, audit,
 * bulk progress and webhooks are bookkeeping no cached answer holds.
 */
const TRACKED = ['academy', 'agency', 'assessment', 'attendance', 'cohort', 'enrollment', 'facilitator', 'mentoring_meeting',
  'mentoring_pair', 'person', 'program', 'session', 'training_module', 'unavailability', 'venue'];
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
