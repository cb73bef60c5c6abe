import { MANAGE } from '../../graphql/access.js';
import { tryLocalId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { EvaluationForm } from './evaluation.entity.js';
import type { EvaluationFormFilter } from './evaluation.inputs.js';

/** `Query.evaluationForms`: the academy's forms, in the order they were made; by cohort, or templates only. */
const evaluationForms: ListRead<ConnectionArgs & { filter: EvaluationFormFilter | null }> = {
  entity: EvaluationForm, access: MANAGE, args: ['first', 'after', 'filter'], orderBy: { id: 'asc' },
  where: (_em, viewer, { filter }) => scoped(viewer, 'EvaluationForm', [
    filter?.cohortId ? { cohort: tryLocalId(filter.cohortId, 'Cohort') ?? -1 } : {},
    filter?.templates === true ? { cohort: null } : filter?.templates === false ? { cohort: { $ne: null } } : {},
  ]),
};

export const evaluationReads = { lists: { evaluationForms } } satisfies ReadModel;
