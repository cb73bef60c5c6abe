import { Migration } from '@mikro-orm/migrations';
import { ACADEMY_OF } from '../academy-version.js';

/**
 * Kept answers per academy: beside row 0 of `data_version` (every write), each academy
 * has a version in `academy_version` that only writes concerning it move (academy 0: the
 * shared catalogue). A caller bound to one academy is answered at the sum of its own and
 * academy 0's, so a write in another academy leaves its kept answers standing.
 *
 * As for row 0 (Migration20261124120000), nothing shared is locked mid-transaction: a
 * statement marks its transaction's academies in `data_version_mark` (rows keyed by its
 * own transaction id), read from the statement's transition tables; the deferred trigger
 * that moves row 0 at commit moves those academies' versions too, row 0 first, so commits
 * take the shared rows in one order.
 */
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "academy_version" ("academy_id" bigint not null, "v" bigint not null, constraint "academy_version_pkey" primary key ("academy_id"));`);
    this.addSql(`insert into "academy_version" ("academy_id", "v") values (0, 0);`);
    this.addSql(`create table "data_version_mark" ("txid" bigint not null, "academy_id" bigint not null, constraint "data_version_mark_pkey" primary key ("txid", "academy_id"));`);
    // Shared tables (and TRUNCATE of any tracked table) concern academy 0.
    this.addSql(markFunction(`insert into data_version_mark (txid, academy_id) values (txid_current(), 0) on conflict do nothing;`));
    this.addSql(bumpFunction(`insert into academy_version (academy_id, v)
    select academy_id, 1 from data_version_mark where txid = new.id order by academy_id
    on conflict (academy_id) do update set v = academy_version.v + 1;
  delete from data_version_mark where txid = new.id;`));
    for (const [table, academies] of Object.entries(ACADEMY_OF)) {
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
      this.addSql(`drop trigger if exists data_version_mark on "${table}";`);
      this.addSql(`create trigger data_version_mark after truncate on "${table}" for each statement execute function data_version_mark();`);
      this.addSql(`create trigger data_version_rows_insert after insert on "${table}" referencing new table as new_rows for each statement execute function data_version_mark_${table}();`);
      this.addSql(`create trigger data_version_rows_update after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function data_version_mark_${table}();`);
      this.addSql(`create trigger data_version_rows_delete after delete on "${table}" referencing old table as old_rows for each statement execute function data_version_mark_${table}();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(ACADEMY_OF)) {
      for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists data_version_rows_${op} on "${table}";`);
      this.addSql(`drop trigger if exists data_version_mark on "${table}";`);
      this.addSql(`drop function if exists data_version_mark_${table}();`);
      this.addSql(`create trigger data_version_mark after insert or update or delete or truncate on "${table}"
  for each statement execute function data_version_mark();`);
    }
    this.addSql(markFunction(''));
    this.addSql(bumpFunction(''));
    this.addSql('drop table if exists "data_version_mark";');
    this.addSql('drop table if exists "academy_version";');
  }
}

/** Migration20261124120000's functions, with `more` added: marking a statement's transaction, and moving the versions at its commit. */
const markFunction = (more: string) => `create or replace function data_version_mark() returns trigger language plpgsql as $$
begin
  if current_setting('lintas.data_changed', true) is distinct from '1' then
    perform set_config('lintas.data_changed', '1', true);
    insert into data_version (id, v) values (txid_current(), 0);
  end if;
  ${more}
  return null;
end $$;`;
const bumpFunction = (more: string) => `create or replace function data_version_bump() returns trigger language plpgsql as $$
begin
  update data_version set v = v + 1 where id = 0;
  ${more}
  delete from data_version where id = new.id;
  return null;
end $$;`;
