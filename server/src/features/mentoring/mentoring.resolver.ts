import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import { MANAGE, SCHEDULE_READ } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { Connection, ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../../graphql/tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { isIsoDate } from '../cohorts/cohort.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { MentoringMeeting, MentoringPair } from './mentoring-pair.entity.js';
import { createPair, suggestPairs } from './mentoring.service.js';

@ObjectType({ description: 'A page of mentoring pairs.' })
export class MentoringPairConnection extends Connection(MentoringPair) {}

@ObjectType()
export class MentoringPairPayload {
  @Field(() => MentoringPair, { nullable: true })
  pair!: MentoringPair | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: 'A proposed pair; nothing is saved until createMentoringPair.' })
export class SuggestedPair {
  @Field(() => Person)
  mentor!: Person;

  @Field(() => Person)
  mentee!: Person;
}

@InputType()
export class MeetingInput {
  @Field(() => ID)
  pairId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => Int)
  minutes!: number;

  @Field()
  topic!: string;
}

@ObjectType()
export class MeetingPayload {
  @Field(() => MentoringMeeting, { nullable: true })
  meeting!: MentoringMeeting | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@Resolver(() => MentoringPair)
export class MentoringResolver {
  @Authorized(...SCHEDULE_READ)
  @Query(() => MentoringPairConnection, { description: 'Reverse-mentoring pairs of a cohort.' })
  async mentoringPairs(@Args() args: ConnectionArgs, @Arg('cohortId', () => ID) cohortId: string, @Ctx() { em, viewer }: Context): Promise<MentoringPairConnection> {
    return toConnection(await findPage(em, MentoringPair, scoped(viewer, 'MentoringPair', [{ cohort: localId(cohortId, 'Cohort') }]), args, { createdAt: 'asc' })) as MentoringPairConnection;
  }

  @Authorized(...MANAGE)
  @Mutation(() => MentoringPairPayload, { description: 'Pairs a younger mentor with a senior mentee enrolled in the cohort; nobody in two pairs of a cohort.' })
  async createMentoringPair(
    @Arg('cohortId', () => ID) cohortId: string, @Arg('mentorId', () => ID) mentorId: string, @Arg('menteeId', () => ID) menteeId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<MentoringPairPayload> {
    const r = await createPair(em, viewer, tryLocalId(cohortId, 'Cohort'), tryLocalId(mentorId, 'Person'), tryLocalId(menteeId, 'Person'));
    return r.ok ? { pair: r.value, errors: [] } : { pair: null, errors: r.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => MentoringPairPayload, { description: 'Ends a pair (its meetings stay).' })
  async endMentoringPair(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<MentoringPairPayload> {
    const local = tryLocalId(id, 'MentoringPair');
    const pair = local === null ? null : await em.findOne(MentoringPair, scoped(viewer, 'MentoringPair', [{ id: local }]));
    if (!pair) return { pair: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such pair')] };
    pair.active = false;
    await em.flush();
    return { pair, errors: [] };
  }

  @Authorized(...MANAGE)
  @Query(() => [SuggestedPair], { description: 'A deterministic proposal pairing each senior (eselon I–II first) with a younger mentor from another agency where possible.' })
  async suggestMentoringPairs(@Arg('cohortId', () => ID) cohortId: string, @Ctx() { em, viewer }: Context): Promise<SuggestedPair[]> {
    const cohort = await em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: localId(cohortId, 'Cohort') }]));
    return cohort ? suggestPairs(em, cohort) : [];
  }

  @Authorized('ADMIN', 'ORGANIZER', 'PARTICIPANT')
  @Mutation(() => MeetingPayload, { description: 'Logs a meeting of a pair (by the organizer or either person of the pair).' })
  async logMentoringMeeting(@Arg('input', () => MeetingInput) input: MeetingInput, @Ctx() { em, viewer }: Context): Promise<MeetingPayload> {
    const id = tryLocalId(input.pairId, 'MentoringPair');
    const pair = id === null ? null : await em.findOne(MentoringPair, scoped(viewer, 'MentoringPair', [{ id }]));
    if (!pair) return { meeting: null, errors: [new UserError('pairId', ERROR_CODES.NOT_FOUND, 'no such pair')] };
    if (!isIsoDate(input.date)) return { meeting: null, errors: [new UserError('date', ERROR_CODES.INVALID_VALUE, 'date must be YYYY-MM-DD')] };
    if (input.minutes < 1 || input.minutes > 600) return { meeting: null, errors: [new UserError('minutes', ERROR_CODES.OUT_OF_RANGE, 'minutes must be 1–600')] };
    if (!input.topic.trim()) return { meeting: null, errors: [new UserError('topic', ERROR_CODES.REQUIRED, 'topic is required')] };
    const meeting = em.create(MentoringMeeting, { pair, date: input.date, minutes: input.minutes, topic: input.topic.trim().slice(0, 300) });
    await em.flush();
    return { meeting, errors: [] };
  }

  @FieldResolver(() => Person)
  mentor(@Root() p: MentoringPair, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, p.mentor);
  }

  @FieldResolver(() => Person)
  mentee(@Root() p: MentoringPair, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, p.mentee);
  }

  @FieldResolver(() => Cohort)
  cohort(@Root() p: MentoringPair, @Ctx() { loaders }: Context) {
    return loaders.ref(Cohort, p.cohort);
  }

  @FieldResolver(() => [MentoringMeeting], { description: 'Meetings, oldest first.' })
  async meetings(@Root() p: MentoringPair, @Ctx() { em, loaders }: Context): Promise<MentoringMeeting[]> {
    return loaders.batch<number, MentoringMeeting[]>('pair.meetings', async (ids) => {
      const all = await em.find(MentoringMeeting, { pair: { $in: [...ids] } }, { orderBy: { date: 'asc', id: 'asc' } });
      return ids.map((id) => all.filter((m) => m.pair.id === id));
    }).load(p.id);
  }
}
