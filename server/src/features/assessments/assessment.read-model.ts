import { localId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { Assessment } from './assessment.entity.js';

/** `Query.assessments`: a cohort's digital-mindset scores, by person, post before pre. */
const assessments: ListRead<ConnectionArgs & { cohortId: string }> = {
  entity: Assessment, access: ['ADMIN', 'ORGANIZER', 'reports:read'], args: ['first', 'after', 'cohortId'], orderBy: { person: 'asc', kind: 'desc' },
  where: (_em, viewer, args) => scoped(viewer, 'Assessment', [{ cohort: localId(args.cohortId, 'Cohort') }]),
};

export const assessmentReads = { lists: { assessments } } satisfies ReadModel;
