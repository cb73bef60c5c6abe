import { Arg, Args, Authorized, Ctx, FieldResolver, ID, InputType, Field, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { Connection, ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { Person } from './person.entity.js';
import { FacilitatorUnavailability, Unavailability } from './unavailability.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { addFacilitatorUnavailability, windowErrors } from './unavailability.service.js';
import { readList } from '../../graphql/read-model.js';
import { unavailabilityReads } from './unavailability.read-model.js';

@ObjectType({ description: 'A page of unavailable windows.' })
export class UnavailabilityConnection extends Connection(Unavailability) {}

@ObjectType({ description: "A page of a facilitator's unavailable windows." })
export class FacilitatorUnavailabilityConnection extends Connection(FacilitatorUnavailability) {}

@InputType({ description: 'A window in which a person cannot attend sessions.' })
export class UnavailabilityInput {
  @Field(() => ID, { nullable: true, description: "The person; participants may omit it (themselves). Give this or facilitatorId." })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The facilitator (organizers and admins); the window then comes back as `facilitatorUnavailability`.' })
  facilitatorId?: string | null;

  @Field({ description: 'Start of the window.' })
  startsAt!: Date;

  @Field({ description: 'End of the window; after the start.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'e.g. "Rapat paripurna DPRD".' })
  reason?: string | null;
}

@ObjectType({ description: 'Outcome of an unavailability change.' })
export class UnavailabilityPayload {
  @Field(() => Unavailability, { nullable: true, description: "A person's window after the change; null on failure or for a facilitator's window." })
  unavailability!: Unavailability | null;

  @Field(() => FacilitatorUnavailability, { nullable: true, description: "A facilitator's window after the change; null otherwise." })
  facilitatorUnavailability?: FacilitatorUnavailability | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}

@Resolver(() => Unavailability)
export class UnavailabilityResolver {
  @Authorized('ADMIN', 'ORGANIZER', 'PARTICIPANT')
  @Query(() => UnavailabilityConnection, { description: 'Windows when people cannot attend, soonest first.' })
  async unavailabilities(
    @Args() args: ConnectionArgs,
    @Arg('personId', () => ID, { nullable: true, description: 'Global id of the person; participants may omit it (themselves).' }) personId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<UnavailabilityConnection> {
    return (await readList({ em, viewer }, unavailabilityReads.lists.unavailabilities, { ...args, personId })) as UnavailabilityConnection;
  }

  @Authorized('ADMIN', 'ORGANIZER', 'PARTICIPANT')
  @Mutation(() => UnavailabilityPayload, { description: 'Marks a window a person cannot attend; the scheduler treats it as a hard constraint.' })
  async addUnavailability(@Arg('input', () => UnavailabilityInput, { description: 'The person or facilitator and the window.' }) input: UnavailabilityInput, @Ctx() { em, viewer }: Context): Promise<UnavailabilityPayload> {
    if (input.facilitatorId) {
      const { value, errors } = await addFacilitatorUnavailability(em, viewer, tryLocalId(input.facilitatorId, 'Facilitator'), input);
      return { unavailability: null, facilitatorUnavailability: value, errors };
    }
    const id = viewer.kind === 'account' && viewer.role === 'PARTICIPANT' ? viewer.personId : input.personId ? tryLocalId(input.personId, 'Person') : null;
    const person = id === null ? null : await em.findOne(Person, scoped(viewer, 'Person', [{ id }]));
    if (!person) return { unavailability: null, errors: [new UserError('personId', ERROR_CODES.NOT_FOUND, 'no such person')] };
    const errors = windowErrors(input);
    if (errors.length) return { unavailability: null, errors };
    const u = em.create(Unavailability, { person, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason?.trim() || null });
    await em.flush();
    return { unavailability: u, errors: [] };
  }

  @Authorized('ADMIN', 'ORGANIZER', 'PARTICIPANT')
  @Mutation(() => UnavailabilityPayload, { description: 'Removes an unavailable window.' })
  async removeUnavailability(@Arg('id', () => ID, { description: "Global id of the window (a person's or a facilitator's)." }) id: string, @Ctx() { em, viewer }: Context): Promise<UnavailabilityPayload> {
    const facilitators = tryLocalId(id, 'FacilitatorUnavailability');
    if (facilitators !== null) {
      const w = await em.findOne(FacilitatorUnavailability, scoped(viewer, 'FacilitatorUnavailability', [{ id: facilitators }]));
      if (!w) return { unavailability: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such window')] };
      await em.removeAndFlush(w);
      return { unavailability: null, errors: [] };
    }
    const local = tryLocalId(id, 'Unavailability');
    const u = local === null ? null : await em.findOne(Unavailability, scoped(viewer, 'Unavailability', [{ id: local }]));
    if (!u) return { unavailability: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such window')] };
    await em.removeAndFlush(u);
    return { unavailability: null, errors: [] };
  }

  @FieldResolver(() => Person, { description: 'The person who is unavailable.' })
  person(@Root() u: Unavailability, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, u.person);
  }
}

@Resolver(() => FacilitatorUnavailability)
export class FacilitatorUnavailabilityResolver {
  @FieldResolver(() => Facilitator, { description: 'The facilitator who is unavailable.' })
  facilitator(@Root() u: FacilitatorUnavailability, @Ctx() { loaders }: Context) {
    return loaders.ref(Facilitator, u.facilitator);
  }
}
