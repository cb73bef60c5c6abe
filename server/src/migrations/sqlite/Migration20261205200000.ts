import { Migration } from '@mikro-orm/migrations';

/**
 * E-mail notices (issue 21): the outbox of notices, unique per academy and key, with a
 * Message-ID fixed when written; a person's notice language and the kinds they turned off;
 * whether a program e-mails attendance warnings to the participant's supervisor too.
 */
export class Migration20261205200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`notification\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`key\` text not null, \`kind\` text check (\`kind\` in ('INVITATION', 'SCHEDULE_CHANGED', 'SESSION_CANCELLED', 'SESSION_REMINDER', 'NOMINATION_RESULT', 'ATTENDANCE_WARNING')) not null, \`person_id\` integer null, \`account_id\` integer null, \`locale\` text not null default 'id', \`data\` json not null, \`status\` text check (\`status\` in ('PENDING', 'SENT', 'FAILED', 'BOUNCED', 'SKIPPED_OPTED_OUT', 'SKIPPED_NO_ADDRESS', 'NOT_SENT_NO_SMTP')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime null, \`lease\` integer not null default 0, \`last_error_code\` text null, \`message_id\` text not null, \`sent_at\` datetime null, \`sent_to\` text null, constraint \`notification_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade, constraint \`notification_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`notification_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`notification_academy_id_index\` on \`notification\` (\`academy_id\`);`);
    this.addSql(`create index \`notification_person_id_index\` on \`notification\` (\`person_id\`);`);
    this.addSql(`create index \`notification_account_id_index\` on \`notification\` (\`account_id\`);`);
    this.addSql(`create index \`notification_status_index\` on \`notification\` (\`status\`);`);
    this.addSql(`create unique index \`notification_message_id_unique\` on \`notification\` (\`message_id\`);`);
    this.addSql(`create index \`notification_status_next_attempt_at_index\` on \`notification\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create unique index \`notification_academy_id_key_unique\` on \`notification\` (\`academy_id\`, \`key\`);`);
    this.addSql(`alter table \`person\` add column \`notice_locale\` text not null default 'id';`);
    this.addSql(`alter table \`person\` add column \`notices_off\` json null;`);
    this.addSql(`alter table \`program\` add column \`warn_supervisor\` integer not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `notification`;');
    this.addSql('alter table `person` drop column `notice_locale`;');
    this.addSql('alter table `person` drop column `notices_off`;');
    this.addSql('alter table `program` drop column `warn_supervisor`;');
  }
}
