import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CompetencyArea, EselonGroup, Generation } from '@lintas/shared';
import { CompetencyAreaEnum, EselonGroupEnum, GenerationEnum } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { ImportRowError } from '../persons/person.inputs.js';
import { ScheduleIssue } from '../sessions/schedule-issue.js';
import { Community, CommunityMeeting, CommunityMember, CommunityPost, CommunityThread, MicroLearningUnit } from './community.entity.js';
import { JpSourceEnum, type JpSource } from './community.enums.js';
import { ExternalLearningRecord } from './learning-record.entity.js';

@ObjectType({ description: 'A page of communities.' })
export class CommunityConnection extends Connection(Community) {}
@ObjectType({ description: 'A page of community members.' })
export class CommunityMemberConnection extends Connection(CommunityMember) {}
@ObjectType({ description: 'A page of community meetings.' })
export class CommunityMeetingConnection extends Connection(CommunityMeeting) {}
@ObjectType({ description: 'A page of discussion threads.' })
export class CommunityThreadConnection extends Connection(CommunityThread) {}
@ObjectType({ description: 'A page of posts.' })
export class CommunityPostConnection extends Connection(CommunityPost) {}
@ObjectType({ description: 'A page of micro-learning units.' })
export class MicroLearningUnitConnection extends Connection(MicroLearningUnit) {}
@ObjectType({ description: 'A page of external learning records.' })
export class ExternalLearningRecordConnection extends Connection(ExternalLearningRecord) {}

@InputType({ description: 'A new community of practice.' })
export class CreateCommunityInput {
  @Field({ description: 'Name (up to 200 characters).' })
  name!: string;

  @Field(() => CompetencyAreaEnum, { description: 'The competency it focuses on.' })
  competencyArea!: CompetencyArea;

  @Field(() => String, { nullable: true, description: 'What it is about (up to 2000 characters, plain text).' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Joining waits for a facilitator's approval (default false)." })
  requiresApproval?: boolean | null;

  @Field(() => [ID], { description: 'People of the academy who facilitate it (may be empty).' })
  facilitatorIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The academy (admins; organizers create in their own).' })
  academyId?: string | null;
}

@InputType({ description: 'Changes to a community; absent fields stay.' })
export class UpdateCommunityInput {
  @Field(() => ID, { description: 'The community.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit was made on; a newer one refuses it (object/stale-version).' })
  version?: number | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => CompetencyAreaEnum, { nullable: true, description: 'New competency focus.' })
  competencyArea?: CompetencyArea | null;

  @Field(() => String, { nullable: true, description: 'New description (empty clears it).' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether joining waits for approval.' })
  requiresApproval?: boolean | null;
}

@InputType({ description: 'Who joins which community.' })
export class JoinCommunityInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: 'The person (staff add anyone of the academy; a participant joins themselves and leaves it out).' })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Staff only: add the person as a facilitator.' })
  asFacilitator?: boolean | null;
}

@InputType({ description: 'A meeting of a community.' })
export class ScheduleCommunityMeetingInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: 'What the meeting is about.' })
  title!: string;

  @Field({ description: 'Start (ISO 8601 instant).' })
  startsAt!: Date;

  @Field({ description: 'End (ISO 8601 instant), after the start.' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: "A venue of the academy; absent for an online meeting." })
  venueId?: string | null;

  @Field(() => String, { nullable: true, description: 'Link of an online meeting.' })
  onlineUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Schedule despite hard conflicts (not one that ends before it starts).' })
  force?: boolean | null;
}

@InputType({ description: 'A new discussion thread with its first post.' })
export class CreateCommunityThreadInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: 'Title (up to 200 characters).' })
  title!: string;

  @Field({ description: 'The first post, plain text (up to 4000 characters).' })
  body!: string;
}

@InputType({ description: 'A reply in a thread.' })
export class AddCommunityPostInput {
  @Field(() => ID, { description: 'The thread.' })
  threadId!: string;

  @Field({ description: 'Plain text (up to 4000 characters).' })
  body!: string;
}

@InputType({ description: "A question of a unit's check." })
export class CheckQuestionInput {
  @Field({ description: 'The question.' })
  prompt!: string;

  @Field(() => [String], { description: '2 to 5 choices.' })
  choices!: string[];

  @Field(() => Int, { description: 'The right choice, counted from 0.' })
  answer!: number;
}

@InputType({ description: 'A new micro-learning unit.' })
export class CreateMicroLearningUnitInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => Int, { description: 'Minutes it takes, 1–15.' })
  minutes!: number;

  @Field(() => String, { nullable: true, description: 'Link to the material (a link or a text is required).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The material as a short plain text (up to 4000 characters).' })
  body?: string | null;

  @Field(() => [CheckQuestionInput], { description: 'The check: 1 to 3 questions.' })
  questions!: CheckQuestionInput[];
}

