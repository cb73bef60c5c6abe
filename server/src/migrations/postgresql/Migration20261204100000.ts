import { Migration } from '@mikro-orm/migrations';
import { ACADEMY_OF_GROUPS } from '../academy-version.js';

/**
 * Groups (kelompok) of a cohort and their members, and sessions given to one group; the
 * new tables mark their transaction's academies like the others (Migration20261203120000).
 */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "cohort_group" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" int not null, "number" int not null, "name" varchar(100) not null);`);
    this.addSql(`alter table "cohort_group" add constraint "cohort_group_cohort_id_number_unique" unique ("cohort_id", "number");`);
    this.addSql(`create table "cohort_group_member" ("id" serial primary key, "group_id" int not null, "cohort_id" int not null, "person_id" int not null);`);
    this.addSql(`create index "cohort_group_member_group_id_index" on "cohort_group_member" ("group_id");`);
    this.addSql(`create index "cohort_group_member_person_id_index" on "cohort_group_member" ("person_id");`);
    this.addSql(`alter table "cohort_group_member" add constraint "cohort_group_member_cohort_id_person_id_unique" unique ("cohort_id", "person_id");`);
    this.addSql(`alter table "cohort_group" add constraint "cohort_group_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "cohort_group_member" add constraint "cohort_group_member_group_id_foreign" foreign key ("group_id") references "cohort_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cohort_group_member" add constraint "cohort_group_member_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "cohort_group_member" add constraint "cohort_group_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "session" add column "group_id" int null;`);
    this.addSql(`alter table "session" add constraint "session_group_id_foreign" foreign key ("group_id") references "cohort_group" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "session_group_id_index" on "session" ("group_id");`);
    for (const [table, academies] of Object.entries(ACADEMY_OF_GROUPS)) {
      const mark = (rows: string) => `insert into data_version_mark (txid, academy_id) select distinct txid_current(), a from (${academies({ from: `from ${rows} r`, col: (c) => `r.${c}` })}) x on conflict do nothing;`;
      this.addSql(`create function data_version_mark_${table}() returns trigger language plpgsql as $$
begin
  if current_setting('lintas.data_changed', true) is distinct from '1' then
    perform set_config('lintas.data_changed', '1', true);
    insert into data_version (id, v) values (txid_current(), 0);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then ${mark('new_rows')} end if;
  if tg_op in ('UPDATE', 'DELETE') then ${mark('old_rows')} end if;
  return null;
end $$;`);
      this.addSql(`create trigger data_version_mark after truncate on "${table}" for each statement execute function data_version_mark();`);
      this.addSql(`create trigger data_version_rows_insert after insert on "${table}" referencing new table as new_rows for each statement execute function data_version_mark_${table}();`);
      this.addSql(`create trigger data_version_rows_update after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function data_version_mark_${table}();`);
      this.addSql(`create trigger data_version_rows_delete after delete on "${table}" referencing old table as old_rows for each statement execute function data_version_mark_${table}();`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_group_id_foreign";`);
    this.addSql(`drop index if exists "session_group_id_index";`);
    this.addSql(`alter table "session" drop column "group_id";`);
    this.addSql(`drop table if exists "cohort_group_member" cascade;`);
    this.addSql(`drop table if exists "cohort_group" cascade;`);
    for (const table of Object.keys(ACADEMY_OF_GROUPS)) this.addSql(`drop function if exists data_version_mark_${table}();`);
  }
}
