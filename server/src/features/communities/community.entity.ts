import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { CompetencyArea } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { CompetencyAreaEnum } from '../../graphql/enums.js';
import { Academy } from '../academies/academy.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { Person } from '../persons/person.entity.js';
import { MemberRoleEnum, MembershipStatusEnum, type MemberRole, type MembershipStatus } from './community.enums.js';

@ObjectType({ implements: Node, description: 'A community of practice (komunitas praktik) of an academy: people of any generation and eselon who learn together around one competency.' })
@Entity()
export class Community extends Node<'requiresApproval' | 'version'> {
  @ManyToOne(() => Academy, { ref: true, index: true })
  academy!: Ref<Academy>;

  @Field({ description: 'Name of the community.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => CompetencyAreaEnum, { description: 'The competency the community focuses on.' })
  @Enum({ items: () => CompetencyAreaEnum, type: 'string' })
  competencyArea!: CompetencyArea;

  @Field(() => String, { nullable: true, description: 'What the community is about, in plain text.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field({ description: "Whether joining waits for a facilitator's (or an organizer's) approval." })
  @Property({ type: 'boolean', default: false })
  requiresApproval: boolean = false;

  @Field(() => Int, { description: 'Version, raised by every edit.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}

/** A person in a community: a member or a facilitator, active or waiting for approval. */
@ObjectType({ implements: Node, description: 'A person in a community: member or facilitator, active or waiting for approval.' })
@Entity()
@Unique({ properties: ['community', 'person'] })
@Index({ properties: ['person', 'status'] })
export class CommunityMember extends Node {
  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @Field(() => MemberRoleEnum, { description: 'Member or facilitator.' })
  @Enum({ items: () => MemberRoleEnum, type: 'string' })
  role!: MemberRole;

  @Field(() => MembershipStatusEnum, { description: 'Waiting for approval, or active.' })
  @Enum({ items: () => MembershipStatusEnum, type: 'string' })
  status!: MembershipStatus;

  @Field(() => Date, { nullable: true, description: 'When the membership became active; null while pending.' })
  @Property({ type: 'Date', nullable: true })
  joinedAt?: Date | null;
}

@ObjectType({ implements: Node, description: "A meeting of a community, scheduled like a session: the same conflict rules, and in every active member's calendar feed." })
@Entity()
@Index({ properties: ['community', 'startsAt'] })
@Index({ properties: ['startsAt'] })
export class CommunityMeeting extends Node<'version'> {
  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Field({ description: 'What the meeting is about.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: 'Start (UTC instant).' })
  @Property({ type: 'Date' })
  startsAt!: Date;

  @Field({ description: 'End (UTC instant), after the start.' })
  @Property({ type: 'Date' })
  endsAt!: Date;

  @ManyToOne(() => Venue, { ref: true, nullable: true, index: true })
  venue?: Ref<Venue> | null;

  @Field(() => String, { nullable: true, description: 'Link of an online meeting.' })
  @Property({ type: 'string', length: 500, nullable: true })
  onlineUrl?: string | null;

  @Field(() => Int, { description: 'Version, raised by every change (the calendar SEQUENCE).' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}

@ObjectType({ implements: Node, description: 'A discussion thread of a community, in plain text.' })
@Entity()
@Index({ properties: ['community', 'id'] })
export class CommunityThread extends Node {
  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Field({ description: 'Title of the thread.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  /** Who opened it; null for an organizer without a roster entry. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  author?: Ref<Person> | null;

  @Field({ description: 'Name of who opened it, as it was then.' })
  @Property({ type: 'string', length: 200 })
  authorName!: string;
}

@ObjectType({ implements: Node, description: 'A post in a discussion thread, in plain text (no markup is interpreted).' })
@Entity()
@Index({ properties: ['thread', 'id'] })
export class CommunityPost extends Node {
  @ManyToOne(() => CommunityThread, { ref: true })
  thread!: Ref<CommunityThread>;

  /** The community, kept for counting posts per community without the thread. */
  @ManyToOne(() => Community, { ref: true, index: true })
  community!: Ref<Community>;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  author?: Ref<Person> | null;

  @Field({ description: 'Name of who wrote it, as it was then.' })
  @Property({ type: 'string', length: 200 })
  authorName!: string;

  @Field({ description: 'The text, plain (up to 4000 characters).' })
  @Property({ type: 'text' })
  body!: string;
}

/** One question of a unit's check, with its right answer (never sent to participants). */
export interface CheckQuestion {
  prompt: string;
  choices: string[];
  answer: number;
}

@ObjectType({ implements: Node, description: 'A micro-learning unit of a community: at most 15 minutes, a link or a short text, and a check of 1–3 questions. Answering the check right earns its minutes.' })
@Entity()
@Index({ properties: ['community', 'id'] })
export class MicroLearningUnit extends Node {
  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Field({ description: 'Title of the unit.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Int, { description: 'Minutes it takes, 1–15; earned when the check is answered right.' })
  @Property({ type: 'integer' })
  minutes!: number;

  @Field(() => String, { nullable: true, description: 'Link to the material (a video, an article).' })
  @Property({ type: 'string', length: 500, nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The material as a short plain text (up to 4000 characters).' })
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  /** The check, with the right answers. */
  @Property({ type: 'json' })
  questions!: CheckQuestion[];

  /** Who made it (a member of the community); null for an organizer. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  author?: Ref<Person> | null;
}

/** A person completed a unit (answered its check right): once per unit and person. */
@Entity()
@Unique({ properties: ['unit', 'person'] })
@Index({ properties: ['person', 'completedAt'] })
@Index({ properties: ['completedAt'] })
export class MicroLearningCompletion {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => MicroLearningUnit, { ref: true })
  unit!: Ref<MicroLearningUnit>;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  /** The unit's minutes when completed: a later edit of the unit does not change what was earned. */
  @Property({ type: 'integer' })
  minutes!: number;

  @Property({ type: 'Date' })
  completedAt!: Date;
}
