import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
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
  @Query(() => AcademyConnection, { description: 'Academies (penyelenggara), by code.' })
  async academies(@Args() args: ConnectionArgs, @Ctx() { em }: Context): Promise<AcademyConnection> {
    return toConnection(await findPage(em, Academy, {}, args, { code: 'asc' })) as AcademyConnection;
  }

  @Query(() => AgencyConnection, { description: 'Agencies (instansi), by name.' })
  async agencies(
    @Args() args: ConnectionArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the code or name.' }) search: string | null,
    @Arg('academyId', () => ID, { nullable: true }) academyId: string | null,
    @Ctx() { em }: Context,
  ): Promise<AgencyConnection> {
    const where: FilterQuery<Agency>[] = [];
    const s = search?.trim();
    if (s) where.push({ $or: [{ code: contains(em, s) }, { name: contains(em, s) }] });
    if (academyId) where.push({ academy: localId(academyId, 'Academy') });
    return toConnection(await findPage(em, Agency, where.length ? { $and: where } : {}, args, { name: 'asc' })) as AgencyConnection;
  }

  @Query(() => VenueConnection, { description: 'Venues, by name.' })
  async venues(
    @Args() args: ConnectionArgs,
    @Arg('academyId', () => ID, { nullable: true }) academyId: string | null,
    @Ctx() { em }: Context,
  ): Promise<VenueConnection> {
    const where = academyId ? { academy: localId(academyId, 'Academy') } : {};
    return toConnection(await findPage(em, Venue, where, args, { name: 'asc' })) as VenueConnection;
  }

  @Query(() => FacilitatorConnection, { description: 'Facilitators, by name.' })
  async facilitators(
    @Args() args: ConnectionArgs,
    @Arg('academyId', () => ID, { nullable: true }) academyId: string | null,
    @Ctx() { em }: Context,
  ): Promise<FacilitatorConnection> {
    const where = academyId ? { academy: localId(academyId, 'Academy') } : {};
    return toConnection(await findPage(em, Facilitator, where, args, { name: 'asc' })) as FacilitatorConnection;
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
  @FieldResolver(() => Academy)
  academy(@Root() v: Venue, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, v.academy);
  }
}

@Resolver(() => Facilitator)
export class FacilitatorResolver {
  @FieldResolver(() => Academy)
  academy(@Root() f: Facilitator, @Ctx() { loaders }: Context) {
    return loaders.ref(Academy, f.academy);
  }
}
