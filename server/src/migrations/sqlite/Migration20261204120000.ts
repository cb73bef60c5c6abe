import { Migration } from '@mikro-orm/migrations';

/** People's position class under the ASN law (JPT Utama … Pengawas), kept as the registry gave it. */
export class Migration20261204120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `person` add column `position_class` text check (`position_class` in ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS')) null;");
  }

  override async down(): Promise<void> {
    this.addSql('alter table `person` drop column `position_class`;');
  }
}
