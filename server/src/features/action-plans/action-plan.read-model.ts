import { ACTION_PLAN_READ } from '../../graphql/access.js';
import { tryLocalId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import type { Viewer } from '../../graphql/viewer.js';
import { scoped } from '../tenancy.js';
import { ActionPlan } from './action-plan.entity.js';
import type { ActionPlanFilter } from './action-plan.inputs.js';

/** Submitted plans waiting for the caller: a participant's those they coach or mentor; staff every submitted one they see. */
function awaiting(viewer: Viewer): object {
  const me = viewer.kind === 'account' && viewer.role === 'PARTICIPANT' ? viewer.personId ?? -1 : null;
  if (me === null) return { status: 'SUBMITTED' };
  return { status: 'SUBMITTED', $or: [{ mentor: me }, { coach: { person: me } }] };
}

/** `Query.actionPlans`: newest first, by cohort, person, state, or waiting for the caller's review. */
const actionPlans: ListRead<ConnectionArgs & { filter: ActionPlanFilter | null }> = {
  entity: ActionPlan, access: ACTION_PLAN_READ, args: ['first', 'after', 'filter'], orderBy: { id: 'desc' },
  where: (_em, viewer, { filter }) => scoped(viewer, 'ActionPlan', [
    filter?.cohortId ? { cohort: tryLocalId(filter.cohortId, 'Cohort') ?? -1 } : {},
    filter?.personId ? { person: tryLocalId(filter.personId, 'Person') ?? -1 } : {},
    filter?.statuses?.length ? { status: { $in: filter.statuses } } : {},
    filter?.awaitingMyReview ? awaiting(viewer) : {},
  ]),
};

/* No `references`: the list stays with its resolver, whose relations are batched through the loaders. */
export const actionPlanReads = { lists: { actionPlans } } satisfies ReadModel;
