import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ESELON_GROUPS, GENERATION_CODES, type Generation } from '@lintas/shared';
import { MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readChildren, readList } from '../../graphql/read-model.js';
import { ConnectionArgs } from '../../graphql/relay.js';
import { academyOf } from '../../graphql/viewer.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Person } from '../persons/person.entity.js';
import { REPORTS } from '../reports/participation.resolver.js';
import { Community, CommunityMeeting, CommunityMember, CommunityPost, CommunityThread, MicroLearningCompletion, MicroLearningUnit } from './community.entity.js';
import {
  AddCommunityPostInput, CheckQuestion, CommunityConnection, CommunityMeetingConnection, CommunityMeetingPayload, CommunityMemberConnection,
  CommunityMemberPayload, CommunityMix, CommunityMixFilter, CommunityPayload, CommunityPostConnection, CommunityPostPayload, CommunityThreadConnection,
  CommunityThreadPayload, CompleteMicroLearningInput, CompleteMicroLearningPayload, CreateCommunityInput, CreateCommunityThreadInput,
  CreateMicroLearningUnitInput, JoinCommunityInput, MicroLearningUnitConnection, MicroLearningUnitPayload, ScheduleCommunityMeetingInput, UpdateCommunityInput,
} from './community.inputs.js';
import { communityMix } from './community-mix.repository.js';
import { completionCounts, memberCounts } from './community.counts.js';
import { COMMUNITY_READ } from './community.read-model.js';
import { communityReads } from './community.read-model.js';
import {
  addPost, communitiesWhere, completeUnit, createCommunity, createThread, createUnit, decideMembership, joinCommunity, leaveCommunity, ownPerson, scheduleMeeting, updateCommunity,
} from './community.service.js';

const STAFF_OR_MEMBER = ['ADMIN', 'ORGANIZER', 'PARTICIPANT'] as const;
const DAY_MS = 86_400_000;

@Resolver(() => Community)
export class CommunityResolver {
  @Authorized(...COMMUNITY_READ)
  @Query(() => CommunityConnection, { description: "Communities of practice the caller may see, by name: staff and tokens their academy's; a participant every community of their academy, to join one." })
  async communities(
    @Args() args: ConnectionArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name.' }) search: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<CommunityConnection> {
    return (await readList({ em, viewer }, communityReads.lists.communities, { ...args, search, visible: await communitiesWhere(em, viewer) })) as CommunityConnection;
  }

  @Authorized(...MANAGE)
  @Mutation(() => CommunityPayload, { description: 'Creates a community of practice with its facilitators.' })
  async createCommunity(@Arg('input', () => CreateCommunityInput, { description: 'Name, competency focus, facilitators, approval.' }) input: CreateCommunityInput, @Ctx() { em, viewer, ip }: Context): Promise<CommunityPayload> {
    const r = await createCommunity(em, viewer, {
      ...input, academyId: input.academyId ? tryLocalId(input.academyId, 'Academy') ?? -1 : null, facilitatorIds: input.facilitatorIds.map((id) => tryLocalId(id, 'Person')),
    }, ip);
    return r.ok ? { community: r.value, errors: [] } : { community: null, errors: r.errors };
  }

  @Authorized(...STAFF_OR_MEMBER)
  @Mutation(() => CommunityPayload, { description: 'Edits a community: staff, or one of its facilitators.' })
  async updateCommunity(@Arg('input', () => UpdateCommunityInput, { description: 'The community and the changes.' }) input: UpdateCommunityInput, @Ctx() { em, viewer, ip }: Context): Promise<CommunityPayload> {
    const r = await updateCommunity(em, viewer, tryLocalId(input.id, 'Community'), input, ip);
    return r.ok ? { community: r.value, errors: [] } : { community: null, errors: r.errors };
  }

  @Authorized('PARTICIPANT')
  @Mutation(() => CommunityPayload, { description: 'Leaves a community, or withdraws a request to join it: the signed-in participant\'s own membership goes (community/not-member when there is none); posts and completed units stay, and joining again is allowed.' })
  async leaveCommunity(@Arg('communityId', () => ID, { description: 'Global id of the community.' }) communityId: string, @Ctx() { em, viewer, ip }: Context): Promise<CommunityPayload> {
    const r = await leaveCommunity(em, viewer, tryLocalId(communityId, 'Community'), ip);
    return r.ok ? { community: r.value, errors: [] } : { community: null, errors: r.errors };
  }

