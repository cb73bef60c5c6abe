import { Migration } from '@mikro-orm/migrations';

/**
 * SQLite keeps a CHECK constraint only in the table's stored CREATE text, and ALTER TABLE
 * cannot change it. Widening a list of allowed values leaves every stored row valid, so the
 * stored text is edited in place (SQLite's documented procedure for schema changes that do not
 * touch the stored data, lang_altertable.html §7) instead of copying the table, which would
 * cascade through the tables that reference it.
 */
const rewriteCheck = (table: string, from: string, to: string) => [
  'pragma writable_schema = on;',
  `update sqlite_master set sql = replace(sql, '${from.replaceAll("'", "''")}', '${to.replaceAll("'", "''")}') where type = 'table' and name = '${table}';`,
  'pragma writable_schema = reset;',
];

const ROLES_BEFORE = "'ADMIN', 'ORGANIZER', 'PARTICIPANT')";
const ROLES_AFTER = "'ADMIN', 'ORGANIZER', 'PARTICIPANT', 'AGENCY_HR')";
const EVENTS_BEFORE = "'attendance.recorded')";
const EVENTS_AFTER = "'attendance.recorded', 'nomination.changed')";

/**
 * Nominations from agencies (issue 21): the AGENCY_HR role and an account's agency; programs
 * that ask the supervisor first; cohorts' seats reserved per agency and their release; the
 * nominations; and the `nomination.changed` webhook event.
 */
export class Migration20261205100000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of rewriteCheck('account', ROLES_BEFORE, ROLES_AFTER)) this.addSql(sql);
    for (const sql of rewriteCheck('webhook_event', EVENTS_BEFORE, EVENTS_AFTER)) this.addSql(sql);
    this.addSql('alter table `account` add column `agency_id` integer null constraint `account_agency_id_foreign` references `agency` (`id`) on update cascade on delete set null;');
    this.addSql('create index `account_agency_id_index` on `account` (`agency_id`);');
    this.addSql('alter table `program` add column `requires_supervisor_approval` integer not null default false;');
    this.addSql('alter table `cohort` add column `quota_release_days` integer null;');
    this.addSql("create table `nomination` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `cohort_id` integer not null, `person_id` integer not null, `agency_id` integer not null, `nominated_by_id` integer null, `note` text null, `status` text check (`status` in ('SUPERVISOR_PENDING', 'PENDING', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')) not null, `supervisor_decided_by` text null, `supervisor_decided_at` datetime null, `supervisor_note` text null, `decided_by` text null, `decided_at` datetime null, `reason` text null, `enrollment_id` integer null, constraint `nomination_cohort_id_foreign` foreign key(`cohort_id`) references `cohort`(`id`) on update cascade, constraint `nomination_person_id_foreign` foreign key(`person_id`) references `person`(`id`) on update cascade, constraint `nomination_agency_id_foreign` foreign key(`agency_id`) references `agency`(`id`) on update cascade, constraint `nomination_nominated_by_id_foreign` foreign key(`nominated_by_id`) references `account`(`id`) on delete set null on update cascade, constraint `nomination_enrollment_id_foreign` foreign key(`enrollment_id`) references `enrollment`(`id`) on delete set null on update cascade);");
    this.addSql('create index `nomination_cohort_id_index` on `nomination` (`cohort_id`);');
    this.addSql('create index `nomination_person_id_index` on `nomination` (`person_id`);');
    this.addSql('create index `nomination_agency_id_index` on `nomination` (`agency_id`);');
    this.addSql('create index `nomination_nominated_by_id_index` on `nomination` (`nominated_by_id`);');
    this.addSql('create index `nomination_enrollment_id_index` on `nomination` (`enrollment_id`);');
    this.addSql('create index `nomination_agency_id_status_index` on `nomination` (`agency_id`, `status`);');
    this.addSql('create index `nomination_cohort_id_status_index` on `nomination` (`cohort_id`, `status`);');
    this.addSql('create table `cohort_quota` (`id` integer not null primary key autoincrement, `cohort_id` integer not null, `agency_id` integer not null, `seats` integer not null, constraint `cohort_quota_cohort_id_foreign` foreign key(`cohort_id`) references `cohort`(`id`) on delete cascade on update cascade, constraint `cohort_quota_agency_id_foreign` foreign key(`agency_id`) references `agency`(`id`) on update cascade);');
    this.addSql('create index `cohort_quota_cohort_id_index` on `cohort_quota` (`cohort_id`);');
    this.addSql('create index `cohort_quota_agency_id_index` on `cohort_quota` (`agency_id`);');
    this.addSql('create unique index `cohort_quota_cohort_id_agency_id_unique` on `cohort_quota` (`cohort_id`, `agency_id`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `cohort_quota`;');
    this.addSql('drop table if exists `nomination`;');
    this.addSql('alter table `cohort` drop column `quota_release_days`;');
    this.addSql('alter table `program` drop column `requires_supervisor_approval`;');
    this.addSql('drop index if exists `account_agency_id_index`;');
    this.addSql('alter table `account` drop column `agency_id`;');
    this.addSql("delete from `webhook_event` where `type` = 'nomination.changed';");
    this.addSql("update `account` set `role` = 'ORGANIZER', `disabled` = 1 where `role` = 'AGENCY_HR';");
    for (const sql of rewriteCheck('webhook_event', EVENTS_AFTER, EVENTS_BEFORE)) this.addSql(sql);
    for (const sql of rewriteCheck('account', ROLES_AFTER, ROLES_BEFORE)) this.addSql(sql);
  }
}
