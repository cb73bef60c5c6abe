import { Migration } from '@mikro-orm/migrations';

/**
 * The tables compiled answers read (server/src/graphql/sql-plan/), whose every write
 * moves the data version (server/src/db/data-version.entity.ts). Attendance, assessments,
 * mentoring and unavailability are not among them: recording attendance, the busiest
 * write of a training day, leaves kept answers standing. A plan that reads any other
 * table is never kept.
 */
const TRACKED = ['academy', 'agency', 'cohort', 'enrollment', 'facilitator', 'person', 'program', 'session', 'training_module', 'venue'];

/**
 * The data version. A statement writing a tracked table marks its transaction once
 * (a row of its own in `data_version`, keyed by its transaction id, so no shared lock
 * is taken mid-transaction, which could deadlock against row locks taken in another
 * order); a deferred trigger on that row moves row 0's version at commit and removes
 * the mark. Commits that wrote serialize on row 0 only for that last step, and a
 * reader sees the new version exactly when it sees the data.
 */
export class Migration20261124120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "data_version" ("id" bigint not null, "v" bigint not null, constraint "data_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "data_version" ("id", "v") values (0, 0);`);
    this.addSql(`create function data_version_mark() returns trigger language plpgsql as $$
begin
  if current_setting('lintas.data_changed', true) is distinct from '1' then
    perform set_config('lintas.data_changed', '1', true);
    insert into data_version (id, v) values (txid_current(), 0);
  end if;
  return null;
end $$;`);
    this.addSql(`create function data_version_bump() returns trigger language plpgsql as $$
begin
  update data_version set v = v + 1 where id = 0;
  delete from data_version where id = new.id;
  return null;
end $$;`);
    this.addSql(`create constraint trigger data_version_commit after insert on "data_version" deferrable initially deferred
  for each row when (new.id <> 0) execute function data_version_bump();`);
    for (const table of TRACKED) {
      this.addSql(`create trigger data_version_mark after insert or update or delete or truncate on "${table}"
  for each statement execute function data_version_mark();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TRACKED) this.addSql(`drop trigger if exists data_version_mark on "${table}";`);
    this.addSql(`drop table if exists "data_version" cascade;`);
    this.addSql(`drop function if exists data_version_bump();`);
    this.addSql(`drop function if exists data_version_mark();`);
  }
}
