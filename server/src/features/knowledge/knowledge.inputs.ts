import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CompetencyArea, EselonGroup, Generation, KnowledgeKind, KnowledgeStatus } from '@lintas/shared';
import { CompetencyAreaEnum, EselonGroupEnum, GenerationEnum } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { VersionedEdit } from '../../graphql/versioned-edit.js';
import { Person } from '../persons/person.entity.js';
import { KnowledgeItem } from './knowledge-item.entity.js';
import { KnowledgeKindEnum, KnowledgeStatusEnum } from './knowledge.enums.js';

@ObjectType({ description: 'A page of knowledge items: by relevance when searching (exact title matches first), else newest first.' })
export class KnowledgeItemConnection extends Connection(KnowledgeItem) {}

@InputType({ description: 'Which knowledge items to list; absent fields do not filter, several values of one field match any.' })
export class KnowledgeItemFilter {
  @Field(() => [KnowledgeKindEnum], { nullable: true, description: 'Only of these kinds.' })
  kinds?: KnowledgeKind[] | null;

  @Field(() => [CompetencyAreaEnum], { nullable: true, description: 'Only about one of these competency areas.' })
  competencyAreas?: CompetencyArea[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only of these agencies.' })
  agencyIds?: string[] | null;

  @Field(() => [GenerationEnum], { nullable: true, description: "Only with an author of one of these generations." })
  authorGenerations?: Generation[] | null;

  @Field(() => [KnowledgeStatusEnum], { nullable: true, description: 'Only in these review states (the caller sees drafts and archived items only where allowed).' })
  statuses?: KnowledgeStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only with this person as author, contributor or interviewee.' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only from this reverse-mentoring pair.' })
  sourceMentoringPairId?: string | null;
}

@InputType({ description: 'The content and people of a knowledge item.' })
export class KnowledgeItemFields {
  @Field(() => KnowledgeKindEnum, { description: 'Best practice, video tutorial, FAQ, interview or procedure.' })
  kind!: KnowledgeKind;

  @Field({ description: 'Title (up to 200 characters).' })
  title!: string;

  @Field({ description: 'Body in Markdown (up to 100,000 characters); raw HTML is kept as text.' })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'Links, absolute http(s) addresses (up to 20).' })
  links?: string[] | null;

  @Field(() => [CompetencyAreaEnum], { nullable: true, description: 'Competency areas.' })
  competencyAreas?: CompetencyArea[] | null;

  @Field(() => ID, { nullable: true, description: "The agency whose knowledge it is; default: the first author's." })
  agencyId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Authors, people of the roster, in order (a participant writing an item is always one).' })
  authorIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Contributors, people of the roster, in order.' })
  contributorIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The interviewee of an interview (the retiring official).' })
  intervieweeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The reverse-mentoring pair it came from.' })
  sourceMentoringPairId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The logged meeting it came from (its pair becomes the source pair).' })
  sourceMentoringMeetingId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The change project (action plan) it came from, by its number.' })
  sourceActionPlanId?: number | null;
}

@InputType({ description: 'A new knowledge item, saved as a draft.' })
export class CreateKnowledgeItemInput extends KnowledgeItemFields {}

@InputType({ description: 'A change of a draft or published knowledge item: every field is replaced.' })
export class UpdateKnowledgeItemInput extends VersionedEdit {
  @Field(() => KnowledgeItemFields, { description: 'The new content and people.' })
  fields!: KnowledgeItemFields;
}

@ObjectType({ description: 'Outcome of a change of a knowledge item.' })
export class KnowledgeItemPayload {
  @Field(() => KnowledgeItem, { nullable: true, description: 'The item after the change; null on failure.' })
  item!: KnowledgeItem | null;

  @Field(() => [UserError], { description: 'Why it was refused (e.g. knowledge/wrong-state, knowledge/author-required, object/stale-version); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Whose retirement to look ahead to.' })
export class RetirementRiskFilter {
  @Field(() => Int, { description: 'Horizon in years: 1, 3 or 5.' })
  withinYears!: number;

  @Field(() => [ID], { nullable: true, description: 'Only people of these agencies.' })
  agencyIds?: string[] | null;

  @Field(() => [EselonGroupEnum], { nullable: true, description: 'Only these eselon groups.' })
  eselonGroups?: EselonGroup[] | null;
}

@ObjectType({ description: 'A person who retires within the horizon and whose knowledge is not documented yet (no published item as author, contributor or interviewee).' })
export class RetirementRisk {
  @Field(() => Person, { description: 'The person.' })
  person!: Person;

  @Field(() => Int, { description: 'Retirement age (BUP) of their position: 58, 60 or 65.' })
  retirementAge!: number;

  @Field({ description: 'The day they retire, YYYY-MM-DD: the first of the month after they reach the retirement age.' })
  retirementDate!: string;
}

@ObjectType({ description: 'A page of people at risk of retiring undocumented, soonest first.' })
export class RetirementRiskConnection extends Connection(RetirementRisk) {}
