import { appConfig, databaseConfig, exportConfig } from './config.js';
import { migrate, openOrm } from './db/orm.js';
import { buildApp } from './http/app.js';
import { seedIfEmpty } from './seed/seed.js';
import { BulkWorker } from './features/bulk/bulk-worker.js';
import { setBulkRuntime } from './features/bulk/bulk-runtime.js';

const config = appConfig();
const db = databaseConfig();
const orm = await openOrm(db);
await migrate(orm);
if (config.seed === 'demo') await seedIfEmpty(orm);
const app = await buildApp(orm, config);
await app.listen({ port: config.port, host: config.host });
// Bulk exports run in the background of every process; on start it takes up queued ones and any a stopped process left.
const exports = exportConfig(process.env, db);
const worker = new BulkWorker(orm, exports);
setBulkRuntime(exports, worker);
worker.start();
console.log(`Lintas is listening on http://localhost:${config.port} (SPA at /, GraphQL at /graphql)`);

// Graceful shutdown: stop taking requests, let in-flight ones finish, then close the database.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    await worker.stop();
    await app.close();
    await orm.close();
    process.exit(0);
  });
}
