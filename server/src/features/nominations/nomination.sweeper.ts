import type { MikroORM } from '@mikro-orm/core';
import { envInt } from '../../config.js';
import { PeriodicTask } from '../../periodic-task.js';
import { expireDueNominations } from './nomination.service.js';

/** How often undecided nominations of started cohorts are marked expired: `LINTAS_NOMINATION_SWEEP_MS`, default one minute. */
export function nominationSweepMs(env: NodeJS.ProcessEnv = process.env): number {
  return envInt(env.LINTAS_NOMINATION_SWEEP_MS, 60_000, 1000);
}

/**
 * Expires, every interval, the nominations nobody decided by their cohort's start (the stored
 * status, audit and webhook say EXPIRED without anyone reading them). Every process runs it;
 * a nomination already expired by another is left alone.
 */
export function nominationSweeper(orm: MikroORM, intervalMs = nominationSweepMs()): PeriodicTask {
  return new PeriodicTask('nomination expiry', intervalMs, () => expireDueNominations(orm.em.fork()));
}
