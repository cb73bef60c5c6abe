import { Migration } from '@mikro-orm/migrations';

/** Bulk exports; the registry's training kind on programs; certificate numbers on completed enrolments (backfilled). */
export class Migration20261124030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`bulk_operation\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('PERSONS', 'ENROLLMENTS', 'ATTENDANCE', 'TRAINING_HISTORY')) not null, \`format\` text check (\`format\` in ('JSONL', 'CSV')) not null, \`status\` text check (\`status\` in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED')) not null default 'QUEUED', \`filter\` json null, \`owner\` text not null, \`total_rows\` integer null, \`rows_written\` integer not null default 0, \`bytes_written\` bigint not null default 0, \`cursor\` integer null, \`attempt\` integer not null default 0, \`claimed_by\` text null, \`lease_until\` datetime null, \`file_name\` text null, \`download_secret\` text not null, \`error_code\` text null, \`started_at\` datetime null, \`finished_at\` datetime null, \`expires_at\` datetime null);`);
    this.addSql('create index `bulk_operation_status_lease_until_index` on `bulk_operation` (`status`, `lease_until`);');
    this.addSql('create index `bulk_operation_owner_id_index` on `bulk_operation` (`owner`, `id`);');
    this.addSql(`alter table \`program\` add column \`training_kind\` text check (\`training_kind\` in ('STRUKTURAL', 'FUNGSIONAL', 'TEKNIS', 'WORKSHOP', 'MANAJERIAL', 'SOSIAL_KULTURAL', 'SOSIALISASI', 'BIMBINGAN_TEKNIS', 'SEMINAR', 'MAGANG')) not null default 'MANAJERIAL';`);
    this.addSql('alter table `enrollment` add column `certificate_number` text null;');
    this.addSql('create unique index `enrollment_certificate_number_unique` on `enrollment` (`certificate_number`);');

    // Leadership training (PKN, PKA, PKP) is the registry's former diklat struktural.
    this.addSql(`update \`program\` set \`training_kind\` = 'STRUKTURAL' where \`name\` like 'Pelatihan Kepemimpinan%' or \`code\` in ('PKN-I', 'PKN-II', 'PKA', 'PKP');`);
    // Enrolments completed before certificate numbers existed get theirs, in the order they finished.
    this.addSql(`with numbered as (
      select e.\`id\`, a.\`code\` || '/' || p.\`code\` || '/' || substr(c.\`end_date\`, 1, 4) || '/' ||
        row_number() over (partition by c.\`academy_id\`, c.\`program_id\`, substr(c.\`end_date\`, 1, 4) order by c.\`end_date\`, e.\`id\`) as \`number\`
      from \`enrollment\` e join \`cohort\` c on c.\`id\` = e.\`cohort_id\` join \`program\` p on p.\`id\` = c.\`program_id\` join \`academy\` a on a.\`id\` = c.\`academy_id\`
      where e.\`status\` = 'COMPLETED')
      update \`enrollment\` set \`certificate_number\` = numbered.\`number\` from numbered where \`enrollment\`.\`id\` = numbered.\`id\`;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `bulk_operation`;');
    this.addSql('drop index if exists `enrollment_certificate_number_unique`;');
    this.addSql('alter table `enrollment` drop column `certificate_number`;');
    this.addSql('alter table `program` drop column `training_kind`;');
  }
}
