import { Migration } from '@mikro-orm/migrations';

/**
 * Knowledge items read (issue 23): the first time a person opens a published item someone
 * else wrote, once per person and item, so that communityMix counts items consumed.
 */
export class Migration20261206600000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`knowledge_item_read\` (\`id\` integer not null primary key autoincrement, \`person_id\` integer not null, \`item_id\` integer not null, \`first_read_at\` datetime not null, constraint \`knowledge_item_read_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, constraint \`knowledge_item_read_item_id_foreign\` foreign key(\`item_id\`) references \`knowledge_item\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`knowledge_item_read_person_id_index\` on \`knowledge_item_read\` (\`person_id\`);`);
    this.addSql(`create index \`knowledge_item_read_item_id_index\` on \`knowledge_item_read\` (\`item_id\`);`);
    this.addSql(`create index \`knowledge_item_read_first_read_at_index\` on \`knowledge_item_read\` (\`first_read_at\`);`);
    this.addSql(`create unique index \`knowledge_item_read_person_id_item_id_unique\` on \`knowledge_item_read\` (\`person_id\`, \`item_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `knowledge_item_read`;');
  }
}