  @Authorized(...STAFF_OR_MEMBER)
  @Mutation(() => CommunityMemberPayload, { description: "Joins a community: a participant themselves (PENDING when the community asks for approval), staff anyone of the academy (ACTIVE at once)." })
  async joinCommunity(@Arg('input', () => JoinCommunityInput, { description: 'The community and, for staff, the person.' }) input: JoinCommunityInput, @Ctx() { em, viewer, ip }: Context): Promise<CommunityMemberPayload> {
    const r = await joinCommunity(em, viewer, {
      communityId: tryLocalId(input.communityId, 'Community'), personId: input.personId ? tryLocalId(input.personId, 'Person') ?? -1 : null, asFacilitator: input.asFacilitator,
    }, ip);
    return r.ok ? { member: r.value, errors: [] } : { member: null, errors: r.errors };
  }

  @Authorized(...STAFF_OR_MEMBER)
  @Mutation(() => CommunityMemberPayload, { description: "Approves (ACTIVE) or refuses (removed) a pending membership: the community's facilitators or staff." })
  async approveCommunityMember(
    @Arg('memberId', () => ID, { description: 'The pending membership (a CommunityMember id).' }) memberId: string,
    @Arg('approve', () => Boolean, { nullable: true, defaultValue: true, description: 'False refuses the request.' }) approve: boolean,
    @Ctx() { em, viewer, ip }: Context,
  ): Promise<CommunityMemberPayload> {
    const r = await decideMembership(em, viewer, tryLocalId(memberId, 'CommunityMember'), approve, ip);
    return r.ok ? { member: approve ? r.value : null, errors: [] } : { member: null, errors: r.errors };
  }

  @Authorized(...STAFF_OR_MEMBER)
  @Mutation(() => CommunityMeetingPayload, { description: "Schedules a community meeting under the sessions' conflict rule: a member, the venue or a facilitator already at an overlapping session or meeting refuses it unless forced. It appears in every active member's calendar feed." })
  async scheduleCommunityMeeting(@Arg('input', () => ScheduleCommunityMeetingInput, { description: 'The community, the time and place.' }) input: ScheduleCommunityMeetingInput, @Ctx() { em, viewer, ip }: Context): Promise<CommunityMeetingPayload> {
    const r = await scheduleMeeting(em, viewer, {
      communityId: tryLocalId(input.communityId, 'Community'), title: input.title, startsAt: input.startsAt, endsAt: input.endsAt,
      venueId: input.venueId ? tryLocalId(input.venueId, 'Venue') ?? -1 : null, onlineUrl: input.onlineUrl, force: input.force,
    }, ip);
    return r.ok ? { meeting: r.value, issues: r.issues, errors: [] } : { meeting: null, issues: r.issues ?? [], errors: r.errors };
  }

  @Authorized(...STAFF_OR_MEMBER)
  @Mutation(() => CommunityThreadPayload, { description: 'Opens a discussion thread (plain text): active members and staff.' })
  async createCommunityThread(@Arg('input', () => CreateCommunityThreadInput, { description: 'The community, title and first post.' }) input: CreateCommunityThreadInput, @Ctx() { em, viewer, ip }: Context): Promise<CommunityThreadPayload> {
    const r = await createThread(em, viewer, { communityId: tryLocalId(input.communityId, 'Community'), title: input.title, body: input.body }, ip);
    return r.ok ? { thread: r.value, errors: [] } : { thread: null, errors: r.errors };
  }

  @Authorized(...STAFF_OR_MEMBER)
  @Mutation(() => CommunityPostPayload, { description: 'Replies in a thread (plain text): active members and staff.' })
  async addCommunityPost(@Arg('input', () => AddCommunityPostInput, { description: 'The thread and the text.' }) input: AddCommunityPostInput, @Ctx() { em, viewer, ip }: Context): Promise<CommunityPostPayload> {
    const r = await addPost(em, viewer, { threadId: tryLocalId(input.threadId, 'CommunityThread'), body: input.body }, ip);
    return r.ok ? { post: r.value, errors: [] } : { post: null, errors: r.errors };
  }

