import { SCHEDULE_READ } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import type { ChildRead, ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { activeOnly, ofAcademy } from '../academies/academy.read-model.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { visibleWhere, scoped } from '../tenancy.js';
import { Program } from './program.entity.js';
import { TrainingModule } from './training-module.entity.js';

type Archivable = ConnectionArgs & { includeArchived?: boolean | null };

const programs: ListRead<Archivable & { academyId?: string | null }> = {
  entity: Program, access: SCHEDULE_READ, args: ['first', 'after', 'academyId', 'includeArchived'], orderBy: { code: 'asc' },
  where: (_em, viewer, args) => scoped(viewer, 'Program', [...ofAcademy(args.academyId), ...activeOnly(args.includeArchived)]),
};

const trainingModules: ListRead<Archivable & { programId?: string | null }> = {
  entity: TrainingModule, access: SCHEDULE_READ, args: ['first', 'after', 'programId', 'includeArchived'], orderBy: { program: 'asc', position: 'asc' },
  where: (_em, viewer, args) => scoped(viewer, 'TrainingModule', [
    ...(args.programId ? [{ program: localId(args.programId, 'Program') }] : []), ...activeOnly(args.includeArchived),
  ]),
};

/** `Program.cohorts`: what the caller may see, newest start first. */
const cohorts: ChildRead<ConnectionArgs> = {
  entity: Cohort, parent: 'program', args: ['first', 'after'],
  read: (viewer) => ({ where: visibleWhere(viewer, 'Cohort'), orderBy: { startDate: 'desc' } }),
};

/** `Program.modules`: in program order. */
const modules: ChildRead<ConnectionArgs> = {
  entity: TrainingModule, parent: 'program', args: ['first', 'after'],
  read: () => ({ where: {}, orderBy: { position: 'asc' } }),
};

export const programReads = {
  lists: { programs, trainingModules },
  children: { Program: { cohorts, modules } },
  references: { Program: ['academy'], TrainingModule: ['program'] },
} satisfies ReadModel;
