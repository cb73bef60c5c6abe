import { NOMINATION_READ } from '../../graphql/access.js';
import { tryLocalId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { Nomination } from './nomination.entity.js';
import type { NominationFilter } from './nomination.inputs.js';

/** `Query.nominations`: newest first, by cohort, agency and status. An unreadable id matches nothing. */
const nominations: ListRead<ConnectionArgs & { filter: NominationFilter | null }> = {
  entity: Nomination, access: NOMINATION_READ, args: ['first', 'after', 'filter'], orderBy: { id: 'desc' },
  where: (_em, viewer, { filter }) => scoped(viewer, 'Nomination', [
    filter?.cohortId ? { cohort: tryLocalId(filter.cohortId, 'Cohort') ?? -1 } : {},
    filter?.agencyId ? { agency: tryLocalId(filter.agencyId, 'Agency') ?? -1 } : {},
    filter?.personId ? { person: tryLocalId(filter.personId, 'Person') ?? -1 } : {},
    filter?.statuses?.length ? { status: { $in: filter.statuses } } : {},
  ]),
};

/*
 * No `references`: the list stays with its resolver (not the compiled SQL plan), which first
 * marks expired the nominations whose cohort has started.
 */
export const nominationReads = { lists: { nominations } } satisfies ReadModel;
