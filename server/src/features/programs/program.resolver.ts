import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CATALOGUE_READ, MANAGE, SCHEDULE_READ } from '../../graphql/access.js';
import { tryLocalId } from '../../graphql/ids.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { createProgram, createTrainingModule, updateProgram, updateTrainingModule } from './program.service.js';
import {
  CreateProgramInput, CreateTrainingModuleInput, ProgramPayload, TrainingModulePayload, UpdateProgramInput, UpdateTrainingModuleInput,
} from './program.inputs.js';
import { scoped } from '../tenancy.js';
import type { Context } from '../../graphql/context.js';
import { localId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { Academy } from '../academies/academy.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { CohortConnection } from '../cohorts/cohort.inputs.js';
import { Program } from './program.entity.js';
import { facilitatorsOfModules, programReads, programTotalJp } from './program.read-model.js';
import { readChildren, readList } from '../../graphql/read-model.js';
import { ProgramConnection, TrainingModuleConnection } from './program.inputs.js';
import { TrainingModule } from './training-module.entity.js';

@Resolver(() => Program)
export class ProgramResolver {
  @Authorized(...CATALOGUE_READ)
  @Query(() => ProgramConnection, { description: 'Programs, by code.' })
  async programs(
    @Args() args: ConnectionArgs,
    @Arg('academyId', () => ID, { nullable: true, description: "Only this academy's programs (admins; others see their own academy anyway)." }) academyId: string | null,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false, description: 'Include archived programs (left out by default).' }) includeArchived: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<ProgramConnection> {
    return (await readList({ em, viewer }, programReads.lists.programs, { ...args, academyId, includeArchived })) as ProgramConnection;
  }

  @Authorized(...SCHEDULE_READ)
  @Query(() => TrainingModuleConnection, { description: 'Training modules (mata pelatihan) of a program, in program order.' })
  async trainingModules(
    @Args() args: ConnectionArgs,
    @Arg('programId', () => ID, { nullable: true, description: 'Only the modules of this program.' }) programId: string | null,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false, description: 'Include archived modules (left out by default).' }) includeArchived: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<TrainingModuleConnection> {
    return (await readList({ em, viewer }, programReads.lists.trainingModules, { ...args, programId, includeArchived })) as TrainingModuleConnection;
  }

  @FieldResolver(() => Academy, { description: 'Academy that runs the program.' })
  academy(@Root() p: Program, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, p.academy);
  }

  @FieldResolver(() => TrainingModuleConnection, { description: 'Modules in program order.' })
  async modules(@Root() p: Program, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, programReads.children.Program.modules, p.id, args);
  }

  @FieldResolver(() => CohortConnection, { description: 'Cohorts of the program, newest start first.' })
  async cohorts(@Root() p: Program, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, programReads.children.Program.cohorts, p.id, args);
  }

  @FieldResolver(() => Int, { description: 'JP of all modules together.' })
  totalJp(@Root() p: Program, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.batch<number, number>('program.totalJp', (ids) => programTotalJp(em, ids)).load(p.id);
  }

  @Authorized(...MANAGE)
  @Mutation(() => ProgramPayload, { description: 'Creates a program. Its code is unique in the academy; new cohorts take its completion threshold.' })
  async createProgram(@Arg('input', () => CreateProgramInput, { description: 'The new program.' }) input: CreateProgramInput, @Ctx() { em, viewer }: Context): Promise<ProgramPayload> {
    const { value, errors } = await createProgram(em, viewer, input);
    return { program: value, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => ProgramPayload, { description: 'Changes a program; refused when the version is stale. Existing cohorts keep their threshold.' })
  async updateProgram(@Arg('input', () => UpdateProgramInput, { description: 'The program, the version read and the fields to change.' }) input: UpdateProgramInput, @Ctx() { em, viewer }: Context): Promise<ProgramPayload> {
    const { value, errors } = await updateProgram(em, viewer, tryLocalId(input.id, 'Program'), input);
    return { program: value, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => TrainingModulePayload, { description: 'Adds a training module at the end of its program. Its code is unique in the academy.' })
  async createTrainingModule(@Arg('input', () => CreateTrainingModuleInput, { description: 'The new module.' }) input: CreateTrainingModuleInput, @Ctx() { em, viewer }: Context): Promise<TrainingModulePayload> {
    const { value, errors } = await createTrainingModule(em, viewer, input);
    return { trainingModule: value, errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => TrainingModulePayload, { description: 'Changes a training module (and who may teach it); refused when the version is stale.' })
  async updateTrainingModule(@Arg('input', () => UpdateTrainingModuleInput, { description: 'The module, the version read and the fields to change.' }) input: UpdateTrainingModuleInput, @Ctx() { em, viewer }: Context): Promise<TrainingModulePayload> {
    const { value, errors } = await updateTrainingModule(em, viewer, tryLocalId(input.id, 'TrainingModule'), input);
    return { trainingModule: value, errors };
  }
}

@Resolver(() => TrainingModule)
export class TrainingModuleResolver {
  @FieldResolver(() => Program, { description: 'Program the module belongs to.' })
  program(@Root() m: TrainingModule, @Ctx() { loaders }: Context) {
    return loaders.ref(Program, m.program);
  }

  @FieldResolver(() => [Facilitator], { description: 'Facilitators qualified to teach the module, by name (archived ones too: they taught it).' })
  facilitators(@Root() m: TrainingModule, @Ctx() { em, loaders }: Context): Promise<Facilitator[]> {
    return loaders.batch<number, Facilitator[]>('trainingModule.facilitators', (ids) => facilitatorsOfModules(em, ids)).load(m.id);
  }
}
