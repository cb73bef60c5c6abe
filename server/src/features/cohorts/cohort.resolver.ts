import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MANAGE, SCHEDULE_READ } from '../../graphql/access.js';
import { scoped, visibleWhere } from '../tenancy.js';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../../graphql/viewer.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EnrollmentStatus, EselonGroup, Generation } from '@lintas/shared';
import { contains } from '../../db/dialect.js';
import type { Context } from '../../graphql/context.js';
import { EnrollmentStatusEnum } from '../../graphql/enums.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { readChildren, readList } from '../../graphql/read-model.js';
import { itemsSelect } from '../../graphql/lookahead.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { Academy } from '../academies/academy.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { EnrollmentConnection } from '../enrollments/enrollment.inputs.js';
import { Program } from '../programs/program.entity.js';
import { Session } from '../sessions/session.entity.js';
import { SessionConnection } from '../sessions/session.inputs.js';
import { Cohort } from './cohort.entity.js';
import {
  CohortConnection, CohortFilter, CohortPayload, CreateCohortInput, EselonGroupCount, GenerationCount, UpdateCohortInput,
} from './cohort.inputs.js';
import { cohortReads } from './cohort.read-model.js';
import { createCohort, updateCohort } from './cohort.service.js';
import { Venue } from './venue.entity.js';

type Tally = { byStatus: Map<string, number>; byGeneration: GenerationCount[]; byEselon: EselonGroupCount[] };

/** Seat counts and the generation and eselon mix of many cohorts, in two grouped statements. */
async function tallies(em: SqlEntityManager, ids: readonly number[]): Promise<Tally[]> {
  const knex = em.getKnex();
  const status: { cohort_id: number; status: string; n: number }[] = await em.execute(
    knex('enrollment').select('cohort_id', 'status').count({ n: '*' }).whereIn('cohort_id', [...ids]).groupBy('cohort_id', 'status'),
  );
  const mix: { cohort_id: number; generation: Generation | null; eselon_group: EselonGroup; n: number }[] = await em.execute(
    knex('enrollment as e').join('person as p', 'p.id', 'e.person_id')
      .select('e.cohort_id', 'p.generation', 'p.eselon_group').count({ n: '*' })
      .whereIn('e.cohort_id', [...ids]).whereIn('e.status', ['ENROLLED', 'COMPLETED'])
      .groupBy('e.cohort_id', 'p.generation', 'p.eselon_group'),
  );
  return ids.map((id) => {
    const byStatus = new Map(status.filter((r) => Number(r.cohort_id) === id).map((r) => [r.status, Number(r.n)]));
    const gen = new Map<Generation | null, number>();
    const esl = new Map<EselonGroup, number>();
    for (const r of mix.filter((m) => Number(m.cohort_id) === id)) {
      gen.set(r.generation, (gen.get(r.generation) ?? 0) + Number(r.n));
      esl.set(r.eselon_group, (esl.get(r.eselon_group) ?? 0) + Number(r.n));
    }
    return {
      byStatus,
      byGeneration: [...gen].map(([generation, count]) => ({ generation, count })),
      byEselon: [...esl].map(([eselonGroup, count]) => ({ eselonGroup, count })),
    };
  });
}

/** Order of `Query.cohorts`: newest start first (then id). */
@Resolver(() => Cohort)
export class CohortResolver {
  @Authorized(...SCHEDULE_READ)
  @Query(() => CohortConnection, { description: 'Cohorts (angkatan) the caller may see, newest start first.' })
  async cohorts(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CohortFilter, { nullable: true, description: 'Program, academy or statuses to filter by.' }) filter: CohortFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<CohortConnection> {
    return (await readList({ em, viewer }, cohortReads.lists.cohorts, { ...args, filter })) as CohortConnection;
  }

  @Authorized(...SCHEDULE_READ)
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

  private tally(c: Cohort, { em, loaders }: Context): Promise<Tally> {
    return loaders.batch<number, Tally>('cohort.tally', (ids) => tallies(em as SqlEntityManager, ids)).load(c.id);
  }

  @FieldResolver(() => Int, { description: 'People holding a seat (enrolled or completed).' })
  async enrolledCount(@Root() c: Cohort, @Ctx() ctx: Context): Promise<number> {
    const { byStatus } = await this.tally(c, ctx);
    return (byStatus.get('ENROLLED') ?? 0) + (byStatus.get('COMPLETED') ?? 0);
  }

  @FieldResolver(() => Int, { description: 'People on the waitlist.' })
  async waitlistedCount(@Root() c: Cohort, @Ctx() ctx: Context): Promise<number> {
    return (await this.tally(c, ctx)).byStatus.get('WAITLISTED') ?? 0;
  }

  @FieldResolver(() => [GenerationCount], { description: 'Seated people by generation.' })
  async generationMix(@Root() c: Cohort, @Ctx() ctx: Context) {
    return (await this.tally(c, ctx)).byGeneration;
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
