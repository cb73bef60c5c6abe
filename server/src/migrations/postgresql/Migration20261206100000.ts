import { Migration } from '@mikro-orm/migrations';

/**
 * Evaluations (issue 22, Kirkpatrick levels 1 and 3): forms attached to cohorts or kept as an
 * academy's templates; anonymous responses and their answers (random keys, the day only, the
 * respondent's eselon group and generation but never the person); the receipts that record who
 * has answered; and the EVALUATION_FOLLOW_UP notice kind.
 */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "evaluation_form" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "cohort_id" int null, "title" varchar(200) not null, "kind" text check ("kind" in ('REACTION', 'FOLLOW_UP')) not null, "target" text check ("target" in ('COHORT', 'FACILITATOR', 'VENUE')) not null, "months_after" int null, "template_key" varchar(40) null, "questions" jsonb not null);`);
    this.addSql(`create index "evaluation_form_cohort_id_index" on "evaluation_form" ("cohort_id");`);
    this.addSql(`create index "evaluation_form_academy_id_cohort_id_index" on "evaluation_form" ("academy_id", "cohort_id");`);
    this.addSql(`create table "evaluation_response" ("id" varchar(36) not null, "form_id" int not null, "cohort_id" int not null, "target" text check ("target" in ('COHORT', 'FACILITATOR', 'VENUE')) not null, "facilitator_id" int null, "venue_id" int null, "respondent" varchar(20) not null, "eselon_group" varchar(20) not null, "generation" varchar(20) null, "answered_on" varchar(10) not null, constraint "evaluation_response_pkey" primary key ("id"));`);
    this.addSql(`create index "evaluation_response_cohort_id_index" on "evaluation_response" ("cohort_id");`);
    this.addSql(`create index "evaluation_response_facilitator_id_index" on "evaluation_response" ("facilitator_id");`);
    this.addSql(`create index "evaluation_response_venue_id_index" on "evaluation_response" ("venue_id");`);
    this.addSql(`create index "evaluation_response_form_id_target_index" on "evaluation_response" ("form_id", "target");`);
    this.addSql(`create table "evaluation_answer" ("id" varchar(36) not null, "response_id" varchar(36) not null, "question" int not null, "rating" int null, "choice" int null, "text" text null, constraint "evaluation_answer_pkey" primary key ("id"));`);
    this.addSql(`create index "evaluation_answer_response_id_index" on "evaluation_answer" ("response_id");`);
    this.addSql(`create table "evaluation_receipt" ("id" serial primary key, "form_id" int not null, "person_id" int not null, "target" varchar(40) not null);`);
    this.addSql(`create index "evaluation_receipt_person_id_index" on "evaluation_receipt" ("person_id");`);
    this.addSql(`alter table "evaluation_receipt" add constraint "evaluation_receipt_form_id_person_id_target_unique" unique ("form_id", "person_id", "target");`);
    this.addSql(`alter table "evaluation_form" add constraint "evaluation_form_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);
    this.addSql(`alter table "evaluation_form" add constraint "evaluation_form_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evaluation_response" add constraint "evaluation_response_form_id_foreign" foreign key ("form_id") references "evaluation_form" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evaluation_response" add constraint "evaluation_response_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evaluation_response" add constraint "evaluation_response_facilitator_id_foreign" foreign key ("facilitator_id") references "facilitator" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "evaluation_response" add constraint "evaluation_response_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "evaluation_answer" add constraint "evaluation_answer_response_id_foreign" foreign key ("response_id") references "evaluation_response" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evaluation_receipt" add constraint "evaluation_receipt_form_id_foreign" foreign key ("form_id") references "evaluation_form" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evaluation_receipt" add constraint "evaluation_receipt_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('INVITATION', 'SCHEDULE_CHANGED', 'SESSION_CANCELLED', 'SESSION_REMINDER', 'NOMINATION_RESULT', 'ATTENDANCE_WARNING', 'EVALUATION_FOLLOW_UP'));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "evaluation_answer" cascade;');
    this.addSql('drop table if exists "evaluation_response" cascade;');
    this.addSql('drop table if exists "evaluation_receipt" cascade;');
    this.addSql('drop table if exists "evaluation_form" cascade;');
    this.addSql(`delete from "notification" where "kind" = 'EVALUATION_FOLLOW_UP';`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('INVITATION', 'SCHEDULE_CHANGED', 'SESSION_CANCELLED', 'SESSION_REMINDER', 'NOMINATION_RESULT', 'ATTENDANCE_WARNING'));`);
  }
}
