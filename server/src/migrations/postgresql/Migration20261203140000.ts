import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks: the secret a rotation replaced and until when it still signs (the overlap
 * window), and the indexes retention removes old deliveries and events by.
 */
export class Migration20261203140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "webhook_subscription" add column "previous_secret" varchar(100) null, add column "previous_secret_until" timestamptz null;');
    this.addSql('create index "webhook_delivery_updated_at_index" on "webhook_delivery" ("updated_at");');
    this.addSql('create index "webhook_event_occurred_at_index" on "webhook_event" ("occurred_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "webhook_event_occurred_at_index";');
    this.addSql('drop index if exists "webhook_delivery_updated_at_index";');
    this.addSql('alter table "webhook_subscription" drop column "previous_secret_until", drop column "previous_secret";');
  }
}
