import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CATALOGUE_READ, MANAGE, SCHEDULE_READ } from '../../graphql/access.js';
import { scoped } from '../tenancy.js';
import type { EnrollmentStatus } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { EnrollmentStatusEnum } from '../../graphql/enums.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { readChildren, readList } from '../../graphql/read-model.js';
import { itemsSelect } from '../../graphql/lookahead.js';
import { ConnectionArgs } from '../../graphql/relay.js';
import { Academy } from '../academies/academy.entity.js';
import { EnrollmentConnection } from '../enrollments/enrollment.inputs.js';
import { Program } from '../programs/program.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';
import { targetShare } from '../programs/module-targeting.js';
import { SessionConnection } from '../sessions/session.inputs.js';
import { Cohort } from './cohort.entity.js';
import {
  CohortConnection, CohortFilter, CohortPayload, CreateCohortInput, EselonGroupCount, GenerationCount, ModuleTargeting, UpdateCohortInput,
} from './cohort.inputs.js';
import { cohortReads, cohortTallies, seatedCount, type CohortTally } from './cohort.read-model.js';
import { createCohort, updateCohort } from './cohort.service.js';
import { Venue } from './venue.entity.js';

@Resolver(() => Cohort)
export class CohortResolver {
  @Authorized(...CATALOGUE_READ)
  @Query(() => CohortConnection, { description: 'Cohorts (angkatan) the caller may see, newest start first.' })
  async cohorts(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CohortFilter, { nullable: true, description: 'Program, academy or statuses to filter by.' }) filter: CohortFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<CohortConnection> {
    return (await readList({ em, viewer }, cohortReads.lists.cohorts, { ...args, filter })) as CohortConnection;
  }

  @Authorized(...CATALOGUE_READ)
  @Query(() => Cohort, { nullable: true, description: 'One cohort by global id or by code; null when the caller may not see it.' })
  async cohort(
    @Arg('id', () => ID, { nullable: true, description: 'Global id of the cohort (give this or code).' }) id: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Code of the cohort, e.g. DLA-2026-01 (give this or id).' }) code: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Cohort | null> {
    if (id) return em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: localId(id, 'Cohort') }]));
    if (code) return em.findOne(Cohort, scoped(viewer, 'Cohort', [{ code: code.trim().toUpperCase() }]));
    return null;
  }

  @FieldResolver(() => Program, { description: 'The program this cohort runs.' })
  program(@Root() c: Cohort, @Ctx() { loaders }: Context) {
    return loaders.ref(Program, c.program);
  }

  @FieldResolver(() => Academy, { description: 'The academy running the cohort.' })
  academy(@Root() c: Cohort, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, c.academy);
  }

  @FieldResolver(() => Venue, { nullable: true, description: 'The usual venue; null when online or not yet chosen.' })
  venue(@Root() c: Cohort, @Ctx() { loaders }: Context) {
    return loaders.ref(Venue, c.venue);
  }

  @FieldResolver(() => EnrollmentConnection, { description: 'Enrolments; the waitlist in its order.' })
  async enrollments(
    @Root() c: Cohort,
    @Args() args: ConnectionArgs,
    @Arg('statuses', () => [EnrollmentStatusEnum], { nullable: true, description: 'Only enrolments in these statuses (all when absent).' }) statuses: EnrollmentStatus[] | null,
    @Ctx() { loaders, viewer }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readChildren({ loaders, viewer }, cohortReads.children.Cohort.enrollments, c.id, { ...args, statuses }, {
      join: itemsSelect(info, 'person') ? ['person'] : [],
    });
  }

  @FieldResolver(() => SessionConnection, { description: 'Sessions in time order; cancelled ones only when asked.' })
  async sessions(
    @Root() c: Cohort,
    @Args() args: ConnectionArgs,
    @Arg('includeCancelled', () => Boolean, { nullable: true, defaultValue: false, description: 'Include cancelled sessions.' }) includeCancelled: boolean,
    @Ctx() { loaders, viewer }: Context,
  ) {
    return readChildren({ loaders, viewer }, cohortReads.children.Cohort.sessions, c.id, { ...args, includeCancelled });
  }

  private tally(c: Cohort, { em, loaders }: Context): Promise<CohortTally> {
    return loaders.batch<number, CohortTally>('cohort.tally', (ids) => cohortTallies(em, ids)).load(c.id);
  }

  @FieldResolver(() => Int, { description: 'People holding a seat (enrolled or completed).' })
  async enrolledCount(@Root() c: Cohort, @Ctx() ctx: Context): Promise<number> {
    return seatedCount(await this.tally(c, ctx));
  }

  @FieldResolver(() => Int, { description: 'People on the waitlist.' })
  async waitlistedCount(@Root() c: Cohort, @Ctx() ctx: Context): Promise<number> {
    return (await this.tally(c, ctx)).byStatus.get('WAITLISTED') ?? 0;
  }

  @FieldResolver(() => [GenerationCount], { description: 'Seated people by generation.' })
  async generationMix(@Root() c: Cohort, @Ctx() ctx: Context) {
    return (await this.tally(c, ctx)).byGeneration;
  }

  @FieldResolver(() => [ModuleTargeting], { description: "For each module of the program, in order, how much of the cohort's seated people it targets (the rule the schedule's schedule/outside-target-generations warning uses)." })
  async moduleTargeting(@Root() c: Cohort, @Ctx() ctx: Context): Promise<ModuleTargeting[]> {
    const { em, loaders } = ctx;
    const [tally, modules] = await Promise.all([
      this.tally(c, ctx),
      loaders.batch<number, TrainingModule[]>('program.modules', async (ids) => {
        const rows = await em.find(TrainingModule, { program: { $in: [...ids] } }, { orderBy: { position: 'asc', id: 'asc' } });
        return ids.map((id) => rows.filter((m) => m.program.id === id));
      }).load(c.program.id),
    ]);
    return modules.map((module) => {
      const s = targetShare(module.targetGenerations, tally.byGeneration);
      return { module, targeted: s.targeted, seated: s.seated, share: s.seated ? s.targeted / s.seated : null, outsideGenerations: s.outsideGenerations };
    });
  }

  @FieldResolver(() => [EselonGroupCount], { description: 'Seated people by eselon group.' })
  async eselonMix(@Root() c: Cohort, @Ctx() ctx: Context) {
    return (await this.tally(c, ctx)).byEselon;
  }

  @Authorized(...MANAGE)
  @Mutation(() => CohortPayload, { description: 'Creates a cohort in draft.' })
  async createCohort(@Arg('input', () => CreateCohortInput, { description: 'The new cohort.' }) input: CreateCohortInput, @Ctx() { em, viewer }: Context): Promise<CohortPayload> {
    return createCohort(em, viewer, {
      ...input,
      programId: tryLocalId(input.programId, 'Program'),
      venueId: input.venueId ? (tryLocalId(input.venueId, 'Venue') ?? -1) : null,
    });
  }

  @Authorized(...MANAGE)
  @Mutation(() => CohortPayload, { description: 'Changes a cohort: name, dates, capacity, threshold or status (draft → open → running → closed).' })
  async updateCohort(@Arg('input', () => UpdateCohortInput, { description: 'The cohort and the fields to change.' }) input: UpdateCohortInput, @Ctx() { em, viewer }: Context): Promise<CohortPayload> {
    return updateCohort(em, viewer, tryLocalId(input.id, 'Cohort'), input);
  }
}
