/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An external learning record. The person is given by id or by NIP. */
export type AddExternalLearningRecordInput = {
  /** The academy (admins). */
  academyId?: string | number | null | undefined;
  /** The Lintas cohort it was, if any: then it duplicates Lintas learning when the person holds a seat there, and is refused. */
  cohortId?: string | number | null | undefined;
  /** Last day, YYYY-MM-DD (the JP count in its year). */
  endDate: string;
  /** Link to the evidence. */
  evidenceUrl?: string | null | undefined;
  /** JP it is worth, 1–200. */
  jp: number;
  /** The person's NIP (when no personId); never echoed in errors. */
  nip?: string | null | undefined;
  /** The person. */
  personId?: string | number | null | undefined;
  /** Where the learning took place (platform or organizer). */
  source: string;
  /** First day, YYYY-MM-DD. */
  startDate: string;
  /** Title of the course or activity. */
  title: string;
};

/** A question of a unit's check. */
export type CheckQuestionInput = {
  /** The right choice, counted from 0. */
  answer: number;
  /** 2 to 5 choices. */
  choices: Array<string>;
  /** The question. */
  prompt: string;
};

/** Where a membership of a community stands. */
export type CommunityMembershipStatus =
  /** A member. */
  | 'ACTIVE'
  /** Asked to join; waits for a facilitator or an organizer. */
  | 'PENDING';

/** A member's part in a community. */
export type CommunityRole =
  /** Leads it: approves members, schedules meetings, adds units. */
  | 'FACILITATOR'
  /** Takes part. */
  | 'MEMBER';

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

/** A participant's answers to a unit's check. */
export type CompleteMicroLearningInput = {
  /** The chosen choice of each question, in order, counted from 0. */
  answers: Array<number>;
  /** The unit. */
  unitId: string | number;
};

/** A new community of practice. */
export type CreateCommunityInput = {
  /** The academy (admins; organizers create in their own). */
  academyId?: string | number | null | undefined;
  /** The competency it focuses on. */
  competencyArea: CompetencyArea;
  /** What it is about (up to 2000 characters, plain text). */
  description?: string | null | undefined;
  /** People of the academy who facilitate it (may be empty). */
  facilitatorIds: Array<string | number>;
  /** Name (up to 200 characters). */
  name: string;
  /** Joining waits for a facilitator's approval (default false). */
  requiresApproval?: boolean | null | undefined;
};

