import { Migration } from '@mikro-orm/migrations';

/**
 * Certificates (STTP, issue 22): one per completed enrolment, issued when the cohort closes,
 * numbered in the academy's sequence and verifiable by a random code; and the registry
 * outbox (SIASN sync) with the id the registry gave each record.
 */
export class Migration20261206300000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "certificate" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "cohort_id" int not null, "enrollment_id" int not null, "person_id" int not null, "number" varchar(160) not null, "code" varchar(40) not null, "jp" double precision not null, "modules" jsonb not null, "issued_at" timestamptz not null, "revoked_at" timestamptz null, "revoke_reason" varchar(500) null, "revoked_by" varchar(120) null);`);
    this.addSql(`create index "certificate_academy_id_index" on "certificate" ("academy_id");`);
    this.addSql(`create index "certificate_cohort_id_index" on "certificate" ("cohort_id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_enrollment_id_unique" unique ("enrollment_id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_number_unique" unique ("number");`);
    this.addSql(`alter table "certificate" add constraint "certificate_code_unique" unique ("code");`);
    this.addSql(`create index "certificate_person_id_issued_at_index" on "certificate" ("person_id", "issued_at");`);
    this.addSql(`create table "registry_delivery" ("id" serial primary key, "certificate_id" int not null, "status" varchar(20) not null default 'PENDING', "attempt_count" int not null default 0, "lease" int not null default 0, "next_attempt_at" timestamptz null, "last_http_status" int null, "last_error" varchar(500) null, "remote_id" varchar(120) null, "delivered_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "registry_delivery" add constraint "registry_delivery_certificate_id_unique" unique ("certificate_id");`);
    this.addSql(`create index "registry_delivery_status_next_attempt_at_index" on "registry_delivery" ("status", "next_attempt_at");`);
    this.addSql(`alter table "certificate" add constraint "certificate_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "registry_delivery" add constraint "registry_delivery_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "registry_delivery" cascade;');
    this.addSql('drop table if exists "certificate" cascade;');
  }
}