  @Authorized(...STAFF_OR_MEMBER)
  @Mutation(() => MicroLearningUnitPayload, { description: 'Adds a micro-learning unit (≤ 15 minutes, a link or a short text, a check of 1–3 questions): facilitators and staff.' })
  async createMicroLearningUnit(@Arg('input', () => CreateMicroLearningUnitInput, { description: 'The unit.' }) input: CreateMicroLearningUnitInput, @Ctx() { em, viewer, ip }: Context): Promise<MicroLearningUnitPayload> {
    const r = await createUnit(em, viewer, { ...input, communityId: tryLocalId(input.communityId, 'Community') }, ip);
    return r.ok ? { unit: r.value, errors: [] } : { unit: null, errors: r.errors };
  }

  @Authorized('PARTICIPANT')
  @Mutation(() => CompleteMicroLearningPayload, { description: "Completes a unit by answering its whole check right: its minutes are earned once, and count toward the year's JP (summed per year, 45 minutes to 1 JP). A wrong answer records nothing." })
  async completeMicroLearning(@Arg('input', () => CompleteMicroLearningInput, { description: 'The unit and the answers.' }) input: CompleteMicroLearningInput, @Ctx() { em, viewer, ip }: Context): Promise<CompleteMicroLearningPayload> {
    const r = await completeUnit(em, viewer, { unitId: tryLocalId(input.unitId, 'MicroLearningUnit'), answers: input.answers }, ip);
    return r.ok ? { unit: r.value.unit, minutesEarned: r.value.minutes, errors: [] } : { unit: null, minutesEarned: 0, errors: r.errors };
  }

  @Authorized(...REPORTS)
  @Query(() => CommunityMix, { description: 'Members and active members of communities by generation and eselon group, and how many posts, units and knowledge items each generation authored and consumed: whether knowledge crosses generations.' })
  async communityMix(@Arg('filter', () => CommunityMixFilter, { nullable: true, description: 'Academy, community and period.' }) filter: CommunityMixFilter | null, @Ctx() { em, viewer }: Context): Promise<CommunityMix> {
    const to = filter?.to ?? new Date();
    const from = filter?.from ?? new Date(to.getTime() - 90 * DAY_MS);
    const academyId = academyOf(viewer) ?? (filter?.academyId ? tryLocalId(filter.academyId, 'Academy') ?? -1 : null);
    const communityId = filter?.communityId ? tryLocalId(filter.communityId, 'Community') ?? -1 : null;
    const mix = await communityMix(em, { academyId, communityId, from, to });
    const count = (g: Generation | null, kind: string, role: string) => mix.activity.filter((a) => a.generation === g && a.kind === kind && a.role === role).reduce((n, a) => n + a.count, 0);
    const generations: (Generation | null)[] = [...GENERATION_CODES, ...(mix.people.some((p) => p.generation === null) || mix.activity.some((a) => a.generation === null) ? [null] : [])];
    return {
      communities: mix.communities, from, to,
      byGeneration: generations.map((generation) => {
        const people = mix.people.filter((p) => p.generation === generation);
        return {
          generation, members: people.reduce((n, p) => n + p.members, 0), activeMembers: people.reduce((n, p) => n + p.activeMembers, 0),
          postsAuthored: count(generation, 'POST', 'AUTHORED'), postsConsumed: count(generation, 'POST', 'CONSUMED'),
          unitsAuthored: count(generation, 'UNIT', 'AUTHORED'), unitsConsumed: count(generation, 'UNIT', 'CONSUMED'),
          itemsAuthored: count(generation, 'ITEM', 'AUTHORED'), itemsConsumed: count(generation, 'ITEM', 'CONSUMED'),
          consumedFromOtherGenerations: mix.activity.filter((a) => a.generation === generation && a.role === 'CONSUMED').reduce((n, a) => n + a.fromOtherGenerations, 0),
        };
      }),
      byEselon: ESELON_GROUPS.map((group) => {
        const people = mix.people.filter((p) => p.eselonGroup === group);
        return { group, members: people.reduce((n, p) => n + p.members, 0), activeMembers: people.reduce((n, p) => n + p.activeMembers, 0) };
      }),
    };
  }

