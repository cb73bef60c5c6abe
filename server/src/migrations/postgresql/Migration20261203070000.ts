import { Migration } from '@mikro-orm/migrations';

/** The catalogue managed from the API (issue 17); see the SQLite twin. Existing venues get the code `R-<id>`. */
export class Migration20261203070000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "facilitator_unavailability" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "facilitator_id" int not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" varchar(300) null);`);
    this.addSql(`create index "facilitator_unavailability_facilitator_id_starts_at_index" on "facilitator_unavailability" ("facilitator_id", "starts_at");`);

    this.addSql(`create table "training_module_facilitator" ("training_module_id" int not null, "facilitator_id" int not null, constraint "training_module_facilitator_pkey" primary key ("training_module_id", "facilitator_id"));`);

    this.addSql(`alter table "facilitator_unavailability" add constraint "facilitator_unavailability_facilitator_id_foreign" foreign key ("facilitator_id") references "facilitator" ("id") on update cascade;`);

    this.addSql(`alter table "training_module_facilitator" add constraint "training_module_facilitator_training_module_id_foreign" foreign key ("training_module_id") references "training_module" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_module_facilitator" add constraint "training_module_facilitator_facilitator_id_foreign" foreign key ("facilitator_id") references "facilitator" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "academy" add column "version" int not null default 1, add column "archived_at" timestamptz null, add column "certificate_prefix" varchar(40) null;`);

    this.addSql(`alter table "agency" add column "version" int not null default 1, add column "archived_at" timestamptz null;`);

    this.addSql(`alter table "facilitator" add column "version" int not null default 1, add column "archived_at" timestamptz null, add column "agency_id" int null, add column "email" varchar(200) null, add column "phone" varchar(40) null;`);
    this.addSql(`alter table "facilitator" add constraint "facilitator_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "facilitator_agency_id_index" on "facilitator" ("agency_id");`);

    this.addSql(`alter table "person" add column "version" int not null default 1, add column "archived_at" timestamptz null, add column "email" varchar(200) null, add column "phone" varchar(40) null, add column "supervisor_id" int null;`);
    this.addSql(`alter table "person" add constraint "person_supervisor_id_foreign" foreign key ("supervisor_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "person_supervisor_id_index" on "person" ("supervisor_id");`);

    this.addSql(`alter table "program" add column "version" int not null default 1, add column "archived_at" timestamptz null, add column "kind" text check ("kind" in ('DLA', 'PKN_II', 'PKA', 'PKP', 'DIGITAL_LITERACY', 'OTHER')) not null default 'OTHER', add column "completion_threshold" double precision not null default 0.8;`);

    this.addSql(`alter table "training_module" add column "version" int not null default 1, add column "archived_at" timestamptz null;`);

    this.addSql(`alter table "venue" add column "version" int not null default 1, add column "archived_at" timestamptz null, add column "code" varchar(40) null, add column "time_zone" text check ("time_zone" in ('WIB', 'WITA', 'WIT')) not null default 'WIB', add column "online_url" varchar(500) null;`);
    this.addSql(`update "venue" set "code" = 'R-' || "id";`);
    this.addSql(`alter table "venue" alter column "code" set not null;`);
    this.addSql(`alter table "venue" add constraint "venue_academy_id_code_unique" unique ("academy_id", "code");`);

    this.addSql(`alter table "cohort" drop constraint "cohort_code_unique";`);

    this.addSql(`alter table "cohort" add constraint "cohort_academy_id_code_unique" unique ("academy_id", "code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "facilitator_unavailability" cascade;`);

    this.addSql(`drop table if exists "training_module_facilitator" cascade;`);

    this.addSql(`alter table "facilitator" drop constraint "facilitator_agency_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_supervisor_id_foreign";`);

    this.addSql(`alter table "academy" drop column "version", drop column "archived_at", drop column "certificate_prefix";`);

    this.addSql(`alter table "agency" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "cohort" drop constraint "cohort_academy_id_code_unique";`);

    this.addSql(`alter table "cohort" add constraint "cohort_code_unique" unique ("code");`);

    this.addSql(`drop index "facilitator_agency_id_index";`);
    this.addSql(`alter table "facilitator" drop column "version", drop column "archived_at", drop column "agency_id", drop column "email", drop column "phone";`);

    this.addSql(`drop index "person_supervisor_id_index";`);
    this.addSql(`alter table "person" drop column "version", drop column "archived_at", drop column "email", drop column "phone", drop column "supervisor_id";`);

    this.addSql(`alter table "program" drop column "version", drop column "archived_at", drop column "kind", drop column "completion_threshold";`);

    this.addSql(`alter table "training_module" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "venue" drop constraint "venue_academy_id_code_unique";`);
    this.addSql(`alter table "venue" drop column "version", drop column "archived_at", drop column "code", drop column "time_zone", drop column "online_url";`);
  }

}