@InputType({ description: "A participant's answers to a unit's check." })
export class CompleteMicroLearningInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => [Int], { description: 'The chosen choice of each question, in order, counted from 0.' })
  answers!: number[];
}

@ObjectType({ description: "A question of a unit's check, without its answer." })
export class CheckQuestion {
  @Field({ description: 'The question.' })
  prompt!: string;

  @Field(() => [String], { description: 'The choices.' })
  choices!: string[];
}

@ObjectType({ description: 'Outcome of a community change.' })
export class CommunityPayload {
  @Field(() => Community, { nullable: true, description: 'The community after the change; null on failure.' })
  community!: Community | null;

  @Field(() => [UserError], { description: 'Why it was refused (input/*, object/not-found, object/stale-version, community/not-facilitator); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of joinCommunity or approveCommunityMember.' })
export class CommunityMemberPayload {
  @Field(() => CommunityMember, { nullable: true, description: 'The membership (PENDING when it waits for approval); null on failure or after a refusal.' })
  member!: CommunityMember | null;

  @Field(() => [UserError], { description: 'Why it was refused (object/not-found, community/already-member, community/not-facilitator, community/wrong-state); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of scheduleCommunityMeeting.' })
export class CommunityMeetingPayload {
  @Field(() => CommunityMeeting, { nullable: true, description: 'The meeting; null when refused.' })
  meeting!: CommunityMeeting | null;

  @Field(() => [ScheduleIssue], { description: "The meeting's conflicts by the sessions' rule (hard ones refuse it unless forced)." })
  issues!: ScheduleIssue[];

  @Field(() => [UserError], { description: 'Why it was refused (community/meeting-conflict, community/not-facilitator, object/not-found, input/*); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of createCommunityThread.' })
export class CommunityThreadPayload {
  @Field(() => CommunityThread, { nullable: true, description: 'The thread; null on failure.' })
  thread!: CommunityThread | null;

  @Field(() => [UserError], { description: 'Why it was refused (community/not-member, object/not-found, input/*); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of addCommunityPost.' })
export class CommunityPostPayload {
  @Field(() => CommunityPost, { nullable: true, description: 'The post; null on failure.' })
  post!: CommunityPost | null;

  @Field(() => [UserError], { description: 'Why it was refused (community/not-member, object/not-found, input/*); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of createMicroLearningUnit.' })
export class MicroLearningUnitPayload {
  @Field(() => MicroLearningUnit, { nullable: true, description: 'The unit; null on failure.' })
  unit!: MicroLearningUnit | null;

  @Field(() => [UserError], { description: 'Why it was refused (micro-learning/invalid, community/not-facilitator, object/not-found, input/*); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of completeMicroLearning.' })
export class CompleteMicroLearningPayload {
  @Field(() => MicroLearningUnit, { nullable: true, description: 'The unit completed; null on failure.' })
  unit!: MicroLearningUnit | null;

  @Field(() => Int, { description: 'Minutes earned (the unit\'s); 0 on failure.' })
  minutesEarned!: number;

