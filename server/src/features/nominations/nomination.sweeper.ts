import type { MikroORM } from '@mikro-orm/core';
import { expireDueNominations } from './nomination.service.js';

/** How often undecided nominations of started cohorts are marked expired: `LINTAS_NOMINATION_SWEEP_MS`, default one minute. */
export function nominationSweepMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.LINTAS_NOMINATION_SWEEP_MS?.trim() || 60_000);
  return Number.isFinite(ms) && ms >= 1000 ? ms : 60_000;
}

/**
 * Expires, every interval, the nominations nobody decided by their cohort's start (the stored
 * status, audit and webhook say EXPIRED without anyone reading them). Every process runs it;
 * a nomination already expired by another is left alone.
 */
export class NominationSweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(private readonly orm: MikroORM, private readonly intervalMs = nominationSweepMs()) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = expireDueNominations(this.orm.em.fork())
        .catch((err) => console.error('nomination expiry:', err))
        .finally(() => {
          this.running = null;
          this.schedule(this.intervalMs);
        });
    }, ms);
    this.timer.unref();
  }
}
