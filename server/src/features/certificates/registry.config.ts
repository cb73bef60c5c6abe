import { envInt } from '../../config.js';

/** The registry sync (SIASN): off unless REGISTRY_URL is set. Timings configurable so tests run in milliseconds. */
export interface RegistryConfig {
  /** Where each new certificate is POSTed as a training record (REGISTRY_URL); null: no sync. */
  url: string | null;
  /** Sent as `Authorization: Bearer <token>` (REGISTRY_TOKEN). */
  token: string | null;
  pollMs: number;
  timeoutMs: number;
  maxAttempts: number;
  backoffMs: number;
  backoffMaxMs: number;
}

export function registryConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  return {
    url: env.REGISTRY_URL?.trim() || null,
    token: env.REGISTRY_TOKEN?.trim() || null,
    pollMs: envInt(env.REGISTRY_POLL_MS, 5000, 10),
    timeoutMs: envInt(env.REGISTRY_TIMEOUT_MS, 30_000, 50),
    maxAttempts: envInt(env.REGISTRY_MAX_ATTEMPTS, 10, 1),
    backoffMs: envInt(env.REGISTRY_BACKOFF_MS, 60_000, 1),
    backoffMaxMs: envInt(env.REGISTRY_BACKOFF_MAX_MS, 6 * 3600_000, 1),
  };
}

/** Delay before attempt `n + 1`: doubling from backoffMs, capped, with up to 20 % jitter. */
export function registryBackoff(config: RegistryConfig, attempt: number): number {
  const base = Math.min(config.backoffMaxMs, config.backoffMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (1 + Math.random() * 0.2));
}
