import type { ChildRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { visibleWhere } from '../tenancy.js';

/** `Program.cohorts`: what the caller may see, newest start first. */
const cohorts: ChildRead<ConnectionArgs> = {
  entity: Cohort, parent: 'program', args: ['first', 'after'],
  read: (viewer) => ({ where: visibleWhere(viewer, 'Cohort'), orderBy: { startDate: 'desc' } }),
};

export const programReads = {
  children: { Program: { cohorts } },
  references: { Program: ['academy'], TrainingModule: ['program'] },
} satisfies ReadModel;