  @FieldResolver(() => CommunityMemberConnection, { description: 'Members and facilitators, active and pending, in the order they joined.' })
  members(@Root() c: Community, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, communityReads.children.Community.members, c.id, args);
  }

  @FieldResolver(() => CommunityMeetingConnection, { description: 'Meetings in time order.' })
  meetings(@Root() c: Community, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, communityReads.children.Community.meetings, c.id, args);
  }

  @FieldResolver(() => CommunityThreadConnection, { description: 'Discussion threads, newest first.' })
  threads(@Root() c: Community, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, communityReads.children.Community.threads, c.id, args);
  }

  @FieldResolver(() => MicroLearningUnitConnection, { description: 'Micro-learning units, newest first.' })
  units(@Root() c: Community, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, communityReads.children.Community.units, c.id, args);
  }

  @FieldResolver(() => Int, { description: 'Active members (facilitators included).' })
  memberCount(@Root() c: Community, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.batch<number, number>('community.memberCount', (ids) => memberCounts(em, ids)).load(c.id);
  }

  @FieldResolver(() => CommunityMember, { nullable: true, description: "The signed-in participant's own membership; null when not in it (and for staff)." })
  myMembership(@Root() c: Community, @Ctx() { em, loaders, viewer }: Context): Promise<CommunityMember | null> {
    const me = ownPerson(viewer);
    if (me === null) return Promise.resolve(null);
    return loaders.batch<number, CommunityMember | null>('community.myMembership', async (ids) => {
      const found = await em.find(CommunityMember, { community: { $in: [...ids] }, person: me });
      return ids.map((id) => found.find((m) => m.community.id === id) ?? null);
    }).load(c.id);
  }
}

@Resolver(() => CommunityMember)
export class CommunityMemberResolver {
  @FieldResolver(() => Person, { description: 'The person.' })
  person(@Root() m: CommunityMember, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, m.person);
  }

  @FieldResolver(() => Community, { description: 'The community.' })
  community(@Root() m: CommunityMember, @Ctx() { loaders }: Context) {
    return loaders.ref(Community, m.community);
  }
}

@Resolver(() => CommunityMeeting)
export class CommunityMeetingResolver {
  @FieldResolver(() => Venue, { nullable: true, description: 'The venue; null for an online meeting.' })
  venue(@Root() m: CommunityMeeting, @Ctx() { loaders }: Context) {
    return loaders.ref(Venue, m.venue);
  }

  @FieldResolver(() => Community, { description: 'The community.' })
  community(@Root() m: CommunityMeeting, @Ctx() { loaders }: Context) {
    return loaders.ref(Community, m.community);
  }
}

@Resolver(() => CommunityThread)
export class CommunityThreadResolver {
  @FieldResolver(() => CommunityPostConnection, { description: 'Posts, oldest first (the first is the opening post).' })
  posts(@Root() t: CommunityThread, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, communityReads.children.CommunityThread.posts, t.id, args);
  }
}

@Resolver(() => MicroLearningUnit)
export class MicroLearningUnitResolver {
  @FieldResolver(() => [CheckQuestion], { description: 'The check, without its answers.' })
  questions(@Root() u: MicroLearningUnit): CheckQuestion[] {
    return u.questions.map((q) => ({ prompt: q.prompt, choices: q.choices }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in participant completed it (false for staff).' })
  completedByMe(@Root() u: MicroLearningUnit, @Ctx() { em, loaders, viewer }: Context): Promise<boolean> {
    const me = ownPerson(viewer);
    if (me === null) return Promise.resolve(false);
    return loaders.batch<number, boolean>('unit.completedByMe', async (ids) => {
      const done = await em.find(MicroLearningCompletion, { unit: { $in: [...ids] }, person: me });
      return ids.map((id) => done.some((d) => d.unit.id === id));
    }).load(u.id);
  }

  @FieldResolver(() => Int, { description: 'People who completed it.' })
  completions(@Root() u: MicroLearningUnit, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.batch<number, number>('unit.completions', (ids) => completionCounts(em, ids)).load(u.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the member who made it; null when staff made it.' })
  authorName(@Root() u: MicroLearningUnit, @Ctx() { em, loaders }: Context): Promise<string | null> {
    if (!u.author) return Promise.resolve(null);
    // Its own batch, not the Person loader the members' `person` shares: the units and the members
    // arrive in separate statements, and a shared loader would batch them once or twice by timing.
    return loaders.batch<number, string | null>('unit.authorName', async (ids) => {
      const people = await em.find(Person, { id: { $in: [...ids] } }, { fields: ['name'] });
      return ids.map((id) => people.find((p) => p.id === id)?.name ?? null);
    }).load(u.author.id);
  }
}
