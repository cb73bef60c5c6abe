import { appConfig, databaseConfig, exportConfig, importConfig } from './config.js';
import { exclusively, migrate, openOrm } from './database.js';
import { buildApp } from './http/app.js';
import { seedIfEmpty } from './seed/seed.js';
import { BulkWorker } from './features/bulk/bulk-worker.js';
import { setBulkRuntime } from './features/bulk/bulk-runtime.js';
import { webhookConfig } from './features/webhooks/webhook.config.js';
import { WebhookWorker } from './features/webhooks/webhook.worker.js';
import { webhookRetention as webhookRetentionTask } from './features/webhooks/webhook.retention.js';
import { noticeConfig } from './features/notices/notice.config.js';
import { RegistryWorker } from './features/certificates/registry.worker.js';
import { registryConfig } from './features/certificates/registry.config.js';
import { NoticeWorker } from './features/notices/notice.worker.js';
import { startImportHousekeeping } from './features/persons/person-import.service.js';
import { nominationSweeper as nominationSweeperTask } from './features/nominations/nomination.sweeper.js';
import { evaluationSweeper as evaluationSweeperTask } from './features/evaluations/evaluation.sweeper.js';

const config = appConfig();
const db = databaseConfig();
const orm = await openOrm(db);
if (config.migrate) {
  // Processes started together take turns: the first migrates and seeds, the others find it done.
  await exclusively(orm, async () => {
    await migrate(orm);
    if (config.seed === 'demo') await seedIfEmpty(orm);
  });
}
// Roster uploads a stopped process left unfinished are marked failed before any new one starts (nothing of them was written).
const imports = startImportHousekeeping(orm, importConfig(process.env, db).dir);
await imports.ready;
const app = await buildApp(orm, config);
await app.listen({ port: config.port, host: config.host });
// Bulk exports run in the background of every process; on start it takes up queued ones and any a stopped process left.
const exports = exportConfig(process.env, db);
const worker = new BulkWorker(orm, exports);
setBulkRuntime(exports, worker);
worker.start();
// The webhook outbox is delivered from every server process; they share the work through the database.
const webhooks = webhookConfig();
const webhookWorker = webhooks.worker ? new WebhookWorker(orm, webhooks) : null;
webhookWorker?.start();
// Every process also removes deliveries and events past retention, in batches; they may overlap safely.
const webhookRetention = webhookRetentionTask(orm, webhooks);
webhookRetention?.start();
// Nominations nobody decided by their cohort's start are marked expired in the background too.
const nominationSweeper = nominationSweeperTask(orm);
nominationSweeper.start();
const evaluationSweeper = evaluationSweeperTask(orm);
evaluationSweeper.start();
// E-mail notices are sent from every server process too (or only rendered and kept, without SMTP_URL).
const notices = noticeConfig();
const noticeWorker = notices.worker ? new NoticeWorker(orm, notices) : null;
noticeWorker?.start();
// New certificates are pushed to the civil-service registry (SIASN) when REGISTRY_URL is set.
const registry = registryConfig();
const registryWorker = registry.url ? new RegistryWorker(orm, registry) : null;
registryWorker?.start();
console.log(`Lintas is listening on http://localhost:${config.port} (SPA at /, GraphQL at /graphql)`);

/**
 * Graceful shutdown: hand running exports back, stop accepting connections (requests
 * on kept-alive ones get 503), let in-flight requests finish and commit, stop Apollo,
 * close the database pool, exit 0. Past the time limit the process exits 1 rather than hang.
 */
let closing = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (closing) return;
  closing = true;
  console.log(`${signal}: finishing in-flight requests, then stopping`);
  const limit = setTimeout(() => {
    console.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting`);
    process.exit(1);
  }, config.shutdownTimeoutMs);
  limit.unref();
  try {
    await worker.stop();
    await app.close();
    await imports.stop();
    await webhookWorker?.stop();
    await webhookRetention?.stop();
    await nominationSweeper.stop();
    await evaluationSweeper.stop();
    await noticeWorker?.stop();
    await registryWorker?.stop();
    await orm.close();
    console.log('stopped');
    process.exit(0);
  } catch (err) {
    console.error('shutdown failed', err);
    process.exit(1);
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (s) => void shutdown(s));
