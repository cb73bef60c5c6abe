import { Migration } from '@mikro-orm/migrations';

export class Migration20261124011400 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "actor" varchar(64) not null, "actor_label" varchar(200) not null, "action" varchar(100) not null, "target_type" varchar(40) null, "target_id" varchar(40) null, "ip" varchar(64) null, "details" jsonb null);`);
    this.addSql(`create index "audit_event_target_type_target_id_index" on "audit_event" ("target_type", "target_id");`);
    this.addSql(`create index "audit_event_created_at_index" on "audit_event" ("created_at");`);

    this.addSql(`create table "account" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(200) null, "name" varchar(200) not null, "role" text check ("role" in ('ADMIN', 'ORGANIZER', 'PARTICIPANT')) not null, "academy_id" int null, "person_id" int null, "password_hash" varchar(200) null, "totp_secret" varchar(64) null, "totp_enabled" boolean not null default false, "totp_last_step" bigint null, "recovery_code_hashes" jsonb not null, "disabled" boolean not null default false, "last_sign_in_at" timestamptz null);`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`create index "account_academy_id_index" on "account" ("academy_id");`);
    this.addSql(`alter table "account" add constraint "account_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "invitation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" int not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_by_id" int null);`);
    this.addSql(`create index "invitation_person_id_index" on "invitation" ("person_id");`);

    this.addSql(`create table "auth_session" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "secret_hash" varchar(64) not null, "account_id" int not null, "mfa_passed" boolean not null default false, "expires_at" timestamptz not null, "ip" varchar(64) null);`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "auth_session_account_id_index" on "auth_session" ("account_id");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "name" varchar(200) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "created_by_id" int null);`);
    this.addSql(`create index "api_token_academy_id_index" on "api_token" ("academy_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "rate_bucket" ("key" varchar(120) not null, "value" double precision not null, "updated_at" timestamptz not null, constraint "rate_bucket_pkey" primary key ("key"));`);

    this.addSql(`alter table "account" add constraint "account_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "account" add constraint "account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "invitation" add constraint "invitation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invitation" drop constraint "invitation_created_by_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_account_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "rate_bucket" cascade;`);
  }

}
