import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`academy\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`province\` text null, \`time_zone\` text check (\`time_zone\` in ('WIB', 'WITA', 'WIT')) not null default 'WIB');`);
    this.addSql(`create unique index \`academy_code_unique\` on \`academy\` (\`code\`);`);

    this.addSql(`create table \`agency\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`level\` text check (\`level\` in ('PUSAT', 'DAERAH')) not null default 'DAERAH', \`province\` text null, \`time_zone\` text check (\`time_zone\` in ('WIB', 'WITA', 'WIT')) not null default 'WIB', \`academy_id\` integer null, constraint \`agency_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`agency_code_unique\` on \`agency\` (\`code\`);`);
    this.addSql(`create index \`agency_province_index\` on \`agency\` (\`province\`);`);
    this.addSql(`create index \`agency_academy_id_index\` on \`agency\` (\`academy_id\`);`);

    this.addSql(`create table \`facilitator\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('WIDYAISWARA', 'COACH', 'MENTOR', 'EXTERNAL')) not null, \`expertise\` text null, constraint \`facilitator_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`facilitator_academy_id_index\` on \`facilitator\` (\`academy_id\`);`);

    this.addSql(`create table \`person\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`nip\` text not null, \`name\` text not null, \`employment_type\` text check (\`employment_type\` in ('PNS', 'PPPK')) not null, \`position_type\` text check (\`position_type\` in ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA')) not null, \`eselon\` text check (\`eselon\` in ('Ia', 'Ib', 'IIa', 'IIb', 'IIIa', 'IIIb', 'IVa', 'IVb')) null, \`eselon_group\` text check (\`eselon_group\` in ('I', 'II', 'III', 'IV', 'JF', 'PELAKSANA')) not null, \`job_title\` text null, \`agency_id\` integer not null, \`birth_date\` date not null, \`gender\` text check (\`gender\` in ('MALE', 'FEMALE')) null, \`generation\` text check (\`generation\` in ('BOOMER', 'GEN_X', 'GEN_Y', 'GEN_Z', 'GEN_ALPHA')) null, constraint \`person_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`person_nip_unique\` on \`person\` (\`nip\`);`);
    this.addSql(`create index \`person_name_index\` on \`person\` (\`name\`);`);
    this.addSql(`create index \`person_eselon_group_index\` on \`person\` (\`eselon_group\`);`);
    this.addSql(`create index \`person_agency_id_index\` on \`person\` (\`agency_id\`);`);
    this.addSql(`create index \`person_generation_index\` on \`person\` (\`generation\`);`);
    this.addSql(`create index \`person_agency_id_eselon_group_index\` on \`person\` (\`agency_id\`, \`eselon_group\`);`);

    this.addSql(`create table \`program\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`description\` text null, \`target_eselon_groups\` json not null, \`academy_id\` integer not null, constraint \`program_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`program_academy_id_index\` on \`program\` (\`academy_id\`);`);
    this.addSql(`create unique index \`program_academy_id_code_unique\` on \`program\` (\`academy_id\`, \`code\`);`);

    this.addSql(`create table \`training_module\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`program_id\` integer not null, \`code\` text not null, \`title\` text not null, \`competency_area\` text check (\`competency_area\` in ('DIGITAL_LITERACY', 'DATA_DRIVEN_DECISIONS', 'CYBERSECURITY', 'ARTIFICIAL_INTELLIGENCE', 'SPBE', 'GROWTH_MINDSET', 'LEARNING_ORGANIZATION', 'CROSS_GENERATION_COMMUNICATION', 'LEADERSHIP')) not null, \`format\` text check (\`format\` in ('CLASSROOM', 'ONLINE', 'BLENDED', 'MICRO_LEARNING', 'REVERSE_MENTORING', 'COMMUNITY_OF_PRACTICE', 'ACTION_LEARNING')) not null, \`jp\` integer not null, \`target_generations\` json not null, \`cross_generation\` integer not null default false, \`position\` integer not null default 0, constraint \`training_module_program_id_foreign\` foreign key(\`program_id\`) references \`program\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`training_module_program_id_index\` on \`training_module\` (\`program_id\`);`);
    this.addSql(`create unique index \`training_module_program_id_code_unique\` on \`training_module\` (\`program_id\`, \`code\`);`);

    this.addSql(`create table \`venue\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`name\` text not null, \`capacity\` integer not null, \`address\` text null, constraint \`venue_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`venue_academy_id_index\` on \`venue\` (\`academy_id\`);`);

    this.addSql(`create table \`cohort\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`program_id\` integer not null, \`academy_id\` integer not null, \`start_date\` date not null, \`end_date\` date not null, \`time_zone\` text check (\`time_zone\` in ('WIB', 'WITA', 'WIT')) not null default 'WIB', \`capacity\` integer not null, \`venue_id\` integer null, \`online\` integer not null default false, \`status\` text check (\`status\` in ('DRAFT', 'OPEN', 'RUNNING', 'CLOSED')) not null default 'DRAFT', \`completion_threshold\` double not null default 0.8, constraint \`cohort_program_id_foreign\` foreign key(\`program_id\`) references \`program\`(\`id\`) on update cascade, constraint \`cohort_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade, constraint \`cohort_venue_id_foreign\` foreign key(\`venue_id\`) references \`venue\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`cohort_code_unique\` on \`cohort\` (\`code\`);`);
    this.addSql(`create index \`cohort_program_id_index\` on \`cohort\` (\`program_id\`);`);
    this.addSql(`create index \`cohort_academy_id_index\` on \`cohort\` (\`academy_id\`);`);
    this.addSql(`create index \`cohort_venue_id_index\` on \`cohort\` (\`venue_id\`);`);
    this.addSql(`create index \`cohort_status_index\` on \`cohort\` (\`status\`);`);
    this.addSql(`create index \`cohort_start_date_end_date_index\` on \`cohort\` (\`start_date\`, \`end_date\`);`);

    this.addSql(`create table \`session\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`cohort_id\` integer not null, \`module_id\` integer not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`venue_id\` integer null, \`online_url\` text null, \`facilitator_id\` integer null, \`status\` text check (\`status\` in ('SCHEDULED', 'CANCELLED')) not null default 'SCHEDULED', \`version\` integer not null default 1, constraint \`session_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on update cascade, constraint \`session_module_id_foreign\` foreign key(\`module_id\`) references \`training_module\`(\`id\`) on update cascade, constraint \`session_venue_id_foreign\` foreign key(\`venue_id\`) references \`venue\`(\`id\`) on delete set null on update cascade, constraint \`session_facilitator_id_foreign\` foreign key(\`facilitator_id\`) references \`facilitator\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`session_cohort_id_index\` on \`session\` (\`cohort_id\`);`);
    this.addSql(`create index \`session_module_id_index\` on \`session\` (\`module_id\`);`);
    this.addSql(`create index \`session_venue_id_index\` on \`session\` (\`venue_id\`);`);
    this.addSql(`create index \`session_facilitator_id_index\` on \`session\` (\`facilitator_id\`);`);
    this.addSql(`create index \`session_facilitator_id_starts_at_index\` on \`session\` (\`facilitator_id\`, \`starts_at\`);`);
    this.addSql(`create index \`session_venue_id_starts_at_index\` on \`session\` (\`venue_id\`, \`starts_at\`);`);
    this.addSql(`create index \`session_cohort_id_starts_at_index\` on \`session\` (\`cohort_id\`, \`starts_at\`);`);

    this.addSql(`create table \`attendance\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` integer not null, \`person_id\` integer not null, \`status\` text check (\`status\` in ('PRESENT', 'LATE', 'EXCUSED', 'SICK', 'OFFICIAL_DUTY', 'ABSENT')) not null, \`note\` text null, \`check_in_at\` datetime null, \`recorded_at\` datetime not null, \`recorded_by\` text null, constraint \`attendance_session_id_foreign\` foreign key(\`session_id\`) references \`session\`(\`id\`) on update cascade, constraint \`attendance_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`attendance_session_id_index\` on \`attendance\` (\`session_id\`);`);
    this.addSql(`create index \`attendance_person_id_index\` on \`attendance\` (\`person_id\`);`);
    this.addSql(`create unique index \`attendance_session_id_person_id_unique\` on \`attendance\` (\`session_id\`, \`person_id\`);`);

    this.addSql(`create table \`enrollment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`cohort_id\` integer not null, \`person_id\` integer not null, \`status\` text check (\`status\` in ('ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED')) not null, \`waitlist_position\` integer null, \`override_reason\` text null, \`withdrawal_reason\` text null, constraint \`enrollment_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on update cascade, constraint \`enrollment_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`enrollment_cohort_id_index\` on \`enrollment\` (\`cohort_id\`);`);
    this.addSql(`create index \`enrollment_person_id_index\` on \`enrollment\` (\`person_id\`);`);
    this.addSql(`create index \`enrollment_cohort_id_status_index\` on \`enrollment\` (\`cohort_id\`, \`status\`);`);
    this.addSql(`create unique index \`enrollment_cohort_id_person_id_unique\` on \`enrollment\` (\`cohort_id\`, \`person_id\`);`);
  }

  override async down(): Promise<void> {
    // Children before parents.
    this.addSql('drop table if exists `enrollment`;');
    this.addSql('drop table if exists `attendance`;');
    this.addSql('drop table if exists `session`;');
    this.addSql('drop table if exists `cohort`;');
    this.addSql('drop table if exists `venue`;');
    this.addSql('drop table if exists `training_module`;');
    this.addSql('drop table if exists `program`;');
    this.addSql('drop table if exists `person`;');
    this.addSql('drop table if exists `facilitator`;');
    this.addSql('drop table if exists `agency`;');
    this.addSql('drop table if exists `academy`;');
  }

}
