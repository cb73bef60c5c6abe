import { exportConfig, type ExportConfig } from '../../config.js';
import type { BulkWorker } from './bulk-worker.js';

/** The process's export settings and worker, set once at start-up (absent when only the schema is built). */
let current: { config: ExportConfig; worker: BulkWorker | null } | null = null;

export function setBulkRuntime(config: ExportConfig, worker: BulkWorker | null): void {
  current = { config, worker };
}

export function bulkConfig(): ExportConfig {
  return (current ??= { config: exportConfig(), worker: null }).config;
}

export function kickBulkWorker(): void {
  current?.worker?.kick();
}
