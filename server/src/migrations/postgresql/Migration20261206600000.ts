import { Migration } from '@mikro-orm/migrations';

/**
 * Knowledge items read (issue 23): the first time a person opens a published item someone
 * else wrote, once per person and item, so that communityMix counts items consumed.
 */
export class Migration20261206600000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "knowledge_item_read" ("id" serial primary key, "person_id" int not null, "item_id" int not null, "first_read_at" timestamptz not null);`);
    this.addSql(`create index "knowledge_item_read_item_id_index" on "knowledge_item_read" ("item_id");`);
    this.addSql(`create index "knowledge_item_read_first_read_at_index" on "knowledge_item_read" ("first_read_at");`);
    this.addSql(`alter table "knowledge_item_read" add constraint "knowledge_item_read_person_id_item_id_unique" unique ("person_id", "item_id");`);
    this.addSql(`alter table "knowledge_item_read" add constraint "knowledge_item_read_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "knowledge_item_read" add constraint "knowledge_item_read_item_id_foreign" foreign key ("item_id") references "knowledge_item" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "knowledge_item_read" cascade;`);
  }
}
