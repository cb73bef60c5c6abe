import { Migration } from '@mikro-orm/migrations';

export class Migration20261124012800 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "calendar_feed" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" int not null, "secret" varchar(64) not null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "calendar_feed_person_id_index" on "calendar_feed" ("person_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_secret_unique" unique ("secret");`);

    this.addSql(`create table "unavailability" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" int not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" varchar(300) null);`);
    this.addSql(`create index "unavailability_person_id_starts_at_index" on "unavailability" ("person_id", "starts_at");`);

    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "unavailability" add constraint "unavailability_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`create index "session_starts_at_index" on "session" ("starts_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_feed" cascade;`);

    this.addSql(`drop table if exists "unavailability" cascade;`);

    this.addSql(`drop index "session_starts_at_index";`);
  }

}
