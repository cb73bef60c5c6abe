import { Migration } from '@mikro-orm/migrations';

/**
 * E-mail notices (issue 21): the outbox of notices, unique per academy and key, with a
 * Message-ID fixed when written; a person's notice language and the kinds they turned off;
 * whether a program e-mails attendance warnings to the participant's supervisor too.
 */
export class Migration20261205200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "key" varchar(200) not null, "kind" text check ("kind" in ('INVITATION', 'SCHEDULE_CHANGED', 'SESSION_CANCELLED', 'SESSION_REMINDER', 'NOMINATION_RESULT', 'ATTENDANCE_WARNING')) not null, "person_id" int null, "account_id" int null, "locale" varchar(2) not null default 'id', "data" jsonb not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED', 'BOUNCED', 'SKIPPED_OPTED_OUT', 'SKIPPED_NO_ADDRESS', 'NOT_SENT_NO_SMTP')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "lease" int not null default 0, "last_error_code" varchar(40) null, "message_id" varchar(200) not null, "sent_at" timestamptz null, "sent_to" varchar(200) null);`);
    this.addSql(`create index "notification_person_id_index" on "notification" ("person_id");`);
    this.addSql(`create index "notification_account_id_index" on "notification" ("account_id");`);
    this.addSql(`create index "notification_status_index" on "notification" ("status");`);
    this.addSql(`alter table "notification" add constraint "notification_message_id_unique" unique ("message_id");`);
    this.addSql(`create index "notification_status_next_attempt_at_index" on "notification" ("status", "next_attempt_at");`);
    this.addSql(`alter table "notification" add constraint "notification_academy_id_key_unique" unique ("academy_id", "key");`);

    this.addSql(`alter table "notification" add constraint "notification_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "notification" add constraint "notification_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "person" add column "notice_locale" varchar(2) not null default 'id', add column "notices_off" jsonb null;`);

    this.addSql(`alter table "program" add column "warn_supervisor" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`alter table "person" drop column "notice_locale", drop column "notices_off";`);

    this.addSql(`alter table "program" drop column "warn_supervisor";`);
  }
}
