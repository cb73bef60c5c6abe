/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Competency a training module builds. */
export type CompetencyArea =
  /** Artificial intelligence: what it can do for government, and its risks. */
  | 'ARTIFICIAL_INTELLIGENCE'
  /** Communication and collaboration across generations. */
  | 'CROSS_GENERATION_COMMUNICATION'
  /** Cybersecurity and data protection. */
  | 'CYBERSECURITY'
  /** Deciding from data: reading, questioning and using evidence. */
  | 'DATA_DRIVEN_DECISIONS'
  /** Digital literacy: using digital tools and information well and safely. */
  | 'DIGITAL_LITERACY'
  /** Growth mindset: openness to learning and change. */
  | 'GROWTH_MINDSET'
  /** Leadership in general. */
  | 'LEADERSHIP'
  /** Building a learning organization. */
  | 'LEARNING_ORGANIZATION'
  /** SPBE (Sistem Pemerintahan Berbasis Elektronik): e-government. */
  | 'SPBE';

/** A new knowledge item, saved as a draft. */
export type CreateKnowledgeItemInput = {
  /** The agency whose knowledge it is; default: the first author's. */
  agencyId?: string | number | null | undefined;
  /** Authors, people of the roster, in order (a participant writing an item is always one). */
  authorIds?: Array<string | number> | null | undefined;
  /** Body in Markdown (up to 100,000 characters); raw HTML is kept as text. */
  body: string;
  /** Competency areas. */
  competencyAreas?: Array<CompetencyArea> | null | undefined;
  /** Contributors, people of the roster, in order. */
  contributorIds?: Array<string | number> | null | undefined;
  /** The interviewee of an interview (the retiring official). */
  intervieweeId?: string | number | null | undefined;
  /** Best practice, video tutorial, FAQ, interview or procedure. */
  kind: KnowledgeKind;
  /** Links, absolute http(s) addresses (up to 20). */
  links?: Array<string> | null | undefined;
  /** The change project (action plan) it came from, by its number. */
  sourceActionPlanId?: number | null | undefined;
  /** The logged meeting it came from (its pair becomes the source pair). */
  sourceMentoringMeetingId?: string | number | null | undefined;
  /** The reverse-mentoring pair it came from. */
  sourceMentoringPairId?: string | number | null | undefined;
  /** Title (up to 200 characters). */
  title: string;
};

/** Report group: eselon I–IV for structural posts, JF for functional posts, PELAKSANA for executors. */
export type EselonGroup =
  /** Eselon Ia and Ib: the top structural leaders. */
  | 'I'
  /** Eselon IIa and IIb: heads of agencies and directorates; with I, the leaders who decide. */
  | 'II'
  /** Eselon IIIa and IIIb: administrators. */
  | 'III'
  /** Eselon IVa and IVb: supervisors. */
  | 'IV'
  /** Jabatan fungsional: functional posts without an eselon (e.g. analysts, auditors, teachers). */
  | 'JF'
  /** Pelaksana: executors, staff without a structural or functional post. */
  | 'PELAKSANA';

/** Generation (generasi) by birth year (read from the NIP): Boomers 1946–1964, Gen X 1965–1979, Gen Y 1980–1994, Gen Z 1995–2012, Gen Alpha 2013–. */
export type Generation =
  /** Baby Boomers, born 1946–1964. */
  | 'BOOMER'
  /** Generation Alpha, born 2013 or later. */
  | 'GEN_ALPHA'
  /** Generation X, born 1965–1979. */
  | 'GEN_X'
  /** Generation Y (millennials), born 1980–1994. */
  | 'GEN_Y'
  /** Generation Z, born 1995–2012. */
  | 'GEN_Z';