/** A new micro-learning unit. */
export type CreateMicroLearningUnitInput = {
  /** The material as a short plain text (up to 4000 characters). */
  body?: string | null | undefined;
  /** The community. */
  communityId: string | number;
  /** Minutes it takes, 1–15. */
  minutes: number;
  /** The check: 1 to 3 questions. */
  questions: Array<CheckQuestionInput>;
  /** Title. */
  title: string;
  /** Link to the material (a link or a text is required). */
  url?: string | null | undefined;
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

/** Who joins which community. */
export type JoinCommunityInput = {
  /** Staff only: add the person as a facilitator. */
  asFacilitator?: boolean | null | undefined;
  /** The community. */
  communityId: string | number;
  /** The person (staff add anyone of the academy; a participant joins themselves and leaves it out). */
  personId?: string | number | null | undefined;
};

/** A meeting of a community. */
export type ScheduleCommunityMeetingInput = {
  /** The community. */
  communityId: string | number;
  /** End (ISO 8601 instant), after the start. */
  endsAt: string;
  /** Schedule despite hard conflicts (not one that ends before it starts). */
  force?: boolean | null | undefined;
  /** Link of an online meeting. */
  onlineUrl?: string | null | undefined;
  /** Start (ISO 8601 instant). */
  startsAt: string;
  /** What the meeting is about. */
  title: string;
  /** A venue of the academy; absent for an online meeting. */
  venueId?: string | number | null | undefined;
};

export type CommunitiesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesPageQuery = { communities: { totalCount: number, nodes: Array<{ id: string, name: string, competencyArea: CompetencyArea, requiresApproval: boolean, memberCount: number }> } };

export type CommunityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityDetailQuery = { node:
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
    | { __typename: 'Community', name: string, description: string | null, id: string, members: { nodes: Array<{ id: string, role: CommunityRole, status: CommunityMembershipStatus, person: { id: string, name: string, eselonGroup: EselonGroup, generation: Generation | null } }> }, units: { nodes: Array<{ id: string, title: string, minutes: number, completions: number, authorName: string | null }> }, meetings: { nodes: Array<{ id: string, title: string, startsAt: string, endsAt: string, onlineUrl: string | null }> }, threads: { totalCount: number, nodes: Array<{ id: string, title: string, authorName: string }> } }
    | { __typename: 'CommunityMeeting', id: string }
    | { __typename: 'CommunityMember', id: string }
    | { __typename: 'CommunityPost', id: string }
    | { __typename: 'CommunityThread', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'ExternalLearningRecord', id: string }
    | { __typename: 'Facilitator', id: string }
    | { __typename: 'FacilitatorUnavailability', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringPair', id: string }
    | { __typename: 'MicroLearningUnit', id: string }
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

export type CommunityPeopleSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CommunityPeopleSearchQuery = { persons: { nodes: Array<{ id: string, name: string, eselonGroup: EselonGroup, generation: Generation | null }> } };

export type CreateCommunityMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;


export type CreateCommunityMutation = { createCommunity: { community: { id: string, name: string } | null, errors: Array<{ field: string | null, code: string }> } };

export type AddCommunityMemberMutationVariables = Exact<{
  input: JoinCommunityInput;
}>;


export type AddCommunityMemberMutation = { joinCommunity: { member: { id: string, status: CommunityMembershipStatus } | null, errors: Array<{ field: string | null, code: string }> } };

export type ApproveCommunityMemberMutationVariables = Exact<{
  memberId: string | number;
  approve?: boolean | null | undefined;
}>;


export type ApproveCommunityMemberMutation = { approveCommunityMember: { member: { id: string, status: CommunityMembershipStatus } | null, errors: Array<{ field: string | null, code: string }> } };

export type CreateMicroLearningUnitMutationVariables = Exact<{
  input: CreateMicroLearningUnitInput;
}>;


export type CreateMicroLearningUnitMutation = { createMicroLearningUnit: { unit: { id: string, title: string } | null, errors: Array<{ field: string | null, code: string }> } };

export type ScheduleCommunityMeetingMutationVariables = Exact<{
  input: ScheduleCommunityMeetingInput;
}>;


export type ScheduleCommunityMeetingMutation = { scheduleCommunityMeeting: { meeting: { id: string } | null, issues: Array<{ code: string, message: string, params: { otherCohortCode: string | null, personCount: number | null } }>, errors: Array<{ field: string | null, code: string }> } };

export type CommunityMixChartQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityMixChartQuery = { communityMix: { communities: number, byGeneration: Array<{ generation: Generation | null, members: number, activeMembers: number, postsAuthored: number, unitsAuthored: number, unitsConsumed: number, consumedFromOtherGenerations: number }>, byEselon: Array<{ group: EselonGroup, members: number, activeMembers: number }> } };

export type LearningRecordsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningRecordsPageQuery = { externalLearningRecords: { totalCount: number, nodes: Array<{ id: string, source: string, title: string, startDate: string, endDate: string, jp: number, evidenceUrl: string | null, person: { id: string, name: string } }> } };

export type LearningRecordPeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type LearningRecordPeopleQuery = { persons: { nodes: Array<{ id: string, name: string }> } };

export type AddExternalLearningRecordMutationVariables = Exact<{
  input: AddExternalLearningRecordInput;
}>;


export type AddExternalLearningRecordMutation = { addExternalLearningRecord: { record: { id: string } | null, errors: Array<{ field: string | null, code: string }> } };

export type ImportLearningRecordsMutationVariables = Exact<{
  csv: string;
  dryRun?: boolean | null | undefined;
}>;


export type ImportLearningRecordsMutation = { importLearningRecords: { dryRun: boolean, totalRows: number, validRows: number, created: number, rowErrors: Array<{ row: number, field: string | null, code: string }>, errors: Array<{ field: string | null, code: string }> } };

export type MyCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCommunitiesQuery = { viewer: { person: { id: string, jpEarned: { microLearning: number, microLearningMinutes: number } } | null } | null, communities: { nodes: Array<{ id: string, name: string, competencyArea: CompetencyArea, description: string | null, requiresApproval: boolean, memberCount: number, myMembership: { id: string, status: CommunityMembershipStatus } | null, meetings: { nodes: Array<{ id: string, title: string, startsAt: string, onlineUrl: string | null }> }, units: { nodes: Array<{ id: string, title: string, minutes: number, url: string | null, body: string | null, completedByMe: boolean, questions: Array<{ prompt: string, choices: Array<string> }> }> } }> } };

export type JoinMyCommunityMutationVariables = Exact<{
  input: JoinCommunityInput;
}>;


export type JoinMyCommunityMutation = { joinCommunity: { member: { id: string, status: CommunityMembershipStatus } | null, errors: Array<{ field: string | null, code: string }> } };

export type CompleteMyUnitMutationVariables = Exact<{
  input: CompleteMicroLearningInput;
}>;


export type CompleteMyUnitMutation = { completeMicroLearning: { minutesEarned: number, unit: { id: string, completedByMe: boolean } | null, errors: Array<{ field: string | null, code: string }> } };


export const CommunitiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunitiesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencyArea"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]} as unknown as DocumentNode<CommunitiesPageQuery, CommunitiesPageQueryVariables>;
export const CommunityDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eselonGroup"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunityDetailQuery, CommunityDetailQueryVariables>;
export const CommunityPeopleSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityPeopleSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eselonGroup"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}}]}}]}}]}}]} as unknown as DocumentNode<CommunityPeopleSearchQuery, CommunityPeopleSearchQueryVariables>;
export const CreateCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCommunityMutation, CreateCommunityMutationVariables>;
export const AddCommunityMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCommunityMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddCommunityMemberMutation, AddCommunityMemberMutationVariables>;
export const ApproveCommunityMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCommunityMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCommunityMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveCommunityMemberMutation, ApproveCommunityMemberMutationVariables>;
export const CreateMicroLearningUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMicroLearningUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMicroLearningUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMicroLearningUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMicroLearningUnitMutation, CreateMicroLearningUnitMutationVariables>;
export const ScheduleCommunityMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCommunityMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleCommunityMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCommunityMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"otherCohortCode"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleCommunityMeetingMutation, ScheduleCommunityMeetingMutationVariables>;
export const CommunityMixChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityMixChart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityMix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"byGeneration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"postsAuthored"}},{"kind":"Field","name":{"kind":"Name","value":"unitsAuthored"}},{"kind":"Field","name":{"kind":"Name","value":"unitsConsumed"}},{"kind":"Field","name":{"kind":"Name","value":"consumedFromOtherGenerations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEselon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}}]}}]}}]}}]} as unknown as DocumentNode<CommunityMixChartQuery, CommunityMixChartQueryVariables>;
export const LearningRecordsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningRecordsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalLearningRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"jp"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LearningRecordsPageQuery, LearningRecordsPageQueryVariables>;
export const LearningRecordPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningRecordPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LearningRecordPeopleQuery, LearningRecordPeopleQueryVariables>;
export const AddExternalLearningRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddExternalLearningRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddExternalLearningRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addExternalLearningRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddExternalLearningRecordMutation, AddExternalLearningRecordMutationVariables>;
export const ImportLearningRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportLearningRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLearningRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"validRows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportLearningRecordsMutation, ImportLearningRecordsMutationVariables>;
export const MyCommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCommunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jpEarned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microLearning"}},{"kind":"Field","name":{"kind":"Name","value":"microLearningMinutes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencyArea"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"completedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCommunitiesQuery, MyCommunitiesQueryVariables>;
export const JoinMyCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinMyCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<JoinMyCommunityMutation, JoinMyCommunityMutationVariables>;
export const CompleteMyUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMyUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMicroLearningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMicroLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutesEarned"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedByMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteMyUnitMutation, CompleteMyUnitMutationVariables>;