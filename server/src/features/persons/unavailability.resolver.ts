import { Arg, Args, Authorized, Ctx, FieldResolver, ID, InputType, Field, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { Connection, ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../../graphql/tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { Person } from './person.entity.js';
import { Unavailability } from './unavailability.entity.js';

@ObjectType({ description: 'A page of unavailable windows.' })
export class UnavailabilityConnection extends Connection(Unavailability) {}

@InputType({ description: 'A window in which a person cannot attend sessions.' })
export class UnavailabilityInput {
  @Field(() => ID, { nullable: true, description: "The person; participants may omit it (themselves)." })
  personId?: string | null;

  @Field({ description: 'Start of the window.' })
  startsAt!: Date;

  @Field({ description: 'End of the window; after the start.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'e.g. "Rapat paripurna DPRD".' })
  reason?: string | null;
}

@ObjectType({ description: 'Outcome of an unavailability change.' })
export class UnavailabilityPayload {
  @Field(() => Unavailability, { nullable: true, description: 'The window after the change; null on failure.' })
  unavailability!: Unavailability | null;

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
    const where = personId ? [{ person: tryLocalId(personId, 'Person') ?? -1 }] : [];
    return toConnection(await findPage(em, Unavailability, scoped(viewer, 'Unavailability', where), args, { startsAt: 'asc' })) as UnavailabilityConnection;
  }

  @Authorized('ADMIN', 'ORGANIZER', 'PARTICIPANT')
  @Mutation(() => UnavailabilityPayload, { description: 'Marks a window a person cannot attend; the scheduler treats it as a hard constraint.' })
  async addUnavailability(@Arg('input', () => UnavailabilityInput, { description: 'The person and the window.' }) input: UnavailabilityInput, @Ctx() { em, viewer }: Context): Promise<UnavailabilityPayload> {
    const id = viewer.kind === 'account' && viewer.role === 'PARTICIPANT' ? viewer.personId : input.personId ? tryLocalId(input.personId, 'Person') : null;
    const person = id === null ? null : await em.findOne(Person, scoped(viewer, 'Person', [{ id }]));
    if (!person) return { unavailability: null, errors: [new UserError('personId', ERROR_CODES.NOT_FOUND, 'no such person')] };
    if (!(input.endsAt > input.startsAt)) return { unavailability: null, errors: [new UserError('endsAt', ERROR_CODES.DATE_RANGE, 'the window ends before it starts')] };
    const u = em.create(Unavailability, { person, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason?.trim() || null });
    await em.flush();
    return { unavailability: u, errors: [] };
  }

  @Authorized('ADMIN', 'ORGANIZER', 'PARTICIPANT')
  @Mutation(() => UnavailabilityPayload, { description: 'Removes an unavailable window.' })
  async removeUnavailability(@Arg('id', () => ID, { description: 'Global id of the window.' }) id: string, @Ctx() { em, viewer }: Context): Promise<UnavailabilityPayload> {
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