/** The content and people of a knowledge item. */
export type KnowledgeItemFields = {
  /** The agency whose knowledge it is; default: the first author's. */
  agencyId?: string | number | null | undefined;
  /** Authors, people of the roster, in order (a participant writing an item is always one). */
  authorIds?: Array<string | number> | null | undefined;
  /** Body in Markdown (up to 100,000 characters); raw HTML is kept as text. */
  body: string;
  /** Competency areas. */
  competencyAreas?: Array<CompetencyArea> | null | undefined;
  /** Contributors, people of the roster, in order. */
  contributorIds?: Array<string | number> | null | undefined;
  /** The interviewee of an interview (the retiring official). */
  intervieweeId?: string | number | null | undefined;
  /** Best practice, video tutorial, FAQ, interview or procedure. */
  kind: KnowledgeKind;
  /** Links, absolute http(s) addresses (up to 20). */
  links?: Array<string> | null | undefined;
  /** The change project (action plan) it came from, by its number. */
  sourceActionPlanId?: number | null | undefined;
  /** The logged meeting it came from (its pair becomes the source pair). */
  sourceMentoringMeetingId?: string | number | null | undefined;
  /** The reverse-mentoring pair it came from. */
  sourceMentoringPairId?: string | number | null | undefined;
  /** Title (up to 200 characters). */
  title: string;
};

/** Which knowledge items to list; absent fields do not filter, several values of one field match any. */
export type KnowledgeItemFilter = {
  /** Only of these agencies. */
  agencyIds?: Array<string | number> | null | undefined;
  /** Only with an author of one of these generations. */
  authorGenerations?: Array<Generation> | null | undefined;
  /** Only about one of these competency areas. */
  competencyAreas?: Array<CompetencyArea> | null | undefined;
  /** Only of these kinds. */
  kinds?: Array<KnowledgeKind> | null | undefined;
  /** Only with this person as author, contributor or interviewee. */
  personId?: string | number | null | undefined;
  /** Only from this reverse-mentoring pair. */
  sourceMentoringPairId?: string | number | null | undefined;
  /** Only in these review states (the caller sees drafts and archived items only where allowed). */
  statuses?: Array<KnowledgeStatus> | null | undefined;
};

/** What kind of knowledge an item documents. */
export type KnowledgeKind =
  /** A best-practice report: what worked, where, and why. */
  | 'BEST_PRACTICE'
  /** A frequently asked question and its answer. */
  | 'FAQ'
  /** A documented interview, usually a mentor with a retiring official (the interviewee). */
  | 'INTERVIEW'
  /** A procedure (SOP): the steps of a piece of work. */
  | 'PROCEDURE'
  /** A video tutorial: the link to the video and its notes. */
  | 'VIDEO_TUTORIAL';

/** A knowledge item's review state: DRAFT → PUBLISHED → ARCHIVED. */
export type KnowledgeStatus =
  /** Withdrawn from reading; organizers and its authors still see it, and may publish it again. */
  | 'ARCHIVED'
  /** Being written: seen by its authors and contributors and the academy's organizers only. */
  | 'DRAFT'
  /** Open to every signed-in person of the academy and to tokens with knowledge:read. */
  | 'PUBLISHED';

/** A change of a draft or published knowledge item: every field is replaced. */
export type UpdateKnowledgeItemInput = {
  /** The new content and people. */
  fields: KnowledgeItemFields;
  /** Global id of the object to change. */
  id: string | number;
  /** The version that was read; a stale one is refused (object/stale-version). */
  version: number;
};

export type KnowledgeEditQueryVariables = Exact<{
  id: string | number;
}>;


