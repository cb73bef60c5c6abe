import { Migration } from '@mikro-orm/migrations';
import { ACADEMY_OF, SHARED } from '../academy-version.js';

const OPERATIONS = ['insert', 'update', 'delete'] as const;

/** Moves the version of every academy `select` names (one column of academy ids). */
const bump = (select: string) =>
  `insert into \`academy_version\` (\`academy_id\`, \`v\`) select distinct a, 1 from (${select}) where true on conflict (\`academy_id\`) do update set \`v\` = \`v\` + 1;`;

/**
 * Kept answers per academy: beside row 0 of `data_version` (every write), each academy
 * has a version in `academy_version` that only writes concerning it move (academy 0: the
 * shared catalogue). A caller bound to one academy is answered at the sum of its own and
 * academy 0's, so a write in another academy leaves its kept answers standing.
 * SQLite has row triggers only: each written row moves the versions of its academies.
 */
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `academy_version` (`academy_id` bigint not null, `v` bigint not null, primary key (`academy_id`));');
    this.addSql('insert into `academy_version` (`academy_id`, `v`) values (0, 0);');
    // PostgreSQL's commit-time marks (unused here: SQLite moves versions row by row); one schema on both.
    this.addSql('create table `data_version_mark` (`txid` bigint not null, `academy_id` bigint not null, primary key (`txid`, `academy_id`));');
    for (const table of [...SHARED, ...Object.keys(ACADEMY_OF)]) {
      for (const op of OPERATIONS) {
        const row = op === 'delete' ? 'old' : 'new';
        const academies = (ref: string) => (ACADEMY_OF[table] ? ACADEMY_OF[table]!({ from: '', col: (c) => `${ref}.${c}` }) : 'select 0 as a');
        const steps = [
          'update `data_version` set `v` = `v` + 1 where `id` = 0;',
          bump(academies(row)),
          ...(op === 'update' ? [bump(academies('old'))] : []),
        ];
        this.addSql(`drop trigger if exists \`data_version_${table}_${op}\`;`);
        this.addSql(`create trigger \`data_version_${table}_${op}\` after ${op} on \`${table}\` begin ${steps.join(' ')} end;`);
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of [...SHARED, ...Object.keys(ACADEMY_OF)]) {
      for (const op of OPERATIONS) {
        this.addSql(`drop trigger if exists \`data_version_${table}_${op}\`;`);
        this.addSql(`create trigger \`data_version_${table}_${op}\` after ${op} on \`${table}\` begin update \`data_version\` set \`v\` = \`v\` + 1 where \`id\` = 0; end;`);
      }
    }
    this.addSql('drop table if exists `data_version_mark`;');
    this.addSql('drop table if exists `academy_version`;');
  }
}
