import { Migration } from '@mikro-orm/migrations';

/**
 * Nominations from agencies (issue 21): the AGENCY_HR role and an account's agency; programs
 * that ask the supervisor first; cohorts' seats reserved per agency and their release; the
 * nominations; and the `nomination.changed` webhook event.
 */
export class Migration20261205100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" drop constraint if exists "account_role_check";`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMIN', 'ORGANIZER', 'PARTICIPANT', 'AGENCY_HR'));`);
    this.addSql(`alter table "webhook_event" drop constraint if exists "webhook_event_type_check";`);
    this.addSql(`alter table "webhook_event" add constraint "webhook_event_type_check" check ("type" in ('person.imported', 'person.changed', 'enrollment.changed', 'enrollment.completed', 'session.scheduled', 'session.moved', 'session.cancelled', 'attendance.recorded', 'nomination.changed'));`);
    this.addSql(`alter table "account" add column "agency_id" int null;`);
    this.addSql(`create index "account_agency_id_index" on "account" ("agency_id");`);
    this.addSql(`alter table "account" add constraint "account_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "program" add column "requires_supervisor_approval" boolean not null default false;`);
    this.addSql(`alter table "cohort" add column "quota_release_days" int null;`);
    this.addSql(`create table "nomination" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" int not null, "person_id" int not null, "agency_id" int not null, "nominated_by_id" int null, "note" varchar(1000) null, "status" text check ("status" in ('SUPERVISOR_PENDING', 'PENDING', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')) not null, "supervisor_decided_by" varchar(120) null, "supervisor_decided_at" timestamptz null, "supervisor_note" varchar(500) null, "decided_by" varchar(120) null, "decided_at" timestamptz null, "reason" varchar(500) null, "enrollment_id" int null);`);
    this.addSql(`create index "nomination_person_id_index" on "nomination" ("person_id");`);
    this.addSql(`create index "nomination_enrollment_id_index" on "nomination" ("enrollment_id");`);
    this.addSql(`create index "nomination_agency_id_status_index" on "nomination" ("agency_id", "status");`);
    this.addSql(`create index "nomination_cohort_id_status_index" on "nomination" ("cohort_id", "status");`);
    this.addSql(`create table "cohort_quota" ("id" serial primary key, "cohort_id" int not null, "agency_id" int not null, "seats" int not null);`);
    this.addSql(`create index "cohort_quota_agency_id_index" on "cohort_quota" ("agency_id");`);
    this.addSql(`alter table "cohort_quota" add constraint "cohort_quota_cohort_id_agency_id_unique" unique ("cohort_id", "agency_id");`);
    this.addSql(`alter table "nomination" add constraint "nomination_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_nominated_by_id_foreign" foreign key ("nominated_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "nomination" add constraint "nomination_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cohort_quota" add constraint "cohort_quota_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cohort_quota" add constraint "cohort_quota_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cohort_quota" cascade;`);
    this.addSql(`drop table if exists "nomination" cascade;`);
    this.addSql(`alter table "cohort" drop column "quota_release_days";`);
    this.addSql(`alter table "program" drop column "requires_supervisor_approval";`);
    this.addSql(`alter table "account" drop constraint "account_agency_id_foreign";`);
    this.addSql(`drop index if exists "account_agency_id_index";`);
    this.addSql(`alter table "account" drop column "agency_id";`);
    this.addSql(`delete from "webhook_event" where "type" = 'nomination.changed';`);
    this.addSql(`update "account" set "role" = 'ORGANIZER', "disabled" = true where "role" = 'AGENCY_HR';`);
    this.addSql(`alter table "webhook_event" drop constraint if exists "webhook_event_type_check";`);
    this.addSql(`alter table "webhook_event" add constraint "webhook_event_type_check" check ("type" in ('person.imported', 'person.changed', 'enrollment.changed', 'enrollment.completed', 'session.scheduled', 'session.moved', 'session.cancelled', 'attendance.recorded'));`);
    this.addSql(`alter table "account" drop constraint if exists "account_role_check";`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMIN', 'ORGANIZER', 'PARTICIPANT'));`);
  }
}
