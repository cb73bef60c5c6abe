import { SCHEDULE_READ } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { CohortGroup } from './cohort-group.entity.js';

/** `Query.cohortGroups`: a cohort's groups by number. */
const cohortGroups: ListRead<ConnectionArgs & { cohortId: string }> = {
  entity: CohortGroup, access: SCHEDULE_READ, args: ['first', 'after', 'cohortId'], orderBy: { number: 'asc' },
  where: (_em, viewer, args) => scoped(viewer, 'CohortGroup', [{ cohort: localId(args.cohortId, 'Cohort') }]),
};

export const groupReads = { lists: { cohortGroups } } satisfies ReadModel;
