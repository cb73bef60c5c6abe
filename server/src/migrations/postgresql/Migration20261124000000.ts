import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "academy" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(200) not null, "province" varchar(100) null, "time_zone" text check ("time_zone" in ('WIB', 'WITA', 'WIT')) not null default 'WIB');`);
    this.addSql(`alter table "academy" add constraint "academy_code_unique" unique ("code");`);

    this.addSql(`create table "agency" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(200) not null, "level" text check ("level" in ('PUSAT', 'DAERAH')) not null default 'DAERAH', "province" varchar(100) null, "time_zone" text check ("time_zone" in ('WIB', 'WITA', 'WIT')) not null default 'WIB', "academy_id" int null);`);
    this.addSql(`alter table "agency" add constraint "agency_code_unique" unique ("code");`);
    this.addSql(`create index "agency_province_index" on "agency" ("province");`);
    this.addSql(`create index "agency_academy_id_index" on "agency" ("academy_id");`);

    this.addSql(`create table "facilitator" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "name" varchar(200) not null, "kind" text check ("kind" in ('WIDYAISWARA', 'COACH', 'MENTOR', 'EXTERNAL')) not null, "expertise" varchar(200) null);`);
    this.addSql(`create index "facilitator_academy_id_index" on "facilitator" ("academy_id");`);

    this.addSql(`create table "person" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "nip" varchar(18) not null, "name" varchar(200) not null, "employment_type" text check ("employment_type" in ('PNS', 'PPPK')) not null, "position_type" text check ("position_type" in ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA')) not null, "eselon" text check ("eselon" in ('Ia', 'Ib', 'IIa', 'IIb', 'IIIa', 'IIIb', 'IVa', 'IVb')) null, "eselon_group" text check ("eselon_group" in ('I', 'II', 'III', 'IV', 'JF', 'PELAKSANA')) not null, "job_title" varchar(200) null, "agency_id" int not null, "birth_date" date not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) null, "generation" text check ("generation" in ('BOOMER', 'GEN_X', 'GEN_Y', 'GEN_Z', 'GEN_ALPHA')) null);`);
    this.addSql(`alter table "person" add constraint "person_nip_unique" unique ("nip");`);
    this.addSql(`create index "person_name_index" on "person" ("name");`);
    this.addSql(`create index "person_eselon_group_index" on "person" ("eselon_group");`);
    this.addSql(`create index "person_generation_index" on "person" ("generation");`);
    this.addSql(`create index "person_agency_id_eselon_group_index" on "person" ("agency_id", "eselon_group");`);

    this.addSql(`create table "program" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(200) not null, "description" text null, "target_eselon_groups" jsonb not null, "academy_id" int not null);`);
    this.addSql(`create index "program_academy_id_index" on "program" ("academy_id");`);
    this.addSql(`alter table "program" add constraint "program_academy_id_code_unique" unique ("academy_id", "code");`);

    this.addSql(`create table "training_module" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "program_id" int not null, "code" varchar(40) not null, "title" varchar(200) not null, "competency_area" text check ("competency_area" in ('DIGITAL_LITERACY', 'DATA_DRIVEN_DECISIONS', 'CYBERSECURITY', 'ARTIFICIAL_INTELLIGENCE', 'SPBE', 'GROWTH_MINDSET', 'LEARNING_ORGANIZATION', 'CROSS_GENERATION_COMMUNICATION', 'LEADERSHIP')) not null, "format" text check ("format" in ('CLASSROOM', 'ONLINE', 'BLENDED', 'MICRO_LEARNING', 'REVERSE_MENTORING', 'COMMUNITY_OF_PRACTICE', 'ACTION_LEARNING')) not null, "jp" int not null, "target_generations" jsonb not null, "cross_generation" boolean not null default false, "position" int not null default 0);`);
    this.addSql(`create index "training_module_program_id_index" on "training_module" ("program_id");`);
    this.addSql(`alter table "training_module" add constraint "training_module_program_id_code_unique" unique ("program_id", "code");`);

    this.addSql(`create table "venue" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "name" varchar(200) not null, "capacity" int not null, "address" varchar(300) null);`);
    this.addSql(`create index "venue_academy_id_index" on "venue" ("academy_id");`);

    this.addSql(`create table "cohort" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(200) not null, "program_id" int not null, "academy_id" int not null, "start_date" date not null, "end_date" date not null, "time_zone" text check ("time_zone" in ('WIB', 'WITA', 'WIT')) not null default 'WIB', "capacity" int not null, "venue_id" int null, "online" boolean not null default false, "status" text check ("status" in ('DRAFT', 'OPEN', 'RUNNING', 'CLOSED')) not null default 'DRAFT', "completion_threshold" double precision not null default 0.8);`);
    this.addSql(`alter table "cohort" add constraint "cohort_code_unique" unique ("code");`);
    this.addSql(`create index "cohort_program_id_index" on "cohort" ("program_id");`);
    this.addSql(`create index "cohort_academy_id_index" on "cohort" ("academy_id");`);
    this.addSql(`create index "cohort_status_index" on "cohort" ("status");`);
    this.addSql(`create index "cohort_start_date_end_date_index" on "cohort" ("start_date", "end_date");`);

    this.addSql(`create table "session" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" int not null, "module_id" int not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "venue_id" int null, "online_url" varchar(500) null, "facilitator_id" int null, "status" text check ("status" in ('SCHEDULED', 'CANCELLED')) not null default 'SCHEDULED', "version" int not null default 1);`);
    this.addSql(`create index "session_module_id_index" on "session" ("module_id");`);
    this.addSql(`create index "session_facilitator_id_starts_at_index" on "session" ("facilitator_id", "starts_at");`);
    this.addSql(`create index "session_venue_id_starts_at_index" on "session" ("venue_id", "starts_at");`);
    this.addSql(`create index "session_cohort_id_starts_at_index" on "session" ("cohort_id", "starts_at");`);

    this.addSql(`create table "attendance" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" int not null, "person_id" int not null, "status" text check ("status" in ('PRESENT', 'LATE', 'EXCUSED', 'SICK', 'OFFICIAL_DUTY', 'ABSENT')) not null, "note" varchar(500) null, "check_in_at" timestamptz null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) null);`);
    this.addSql(`create index "attendance_person_id_index" on "attendance" ("person_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_session_id_person_id_unique" unique ("session_id", "person_id");`);

    this.addSql(`create table "enrollment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" int not null, "person_id" int not null, "status" text check ("status" in ('ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED')) not null, "waitlist_position" int null, "override_reason" varchar(500) null, "withdrawal_reason" varchar(500) null);`);
    this.addSql(`create index "enrollment_person_id_index" on "enrollment" ("person_id");`);
    this.addSql(`create index "enrollment_cohort_id_status_index" on "enrollment" ("cohort_id", "status");`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_cohort_id_person_id_unique" unique ("cohort_id", "person_id");`);

    this.addSql(`alter table "agency" add constraint "agency_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "facilitator" add constraint "facilitator_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);

    this.addSql(`alter table "person" add constraint "person_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "program" add constraint "program_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);

    this.addSql(`alter table "training_module" add constraint "training_module_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;`);

    this.addSql(`alter table "venue" add constraint "venue_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);

    this.addSql(`alter table "cohort" add constraint "cohort_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;`);
    this.addSql(`alter table "cohort" add constraint "cohort_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);
    this.addSql(`alter table "cohort" add constraint "cohort_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "session" add constraint "session_module_id_foreign" foreign key ("module_id") references "training_module" ("id") on update cascade;`);
    this.addSql(`alter table "session" add constraint "session_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "session" add constraint "session_facilitator_id_foreign" foreign key ("facilitator_id") references "facilitator" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "session" ("id") on update cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "enrollment" add constraint "enrollment_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agency" drop constraint "agency_academy_id_foreign";`);

    this.addSql(`alter table "facilitator" drop constraint "facilitator_academy_id_foreign";`);

    this.addSql(`alter table "program" drop constraint "program_academy_id_foreign";`);

    this.addSql(`alter table "venue" drop constraint "venue_academy_id_foreign";`);

    this.addSql(`alter table "cohort" drop constraint "cohort_academy_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_agency_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_facilitator_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_person_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_person_id_foreign";`);

    this.addSql(`alter table "training_module" drop constraint "training_module_program_id_foreign";`);

    this.addSql(`alter table "cohort" drop constraint "cohort_program_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_module_id_foreign";`);

    this.addSql(`alter table "cohort" drop constraint "cohort_venue_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_venue_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_cohort_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_cohort_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_session_id_foreign";`);

    this.addSql(`drop table if exists "academy" cascade;`);

    this.addSql(`drop table if exists "agency" cascade;`);

    this.addSql(`drop table if exists "facilitator" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "program" cascade;`);

    this.addSql(`drop table if exists "training_module" cascade;`);

    this.addSql(`drop table if exists "venue" cascade;`);

    this.addSql(`drop table if exists "cohort" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "enrollment" cascade;`);
  }

}
