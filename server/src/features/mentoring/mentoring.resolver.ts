import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import { MANAGE, SCHEDULE_READ } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { Connection, ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { checkText } from '../catalogue/catalogue.rules.js';
import { UserError } from '../../graphql/user-error.js';
import { isIsoDate } from '../cohorts/cohort.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { MentoringMeeting, MentoringPair } from './mentoring-pair.entity.js';
import { createPair, suggestPairs } from './mentoring.service.js';
import { readList } from '../../graphql/read-model.js';
import { mentoringReads } from './mentoring.read-model.js';

@ObjectType({ description: 'A page of mentoring pairs.' })
export class MentoringPairConnection extends Connection(MentoringPair) {}

@ObjectType({ description: 'Outcome of a pairing change.' })
export class MentoringPairPayload {
  @Field(() => MentoringPair, { nullable: true, description: 'The pair after the change; null on failure.' })
  pair!: MentoringPair | null;

  @Field(() => [UserError], { description: 'Why it was refused (e.g. mentoring/mentor-not-younger, mentoring/already-paired); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'A proposed pair; nothing is saved until createMentoringPair.' })
export class SuggestedPair {
  @Field(() => Person, { description: 'The younger person (Gen Y or Z) who would mentor.' })
  mentor!: Person;

  @Field(() => Person, { description: 'The senior person (Boomer or Gen X, usually eselon) who would be mentored.' })
  mentee!: Person;
}

@InputType({ description: 'A reverse-mentoring meeting to log.' })
export class MeetingInput {
  @Field(() => ID, { description: 'Global id of the pair.' })
  pairId!: string;

  @Field({ description: 'Day of the meeting, YYYY-MM-DD.' })
  date!: string;

  @Field(() => Int, { description: 'Length of the meeting in minutes.' })
  minutes!: number;

  @Field({ description: 'What the pair worked on.' })
  topic!: string;
}

@ObjectType({ description: 'Outcome of logging a meeting.' })
export class MeetingPayload {
  @Field(() => MentoringMeeting, { nullable: true, description: 'The meeting logged; null on failure.' })
  meeting!: MentoringMeeting | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}

@Resolver(() => MentoringPair)
export class MentoringResolver {
  @Authorized(...SCHEDULE_READ)
  @Query(() => MentoringPairConnection, { description: 'Reverse-mentoring pairs of a cohort.' })
  async mentoringPairs(@Args() args: ConnectionArgs, @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string, @Ctx() { em, viewer }: Context): Promise<MentoringPairConnection> {
    return (await readList({ em, viewer }, mentoringReads.lists.mentoringPairs, { ...args, cohortId })) as MentoringPairConnection;
  }

  @Authorized(...MANAGE)
  @Mutation(() => MentoringPairPayload, { description: 'Pairs a younger mentor with a senior mentee enrolled in the cohort; nobody in two pairs of a cohort.' })
  async createMentoringPair(
    @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string, @Arg('mentorId', () => ID, { description: 'Global id of the younger mentor.' }) mentorId: string, @Arg('menteeId', () => ID, { description: 'Global id of the senior mentee, enrolled in the cohort.' }) menteeId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<MentoringPairPayload> {
    const r = await createPair(em, viewer, tryLocalId(cohortId, 'Cohort'), tryLocalId(mentorId, 'Person'), tryLocalId(menteeId, 'Person'));
    return r.ok ? { pair: r.value, errors: [] } : { pair: null, errors: r.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => MentoringPairPayload, { description: 'Ends a pair (its meetings stay).' })
  async endMentoringPair(@Arg('id', () => ID, { description: 'Global id of the pair.' }) id: string, @Ctx() { em, viewer }: Context): Promise<MentoringPairPayload> {
    const local = tryLocalId(id, 'MentoringPair');
    const pair = local === null ? null : await em.findOne(MentoringPair, scoped(viewer, 'MentoringPair', [{ id: local }]));
    if (!pair) return { pair: null, errors: [new UserError('id', ERROR_CODES.NOT_FOUND, 'no such pair')] };
    pair.active = false;
    await em.flush();
    return { pair, errors: [] };
  }

  @Authorized(...MANAGE)
  @Query(() => [SuggestedPair], { description: 'A deterministic proposal pairing each senior (eselon I–II first) with a younger mentor from another agency where possible.' })
  async suggestMentoringPairs(@Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string, @Ctx() { em, viewer }: Context): Promise<SuggestedPair[]> {
    const cohort = await em.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: localId(cohortId, 'Cohort') }]));
    return cohort ? suggestPairs(em, cohort) : [];
  }

  @Authorized('ADMIN', 'ORGANIZER', 'PARTICIPANT')
  @Mutation(() => MeetingPayload, { description: 'Logs a meeting of a pair (by the organizer or either person of the pair).' })
  async logMentoringMeeting(@Arg('input', () => MeetingInput, { description: 'The pair and the meeting.' }) input: MeetingInput, @Ctx() { em, viewer }: Context): Promise<MeetingPayload> {
    const id = tryLocalId(input.pairId, 'MentoringPair');
    const pair = id === null ? null : await em.findOne(MentoringPair, scoped(viewer, 'MentoringPair', [{ id }]));
    if (!pair) return { meeting: null, errors: [new UserError('pairId', ERROR_CODES.NOT_FOUND, 'no such pair')] };
    if (!isIsoDate(input.date)) return { meeting: null, errors: [new UserError('date', ERROR_CODES.INVALID_VALUE, 'date must be YYYY-MM-DD')] };
    if (input.minutes < 1 || input.minutes > 600) return { meeting: null, errors: [new UserError('minutes', ERROR_CODES.OUT_OF_RANGE, 'minutes must be 1–600')] };
    const errors: UserError[] = [];
    const topic = checkText(input.topic, 'topic', 300, errors);
    if (errors.length || !topic) return { meeting: null, errors };
    const meeting = em.create(MentoringMeeting, { pair, date: input.date, minutes: input.minutes, topic });
    await em.flush();
    return { meeting, errors: [] };
  }

  @FieldResolver(() => Person, { description: 'The younger mentor (Gen Y or Z).' })
  mentor(@Root() p: MentoringPair, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, p.mentor);
  }

  @FieldResolver(() => Person, { description: 'The senior mentee (Boomer or Gen X, usually eselon).' })
  mentee(@Root() p: MentoringPair, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, p.mentee);
  }

  @FieldResolver(() => Cohort, { description: 'The cohort the pair belongs to.' })
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
