import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { checkText } from '../catalogue/catalogue.rules.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { FacilitatorUnavailability } from './unavailability.entity.js';

/** What is wrong with an unavailable window: it lies outside 1900–2999 or ends before it starts, or its reason is no line of text of at most 500 characters. */
export function windowErrors(w: { startsAt: Date; endsAt: Date; reason?: string | null }): UserError[] {
  const errors: UserError[] = [];
  for (const field of ['startsAt', 'endsAt'] as const) {
    const year = w[field].getUTCFullYear();
    if (!(year >= 1900 && year <= 2999)) errors.push(new UserError(field, ERROR_CODES.OUT_OF_RANGE, 'the window must lie between the years 1900 and 2999'));
  }
  if (!(w.endsAt > w.startsAt)) errors.push(new UserError('endsAt', ERROR_CODES.DATE_RANGE, 'the window ends before it starts'));
  checkText(w.reason, 'reason', 500, errors, false);
  return errors;
}

/** A window a facilitator of the caller's academy cannot teach. */
export async function addFacilitatorUnavailability(
  em: EntityManager, viewer: Viewer, facilitatorId: number | null, w: { startsAt: Date; endsAt: Date; reason?: string | null },
): Promise<{ value: FacilitatorUnavailability | null; errors: UserError[] }> {
  const facilitator = facilitatorId === null ? null : await em.findOne(Facilitator, scoped(viewer, 'Facilitator', [{ id: facilitatorId }]));
  if (!facilitator) return { value: null, errors: [new UserError('facilitatorId', ERROR_CODES.NOT_FOUND, 'no such facilitator')] };
  const errors = windowErrors(w);
  if (errors.length) return { value: null, errors };
  const value = em.create(FacilitatorUnavailability, { facilitator, startsAt: w.startsAt, endsAt: w.endsAt, reason: w.reason?.trim() || null });
  await em.flush();
  return { value, errors: [] };
}
