import { Migration } from '@mikro-orm/migrations';

/**
 * Communities of practice and every JP counted (issue 23): communities with members
 * (facilitators, approval), meetings, threads and posts; micro-learning units and their
 * completions (minutes, once per person); external learning records. Indexed for the
 * JP-earned rule (person and date) and the meeting conflict rule (start instant).
 */
export class Migration20261206500000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "community" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "name" varchar(200) not null, "competency_area" text check ("competency_area" in ('DIGITAL_LITERACY', 'DATA_DRIVEN_DECISIONS', 'CYBERSECURITY', 'ARTIFICIAL_INTELLIGENCE', 'SPBE', 'GROWTH_MINDSET', 'LEARNING_ORGANIZATION', 'CROSS_GENERATION_COMMUNICATION', 'LEADERSHIP')) not null, "description" text null, "requires_approval" boolean not null default false, "version" int not null default 1);`);
    this.addSql(`create index "community_academy_id_index" on "community" ("academy_id");`);

    this.addSql(`create table "micro_learning_unit" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" int not null, "title" varchar(200) not null, "minutes" int not null, "url" varchar(500) null, "body" text null, "questions" jsonb not null, "author_id" int null);`);
    this.addSql(`create index "micro_learning_unit_author_id_index" on "micro_learning_unit" ("author_id");`);
    this.addSql(`create index "micro_learning_unit_community_id_id_index" on "micro_learning_unit" ("community_id", "id");`);

    this.addSql(`create table "micro_learning_completion" ("id" serial primary key, "unit_id" int not null, "person_id" int not null, "minutes" int not null, "completed_at" timestamptz not null);`);
    this.addSql(`create index "micro_learning_completion_completed_at_index" on "micro_learning_completion" ("completed_at");`);
    this.addSql(`create index "micro_learning_completion_person_id_completed_at_index" on "micro_learning_completion" ("person_id", "completed_at");`);
    this.addSql(`alter table "micro_learning_completion" add constraint "micro_learning_completion_unit_id_person_id_unique" unique ("unit_id", "person_id");`);

    this.addSql(`create table "external_learning_record" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "person_id" int not null, "source" varchar(200) not null, "title" varchar(300) not null, "start_date" date not null, "end_date" date not null, "jp" int not null, "evidence_url" varchar(500) null, "created_by" varchar(120) not null);`);
    this.addSql(`create index "external_learning_record_academy_id_index" on "external_learning_record" ("academy_id");`);
    this.addSql(`create index "external_learning_record_end_date_index" on "external_learning_record" ("end_date");`);
    this.addSql(`create index "external_learning_record_person_id_end_date_index" on "external_learning_record" ("person_id", "end_date");`);

    this.addSql(`create table "community_thread" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" int not null, "title" varchar(200) not null, "author_id" int null, "author_name" varchar(200) not null);`);
    this.addSql(`create index "community_thread_author_id_index" on "community_thread" ("author_id");`);
    this.addSql(`create index "community_thread_community_id_id_index" on "community_thread" ("community_id", "id");`);

    this.addSql(`create table "community_post" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "thread_id" int not null, "community_id" int not null, "author_id" int null, "author_name" varchar(200) not null, "body" text not null);`);
    this.addSql(`create index "community_post_community_id_index" on "community_post" ("community_id");`);
    this.addSql(`create index "community_post_author_id_index" on "community_post" ("author_id");`);
    this.addSql(`create index "community_post_thread_id_id_index" on "community_post" ("thread_id", "id");`);

    this.addSql(`create table "community_member" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" int not null, "person_id" int not null, "role" text check ("role" in ('MEMBER', 'FACILITATOR')) not null, "status" text check ("status" in ('PENDING', 'ACTIVE')) not null, "joined_at" timestamptz null);`);
    this.addSql(`create index "community_member_person_id_status_index" on "community_member" ("person_id", "status");`);
    this.addSql(`alter table "community_member" add constraint "community_member_community_id_person_id_unique" unique ("community_id", "person_id");`);

    this.addSql(`create table "community_meeting" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" int not null, "title" varchar(200) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "venue_id" int null, "online_url" varchar(500) null, "version" int not null default 1);`);
    this.addSql(`create index "community_meeting_venue_id_index" on "community_meeting" ("venue_id");`);
    this.addSql(`create index "community_meeting_starts_at_index" on "community_meeting" ("starts_at");`);
    this.addSql(`create index "community_meeting_community_id_starts_at_index" on "community_meeting" ("community_id", "starts_at");`);

    this.addSql(`alter table "community" add constraint "community_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);

    this.addSql(`alter table "micro_learning_unit" add constraint "micro_learning_unit_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "micro_learning_unit" add constraint "micro_learning_unit_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "micro_learning_completion" add constraint "micro_learning_completion_unit_id_foreign" foreign key ("unit_id") references "micro_learning_unit" ("id") on update cascade;`);
    this.addSql(`alter table "micro_learning_completion" add constraint "micro_learning_completion_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "external_learning_record" add constraint "external_learning_record_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);
    this.addSql(`alter table "external_learning_record" add constraint "external_learning_record_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "community_thread" add constraint "community_thread_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "community_thread" add constraint "community_thread_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "community_post" add constraint "community_post_thread_id_foreign" foreign key ("thread_id") references "community_thread" ("id") on update cascade;`);
    this.addSql(`alter table "community_post" add constraint "community_post_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "community_post" add constraint "community_post_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "community_member" add constraint "community_member_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "community_member" add constraint "community_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "community_meeting" add constraint "community_meeting_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "community_meeting" add constraint "community_meeting_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "micro_learning_unit" drop constraint "micro_learning_unit_community_id_foreign";`);

    this.addSql(`alter table "community_thread" drop constraint "community_thread_community_id_foreign";`);

    this.addSql(`alter table "community_post" drop constraint "community_post_community_id_foreign";`);

    this.addSql(`alter table "community_member" drop constraint "community_member_community_id_foreign";`);

    this.addSql(`alter table "community_meeting" drop constraint "community_meeting_community_id_foreign";`);

    this.addSql(`alter table "micro_learning_completion" drop constraint "micro_learning_completion_unit_id_foreign";`);

    this.addSql(`alter table "community_post" drop constraint "community_post_thread_id_foreign";`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "micro_learning_unit" cascade;`);

    this.addSql(`drop table if exists "micro_learning_completion" cascade;`);

    this.addSql(`drop table if exists "external_learning_record" cascade;`);

    this.addSql(`drop table if exists "community_thread" cascade;`);

    this.addSql(`drop table if exists "community_post" cascade;`);

    this.addSql(`drop table if exists "community_member" cascade;`);

    this.addSql(`drop table if exists "community_meeting" cascade;`);
  }

}
