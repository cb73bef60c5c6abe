import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ERROR_CODES } from '@lintas/shared';
import { MANAGE, SCHEDULE_READ } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readList } from '../../graphql/read-model.js';
import { Connection, ConnectionArgs } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { EselonGroupCount, GenerationCount } from '../cohorts/cohort.inputs.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { seatedWhere } from '../enrollments/enrollment.rules.js';
import { Person } from '../persons/person.entity.js';
import { scoped } from '../tenancy.js';
import { CohortGroup, CohortGroupMember } from './cohort-group.entity.js';
import { groupReads } from './groups.read-model.js';
import { applyGroups, groupMix, propose } from './groups.service.js';

@ObjectType({ description: 'A page of a cohort\'s groups.' })
export class CohortGroupConnection extends Connection(CohortGroup) {}

@ObjectType({ description: 'One proposed group; nothing is saved until applyGroups.' })
export class ProposedGroup {
  @Field(() => Int, { description: 'Number the group would get, from 1.' })
  number!: number;

  @Field(() => [Person], { description: 'The people of the group, in roster order.' })
  members!: Person[];
}

@ObjectType({ description: 'Outcome of proposeGroups.' })
export class GroupProposalPayload {
  @Field(() => [ProposedGroup], { description: 'The proposed groups (empty on failure or for a cohort without seated people).' })
  groups!: ProposedGroup[];

  @Field(() => [UserError], { description: 'Why it was refused (input/out-of-range for a size outside 3–50, object/not-found); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of applyGroups.' })
export class ApplyGroupsPayload {
  @Field(() => [CohortGroup], { description: 'The cohort\'s groups after the change, by number; empty on failure.' })
  groups!: CohortGroup[];

  @Field(() => [UserError], { description: 'Why nothing was saved (group/person-not-seated, group/duplicate-person, group/empty, group/has-sessions; field `groups.<group>.<position>`); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'How one group of a cohort mixes generations and eselon groups (its seated members).' })
export class GroupMix {
  groupId!: number;

  @Field(() => Int, { description: 'Seated members of the group.' })
  size!: number;

  @Field(() => [GenerationCount], { description: 'Members by generation.' })
  byGeneration!: GenerationCount[];

  @Field(() => [EselonGroupCount], { description: 'Members by eselon group.' })
  byEselonGroup!: EselonGroupCount[];
}

const cohortOf = (ctx: Pick<Context, 'viewer'>, id: string) => {
  const local = tryLocalId(id, 'Cohort');
  return local === null ? null : scoped(ctx.viewer, 'Cohort', [{ id: local }]);
};

@Resolver(() => CohortGroup)
export class CohortGroupResolver {
  @Authorized(...SCHEDULE_READ)
  @Query(() => CohortGroupConnection, { description: 'The groups (kelompok) of a cohort, by number.' })
  async cohortGroups(@Args() args: ConnectionArgs, @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string, @Ctx() { em, viewer }: Context): Promise<CohortGroupConnection> {
    return (await readList({ em, viewer }, groupReads.lists.cohortGroups, { ...args, cohortId })) as CohortGroupConnection;
  }

  @Authorized(...MANAGE)
  @Mutation(() => GroupProposalPayload, {
    description: 'Proposes groups of about `size` people (⌈seated ÷ size⌉ groups, sizes within one) mixing generations and eselon groups as evenly as possible; '
      + 'when the cohort spans three or more generations each group spans three where the numbers allow. Deterministic; nothing is saved until applyGroups.',
  })
  async proposeGroups(
    @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string,
    @Arg('size', () => Int, { description: 'Wanted group size, 3–50: no group is larger.' }) size: number,
    @Ctx() { em, viewer }: Context,
  ): Promise<GroupProposalPayload> {
    const where = cohortOf({ viewer }, cohortId);
    const cohort = where && (await em.findOne(Cohort, where));
    if (!cohort) return { groups: [], errors: [new UserError('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort')] };
    const r = await propose(em, cohort, size);
    return r.ok ? { groups: r.value.map((members, i) => ({ number: i + 1, members })), errors: [] } : { groups: [], errors: r.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => ApplyGroupsPayload, { description: 'Replaces the cohort\'s groups, all or nothing: each group a list of seated people, nobody twice, no group empty. Groups keep their numbers (and the sessions given to them).' })
  async applyGroups(
    @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string,
    @Arg('groups', () => [[ID]], { description: 'The groups in order (group 1 first), each the global ids of its people. An empty list removes every group.' }) groups: string[][],
    @Arg('force', () => Boolean, { defaultValue: false, description: 'Also when a group that goes has sessions given to it: those sessions go back to the whole cohort.' }) force: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<ApplyGroupsPayload> {
    const where = cohortOf({ viewer }, cohortId);
    const ids = groups.map((g) => g.map((id) => tryLocalId(id, 'Person')));
    const r = await applyGroups(em, ids, force, async (tem) => (where ? tem.findOne(Cohort, where) : null));
    return r.ok ? { groups: r.value, errors: [] } : { groups: [], errors: r.errors };
  }

  @Authorized(...SCHEDULE_READ)
  @Query(() => [GroupMix], { description: 'Each group of a cohort with its seated members counted by generation and by eselon group (one aggregate).' })
  async groupMix(@Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string, @Ctx() { em, viewer }: Context): Promise<GroupMix[]> {
    const where = cohortOf({ viewer }, cohortId);
    const cohort = where && (await em.findOne(Cohort, where));
    return cohort ? ((await groupMix(em, cohort.id)) as GroupMix[]) : [];
  }

  @FieldResolver(() => Cohort, { description: 'The cohort the group belongs to.' })
  cohort(@Root() g: CohortGroup, @Ctx() { loaders }: Context) {
    return loaders.ref(Cohort, g.cohort);
  }

  @FieldResolver(() => [Person], { description: 'The seated members of the group, by name.' })
  async members(@Root() g: CohortGroup, @Ctx() { em, loaders }: Context): Promise<Person[]> {
    return loaders.batch<number, Person[]>('group.members', async (ids) => {
      const rows = await em.find(CohortGroupMember, { group: { $in: [...ids] } }, { populate: ['person'] });
      const seated = await em.find(Enrollment, { cohort: { $in: [...new Set(rows.map((r) => r.cohort.id))] }, person: { $in: rows.map((r) => r.person.id) }, ...seatedWhere() });
      const isSeated = new Set(seated.map((e) => `${e.cohort.id}:${e.person.id}`));
      return ids.map((id) => rows.filter((r) => r.group.id === id && isSeated.has(`${r.cohort.id}:${r.person.id}`))
        .map((r) => r.person.getEntity()).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id));
    }).load(g.id);
  }
}

@Resolver(() => GroupMix)
export class GroupMixResolver {
  @FieldResolver(() => CohortGroup, { description: 'The group counted.' })
  async group(@Root() m: GroupMix, @Ctx() { loaders }: Context): Promise<CohortGroup> {
    return (await loaders.byIds(CohortGroup, [m.groupId]))[0]!;
  }
}
