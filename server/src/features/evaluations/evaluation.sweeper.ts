import type { MikroORM } from '@mikro-orm/core';
import { PeriodicTask } from '../../periodic-task.js';
import { sweepFollowUps } from './evaluation.service.js';
import { evaluationSweepMs } from './evaluation.templates.js';

/**
 * Writes, every interval, the EVALUATION_FOLLOW_UP notices of follow-up forms that came due
 * (LINTAS_EVALUATION_SWEEP_MS, default one hour). Every process runs it; the notices' keys
 * make a second writer's work a no-op.
 */
export function evaluationSweeper(orm: MikroORM, intervalMs = evaluationSweepMs()): PeriodicTask {
  return new PeriodicTask('evaluation follow-up', intervalMs, () => sweepFollowUps(orm.em.fork()));
}
