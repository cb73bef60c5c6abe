import { Arg, Args, Authorized, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ROSTER_READ, SCHEDULE_READ } from '../../graphql/access.js';
import { scoped } from '../../graphql/tenancy.js';
import type { FilterQuery } from '@mikro-orm/core';
import { contains } from '../../db/dialect.js';
import type { Context } from '../../graphql/context.js';
import { localId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { Connection, ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { FacilitatorConnection, VenueConnection } from '../cohorts/cohort.inputs.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Academy } from './academy.entity.js';
import { Agency } from './agency.entity.js';

@ObjectType({ description: 'A page of academies.' })
export class AcademyConnection extends Connection(Academy) {}

@ObjectType({ description: 'A page of agencies.' })
export class AgencyConnection extends Connection(Agency) {}

@Resolver(() => Academy)
export class AcademyResolver {
  @Authorized()
  @Query(() => AcademyConnection, { description: 'Academies (penyelenggara) the caller belongs to (all for admins), by code.' })
  async academies(@Args() args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<AcademyConnection> {
    return toConnection(await findPage(em, Academy, scoped(viewer, 'Academy', []), args, { code: 'asc' })) as AcademyConnection;
  }

  @Authorized(...ROSTER_READ)
  @Query(() => AgencyConnection, { description: "Agencies (instansi) on the caller's roster, by name." })
  async agencies(
    @Args() args: ConnectionArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the code or name.' }) search: string | null,
    @Arg('academyId', () => ID, { nullable: true, description: "Only this academy's agencies (admins; others see their own academy anyway)." }) academyId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<AgencyConnection> {
    const where: FilterQuery<Agency>[] = [];
    const s = search?.trim();
    if (s) where.push({ $or: [{ code: contains(em, s) }, { name: contains(em, s) }] });
    if (academyId) where.push({ academy: localId(academyId, 'Academy') });
    return toConnection(await findPage(em, Agency, scoped(viewer, 'Agency', where), args, { name: 'asc' })) as AgencyConnection;
  }

  @Authorized(...SCHEDULE_READ)
  @Query(() => VenueConnection, { description: 'Venues, by name.' })
  async venues(
    @Args() args: ConnectionArgs,
    @Arg('academyId', () => ID, { nullable: true, description: "Only this academy's venues (admins; others see their own academy anyway)." }) academyId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<VenueConnection> {
    const where = academyId ? [{ academy: localId(academyId, 'Academy') }] : [];
    return toConnection(await findPage(em, Venue, scoped(viewer, 'Venue', where), args, { name: 'asc' })) as VenueConnection;
  }

  @Authorized(...SCHEDULE_READ)
  @Query(() => FacilitatorConnection, { description: 'Facilitators, by name.' })
  async facilitators(
    @Args() args: ConnectionArgs,
    @Arg('academyId', () => ID, { nullable: true, description: "Only this academy's facilitators (admins; others see their own academy anyway)." }) academyId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<FacilitatorConnection> {
    const where = academyId ? [{ academy: localId(academyId, 'Academy') }] : [];
    return toConnection(await findPage(em, Facilitator, scoped(viewer, 'Facilitator', where), args, { name: 'asc' })) as FacilitatorConnection;
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  @FieldResolver(() => Academy, { nullable: true, description: 'Academy whose roster includes this agency.' })
  academy(@Root() a: Agency, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, a.academy);
  }
}

@Resolver(() => Venue)
export class VenueResolver {
  @FieldResolver(() => Academy, { description: 'Academy that owns the venue.' })
  academy(@Root() v: Venue, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, v.academy);
  }
}

@Resolver(() => Facilitator)
export class FacilitatorResolver {
  @FieldResolver(() => Academy, { description: 'Academy the facilitator teaches for.' })
  academy(@Root() f: Facilitator, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, f.academy);
  }
}
