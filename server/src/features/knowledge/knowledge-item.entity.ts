import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { CompetencyArea, KnowledgeKind, KnowledgeRole, KnowledgeStatus } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { CompetencyAreaEnum } from '../../graphql/enums.js';
import { Academy } from '../academies/academy.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { Person } from '../persons/person.entity.js';
import { MentoringMeeting, MentoringPair } from '../mentoring/mentoring-pair.entity.js';
import { KnowledgeKindEnum, KnowledgeRoleEnum, KnowledgeStatusEnum } from './knowledge.enums.js';

/**
 * A piece of an academy's documented knowledge, so that what senior officials know stays
 * when they retire. Its search index (`knowledge_search`: FTS5 on SQLite, a tsvector with a
 * GIN index on PostgreSQL) is no entity: knowledge.search.ts writes it in the same
 * transaction as the item.
 */
@ObjectType({ implements: Node, description: "A knowledge item: a best practice, tutorial, FAQ entry, documented interview or procedure of an academy, written in Markdown by people of the roster." })
@Entity()
@Index({ properties: ['academy', 'status'] })
export class KnowledgeItem extends Node<'version' | 'links' | 'competencyAreas' | 'status'> {
  @ManyToOne(() => Academy, { ref: true })
  academy!: Ref<Academy>;

  /** The agency whose knowledge it is (usually the authors'). */
  @ManyToOne(() => Agency, { ref: true, nullable: true, index: true })
  agency?: Ref<Agency> | null;

  @Field(() => KnowledgeKindEnum, { description: 'Best practice, video tutorial, FAQ, interview or procedure.' })
  @Enum({ items: () => KnowledgeKindEnum, type: 'string' })
  kind!: KnowledgeKind;

  @Field({ description: 'Title (up to 200 characters).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: 'The body as written, in Markdown (raw HTML is shown as text, never run); `bodyHtml` is its safe rendering.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => [String], { description: 'Links (absolute http or https addresses), e.g. the video of a tutorial or the documents cited.' })
  @Property({ type: 'json' })
  links: string[] = [];

  @Field(() => [CompetencyAreaEnum], { description: 'Competency areas the item is about.' })
  @Property({ type: 'json' })
  competencyAreas: CompetencyArea[] = [];

  @Field(() => KnowledgeStatusEnum, { description: 'Review state: DRAFT, PUBLISHED or ARCHIVED.' })
  @Enum({ items: () => KnowledgeStatusEnum, type: 'string' })
  status: KnowledgeStatus = 'DRAFT';

  @Field(() => Date, { nullable: true, description: 'When it was last published; null while never published.' })
  @Property({ type: 'Date', nullable: true })
  publishedAt?: Date | null;

  @Field(() => Int, { description: 'Starts at 1 and grows with every change; an update sends the version it read and is refused (object/stale-version) when it is no longer current.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  /** The reverse-mentoring pair it came from. */
  @ManyToOne(() => MentoringPair, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  sourceMentoringPair?: Ref<MentoringPair> | null;

  /** The logged meeting of that pair it came from. */
  @ManyToOne(() => MentoringMeeting, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  sourceMentoringMeeting?: Ref<MentoringMeeting> | null;

  @Field(() => Int, { nullable: true, description: 'The change project (action plan) it came from, by its number; no link is checked.' })
  @Property({ type: 'integer', nullable: true })
  sourceActionPlanId?: number | null;

  @OneToMany(() => KnowledgeItemPerson, (p) => p.item)
  people = new Collection<KnowledgeItemPerson>(this);
}

/** A person of the roster in a knowledge item: author, contributor or interviewee. */
@Entity()
@Unique({ properties: ['item', 'person', 'role'] })
export class KnowledgeItemPerson {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => KnowledgeItem, { ref: true, deleteRule: 'cascade' })
  item!: Ref<KnowledgeItem>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Enum({ items: () => KnowledgeRoleEnum, type: 'string' })
  role!: KnowledgeRole;

  /** Order within the role, as entered. */
  @Property({ type: 'integer' })
  position!: number;
}

/**
 * A person of the roster read a published item someone else wrote: the first time only, kept
 * when the item is archived. communityMix counts these as items consumed.
 */
@Entity()
@Unique({ properties: ['person', 'item'] })
@Index({ properties: ['firstReadAt'] })
export class KnowledgeItemRead {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @ManyToOne(() => KnowledgeItem, { ref: true, index: true, deleteRule: 'cascade' })
  item!: Ref<KnowledgeItem>;

  @Property({ type: 'Date' })
  firstReadAt!: Date;
}
