import { Migration } from '@mikro-orm/migrations';

/** See Migration20261205100000: SQLite keeps a CHECK only in the stored CREATE text, edited in place. */
const rewriteCheck = (table: string, from: string, to: string) => [
  'pragma writable_schema = on;',
  `update sqlite_master set sql = replace(sql, '${from.replaceAll("'", "''")}', '${to.replaceAll("'", "''")}') where type = 'table' and name = '${table}';`,
  'pragma writable_schema = reset;',
];

const EVENTS_BEFORE = "'nomination.changed')";
const EVENTS_AFTER = "'nomination.changed', 'action_plan.changed')";

/**
 * Change projects (issue 22): the plans, their milestones and seminar scores; a facilitator's
 * own roster record (the coach's sign-in); programs that make an approved plan a condition of
 * completion; and the `action_plan.changed` webhook event.
 */
export class Migration20261206200000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of rewriteCheck('webhook_event', EVENTS_BEFORE, EVENTS_AFTER)) this.addSql(sql);
    this.addSql(`create table \`action_plan\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`enrollment_id\` integer not null, \`cohort_id\` integer not null, \`person_id\` integer not null, \`title\` text not null, \`problem\` text not null default '', \`goal\` text not null default '', \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REVISION_REQUESTED', 'IMPLEMENTED')) not null default 'DRAFT', \`coach_id\` integer null, \`mentor_id\` integer null, \`attachments\` json not null, \`submitted_at\` datetime null, \`reviewed_by\` text null, \`reviewed_at\` datetime null, \`review_note\` text null, \`implemented_at\` datetime null, \`seminar_session_id\` integer null, \`seminar_score\` double null, constraint \`action_plan_enrollment_id_foreign\` foreign key(\`enrollment_id\`) references \`enrollment\`(\`id\`) on update cascade, constraint \`action_plan_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on update cascade, constraint \`action_plan_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, constraint \`action_plan_coach_id_foreign\` foreign key(\`coach_id\`) references \`facilitator\`(\`id\`) on delete set null on update cascade, constraint \`action_plan_mentor_id_foreign\` foreign key(\`mentor_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`action_plan_seminar_session_id_foreign\` foreign key(\`seminar_session_id\`) references \`session\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`action_plan_enrollment_id_index\` on \`action_plan\` (\`enrollment_id\`);`);
    this.addSql(`create unique index \`action_plan_enrollment_id_unique\` on \`action_plan\` (\`enrollment_id\`);`);
    this.addSql(`create index \`action_plan_cohort_id_index\` on \`action_plan\` (\`cohort_id\`);`);
    this.addSql(`create index \`action_plan_person_id_index\` on \`action_plan\` (\`person_id\`);`);
    this.addSql(`create index \`action_plan_coach_id_index\` on \`action_plan\` (\`coach_id\`);`);
    this.addSql(`create index \`action_plan_mentor_id_index\` on \`action_plan\` (\`mentor_id\`);`);
    this.addSql(`create index \`action_plan_seminar_session_id_index\` on \`action_plan\` (\`seminar_session_id\`);`);
    this.addSql(`create index \`action_plan_cohort_id_status_index\` on \`action_plan\` (\`cohort_id\`, \`status\`);`);
    this.addSql(`create table \`action_plan_score\` (\`id\` integer not null primary key autoincrement, \`plan_id\` integer not null, \`role\` text check (\`role\` in ('COACH', 'MENTOR', 'EXAMINER')) not null, \`criteria\` json not null, \`score\` double not null, \`scored_by\` text not null, \`scored_at\` datetime not null, constraint \`action_plan_score_plan_id_foreign\` foreign key(\`plan_id\`) references \`action_plan\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`action_plan_score_plan_id_index\` on \`action_plan_score\` (\`plan_id\`);`);
    this.addSql(`create unique index \`action_plan_score_plan_id_role_unique\` on \`action_plan_score\` (\`plan_id\`, \`role\`);`);
    this.addSql(`create table \`action_plan_milestone\` (\`id\` integer not null primary key autoincrement, \`plan_id\` integer not null, \`position\` integer not null, \`title\` text not null, \`due_date\` text not null, \`status\` text check (\`status\` in ('PLANNED', 'IN_PROGRESS', 'DONE')) not null default 'PLANNED', \`done_date\` text null, constraint \`action_plan_milestone_plan_id_foreign\` foreign key(\`plan_id\`) references \`action_plan\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`action_plan_milestone_plan_id_index\` on \`action_plan_milestone\` (\`plan_id\`);`);
    this.addSql(`create index \`action_plan_milestone_plan_id_position_index\` on \`action_plan_milestone\` (\`plan_id\`, \`position\`);`);
    this.addSql(`alter table \`facilitator\` add column \`person_id\` integer null constraint \`facilitator_person_id_foreign\` references \`person\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`facilitator_person_id_index\` on \`facilitator\` (\`person_id\`);`);
    this.addSql('alter table `program` add column `requires_approved_action_plan` integer not null default false;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `action_plan_score`;');
    this.addSql('drop table if exists `action_plan_milestone`;');
    this.addSql('drop table if exists `action_plan`;');
    this.addSql('alter table `program` drop column `requires_approved_action_plan`;');
    this.addSql('drop index if exists `facilitator_person_id_index`;');
    this.addSql('alter table `facilitator` drop column `person_id`;');
    this.addSql("delete from `webhook_event` where `type` = 'action_plan.changed';");
    for (const sql of rewriteCheck('webhook_event', EVENTS_AFTER, EVENTS_BEFORE)) this.addSql(sql);
  }
}
