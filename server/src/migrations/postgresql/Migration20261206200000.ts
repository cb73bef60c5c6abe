import { Migration } from '@mikro-orm/migrations';

/**
 * Change projects (issue 22): the plans, their milestones and seminar scores; a facilitator's
 * own roster record (the coach's sign-in); programs that make an approved plan a condition of
 * completion; and the `action_plan.changed` webhook event.
 */
export class Migration20261206200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "action_plan" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enrollment_id" int not null, "cohort_id" int not null, "person_id" int not null, "title" varchar(300) not null, "problem" text not null default '', "goal" text not null default '', "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REVISION_REQUESTED', 'IMPLEMENTED')) not null default 'DRAFT', "coach_id" int null, "mentor_id" int null, "attachments" jsonb not null, "submitted_at" timestamptz null, "reviewed_by" varchar(120) null, "reviewed_at" timestamptz null, "review_note" varchar(2000) null, "implemented_at" timestamptz null, "seminar_session_id" int null, "seminar_score" double precision null);`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_enrollment_id_unique" unique ("enrollment_id");`);
    this.addSql(`create index "action_plan_person_id_index" on "action_plan" ("person_id");`);
    this.addSql(`create index "action_plan_coach_id_index" on "action_plan" ("coach_id");`);
    this.addSql(`create index "action_plan_mentor_id_index" on "action_plan" ("mentor_id");`);
    this.addSql(`create index "action_plan_seminar_session_id_index" on "action_plan" ("seminar_session_id");`);
    this.addSql(`create index "action_plan_cohort_id_status_index" on "action_plan" ("cohort_id", "status");`);
    this.addSql(`create table "action_plan_score" ("id" serial primary key, "plan_id" int not null, "role" text check ("role" in ('COACH', 'MENTOR', 'EXAMINER')) not null, "criteria" jsonb not null, "score" double precision not null, "scored_by" varchar(120) not null, "scored_at" timestamptz not null);`);
    this.addSql(`alter table "action_plan_score" add constraint "action_plan_score_plan_id_role_unique" unique ("plan_id", "role");`);
    this.addSql(`create table "action_plan_milestone" ("id" serial primary key, "plan_id" int not null, "position" int not null, "title" varchar(300) not null, "due_date" varchar(10) not null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE')) not null default 'PLANNED', "done_date" varchar(10) null);`);
    this.addSql(`create index "action_plan_milestone_plan_id_position_index" on "action_plan_milestone" ("plan_id", "position");`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_coach_id_foreign" foreign key ("coach_id") references "facilitator" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_mentor_id_foreign" foreign key ("mentor_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_seminar_session_id_foreign" foreign key ("seminar_session_id") references "session" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_plan_score" add constraint "action_plan_score_plan_id_foreign" foreign key ("plan_id") references "action_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_plan_milestone" add constraint "action_plan_milestone_plan_id_foreign" foreign key ("plan_id") references "action_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_event" drop constraint if exists "webhook_event_type_check";`);
    this.addSql(`alter table "facilitator" add column "person_id" int null;`);
    this.addSql(`alter table "facilitator" add constraint "facilitator_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "facilitator_person_id_index" on "facilitator" ("person_id");`);
    this.addSql(`alter table "program" add column "requires_approved_action_plan" boolean not null default false;`);
    this.addSql(`alter table "webhook_event" add constraint "webhook_event_type_check" check("type" in ('person.imported', 'person.changed', 'enrollment.changed', 'enrollment.completed', 'session.scheduled', 'session.moved', 'session.cancelled', 'attendance.recorded', 'nomination.changed', 'action_plan.changed'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "webhook_event" where "type" = 'action_plan.changed';`);
    this.addSql(`drop table if exists "action_plan" cascade;`);
    this.addSql(`drop table if exists "action_plan_score" cascade;`);
    this.addSql(`drop table if exists "action_plan_milestone" cascade;`);
    this.addSql(`alter table "facilitator" drop constraint "facilitator_person_id_foreign";`);
    this.addSql(`alter table "webhook_event" drop constraint if exists "webhook_event_type_check";`);
    this.addSql(`drop index "facilitator_person_id_index";`);
    this.addSql(`alter table "facilitator" drop column "person_id";`);
    this.addSql(`alter table "program" drop column "requires_approved_action_plan";`);
    this.addSql(`alter table "webhook_event" add constraint "webhook_event_type_check" check("type" in ('person.imported', 'person.changed', 'enrollment.changed', 'enrollment.completed', 'session.scheduled', 'session.moved', 'session.cancelled', 'attendance.recorded', 'nomination.changed'));`);
  }
}