export type KnowledgeEditQuery = { node:
    | { __typename: 'Academy', id: string }
    | { __typename: 'Account', id: string }
    | { __typename: 'Agency', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Assessment', id: string }
    | { __typename: 'Attendance', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BulkOperation', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'CohortGroup', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Facilitator', id: string }
    | { __typename: 'FacilitatorUnavailability', id: string }
    | { __typename: 'KnowledgeItem', kind: KnowledgeKind, title: string, body: string, links: Array<string>, competencyAreas: Array<CompetencyArea>, version: number, sourceActionPlanId: number | null, id: string, authors: Array<{ id: string, name: string }>, contributors: Array<{ id: string, name: string }>, interviewee: { id: string, name: string } | null, agency: { id: string } | null, sourceMentoringPair: { id: string } | null, sourceMentoringMeeting: { id: string } | null }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringPair', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'PersonImport', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'TrainingModule', id: string }
    | { __typename: 'Unavailability', id: string }
    | { __typename: 'Venue', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookSubscription', id: string }
   | null };

export type KnowledgePeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type KnowledgePeopleQuery = { persons: { nodes: Array<{ id: string, name: string, jobTitle: string | null, agency: { name: string } }> } };

export type CreateKnowledgeItemMutationVariables = Exact<{
  input: CreateKnowledgeItemInput;
}>;


export type CreateKnowledgeItemMutation = { createKnowledgeItem: { item: { id: string } | null, errors: Array<{ field: string | null, code: string }> } };

export type UpdateKnowledgeItemMutationVariables = Exact<{
  input: UpdateKnowledgeItemInput;
}>;


export type UpdateKnowledgeItemMutation = { updateKnowledgeItem: { item: { id: string, version: number } | null, errors: Array<{ field: string | null, code: string }> } };

export type KnowledgeListQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: KnowledgeItemFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type KnowledgeListQuery = { knowledgeItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: KnowledgeKind, title: string, summary: string, status: KnowledgeStatus, competencyAreas: Array<CompetencyArea>, authors: Array<{ id: string, name: string }>, interviewee: { id: string, name: string } | null }> } };

export type KnowledgeItemQueryVariables = Exact<{
  id: string | number;
}>;


export type KnowledgeItemQuery = { node:
    | { __typename: 'Academy', id: string }
    | { __typename: 'Account', id: string }
    | { __typename: 'Agency', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Assessment', id: string }
    | { __typename: 'Attendance', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BulkOperation', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'CohortGroup', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Facilitator', id: string }
    | { __typename: 'FacilitatorUnavailability', id: string }
    | { __typename: 'KnowledgeItem', kind: KnowledgeKind, title: string, bodyHtml: string, links: Array<string>, competencyAreas: Array<CompetencyArea>, status: KnowledgeStatus, publishedAt: string | null, id: string, authors: Array<{ id: string, name: string }>, contributors: Array<{ id: string, name: string }>, interviewee: { id: string, name: string } | null, sourceMentoringMeeting: { id: string, date: string } | null }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringPair', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonImport', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'TrainingModule', id: string }
    | { __typename: 'Unavailability', id: string }
    | { __typename: 'Venue', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookSubscription', id: string }
   | null };

export type PublishKnowledgeItemMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishKnowledgeItemMutation = { publishKnowledgeItem: { item: { id: string, status: KnowledgeStatus, publishedAt: string | null } | null, errors: Array<{ field: string | null, code: string }> } };

export type ArchiveKnowledgeItemMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveKnowledgeItemMutation = { archiveKnowledgeItem: { item: { id: string, status: KnowledgeStatus } | null, errors: Array<{ field: string | null, code: string }> } };

export type RetirementRiskListQueryVariables = Exact<{
  years: number;
}>;


export type RetirementRiskListQuery = { retirementRisk: { totalCount: number, nodes: Array<{ retirementAge: number, retirementDate: string, person: { id: string, name: string, jobTitle: string | null, eselonGroup: EselonGroup, agency: { name: string } } }> } };


export const KnowledgeEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"competencyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceMentoringPair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceMentoringMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionPlanId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeEditQuery, KnowledgeEditQueryVariables>;
export const KnowledgePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgePeopleQuery, KnowledgePeopleQueryVariables>;
export const CreateKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKnowledgeItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateKnowledgeItemMutation, CreateKnowledgeItemMutationVariables>;
export const UpdateKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKnowledgeItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateKnowledgeItemMutation, UpdateKnowledgeItemMutationVariables>;
export const KnowledgeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"competencyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeListQuery, KnowledgeListQueryVariables>;
export const KnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"competencyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceMentoringMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeItemQuery, KnowledgeItemQueryVariables>;
export const PublishKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PublishKnowledgeItemMutation, PublishKnowledgeItemMutationVariables>;
export const ArchiveKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveKnowledgeItemMutation, ArchiveKnowledgeItemMutationVariables>;
export const RetirementRiskListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetirementRiskList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirementRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"withinYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirementAge"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eselonGroup"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetirementRiskListQuery, RetirementRiskListQueryVariables>;