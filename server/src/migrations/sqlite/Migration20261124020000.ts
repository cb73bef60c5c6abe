import { Migration } from '@mikro-orm/migrations';

/** Attendance JP and check-in codes on sessions; reverse-mentoring pairs and meetings; assessments. */
export class Migration20261124020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql('alter table `session` add column `jp` double not null default 0;');
    this.addSql('alter table `session` add column `check_in_secret` text null;');
    this.addSql('update `session` set `jp` = (`ends_at` - `starts_at`) / 60000.0 / 45;');
    this.addSql('CREATE TABLE `mentoring_pair` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `cohort_id` integer not null, `mentor_id` integer not null, `mentee_id` integer not null, `active` integer not null default true, constraint `mentoring_pair_cohort_id_foreign` foreign key(`cohort_id`) references `cohort`(`id`) on update cascade, constraint `mentoring_pair_mentor_id_foreign` foreign key(`mentor_id`) references `person`(`id`) on update cascade, constraint `mentoring_pair_mentee_id_foreign` foreign key(`mentee_id`) references `person`(`id`) on update cascade);');
    this.addSql('CREATE TABLE `mentoring_meeting` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `pair_id` integer not null, `date` date not null, `minutes` integer not null, `topic` text not null, constraint `mentoring_meeting_pair_id_foreign` foreign key(`pair_id`) references `mentoring_pair`(`id`) on delete cascade on update cascade);');
    this.addSql(`CREATE TABLE \`assessment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`person_id\` integer not null, \`cohort_id\` integer not null, \`kind\` text check (\`kind\` in ('PRE', 'POST')) not null, \`score\` integer not null, \`assessed_at\` datetime not null, constraint \`assessment_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, constraint \`assessment_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on update cascade);`);
    this.addSql('CREATE INDEX `assessment_cohort_id_index` on `assessment` (`cohort_id`);');
    this.addSql('CREATE INDEX `assessment_person_id_assessed_at_index` on `assessment` (`person_id`, `assessed_at`);');
    this.addSql('CREATE UNIQUE INDEX `assessment_person_id_cohort_id_kind_unique` on `assessment` (`person_id`, `cohort_id`, `kind`);');
    this.addSql('CREATE INDEX `assessment_person_id_index` on `assessment` (`person_id`);');
    this.addSql('CREATE INDEX `mentoring_meeting_pair_id_index` on `mentoring_meeting` (`pair_id`);');
    this.addSql('CREATE INDEX `mentoring_pair_cohort_id_index` on `mentoring_pair` (`cohort_id`);');
    this.addSql('CREATE UNIQUE INDEX `mentoring_pair_cohort_id_mentee_id_unique` on `mentoring_pair` (`cohort_id`, `mentee_id`);');
    this.addSql('CREATE UNIQUE INDEX `mentoring_pair_cohort_id_mentor_id_unique` on `mentoring_pair` (`cohort_id`, `mentor_id`);');
    this.addSql('CREATE INDEX `mentoring_pair_mentee_id_index` on `mentoring_pair` (`mentee_id`);');
    this.addSql('CREATE INDEX `mentoring_pair_mentor_id_index` on `mentoring_pair` (`mentor_id`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `assessment`;');
    this.addSql('drop table if exists `mentoring_meeting`;');
    this.addSql('drop table if exists `mentoring_pair`;');
    this.addSql('alter table `session` drop column `check_in_secret`;');
    this.addSql('alter table `session` drop column `jp`;');
  }
}
