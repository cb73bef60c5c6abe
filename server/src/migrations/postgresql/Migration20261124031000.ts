import { Migration } from '@mikro-orm/migrations';

export class Migration20261124031000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_event" ("id" varchar(36) not null, "academy_id" int not null, "type" text check ("type" in ('person.imported', 'person.changed', 'enrollment.changed', 'enrollment.completed', 'session.scheduled', 'session.moved', 'session.cancelled', 'attendance.recorded')) not null, "occurred_at" timestamptz not null, "data" jsonb not null, constraint "webhook_event_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_event_academy_id_index" on "webhook_event" ("academy_id");`);

    this.addSql(`create table "webhook_subscription" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "url" varchar(2000) not null, "events" jsonb not null, "description" varchar(200) null, "active" boolean not null default true, "secret" varchar(100) not null);`);
    this.addSql(`create index "webhook_subscription_academy_id_index" on "webhook_subscription" ("academy_id");`);

    this.addSql(`create table "webhook_delivery" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subscription_id" int not null, "event_id" varchar(36) not null, "status" text check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED')) not null default 'PENDING', "attempt_count" int not null default 0, "next_attempt_at" timestamptz null, "lease" int not null default 0, "attempts" jsonb not null, "redelivery" boolean not null default false, "last_http_status" int null, "last_error" varchar(500) null, "delivered_at" timestamptz null);`);
    this.addSql(`create index "webhook_delivery_event_id_index" on "webhook_delivery" ("event_id");`);
    this.addSql(`create index "webhook_delivery_subscription_id_created_at_index" on "webhook_delivery" ("subscription_id", "created_at");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);

    this.addSql(`alter table "webhook_event" add constraint "webhook_event_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);

    this.addSql(`alter table "webhook_subscription" add constraint "webhook_subscription_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_subscription_id_foreign" foreign key ("subscription_id") references "webhook_subscription" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_event_id_foreign" foreign key ("event_id") references "webhook_event" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_event_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_subscription_id_foreign";`);

    this.addSql(`drop table if exists "webhook_event" cascade;`);

    this.addSql(`drop table if exists "webhook_subscription" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }

}
