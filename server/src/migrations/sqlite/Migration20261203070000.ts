import { Migration } from '@mikro-orm/migrations';

const TRIGGERS = (table: string) => ['insert', 'update', 'delete'].map((op) =>
  `create trigger \`data_version_${table}_${op}\` after ${op} on \`${table}\` begin update \`data_version\` set \`v\` = \`v\` + 1 where \`id\` = 0; end;`);

/**
 * The catalogue managed from the API (issue 17): a version and an archive mark on every
 * catalogue and roster row, venue codes (existing venues get `R-<id>`), program kinds and
 * default thresholds, qualified facilitators, facilitators' unavailability, people's
 * contact and supervisor; cohort codes unique per academy instead of nationally.
 */
export class Migration20261203070000 extends Migration {
  override async up(): Promise<void> {
    for (const table of ['academy', 'agency', 'program', 'training_module', 'facilitator', 'person']) {
      this.addSql(`alter table \`${table}\` add column \`version\` integer not null default 1;`);
      this.addSql(`alter table \`${table}\` add column \`archived_at\` datetime null;`);
    }
    this.addSql('alter table `academy` add column `certificate_prefix` text null;');
    this.addSql("alter table `program` add column `kind` text check (`kind` in ('DLA', 'PKN_II', 'PKA', 'PKP', 'DIGITAL_LITERACY', 'OTHER')) not null default 'OTHER';");
    this.addSql('alter table `program` add column `completion_threshold` double not null default 0.8;');

    this.addSql('alter table `facilitator` add column `agency_id` integer null constraint `facilitator_agency_id_foreign` references `agency` (`id`) on update cascade on delete set null;');
    this.addSql('alter table `facilitator` add column `email` text null;');
    this.addSql('alter table `facilitator` add column `phone` text null;');
    this.addSql('create index `facilitator_agency_id_index` on `facilitator` (`agency_id`);');

    this.addSql('alter table `person` add column `email` text null;');
    this.addSql('alter table `person` add column `phone` text null;');
    this.addSql('alter table `person` add column `supervisor_id` integer null constraint `person_supervisor_id_foreign` references `person` (`id`) on update cascade on delete set null;');
    this.addSql('create index `person_supervisor_id_index` on `person` (`supervisor_id`);');

    // A new not-null column without a default: the table is rebuilt (and its triggers made again).
    this.addSql('pragma foreign_keys = off;');
    this.addSql("create table `venue__new` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `academy_id` integer not null, `name` text not null, `capacity` integer not null, `address` text null, `version` integer not null default 1, `archived_at` datetime null, `code` text not null, `time_zone` text check (`time_zone` in ('WIB', 'WITA', 'WIT')) not null default 'WIB', `online_url` text null, constraint `venue_academy_id_foreign` foreign key(`academy_id`) references `academy`(`id`) on update cascade);");
    this.addSql("insert into `venue__new` (`id`, `created_at`, `updated_at`, `academy_id`, `name`, `capacity`, `address`, `code`) select `id`, `created_at`, `updated_at`, `academy_id`, `name`, `capacity`, `address`, 'R-' || `id` from `venue`;");
    this.addSql('drop table `venue`;');
    this.addSql('alter table `venue__new` rename to `venue`;');
    this.addSql('create index `venue_academy_id_index` on `venue` (`academy_id`);');
    this.addSql('create unique index `venue_academy_id_code_unique` on `venue` (`academy_id`, `code`);');
    for (const sql of TRIGGERS('venue')) this.addSql(sql);
    this.addSql('pragma foreign_keys = on;');

    this.addSql('drop index `cohort_code_unique`;');
    this.addSql('create unique index `cohort_academy_id_code_unique` on `cohort` (`academy_id`, `code`);');

    this.addSql('create table `training_module_facilitator` (`training_module_id` integer not null, `facilitator_id` integer not null, constraint `training_module_facilitator_training_module_id_foreign` foreign key(`training_module_id`) references `training_module`(`id`) on delete cascade on update cascade, constraint `training_module_facilitator_facilitator_id_foreign` foreign key(`facilitator_id`) references `facilitator`(`id`) on delete cascade on update cascade, primary key (`training_module_id`, `facilitator_id`));');
    this.addSql('create index `training_module_facilitator_training_module_id_index` on `training_module_facilitator` (`training_module_id`);');
    this.addSql('create index `training_module_facilitator_facilitator_id_index` on `training_module_facilitator` (`facilitator_id`);');

    this.addSql('create table `facilitator_unavailability` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `facilitator_id` integer not null, `starts_at` datetime not null, `ends_at` datetime not null, `reason` text null, constraint `facilitator_unavailability_facilitator_id_foreign` foreign key(`facilitator_id`) references `facilitator`(`id`) on update cascade);');
    this.addSql('create index `facilitator_unavailability_facilitator_id_index` on `facilitator_unavailability` (`facilitator_id`);');
    this.addSql('create index `facilitator_unavailability_facilitator_id_starts_at_index` on `facilitator_unavailability` (`facilitator_id`, `starts_at`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `facilitator_unavailability`;');
    this.addSql('drop table if exists `training_module_facilitator`;');
    this.addSql('drop index if exists `cohort_academy_id_code_unique`;');
    this.addSql('create unique index `cohort_code_unique` on `cohort` (`code`);');
    this.addSql('pragma foreign_keys = off;');
    this.addSql('create table `venue__old` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `academy_id` integer not null, `name` text not null, `capacity` integer not null, `address` text null, constraint `venue_academy_id_foreign` foreign key(`academy_id`) references `academy`(`id`) on update cascade);');
    this.addSql('insert into `venue__old` select `id`, `created_at`, `updated_at`, `academy_id`, `name`, `capacity`, `address` from `venue`;');
    this.addSql('drop table `venue`;');
    this.addSql('alter table `venue__old` rename to `venue`;');
    this.addSql('create index `venue_academy_id_index` on `venue` (`academy_id`);');
    for (const sql of TRIGGERS('venue')) this.addSql(sql);
    this.addSql('pragma foreign_keys = on;');
    this.addSql('drop index if exists `person_supervisor_id_index`;');
    this.addSql('drop index if exists `facilitator_agency_id_index`;');
    // SQLite cannot drop a column that is a foreign key: `person.supervisor_id` and
    // `facilitator.agency_id` stay (empty of meaning) until the tables go with the first migration's down.
    for (const column of ['email', 'phone']) this.addSql(`alter table \`person\` drop column \`${column}\`;`);
    for (const column of ['email', 'phone']) this.addSql(`alter table \`facilitator\` drop column \`${column}\`;`);
    this.addSql('alter table `program` drop column `kind`;');
    this.addSql('alter table `program` drop column `completion_threshold`;');
    this.addSql('alter table `academy` drop column `certificate_prefix`;');
    for (const table of ['academy', 'agency', 'program', 'training_module', 'facilitator', 'person']) {
      this.addSql(`alter table \`${table}\` drop column \`version\`;`);
      this.addSql(`alter table \`${table}\` drop column \`archived_at\`;`);
    }
  }
}
