import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { SCHEDULE_READ } from '../../graphql/access.js';
import { scoped, visibleWhere } from '../../graphql/tenancy.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../accounts/viewer.js';
import type { Context } from '../../graphql/context.js';
import { localId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { Academy } from '../academies/academy.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { CohortConnection } from '../cohorts/cohort.inputs.js';
import { Program } from './program.entity.js';
import { ProgramConnection, TrainingModuleConnection } from './program.inputs.js';
import { TrainingModule } from './training-module.entity.js';

/** `Program.cohorts`: what the caller may see, newest start first. */
export function programCohorts(viewer: Viewer) {
  return { where: visibleWhere(viewer, 'Cohort') as FilterQuery<Cohort>, orderBy: { startDate: 'desc' } as const };
}

@Resolver(() => Program)
export class ProgramResolver {
  @Authorized(...SCHEDULE_READ)
  @Query(() => ProgramConnection, { description: 'Programs, by code.' })
  async programs(
    @Args() args: ConnectionArgs,
    @Arg('academyId', () => ID, { nullable: true, description: "Only this academy's programs (admins; others see their own academy anyway)." }) academyId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<ProgramConnection> {
    const where = academyId ? [{ academy: localId(academyId, 'Academy') }] : [];
    return toConnection(await findPage(em, Program, scoped(viewer, 'Program', where), args, { code: 'asc' })) as ProgramConnection;
  }

  @Authorized(...SCHEDULE_READ)
  @Query(() => TrainingModuleConnection, { description: 'Training modules (mata pelatihan) of a program, in program order.' })
  async trainingModules(
    @Args() args: ConnectionArgs,
    @Arg('programId', () => ID, { nullable: true, description: 'Only the modules of this program.' }) programId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<TrainingModuleConnection> {
    const where = programId ? [{ program: localId(programId, 'Program') }] : [];
    return toConnection(await findPage(em, TrainingModule, scoped(viewer, 'TrainingModule', where), args, { program: 'asc', position: 'asc' })) as TrainingModuleConnection;
  }

  @FieldResolver(() => Academy, { description: 'Academy that runs the program.' })
  academy(@Root() p: Program, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, p.academy);
  }

  @FieldResolver(() => TrainingModuleConnection, { description: 'Modules in program order.' })
  async modules(@Root() p: Program, @Args() args: ConnectionArgs, @Ctx() { loaders }: Context) {
    return toConnection(await loaders.children(TrainingModule, 'program', p.id, args, { orderBy: { position: 'asc' } }));
  }

  @FieldResolver(() => CohortConnection, { description: 'Cohorts of the program, newest start first.' })
  async cohorts(@Root() p: Program, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return toConnection(await loaders.children(Cohort, 'program', p.id, args, programCohorts(viewer)));
  }

  @FieldResolver(() => Int, { description: 'JP of all modules together.' })
  totalJp(@Root() p: Program, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.batch<number, number>('program.totalJp', async (ids) => {
      const knex = (em as SqlEntityManager).getKnex();
      const rows: { program_id: number; jp: number }[] = await (em as SqlEntityManager).execute(
        knex('training_module').select('program_id').sum({ jp: 'jp' }).whereIn('program_id', [...ids]).groupBy('program_id'),
      );
      return ids.map((id) => Number(rows.find((r) => Number(r.program_id) === id)?.jp ?? 0));
    }).load(p.id);
  }
}

@Resolver(() => TrainingModule)
export class TrainingModuleResolver {
  @FieldResolver(() => Program, { description: 'Program the module belongs to.' })
  program(@Root() m: TrainingModule, @Ctx() { loaders }: Context) {
    return loaders.ref(Program, m.program);
  }
}
