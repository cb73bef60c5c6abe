import { Migration } from '@mikro-orm/migrations';

/** Webhooks: subscriptions per academy, the transactional outbox of events, and deliveries with their attempts. */
export class Migration20261124031000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE \`webhook_event\` (\`id\` text not null, \`academy_id\` integer not null, \`type\` text check (\`type\` in ('person.imported', 'person.changed', 'enrollment.changed', 'enrollment.completed', 'session.scheduled', 'session.moved', 'session.cancelled', 'attendance.recorded')) not null, \`occurred_at\` datetime not null, \`data\` json not null, constraint \`webhook_event_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`CREATE INDEX \`webhook_event_academy_id_index\` on \`webhook_event\` (\`academy_id\`);`);
    this.addSql(`CREATE TABLE \`webhook_subscription\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`url\` text not null, \`events\` json not null, \`description\` text null, \`active\` integer not null default true, \`secret\` text not null, constraint \`webhook_subscription_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade);`);
    this.addSql(`CREATE INDEX \`webhook_subscription_academy_id_index\` on \`webhook_subscription\` (\`academy_id\`);`);
    this.addSql(`CREATE TABLE \`webhook_delivery\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`subscription_id\` integer not null, \`event_id\` text not null, \`status\` text check (\`status\` in ('PENDING', 'SUCCEEDED', 'FAILED')) not null default 'PENDING', \`attempt_count\` integer not null default 0, \`next_attempt_at\` datetime null, \`lease\` integer not null default 0, \`attempts\` json not null, \`redelivery\` integer not null default false, \`last_http_status\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_subscription_id_foreign\` foreign key(\`subscription_id\`) references \`webhook_subscription\`(\`id\`) on delete cascade on update cascade, constraint \`webhook_delivery_event_id_foreign\` foreign key(\`event_id\`) references \`webhook_event\`(\`id\`) on update cascade);`);
    this.addSql(`CREATE INDEX \`webhook_delivery_subscription_id_index\` on \`webhook_delivery\` (\`subscription_id\`);`);
    this.addSql(`CREATE INDEX \`webhook_delivery_event_id_index\` on \`webhook_delivery\` (\`event_id\`);`);
    this.addSql(`CREATE INDEX \`webhook_delivery_subscription_id_created_at_index\` on \`webhook_delivery\` (\`subscription_id\`, \`created_at\`);`);
    this.addSql(`CREATE INDEX \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `webhook_delivery`;');
    this.addSql('drop table if exists `webhook_subscription`;');
    this.addSql('drop table if exists `webhook_event`;');
  }
}
