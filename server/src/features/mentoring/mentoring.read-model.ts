import { SCHEDULE_READ } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { MentoringPair } from './mentoring-pair.entity.js';

/** `Query.mentoringPairs`: a cohort's reverse-mentoring pairs, oldest first. */
const mentoringPairs: ListRead<ConnectionArgs & { cohortId: string }> = {
  entity: MentoringPair, access: SCHEDULE_READ, args: ['first', 'after', 'cohortId'], orderBy: { createdAt: 'asc' },
  where: (_em, viewer, args) => scoped(viewer, 'MentoringPair', [{ cohort: localId(args.cohortId, 'Cohort') }]),
};

export const mentoringReads = { lists: { mentoringPairs } } satisfies ReadModel;
