import { appConfig, databaseConfig } from './config.js';
import { migrate, openOrm } from './db/orm.js';
import { buildApp } from './http/app.js';
import { seedIfEmpty } from './seed/seed.js';
import { webhookConfig } from './features/webhooks/webhook.config.js';
import { WebhookWorker } from './features/webhooks/webhook.worker.js';

const config = appConfig();
const orm = await openOrm(databaseConfig());
await migrate(orm);
if (config.seed === 'demo') await seedIfEmpty(orm);
const app = await buildApp(orm, config);
await app.listen({ port: config.port, host: config.host });
// The webhook outbox is delivered from every server process; they share the work through the database.
const webhooks = webhookConfig();
const worker = webhooks.worker ? new WebhookWorker(orm, webhooks) : null;
worker?.start();
console.log(`Lintas is listening on http://localhost:${config.port} (SPA at /, GraphQL at /graphql)`);

// Graceful shutdown: stop taking requests, let in-flight ones finish, then close the database.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await worker?.stop();
    await orm.close();
    process.exit(0);
  });
}
