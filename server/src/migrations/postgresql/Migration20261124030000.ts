import { Migration } from '@mikro-orm/migrations';

/** Bulk exports; the registry's training kind on programs; certificate numbers on completed enrolments (backfilled). */
export class Migration20261124030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bulk_operation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('PERSONS', 'ENROLLMENTS', 'ATTENDANCE', 'TRAINING_HISTORY')) not null, "format" text check ("format" in ('JSONL', 'CSV')) not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED')) not null default 'QUEUED', "filter" jsonb null, "owner" varchar(60) not null, "total_rows" int null, "rows_written" int not null default 0, "bytes_written" bigint not null default 0, "cursor" int null, "attempt" int not null default 0, "claimed_by" varchar(120) null, "lease_until" timestamptz null, "file_name" varchar(200) null, "download_secret" varchar(64) not null, "error_code" varchar(60) null, "started_at" timestamptz null, "finished_at" timestamptz null, "expires_at" timestamptz null);`);
    this.addSql(`create index "bulk_operation_status_lease_until_index" on "bulk_operation" ("status", "lease_until");`);
    this.addSql(`create index "bulk_operation_owner_id_index" on "bulk_operation" ("owner", "id");`);

    this.addSql(`alter table "program" add column "training_kind" text check ("training_kind" in ('STRUKTURAL', 'FUNGSIONAL', 'TEKNIS', 'WORKSHOP', 'MANAJERIAL', 'SOSIAL_KULTURAL', 'SOSIALISASI', 'BIMBINGAN_TEKNIS', 'SEMINAR', 'MAGANG')) not null default 'MANAJERIAL';`);

    this.addSql(`alter table "enrollment" add column "certificate_number" varchar(120) null;`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_certificate_number_unique" unique ("certificate_number");`);

    // Leadership training (PKN, PKA, PKP) is the registry's former diklat struktural.
    this.addSql(`update "program" set "training_kind" = 'STRUKTURAL' where "name" like 'Pelatihan Kepemimpinan%' or "code" in ('PKN-I', 'PKN-II', 'PKA', 'PKP');`);
    // Enrolments completed before certificate numbers existed get theirs, in the order they finished.
    this.addSql(`with numbered as (
      select e."id", a."code" || '/' || p."code" || '/' || to_char(c."end_date", 'YYYY') || '/' ||
        row_number() over (partition by c."academy_id", c."program_id", to_char(c."end_date", 'YYYY') order by c."end_date", e."id") as "number"
      from "enrollment" e join "cohort" c on c."id" = e."cohort_id" join "program" p on p."id" = c."program_id" join "academy" a on a."id" = c."academy_id"
      where e."status" = 'COMPLETED')
      update "enrollment" set "certificate_number" = numbered."number" from numbered where "enrollment"."id" = numbered."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bulk_operation" cascade;`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_certificate_number_unique";`);
    this.addSql(`alter table "enrollment" drop column "certificate_number";`);

    this.addSql(`alter table "program" drop column "training_kind";`);
  }

}
