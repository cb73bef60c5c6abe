import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { FacilitatorUnavailability } from './unavailability.entity.js';

/** A window a facilitator of the caller's academy cannot teach. */
export async function addFacilitatorUnavailability(
  em: EntityManager, viewer: Viewer, facilitatorId: number | null, w: { startsAt: Date; endsAt: Date; reason?: string | null },
): Promise<{ value: FacilitatorUnavailability | null; errors: UserError[] }> {
  const facilitator = facilitatorId === null ? null : await em.findOne(Facilitator, scoped(viewer, 'Facilitator', [{ id: facilitatorId }]));
  if (!facilitator) return { value: null, errors: [new UserError('facilitatorId', ERROR_CODES.NOT_FOUND, 'no such facilitator')] };
  if (!(w.endsAt > w.startsAt)) return { value: null, errors: [new UserError('endsAt', ERROR_CODES.DATE_RANGE, 'the window ends before it starts')] };
  const value = em.create(FacilitatorUnavailability, { facilitator, startsAt: w.startsAt, endsAt: w.endsAt, reason: w.reason?.trim() || null });
  await em.flush();
  return { value, errors: [] };
}