  @Field(() => [UserError], { description: 'Why it was refused (micro-learning/wrong-answer per wrong answer, micro-learning/already-completed, community/not-member, object/not-found); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'The scope of communityMix; absent fields do not narrow it.' })
export class CommunityMixFilter {
  @Field(() => ID, { nullable: true, description: 'The academy (admins; organizers and tokens see their own).' })
  academyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One community only.' })
  communityId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of the period activity is counted in (default: 90 days before `to`).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the period (default: now).' })
  to?: Date | null;
}

@ObjectType({ description: 'Community figures of one generation.' })
export class CommunityMixGeneration {
  @Field(() => GenerationEnum, { nullable: true, description: 'The generation (null: birth year unknown).' })
  generation!: Generation | null;

  @Field(() => Int, { description: 'Active memberships, people counted once across communities.' })
  members!: number;

  @Field(() => Int, { description: 'Members who authored or consumed anything in the period.' })
  activeMembers!: number;

  @Field(() => Int, { description: 'Posts written in the period.' })
  postsAuthored!: number;

  @Field(() => Int, { description: 'Replies written in threads someone else opened.' })
  postsConsumed!: number;

  @Field(() => Int, { description: 'Micro-learning units made.' })
  unitsAuthored!: number;

  @Field(() => Int, { description: 'Micro-learning units completed.' })
  unitsConsumed!: number;

  @Field(() => Int, { description: 'Published knowledge items (published in the period) the generation\'s members wrote as author or contributor; items belong to the academy, not to a community, so those of the members of the communities in scope count.' })
  itemsAuthored!: number;

  @Field(() => Int, { description: 'Published knowledge items the generation\'s members opened for the first time in the period, not being among their writers.' })
  itemsConsumed!: number;

  @Field(() => Int, { description: 'Of what the generation consumed (replies, units, items), how much came from another generation: knowledge crossing generations.' })
  consumedFromOtherGenerations!: number;
}

@ObjectType({ description: 'Community members of one eselon group.' })
export class CommunityMixEselon {
  @Field(() => EselonGroupEnum, { description: 'The eselon group.' })
  group!: EselonGroup;

  @Field(() => Int, { description: 'Active memberships, people counted once.' })
  members!: number;

  @Field(() => Int, { description: 'Members who authored or consumed anything in the period.' })
  activeMembers!: number;
}

@ObjectType({ description: 'Whether knowledge crosses generations in communities: members and activity by generation and eselon group.' })
export class CommunityMix {
  @Field(() => Int, { description: 'Communities in scope.' })
  communities!: number;

  @Field({ description: 'Start of the period counted.' })
  from!: Date;

  @Field({ description: 'End of the period counted.' })
  to!: Date;

  @Field(() => [CommunityMixGeneration], { description: 'By generation, every generation listed (oldest first).' })
  byGeneration!: CommunityMixGeneration[];

  @Field(() => [CommunityMixEselon], { description: 'By eselon group, every group listed.' })
  byEselon!: CommunityMixEselon[];
}

@InputType({ description: 'An external learning record. The person is given by id or by NIP.' })
export class AddExternalLearningRecordInput {
  @Field(() => ID, { nullable: true, description: 'The person.' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "The person's NIP (when no personId); never echoed in errors." })
  nip?: string | null;

  @Field({ description: 'Where the learning took place (platform or organizer).' })
  source!: string;

  @Field({ description: 'Title of the course or activity.' })
  title!: string;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  startDate!: string;

  @Field({ description: 'Last day, YYYY-MM-DD (the JP count in its year).' })
  endDate!: string;

  @Field(() => Int, { description: 'JP it is worth, 1–200.' })
  jp!: number;

  @Field(() => String, { nullable: true, description: 'Link to the evidence.' })
  evidenceUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'The Lintas cohort it was, if any: then it duplicates Lintas learning when the person holds a seat there, and is refused.' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The academy (admins).' })
  academyId?: string | null;
}

@ObjectType({ description: 'Outcome of addExternalLearningRecord.' })
export class ExternalLearningRecordPayload {
  @Field(() => ExternalLearningRecord, { nullable: true, description: 'The record; null on failure.' })
  record!: ExternalLearningRecord | null;

  @Field(() => [UserError], { description: 'Why it was refused (learning-record/duplicate, learning-record/dates, object/not-found, input/*); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of importLearningRecords: the preview or the import.' })
export class ImportLearningRecordsPayload {
  @Field({ description: 'Nothing was written because it was asked (a preview).' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows read.' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows without errors.' })
  validRows!: number;

  @Field(() => Int, { description: 'Records written: all rows, or 0 when any row was refused or in a preview.' })
  created!: number;

  @Field(() => [ImportRowError], { description: 'Refused rows, by line (header = 1); the message never repeats a NIP.' })
  rowErrors!: ImportRowError[];

  @Field(() => [UserError], { description: 'Why the whole file was refused (csv/*, object/not-found); empty otherwise.' })
  errors!: UserError[];
}

@ObjectType({ description: 'JP earned in the year from one source, over the scope.' })
export class JpSourceTotal {
  @Field(() => JpSourceEnum, { description: 'The source.' })
  source!: JpSource;

  @Field(() => Int, { description: 'JP from this source, summed over the people of the scope.' })
  jp!: number;

  @Field(() => Int, { description: 'People who earned JP from this source.' })
  people!: number;
}

@ObjectType({ description: "A person's JP of one year by source; each learning counts under one source only." })
export class JpEarnedBreakdown {
  @Field(() => Int, { description: 'The year (WIB).' })
  year!: number;

  @Field(() => Int, { description: 'Sessions of Lintas cohorts attended present or late.' })
  lintas!: number;

  @Field(() => Int, { description: 'Micro-learning: floor(the minutes of the units completed in the year ÷ 45).' })
  microLearning!: number;

  @Field(() => Int, { description: 'Micro-learning minutes completed in the year (the JP above are their whole 45-minute parts).' })
  microLearningMinutes!: number;

  @Field(() => Int, { description: 'External learning records ending in the year (duplicates of Lintas learning left out).' })
  external!: number;

  @Field(() => Int, { description: 'The three summed: what counts toward the 20-JP right.' })
  total!: number;
}
