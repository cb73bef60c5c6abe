import { Migration } from '@mikro-orm/migrations';

/**
 * Certificates (STTP, issue 22): one per completed enrolment, issued when the cohort closes,
 * numbered in the academy's sequence and verifiable by a random code; and the registry
 * outbox (SIASN sync) with the id the registry gave each record.
 */
export class Migration20261206300000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`certificate\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`cohort_id\` integer not null, \`enrollment_id\` integer not null, \`person_id\` integer not null, \`number\` text not null, \`code\` text not null, \`jp\` double not null, \`modules\` json not null, \`issued_at\` datetime not null, \`revoked_at\` datetime null, \`revoke_reason\` text null, \`revoked_by\` text null, constraint \`certificate_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade, constraint \`certificate_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on update cascade, constraint \`certificate_enrollment_id_foreign\` foreign key(\`enrollment_id\`) references \`enrollment\`(\`id\`) on update cascade, constraint \`certificate_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`certificate_academy_id_index\` on \`certificate\` (\`academy_id\`);`);
    this.addSql(`create index \`certificate_cohort_id_index\` on \`certificate\` (\`cohort_id\`);`);
    this.addSql(`create index \`certificate_enrollment_id_index\` on \`certificate\` (\`enrollment_id\`);`);
    this.addSql(`create unique index \`certificate_enrollment_id_unique\` on \`certificate\` (\`enrollment_id\`);`);
    this.addSql(`create index \`certificate_person_id_index\` on \`certificate\` (\`person_id\`);`);
    this.addSql(`create unique index \`certificate_number_unique\` on \`certificate\` (\`number\`);`);
    this.addSql(`create unique index \`certificate_code_unique\` on \`certificate\` (\`code\`);`);
    this.addSql(`create index \`certificate_person_id_issued_at_index\` on \`certificate\` (\`person_id\`, \`issued_at\`);`);
    this.addSql(`create table \`registry_delivery\` (\`id\` integer not null primary key autoincrement, \`certificate_id\` integer not null, \`status\` text not null default 'PENDING', \`attempt_count\` integer not null default 0, \`lease\` integer not null default 0, \`next_attempt_at\` datetime null, \`last_http_status\` integer null, \`last_error\` text null, \`remote_id\` text null, \`delivered_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`registry_delivery_certificate_id_foreign\` foreign key(\`certificate_id\`) references \`certificate\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`registry_delivery_certificate_id_index\` on \`registry_delivery\` (\`certificate_id\`);`);
    this.addSql(`create unique index \`registry_delivery_certificate_id_unique\` on \`registry_delivery\` (\`certificate_id\`);`);
    this.addSql(`create index \`registry_delivery_status_next_attempt_at_index\` on \`registry_delivery\` (\`status\`, \`next_attempt_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `registry_delivery`;');
    this.addSql('drop table if exists `certificate`;');
  }
}
