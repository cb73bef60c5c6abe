import { Migration } from '@mikro-orm/migrations';
import { ACADEMY_OF_GROUPS } from '../academy-version.js';

const bump = (select: string) =>
  `insert into \`academy_version\` (\`academy_id\`, \`v\`) select distinct a, 1 from (${select}) where true on conflict (\`academy_id\`) do update set \`v\` = \`v\` + 1;`;

/**
 * Groups (kelompok) of a cohort and their members, and sessions given to one group; the
 * new tables move the data versions like the others (Migration20261203120000).
 */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `cohort_group` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `cohort_id` integer not null, `number` integer not null, `name` text not null, constraint `cohort_group_cohort_id_foreign` foreign key(`cohort_id`) references `cohort`(`id`) on update cascade);');
    this.addSql('create index `cohort_group_cohort_id_index` on `cohort_group` (`cohort_id`);');
    this.addSql('create unique index `cohort_group_cohort_id_number_unique` on `cohort_group` (`cohort_id`, `number`);');
    this.addSql('create table `cohort_group_member` (`id` integer not null primary key autoincrement, `group_id` integer not null, `cohort_id` integer not null, `person_id` integer not null, constraint `cohort_group_member_group_id_foreign` foreign key(`group_id`) references `cohort_group`(`id`) on delete cascade on update cascade, constraint `cohort_group_member_cohort_id_foreign` foreign key(`cohort_id`) references `cohort`(`id`) on update cascade, constraint `cohort_group_member_person_id_foreign` foreign key(`person_id`) references `person`(`id`) on update cascade);');
    this.addSql('create index `cohort_group_member_group_id_index` on `cohort_group_member` (`group_id`);');
    this.addSql('create index `cohort_group_member_cohort_id_index` on `cohort_group_member` (`cohort_id`);');
    this.addSql('create index `cohort_group_member_person_id_index` on `cohort_group_member` (`person_id`);');
    this.addSql('create unique index `cohort_group_member_cohort_id_person_id_unique` on `cohort_group_member` (`cohort_id`, `person_id`);');
    this.addSql('alter table `session` add column `group_id` integer null constraint `session_group_id_foreign` references `cohort_group` (`id`) on update cascade on delete set null;');
    this.addSql('create index `session_group_id_index` on `session` (`group_id`);');
    for (const [table, academies] of Object.entries(ACADEMY_OF_GROUPS)) {
      for (const op of ['insert', 'update', 'delete'] as const) {
        const of = (ref: string) => academies({ from: '', col: (c) => `${ref}.${c}` });
        const steps = [
          'update `data_version` set `v` = `v` + 1 where `id` = 0;',
          bump(of(op === 'delete' ? 'old' : 'new')),
          ...(op === 'update' ? [bump(of('old'))] : []),
        ];
        this.addSql(`create trigger \`data_version_${table}_${op}\` after ${op} on \`${table}\` begin ${steps.join(' ')} end;`);
      }
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists `session_group_id_index`;');
    this.addSql('alter table `session` drop column `group_id`;');
    this.addSql('drop table if exists `cohort_group_member`;');
    this.addSql('drop table if exists `cohort_group`;');
  }
}
