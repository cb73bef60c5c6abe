import { Migration } from '@mikro-orm/migrations';

/** Enrolment: who gave the eligibility override and when, kept with its reason across re-enrolment. */
export class Migration20261204110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `enrollment` add column `override_by` text null;');
    this.addSql('alter table `enrollment` add column `override_at` datetime null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table `enrollment` drop column `override_at`;');
    this.addSql('alter table `enrollment` drop column `override_by`;');
  }
}
