import { Migration } from '@mikro-orm/migrations';

/** Roster uploads (`POST /imports/persons`): their status, counts and first row errors. */
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "person_import" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')) not null default 'QUEUED', "dry_run" boolean not null default false, "owner" varchar(60) not null, "academy_id" int null, "claimed_by" varchar(120) null, "lease_until" timestamptz null, "file_name" varchar(200) null, "bytes_received" bigint not null default 0, "total_rows" int null, "rows_read" int not null default 0, "valid_rows" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "rejected_rows" int not null default 0, "row_errors" jsonb not null, "unknown_agency_codes" jsonb not null, "error_code" varchar(60) null, "started_at" timestamptz null, "finished_at" timestamptz null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "person_import" cascade;`);
  }
}
