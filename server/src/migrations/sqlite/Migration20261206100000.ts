import { Migration } from '@mikro-orm/migrations';

/** SQLite keeps a CHECK only in the table's stored text: widened in place as in Migration20261205100000. */
const rewriteCheck = (table: string, from: string, to: string) => [
  'pragma writable_schema = on;',
  `update sqlite_master set sql = replace(sql, '${from.replaceAll("'", "''")}', '${to.replaceAll("'", "''")}') where type = 'table' and name = '${table}';`,
  'pragma writable_schema = reset;',
];

const KINDS_BEFORE = "'NOMINATION_RESULT', 'ATTENDANCE_WARNING')";
const KINDS_AFTER = "'NOMINATION_RESULT', 'ATTENDANCE_WARNING', 'EVALUATION_FOLLOW_UP')";

/**
 * Evaluations (issue 22, Kirkpatrick levels 1 and 3): forms attached to cohorts or kept as an
 * academy's templates; anonymous responses and their answers (random keys, the day only, the
 * respondent's eselon group and generation but never the person); the receipts that record who
 * has answered; and the EVALUATION_FOLLOW_UP notice kind.
 */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of rewriteCheck('notification', KINDS_BEFORE, KINDS_AFTER)) this.addSql(sql);
    this.addSql(`create table \`evaluation_form\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`cohort_id\` integer null, \`title\` text not null, \`kind\` text check (\`kind\` in ('REACTION', 'FOLLOW_UP')) not null, \`target\` text check (\`target\` in ('COHORT', 'FACILITATOR', 'VENUE')) not null, \`months_after\` integer null, \`template_key\` text null, \`questions\` json not null, constraint \`evaluation_form_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade, constraint \`evaluation_form_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`evaluation_form_academy_id_index\` on \`evaluation_form\` (\`academy_id\`);`);
    this.addSql(`create index \`evaluation_form_cohort_id_index\` on \`evaluation_form\` (\`cohort_id\`);`);
    this.addSql(`create index \`evaluation_form_academy_id_cohort_id_index\` on \`evaluation_form\` (\`academy_id\`, \`cohort_id\`);`);
    this.addSql(`create table \`evaluation_response\` (\`id\` text not null, \`form_id\` integer not null, \`cohort_id\` integer not null, \`target\` text check (\`target\` in ('COHORT', 'FACILITATOR', 'VENUE')) not null, \`facilitator_id\` integer null, \`venue_id\` integer null, \`respondent\` text not null, \`eselon_group\` text not null, \`generation\` text null, \`answered_on\` text not null, constraint \`evaluation_response_form_id_foreign\` foreign key(\`form_id\`) references \`evaluation_form\`(\`id\`) on delete cascade on update cascade, constraint \`evaluation_response_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on delete cascade on update cascade, constraint \`evaluation_response_facilitator_id_foreign\` foreign key(\`facilitator_id\`) references \`facilitator\`(\`id\`) on delete set null on update cascade, constraint \`evaluation_response_venue_id_foreign\` foreign key(\`venue_id\`) references \`venue\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`evaluation_response_form_id_index\` on \`evaluation_response\` (\`form_id\`);`);
    this.addSql(`create index \`evaluation_response_cohort_id_index\` on \`evaluation_response\` (\`cohort_id\`);`);
    this.addSql(`create index \`evaluation_response_facilitator_id_index\` on \`evaluation_response\` (\`facilitator_id\`);`);
    this.addSql(`create index \`evaluation_response_venue_id_index\` on \`evaluation_response\` (\`venue_id\`);`);
    this.addSql(`create index \`evaluation_response_form_id_target_index\` on \`evaluation_response\` (\`form_id\`, \`target\`);`);
    this.addSql(`create table \`evaluation_answer\` (\`id\` text not null, \`response_id\` text not null, \`question\` integer not null, \`rating\` integer null, \`choice\` integer null, \`text\` text null, constraint \`evaluation_answer_response_id_foreign\` foreign key(\`response_id\`) references \`evaluation_response\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`evaluation_answer_response_id_index\` on \`evaluation_answer\` (\`response_id\`);`);
    this.addSql(`create table \`evaluation_receipt\` (\`id\` integer not null primary key autoincrement, \`form_id\` integer not null, \`person_id\` integer not null, \`target\` text not null, constraint \`evaluation_receipt_form_id_foreign\` foreign key(\`form_id\`) references \`evaluation_form\`(\`id\`) on delete cascade on update cascade, constraint \`evaluation_receipt_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`evaluation_receipt_form_id_index\` on \`evaluation_receipt\` (\`form_id\`);`);
    this.addSql(`create index \`evaluation_receipt_person_id_index\` on \`evaluation_receipt\` (\`person_id\`);`);
    this.addSql(`create unique index \`evaluation_receipt_form_id_person_id_target_unique\` on \`evaluation_receipt\` (\`form_id\`, \`person_id\`, \`target\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `evaluation_answer`;');
    this.addSql('drop table if exists `evaluation_response`;');
    this.addSql('drop table if exists `evaluation_receipt`;');
    this.addSql('drop table if exists `evaluation_form`;');
    this.addSql("delete from `notification` where `kind` = 'EVALUATION_FOLLOW_UP';");
    for (const sql of rewriteCheck('notification', KINDS_AFTER, KINDS_BEFORE)) this.addSql(sql);
  }
}
