import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { KNOWLEDGE_READ, KNOWLEDGE_WRITE, MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../graphql/relay.js';
import { Agency } from '../academies/agency.entity.js';
import { MentoringMeeting, MentoringPair } from '../mentoring/mentoring-pair.entity.js';
import { Person } from '../persons/person.entity.js';
import { KnowledgeItem } from './knowledge-item.entity.js';
import {
  CreateKnowledgeItemInput, KnowledgeItemConnection, KnowledgeItemFilter, KnowledgeItemPayload, RetirementRiskConnection, RetirementRiskFilter, UpdateKnowledgeItemInput,
} from './knowledge.inputs.js';
import { renderMarkdown, summaryOf } from './knowledge.markdown.js';
import { noteRead } from './knowledge.reads.js';
import { listKnowledge, peopleOf } from './knowledge.search.js';
import { archiveKnowledgeItem, createKnowledgeItem, publishKnowledgeItem, updateKnowledgeItem } from './knowledge.service.js';
import { retirementRisk } from './retirement.service.js';

type Outcome = { ok: true; value: KnowledgeItem } | { ok: false; errors: KnowledgeItemPayload['errors'] };
const payload = (r: Outcome): KnowledgeItemPayload => (r.ok ? { item: r.value, errors: [] } : { item: null, errors: r.errors });

@Resolver(() => KnowledgeItem)
export class KnowledgeResolver {
  @Authorized(...KNOWLEDGE_READ)
  @Query(() => KnowledgeItemConnection, { description: 'Knowledge items the caller may read, searched in Indonesian and English (stems, "quoted phrases"; exact title matches first, then relevance) and filtered. Without a search: newest first.' })
  async knowledgeItems(
    @Args() args: ConnectionArgs,
    @Arg('search', () => String, { nullable: true, description: 'Words and "quoted phrases", all of which must occur (in any inflection: membaca finds pembacaan, learning finds learned).' }) search: string | null,
    @Arg('filter', () => KnowledgeItemFilter, { nullable: true, description: 'Kinds, competency areas, agencies, generations of the authors, review states.' }) filter: KnowledgeItemFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<KnowledgeItemConnection> {
    return (await listKnowledge(em, viewer, { ...args, search, filter })) as KnowledgeItemConnection;
  }

  @Authorized(...MANAGE)
  @Query(() => RetirementRiskConnection, { description: "People of the caller's academy who retire within 1, 3 or 5 years (birth date from the NIP, retirement age of the position) and whose knowledge is not documented yet: in no published item as author, contributor or interviewee. Soonest first." })
  async retirementRisk(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => RetirementRiskFilter, { description: 'The horizon, and optionally agencies and eselon groups.' }) filter: RetirementRiskFilter,
    @Ctx() { em, viewer }: Context,
  ): Promise<RetirementRiskConnection> {
    return (await retirementRisk(em, viewer, { ...args, filter })) as RetirementRiskConnection;
  }

  @Authorized(...KNOWLEDGE_WRITE)
  @Mutation(() => KnowledgeItemPayload, { description: 'Saves a new knowledge item as a draft. A participant writing one is always among its authors.' })
  async createKnowledgeItem(@Arg('input', () => CreateKnowledgeItemInput, { description: 'Content, people and source.' }) input: CreateKnowledgeItemInput, @Ctx() { em, viewer }: Context): Promise<KnowledgeItemPayload> {
    return payload(await createKnowledgeItem(em, viewer, input));
  }

  @Authorized(...KNOWLEDGE_WRITE)
  @Mutation(() => KnowledgeItemPayload, { description: 'Changes a draft or published item (organizers), or a draft one writes (participants); archived items are published again first.' })
  async updateKnowledgeItem(@Arg('input', () => UpdateKnowledgeItemInput, { description: 'The item, the version read and the new fields.' }) input: UpdateKnowledgeItemInput, @Ctx() { em, viewer }: Context): Promise<KnowledgeItemPayload> {
    return payload(await updateKnowledgeItem(em, viewer, input));
  }

  @Authorized(...MANAGE)
  @Mutation(() => KnowledgeItemPayload, { description: 'Publishes a draft (or an archived item again): it needs an author, and an interview its interviewee.' })
  async publishKnowledgeItem(@Arg('id', () => ID, { description: 'Global id of the item.' }) id: string, @Ctx() { em, viewer }: Context): Promise<KnowledgeItemPayload> {
    return payload(await publishKnowledgeItem(em, viewer, id));
  }

  @Authorized(...MANAGE)
  @Mutation(() => KnowledgeItemPayload, { description: 'Archives an item: withdrawn from reading, kept for history, may be published again.' })
  async archiveKnowledgeItem(@Arg('id', () => ID, { description: 'Global id of the item.' }) id: string, @Ctx() { em, viewer }: Context): Promise<KnowledgeItemPayload> {
    return payload(await archiveKnowledgeItem(em, viewer, id));
  }

  @FieldResolver(() => String, { description: 'The body rendered to HTML on the server: raw HTML escaped, links only to http(s) and mailto, opening in a new tab. Asking for it is opening the item: the first time a signed-in person of the roster does so for a published item they did not write, it counts as the item read (consumed, in communityMix).' })
  async bodyHtml(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Promise<string> {
    if (item.status === 'PUBLISHED') await noteRead(ctx, item.id);
    return renderMarkdown(item.body);
  }

  @FieldResolver(() => String, { description: 'The first words of the body as plain text (up to 200 characters), for lists.' })
  summary(@Root() item: KnowledgeItem): string {
    return summaryOf(item.body);
  }

  @FieldResolver(() => [Person], { description: 'Authors, in order (for an interview: who recorded it).' })
  async authors(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Promise<Person[]> {
    return (await peopleOf(ctx, item.id)).filter((p) => p.role === 'AUTHOR').map((p) => p.person);
  }

  @FieldResolver(() => [Person], { description: 'Contributors, in order (e.g. the young mentor of a pair).' })
  async contributors(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Promise<Person[]> {
    return (await peopleOf(ctx, item.id)).filter((p) => p.role === 'CONTRIBUTOR').map((p) => p.person);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The interviewee of an interview; null for the other kinds.' })
  async interviewee(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Promise<Person | null> {
    return (await peopleOf(ctx, item.id)).find((p) => p.role === 'INTERVIEWEE')?.person ?? null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency whose knowledge it is.' })
  agency(@Root() item: KnowledgeItem, @Ctx() { loaders }: Context) {
    return loaders.ref(Agency, item.agency);
  }

  @FieldResolver(() => MentoringPair, { nullable: true, description: 'The reverse-mentoring pair it came from.' })
  sourceMentoringPair(@Root() item: KnowledgeItem, @Ctx() { loaders }: Context) {
    return loaders.ref(MentoringPair, item.sourceMentoringPair);
  }

  @FieldResolver(() => MentoringMeeting, { nullable: true, description: 'The logged meeting it came from.' })
  sourceMentoringMeeting(@Root() item: KnowledgeItem, @Ctx() { loaders }: Context) {
    return loaders.ref(MentoringMeeting, item.sourceMentoringMeeting);
  }
}
