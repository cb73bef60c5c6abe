import { Migration } from '@mikro-orm/migrations';

/** Enrolment: who gave the eligibility override and when, kept with its reason across re-enrolment. */
export class Migration20261204110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "enrollment" add column "override_by" varchar(120) null, add column "override_at" timestamptz null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "enrollment" drop column "override_at", drop column "override_by";');
  }
}
