import { Migration } from '@mikro-orm/migrations';

/**
 * Communities of practice and every JP counted (issue 23): communities with members
 * (facilitators, approval), meetings, threads and posts; micro-learning units and their
 * completions (minutes, once per person); external learning records. Indexed for the
 * JP-earned rule (person and date) and the meeting conflict rule (start instant).
 */
export class Migration20261206500000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`community\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`name\` text not null, \`competency_area\` text check (\`competency_area\` in ('DIGITAL_LITERACY', 'DATA_DRIVEN_DECISIONS', 'CYBERSECURITY', 'ARTIFICIAL_INTELLIGENCE', 'SPBE', 'GROWTH_MINDSET', 'LEARNING_ORGANIZATION', 'CROSS_GENERATION_COMMUNICATION', 'LEADERSHIP')) not null, \`description\` text null, \`requires_approval\` integer not null default false, \`version\` integer not null default 1, constraint \`community_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`community_academy_id_index\` on \`community\` (\`academy_id\`);`);

    this.addSql(`create table \`micro_learning_unit\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`community_id\` integer not null, \`title\` text not null, \`minutes\` integer not null, \`url\` text null, \`body\` text null, \`questions\` json not null, \`author_id\` integer null, constraint \`micro_learning_unit_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`micro_learning_unit_author_id_foreign\` foreign key(\`author_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`micro_learning_unit_community_id_index\` on \`micro_learning_unit\` (\`community_id\`);`);
    this.addSql(`create index \`micro_learning_unit_author_id_index\` on \`micro_learning_unit\` (\`author_id\`);`);
    this.addSql(`create index \`micro_learning_unit_community_id_id_index\` on \`micro_learning_unit\` (\`community_id\`, \`id\`);`);

    this.addSql(`create table \`micro_learning_completion\` (\`id\` integer not null primary key autoincrement, \`unit_id\` integer not null, \`person_id\` integer not null, \`minutes\` integer not null, \`completed_at\` datetime not null, constraint \`micro_learning_completion_unit_id_foreign\` foreign key(\`unit_id\`) references \`micro_learning_unit\`(\`id\`) on update cascade, constraint \`micro_learning_completion_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`micro_learning_completion_unit_id_index\` on \`micro_learning_completion\` (\`unit_id\`);`);
    this.addSql(`create index \`micro_learning_completion_person_id_index\` on \`micro_learning_completion\` (\`person_id\`);`);
    this.addSql(`create index \`micro_learning_completion_completed_at_index\` on \`micro_learning_completion\` (\`completed_at\`);`);
    this.addSql(`create index \`micro_learning_completion_person_id_completed_at_index\` on \`micro_learning_completion\` (\`person_id\`, \`completed_at\`);`);
    this.addSql(`create unique index \`micro_learning_completion_unit_id_person_id_unique\` on \`micro_learning_completion\` (\`unit_id\`, \`person_id\`);`);

    this.addSql(`create table \`external_learning_record\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`person_id\` integer not null, \`source\` text not null, \`title\` text not null, \`start_date\` date not null, \`end_date\` date not null, \`jp\` integer not null, \`evidence_url\` text null, \`created_by\` text not null, constraint \`external_learning_record_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade, constraint \`external_learning_record_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`external_learning_record_academy_id_index\` on \`external_learning_record\` (\`academy_id\`);`);
    this.addSql(`create index \`external_learning_record_person_id_index\` on \`external_learning_record\` (\`person_id\`);`);
    this.addSql(`create index \`external_learning_record_end_date_index\` on \`external_learning_record\` (\`end_date\`);`);
    this.addSql(`create index \`external_learning_record_person_id_end_date_index\` on \`external_learning_record\` (\`person_id\`, \`end_date\`);`);

    this.addSql(`create table \`community_thread\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`community_id\` integer not null, \`title\` text not null, \`author_id\` integer null, \`author_name\` text not null, constraint \`community_thread_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`community_thread_author_id_foreign\` foreign key(\`author_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`community_thread_community_id_index\` on \`community_thread\` (\`community_id\`);`);
    this.addSql(`create index \`community_thread_author_id_index\` on \`community_thread\` (\`author_id\`);`);
    this.addSql(`create index \`community_thread_community_id_id_index\` on \`community_thread\` (\`community_id\`, \`id\`);`);

    this.addSql(`create table \`community_post\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`thread_id\` integer not null, \`community_id\` integer not null, \`author_id\` integer null, \`author_name\` text not null, \`body\` text not null, constraint \`community_post_thread_id_foreign\` foreign key(\`thread_id\`) references \`community_thread\`(\`id\`) on update cascade, constraint \`community_post_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`community_post_author_id_foreign\` foreign key(\`author_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`community_post_thread_id_index\` on \`community_post\` (\`thread_id\`);`);
    this.addSql(`create index \`community_post_community_id_index\` on \`community_post\` (\`community_id\`);`);
    this.addSql(`create index \`community_post_author_id_index\` on \`community_post\` (\`author_id\`);`);
    this.addSql(`create index \`community_post_thread_id_id_index\` on \`community_post\` (\`thread_id\`, \`id\`);`);

    this.addSql(`create table \`community_member\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`community_id\` integer not null, \`person_id\` integer not null, \`role\` text check (\`role\` in ('MEMBER', 'FACILITATOR')) not null, \`status\` text check (\`status\` in ('PENDING', 'ACTIVE')) not null, \`joined_at\` datetime null, constraint \`community_member_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`community_member_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`community_member_community_id_index\` on \`community_member\` (\`community_id\`);`);
    this.addSql(`create index \`community_member_person_id_index\` on \`community_member\` (\`person_id\`);`);
    this.addSql(`create index \`community_member_person_id_status_index\` on \`community_member\` (\`person_id\`, \`status\`);`);
    this.addSql(`create unique index \`community_member_community_id_person_id_unique\` on \`community_member\` (\`community_id\`, \`person_id\`);`);

    this.addSql(`create table \`community_meeting\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`community_id\` integer not null, \`title\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`venue_id\` integer null, \`online_url\` text null, \`version\` integer not null default 1, constraint \`community_meeting_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`community_meeting_venue_id_foreign\` foreign key(\`venue_id\`) references \`venue\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`community_meeting_community_id_index\` on \`community_meeting\` (\`community_id\`);`);
    this.addSql(`create index \`community_meeting_venue_id_index\` on \`community_meeting\` (\`venue_id\`);`);
    this.addSql(`create index \`community_meeting_starts_at_index\` on \`community_meeting\` (\`starts_at\`);`);
    this.addSql(`create index \`community_meeting_community_id_starts_at_index\` on \`community_meeting\` (\`community_id\`, \`starts_at\`);`);
  }

  override async down(): Promise<void> {
    for (const table of ['community_meeting', 'community_member', 'community_post', 'community_thread', 'external_learning_record', 'micro_learning_completion', 'micro_learning_unit', 'community']) {
      this.addSql(`drop table if exists \`${table}\`;`);
    }
  }
}
