import { Migration } from '@mikro-orm/migrations';

/** Accounts, sessions, invitations, API tokens, the audit trail and shared rate counters. */
export class Migration20261124011400 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_event\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`actor\` text not null, \`actor_label\` text not null, \`action\` text not null, \`target_type\` text null, \`target_id\` text null, \`ip\` text null, \`details\` json null);`);
    this.addSql(`create index \`audit_event_target_type_target_id_index\` on \`audit_event\` (\`target_type\`, \`target_id\`);`);
    this.addSql(`create index \`audit_event_created_at_index\` on \`audit_event\` (\`created_at\`);`);
    this.addSql(`create table \`account\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text null, \`name\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'ORGANIZER', 'PARTICIPANT')) not null, \`academy_id\` integer null, \`person_id\` integer null, \`password_hash\` text null, \`totp_secret\` text null, \`totp_enabled\` integer not null default false, \`totp_last_step\` bigint null, \`recovery_code_hashes\` json not null, \`disabled\` integer not null default false, \`last_sign_in_at\` datetime null, constraint \`account_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on delete set null on update cascade, constraint \`account_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`account_email_unique\` on \`account\` (\`email\`);`);
    this.addSql(`create index \`account_academy_id_index\` on \`account\` (\`academy_id\`);`);
    this.addSql(`create unique index \`account_person_id_unique\` on \`account\` (\`person_id\`);`);
    this.addSql(`create table \`invitation\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`person_id\` integer not null, \`code_hash\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`created_by_id\` integer null, constraint \`invitation_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, constraint \`invitation_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`account\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`invitation_person_id_index\` on \`invitation\` (\`person_id\`);`);
    this.addSql(`create index \`invitation_created_by_id_index\` on \`invitation\` (\`created_by_id\`);`);
    this.addSql(`create table \`auth_session\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`secret_hash\` text not null, \`account_id\` integer not null, \`mfa_passed\` integer not null default false, \`expires_at\` datetime not null, \`ip\` text null, constraint \`auth_session_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`auth_session_secret_hash_unique\` on \`auth_session\` (\`secret_hash\`);`);
    this.addSql(`create index \`auth_session_account_id_index\` on \`auth_session\` (\`account_id\`);`);
    this.addSql(`create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`expires_at\` datetime null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, \`created_by_id\` integer null, constraint \`api_token_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade, constraint \`api_token_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`account\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`api_token_academy_id_index\` on \`api_token\` (\`academy_id\`);`);
    this.addSql(`create unique index \`api_token_secret_hash_unique\` on \`api_token\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_token_created_by_id_index\` on \`api_token\` (\`created_by_id\`);`);
    this.addSql(`create table \`rate_bucket\` (\`key\` text not null, \`value\` double not null, \`updated_at\` datetime not null, primary key (\`key\`));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `rate_bucket`;');
    this.addSql('drop table if exists `audit_event`;');
    this.addSql('drop table if exists `api_token`;');
    this.addSql('drop table if exists `invitation`;');
    this.addSql('drop table if exists `auth_session`;');
    this.addSql('drop table if exists `account`;');
  }
}
