import { envInt, isProduction } from '../../config.js';

/** Delivery settings; every timing is configurable so tests run in milliseconds. */
export interface WebhookConfig {
  /** Run the delivery worker in this process (LINTAS_WEBHOOK_WORKER=0 turns it off). */
  worker: boolean;
  /** How often the worker looks for due deliveries. */
  pollMs: number;
  /** A receiver must answer within this. */
  timeoutMs: number;
  /** Attempts per delivery before it is FAILED. */
  maxAttempts: number;
  /** Delay before the 2nd attempt; doubles each time up to backoffMaxMs, with jitter. */
  backoffMs: number;
  backoffMaxMs: number;
  /** Deliveries in flight at once per process. */
  concurrency: number;
  /** Allow private, loopback and link-local addresses (default: outside production only). */
  allowPrivate: boolean;
  /**
   * Days delivered and failed deliveries (and then events no delivery refers to) are kept
   * (LINTAS_WEBHOOK_RETENTION_DAYS, default 30; 0 keeps them for ever). Waiting ones are never removed.
   */
  retentionDays: number;
  /** How often each process looks for what is past retention (LINTAS_WEBHOOK_RETENTION_INTERVAL_MS, default hourly). */
  retentionIntervalMs: number;
  /** Rows removed per statement (LINTAS_WEBHOOK_RETENTION_BATCH, default 1000): each batch is its own short transaction. */
  retentionBatch: number;
}


export function webhookConfig(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  const production = isProduction(env);
  const allow = env.LINTAS_WEBHOOK_ALLOW_PRIVATE;
  return {
    worker: env.LINTAS_WEBHOOK_WORKER !== '0',
    pollMs: envInt(env.LINTAS_WEBHOOK_POLL_MS, 1000, 10),
    timeoutMs: envInt(env.LINTAS_WEBHOOK_TIMEOUT_MS, 10_000, 50),
    maxAttempts: envInt(env.LINTAS_WEBHOOK_MAX_ATTEMPTS, 8, 1),
    backoffMs: envInt(env.LINTAS_WEBHOOK_BACKOFF_MS, 30_000, 1),
    backoffMaxMs: envInt(env.LINTAS_WEBHOOK_BACKOFF_MAX_MS, 6 * 3600_000, 1),
    concurrency: envInt(env.LINTAS_WEBHOOK_CONCURRENCY, 8, 1),
    allowPrivate: allow === undefined || allow === '' ? !production : allow === '1' || allow === 'true',
    retentionDays: envInt(env.LINTAS_WEBHOOK_RETENTION_DAYS, 30, 0),
    retentionIntervalMs: envInt(env.LINTAS_WEBHOOK_RETENTION_INTERVAL_MS, 3600_000, 10),
    retentionBatch: Math.min(10_000, envInt(env.LINTAS_WEBHOOK_RETENTION_BATCH, 1000, 1)),
  };
}

/**
 * Delay before attempt `n + 1` after `n` failed ones: exponential, capped, with "equal
 * jitter" (half fixed, half random) so receivers coming back up are not hit in step.
 */
export function backoffDelay(config: Pick<WebhookConfig, 'backoffMs' | 'backoffMaxMs'>, failedAttempts: number, random = Math.random): number {
  const ceiling = Math.min(config.backoffMaxMs, config.backoffMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
