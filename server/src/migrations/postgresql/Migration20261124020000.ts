import { Migration } from '@mikro-orm/migrations';

export class Migration20261124020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mentoring_pair" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" int not null, "mentor_id" int not null, "mentee_id" int not null, "active" boolean not null default true);`);
    this.addSql(`create index "mentoring_pair_mentor_id_index" on "mentoring_pair" ("mentor_id");`);
    this.addSql(`create index "mentoring_pair_mentee_id_index" on "mentoring_pair" ("mentee_id");`);
    this.addSql(`alter table "mentoring_pair" add constraint "mentoring_pair_cohort_id_mentee_id_unique" unique ("cohort_id", "mentee_id");`);
    this.addSql(`alter table "mentoring_pair" add constraint "mentoring_pair_cohort_id_mentor_id_unique" unique ("cohort_id", "mentor_id");`);

    this.addSql(`create table "mentoring_meeting" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pair_id" int not null, "date" date not null, "minutes" int not null, "topic" varchar(300) not null);`);
    this.addSql(`create index "mentoring_meeting_pair_id_index" on "mentoring_meeting" ("pair_id");`);

    this.addSql(`create table "assessment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" int not null, "cohort_id" int not null, "kind" text check ("kind" in ('PRE', 'POST')) not null, "score" int not null, "assessed_at" timestamptz not null);`);
    this.addSql(`create index "assessment_cohort_id_index" on "assessment" ("cohort_id");`);
    this.addSql(`create index "assessment_person_id_assessed_at_index" on "assessment" ("person_id", "assessed_at");`);
    this.addSql(`alter table "assessment" add constraint "assessment_person_id_cohort_id_kind_unique" unique ("person_id", "cohort_id", "kind");`);

    this.addSql(`alter table "mentoring_pair" add constraint "mentoring_pair_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "mentoring_pair" add constraint "mentoring_pair_mentor_id_foreign" foreign key ("mentor_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "mentoring_pair" add constraint "mentoring_pair_mentee_id_foreign" foreign key ("mentee_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "mentoring_meeting" add constraint "mentoring_meeting_pair_id_foreign" foreign key ("pair_id") references "mentoring_pair" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assessment" add constraint "assessment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);

    this.addSql(`alter table "session" add column "jp" double precision not null default 0, add column "check_in_secret" varchar(64) null;`);
    this.addSql(`update "session" set "jp" = extract(epoch from ("ends_at" - "starts_at")) / 60 / 45;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mentoring_meeting" drop constraint "mentoring_meeting_pair_id_foreign";`);

    this.addSql(`drop table if exists "mentoring_pair" cascade;`);

    this.addSql(`drop table if exists "mentoring_meeting" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`alter table "session" drop column "jp", drop column "check_in_secret";`);
  }

}
