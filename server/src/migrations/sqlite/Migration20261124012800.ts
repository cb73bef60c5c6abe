import { Migration } from '@mikro-orm/migrations';

/** Unavailable windows, calendar feeds, and the time index of sessions for interval queries. */
export class Migration20261124012800 extends Migration {

  override async up(): Promise<void> {
    this.addSql('create index `session_starts_at_index` on `session` (`starts_at`);');
    this.addSql(`create table \`calendar_feed\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`person_id\` integer not null, \`secret\` text not null, \`revoked_at\` datetime null, constraint \`calendar_feed_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`calendar_feed_person_id_index\` on \`calendar_feed\` (\`person_id\`);`);
    this.addSql(`create unique index \`calendar_feed_secret_unique\` on \`calendar_feed\` (\`secret\`);`);
    this.addSql(`create table \`unavailability\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`person_id\` integer not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`reason\` text null, constraint \`unavailability_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`unavailability_person_id_index\` on \`unavailability\` (\`person_id\`);`);
    this.addSql(`create index \`unavailability_person_id_starts_at_index\` on \`unavailability\` (\`person_id\`, \`starts_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists `session_starts_at_index`;');
    this.addSql('drop table if exists `calendar_feed`;');
    this.addSql('drop table if exists `unavailability`;');
  }
}
