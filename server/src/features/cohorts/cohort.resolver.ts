import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MANAGE, SCHEDULE_READ } from '../../graphql/access.js';
import { scoped, visibleWhere } from '../../graphql/tenancy.js';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../accounts/viewer.js';
import type { EnrollmentStatus } from '@lintas/shared';
import { contains } from '../../db/dialect.js';
import type { Context } from '../../graphql/context.js';
import { EnrollmentStatusEnum } from '../../graphql/enums.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
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
import { cohortTallies, seatedCount, type CohortTally } from './cohort.read-model.js';
import { createCohort, updateCohort } from './cohort.service.js';
import { Venue } from './venue.entity.js';

/** Order of `Query.cohorts`: newest start first (then id). */
export const COHORTS_ORDER = { startDate: 'desc' } as const;

/** What `Query.cohorts` lists for this caller and filter (also read by the compiled SQL plan). */
export function cohortsWhere(em: EntityManager, viewer: Viewer, filter: CohortFilter | null | undefined): FilterQuery<Cohort> {
  const where: FilterQuery<Cohort>[] = [];
  if (filter?.programId) where.push({ program: localId(filter.programId, 'Program') });
  if (filter?.academyId) where.push({ academy: localId(filter.academyId, 'Academy') });
  if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
  if (filter?.from) where.push({ endDate: { $gte: filter.from } });
  if (filter?.to) where.push({ startDate: { $lte: filter.to } });
  const search = filter?.search?.trim();
  if (search) where.push({ $or: [{ code: contains(em, search) }, { name: contains(em, search) }] });
  return scoped(viewer, 'Cohort', where);
}

/** `Cohort.enrollments`: what the caller may see, in the given statuses, the waitlist in its order. */
export function cohortEnrollments(viewer: Viewer, statuses: readonly EnrollmentStatus[] | null | undefined) {
  return {
    where: { $and: [visibleWhere(viewer, 'Enrollment'), statuses?.length ? { status: { $in: [...statuses] } } : {}] } as FilterQuery<Enrollment>,
    orderBy: { waitlistPosition: 'asc nulls first' } as const,
  };
}

/** `Cohort.sessions`: in time order, cancelled ones only when asked. */
export function cohortSessions(includeCancelled: boolean) {
  return { where: (includeCancelled ? {} : { status: 'SCHEDULED' }) as FilterQuery<Session>, orderBy: { startsAt: 'asc' } as const };
}

@Resolver(() => Cohort)
export class CohortResolver {
  @Authorized(...SCHEDULE_READ)
  @Query(() => CohortConnection, { description: 'Cohorts (angkatan) the caller may see, newest start first.' })
  async cohorts(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CohortFilter, { nullable: true, description: 'Program, academy or statuses to filter by.' }) filter: CohortFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<CohortConnection> {
    return toConnection(await findPage(em, Cohort, cohortsWhere(em, viewer, filter), args, COHORTS_ORDER)) as CohortConnection;
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
    return toConnection(await loaders.children(Enrollment, 'cohort', c.id, args, {
      ...cohortEnrollments(viewer, statuses), key: (statuses ?? []).join(','),
      join: itemsSelect(info, 'person') ? ['person'] : [],
    }));
  }

  @FieldResolver(() => SessionConnection, { description: 'Sessions in time order; cancelled ones only when asked.' })
  async sessions(
    @Root() c: Cohort,
    @Args() args: ConnectionArgs,
    @Arg('includeCancelled', () => Boolean, { nullable: true, defaultValue: false, description: 'Include cancelled sessions.' }) includeCancelled: boolean,
    @Ctx() { loaders }: Context,
  ) {
    return toConnection(await loaders.children(Session, 'cohort', c.id, args, { ...cohortSessions(includeCancelled), key: includeCancelled ? 'all' : 'scheduled' }));
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
