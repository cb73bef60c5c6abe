import { CATALOGUE_READ, SCHEDULE_READ } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ChildRead, ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { activeOnly, ofAcademy } from '../academies/academy.read-model.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { visibleWhere, scoped } from '../tenancy.js';
import { Program } from './program.entity.js';
import { TrainingModule } from './training-module.entity.js';

type Archivable = ConnectionArgs & { includeArchived?: boolean | null };

const programs: ListRead<Archivable & { academyId?: string | null }> = {
  entity: Program, access: CATALOGUE_READ, args: ['first', 'after', 'academyId', 'includeArchived'], orderBy: { code: 'asc' },
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

/** JP of all modules of each program, in one grouped statement. */
export async function programTotalJp(em: EntityManager, ids: readonly number[]): Promise<number[]> {
  const sqlEm = em as SqlEntityManager;
  const rows: { program_id: number; jp: number }[] = await sqlEm.execute(
    sqlEm.getKnex()('training_module').select('program_id').sum({ jp: 'jp' }).whereIn('program_id', [...ids]).groupBy('program_id'),
  );
  return ids.map((id) => Number(rows.find((r) => Number(r.program_id) === id)?.jp ?? 0));
}

type Side = 'training_module_id' | 'facilitator_id';

/**
 * Who may teach what, from one side of the pairs: for each id on `by`, the entities on the
 * other side, in `orderBy` (archived ones too: they taught it). Two statements for all ids.
 */
async function paired<T extends TrainingModule | Facilitator>(
  em: EntityManager, by: Side, ids: readonly number[], entity: new () => T, orderBy: Record<string, 'asc'>,
): Promise<T[][]> {
  const other: Side = by === 'facilitator_id' ? 'training_module_id' : 'facilitator_id';
  const sqlEm = em as SqlEntityManager;
  const pairs: Record<Side, number>[] = await sqlEm.execute(
    sqlEm.getKnex()('training_module_facilitator').select('training_module_id', 'facilitator_id').whereIn(by, [...ids]),
  );
  const found = pairs.length
    ? await em.find(entity as never, { id: { $in: [...new Set(pairs.map((p) => Number(p[other])))] } } as never, { orderBy: { ...orderBy, id: 'asc' } as never }) as T[]
    : [];
  return ids.map((id) => {
    const mine = new Set(pairs.filter((p) => Number(p[by]) === id).map((p) => Number(p[other])));
    return found.filter((x) => mine.has(x.id));
  });
}

/** Facilitators qualified to teach each module, by name. */
export const facilitatorsOfModules = (em: EntityManager, ids: readonly number[]) => paired(em, 'training_module_id', ids, Facilitator, { name: 'asc' });

/** Modules each facilitator is qualified to teach, by code. */
export const modulesOfFacilitators = (em: EntityManager, ids: readonly number[]) => paired(em, 'facilitator_id', ids, TrainingModule, { code: 'asc' });
