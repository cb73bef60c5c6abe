/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CommunitiesPage {\n    communities(first: 100) { totalCount nodes { id name competencyArea requiresApproval memberCount } }\n  }\n": typeof types.CommunitiesPageDocument,
    "\n  query CommunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Community {\n        name description\n        members(first: 100) { nodes { id role status person { id name eselonGroup generation } } }\n        units(first: 50) { nodes { id title minutes completions authorName } }\n        meetings(first: 50) { nodes { id title startsAt endsAt onlineUrl } }\n        threads(first: 20) { totalCount nodes { id title authorName } }\n      }\n    }\n  }\n": typeof types.CommunityDetailDocument,
    "\n  query CommunityPeopleSearch($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name eselonGroup generation } } }\n": typeof types.CommunityPeopleSearchDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } errors { field code } } }\n": typeof types.CreateCommunityDocument,
    "\n  mutation AddCommunityMember($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n": typeof types.AddCommunityMemberDocument,
    "\n  mutation ApproveCommunityMember($memberId: ID!, $approve: Boolean) { approveCommunityMember(memberId: $memberId, approve: $approve) { member { id status } errors { field code } } }\n": typeof types.ApproveCommunityMemberDocument,
    "\n  mutation CreateMicroLearningUnit($input: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $input) { unit { id title } errors { field code } } }\n": typeof types.CreateMicroLearningUnitDocument,
    "\n  mutation ScheduleCommunityMeeting($input: ScheduleCommunityMeetingInput!) {\n    scheduleCommunityMeeting(input: $input) { meeting { id } issues { code message params { otherCohortCode personCount } } errors { field code } }\n  }\n": typeof types.ScheduleCommunityMeetingDocument,
    "\n  query CommunityMixChart {\n    communityMix {\n      communities\n      byGeneration { generation members activeMembers postsAuthored unitsAuthored unitsConsumed consumedFromOtherGenerations }\n      byEselon { group members activeMembers }\n    }\n  }\n": typeof types.CommunityMixChartDocument,
    "\n  query LearningRecordsPage { externalLearningRecords(first: 100) { totalCount nodes { id source title startDate endDate jp evidenceUrl person { id name } } } }\n": typeof types.LearningRecordsPageDocument,
    "\n  query LearningRecordPeople($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name } } }\n": typeof types.LearningRecordPeopleDocument,
    "\n  mutation AddExternalLearningRecord($input: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $input) { record { id } errors { field code } } }\n": typeof types.AddExternalLearningRecordDocument,
    "\n  mutation ImportLearningRecords($csv: String!, $dryRun: Boolean) {\n    importLearningRecords(csv: $csv, dryRun: $dryRun) { dryRun totalRows validRows created rowErrors { row field code } errors { field code } }\n  }\n": typeof types.ImportLearningRecordsDocument,
    "\n  query MyCommunities {\n    viewer { person { id jpEarned { microLearning microLearningMinutes } } }\n    communities(first: 50) {\n      nodes {\n        id name competencyArea description requiresApproval memberCount\n        myMembership { id status }\n        meetings(first: 3) { nodes { id title startsAt onlineUrl } }\n        units(first: 30) { nodes { id title minutes url body completedByMe questions { prompt choices } } }\n      }\n    }\n  }\n": typeof types.MyCommunitiesDocument,
    "\n  mutation JoinMyCommunity($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n": typeof types.JoinMyCommunityDocument,
    "\n  mutation CompleteMyUnit($input: CompleteMicroLearningInput!) { completeMicroLearning(input: $input) { minutesEarned unit { id completedByMe } errors { field code } } }\n": typeof types.CompleteMyUnitDocument,
};
const documents: Documents = {
    "\n  query CommunitiesPage {\n    communities(first: 100) { totalCount nodes { id name competencyArea requiresApproval memberCount } }\n  }\n": types.CommunitiesPageDocument,
    "\n  query CommunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Community {\n        name description\n        members(first: 100) { nodes { id role status person { id name eselonGroup generation } } }\n        units(first: 50) { nodes { id title minutes completions authorName } }\n        meetings(first: 50) { nodes { id title startsAt endsAt onlineUrl } }\n        threads(first: 20) { totalCount nodes { id title authorName } }\n      }\n    }\n  }\n": types.CommunityDetailDocument,
    "\n  query CommunityPeopleSearch($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name eselonGroup generation } } }\n": types.CommunityPeopleSearchDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } errors { field code } } }\n": types.CreateCommunityDocument,
    "\n  mutation AddCommunityMember($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n": types.AddCommunityMemberDocument,
    "\n  mutation ApproveCommunityMember($memberId: ID!, $approve: Boolean) { approveCommunityMember(memberId: $memberId, approve: $approve) { member { id status } errors { field code } } }\n": types.ApproveCommunityMemberDocument,
    "\n  mutation CreateMicroLearningUnit($input: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $input) { unit { id title } errors { field code } } }\n": types.CreateMicroLearningUnitDocument,
    "\n  mutation ScheduleCommunityMeeting($input: ScheduleCommunityMeetingInput!) {\n    scheduleCommunityMeeting(input: $input) { meeting { id } issues { code message params { otherCohortCode personCount } } errors { field code } }\n  }\n": types.ScheduleCommunityMeetingDocument,
    "\n  query CommunityMixChart {\n    communityMix {\n      communities\n      byGeneration { generation members activeMembers postsAuthored unitsAuthored unitsConsumed consumedFromOtherGenerations }\n      byEselon { group members activeMembers }\n    }\n  }\n": types.CommunityMixChartDocument,
    "\n  query LearningRecordsPage { externalLearningRecords(first: 100) { totalCount nodes { id source title startDate endDate jp evidenceUrl person { id name } } } }\n": types.LearningRecordsPageDocument,
    "\n  query LearningRecordPeople($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name } } }\n": types.LearningRecordPeopleDocument,
    "\n  mutation AddExternalLearningRecord($input: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $input) { record { id } errors { field code } } }\n": types.AddExternalLearningRecordDocument,
    "\n  mutation ImportLearningRecords($csv: String!, $dryRun: Boolean) {\n    importLearningRecords(csv: $csv, dryRun: $dryRun) { dryRun totalRows validRows created rowErrors { row field code } errors { field code } }\n  }\n": types.ImportLearningRecordsDocument,
    "\n  query MyCommunities {\n    viewer { person { id jpEarned { microLearning microLearningMinutes } } }\n    communities(first: 50) {\n      nodes {\n        id name competencyArea description requiresApproval memberCount\n        myMembership { id status }\n        meetings(first: 3) { nodes { id title startsAt onlineUrl } }\n        units(first: 30) { nodes { id title minutes url body completedByMe questions { prompt choices } } }\n      }\n    }\n  }\n": types.MyCommunitiesDocument,
    "\n  mutation JoinMyCommunity($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n": types.JoinMyCommunityDocument,
    "\n  mutation CompleteMyUnit($input: CompleteMicroLearningInput!) { completeMicroLearning(input: $input) { minutesEarned unit { id completedByMe } errors { field code } } }\n": types.CompleteMyUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitiesPage {\n    communities(first: 100) { totalCount nodes { id name competencyArea requiresApproval memberCount } }\n  }\n"): (typeof documents)["\n  query CommunitiesPage {\n    communities(first: 100) { totalCount nodes { id name competencyArea requiresApproval memberCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Community {\n        name description\n        members(first: 100) { nodes { id role status person { id name eselonGroup generation } } }\n        units(first: 50) { nodes { id title minutes completions authorName } }\n        meetings(first: 50) { nodes { id title startsAt endsAt onlineUrl } }\n        threads(first: 20) { totalCount nodes { id title authorName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Community {\n        name description\n        members(first: 100) { nodes { id role status person { id name eselonGroup generation } } }\n        units(first: 50) { nodes { id title minutes completions authorName } }\n        meetings(first: 50) { nodes { id title startsAt endsAt onlineUrl } }\n        threads(first: 20) { totalCount nodes { id title authorName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPeopleSearch($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name eselonGroup generation } } }\n"): (typeof documents)["\n  query CommunityPeopleSearch($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name eselonGroup generation } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } errors { field code } } }\n"): (typeof documents)["\n  mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommunityMember($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n"): (typeof documents)["\n  mutation AddCommunityMember($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCommunityMember($memberId: ID!, $approve: Boolean) { approveCommunityMember(memberId: $memberId, approve: $approve) { member { id status } errors { field code } } }\n"): (typeof documents)["\n  mutation ApproveCommunityMember($memberId: ID!, $approve: Boolean) { approveCommunityMember(memberId: $memberId, approve: $approve) { member { id status } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMicroLearningUnit($input: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $input) { unit { id title } errors { field code } } }\n"): (typeof documents)["\n  mutation CreateMicroLearningUnit($input: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $input) { unit { id title } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleCommunityMeeting($input: ScheduleCommunityMeetingInput!) {\n    scheduleCommunityMeeting(input: $input) { meeting { id } issues { code message params { otherCohortCode personCount } } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ScheduleCommunityMeeting($input: ScheduleCommunityMeetingInput!) {\n    scheduleCommunityMeeting(input: $input) { meeting { id } issues { code message params { otherCohortCode personCount } } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMixChart {\n    communityMix {\n      communities\n      byGeneration { generation members activeMembers postsAuthored unitsAuthored unitsConsumed consumedFromOtherGenerations }\n      byEselon { group members activeMembers }\n    }\n  }\n"): (typeof documents)["\n  query CommunityMixChart {\n    communityMix {\n      communities\n      byGeneration { generation members activeMembers postsAuthored unitsAuthored unitsConsumed consumedFromOtherGenerations }\n      byEselon { group members activeMembers }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningRecordsPage { externalLearningRecords(first: 100) { totalCount nodes { id source title startDate endDate jp evidenceUrl person { id name } } } }\n"): (typeof documents)["\n  query LearningRecordsPage { externalLearningRecords(first: 100) { totalCount nodes { id source title startDate endDate jp evidenceUrl person { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningRecordPeople($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name } } }\n"): (typeof documents)["\n  query LearningRecordPeople($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddExternalLearningRecord($input: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $input) { record { id } errors { field code } } }\n"): (typeof documents)["\n  mutation AddExternalLearningRecord($input: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $input) { record { id } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLearningRecords($csv: String!, $dryRun: Boolean) {\n    importLearningRecords(csv: $csv, dryRun: $dryRun) { dryRun totalRows validRows created rowErrors { row field code } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ImportLearningRecords($csv: String!, $dryRun: Boolean) {\n    importLearningRecords(csv: $csv, dryRun: $dryRun) { dryRun totalRows validRows created rowErrors { row field code } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommunities {\n    viewer { person { id jpEarned { microLearning microLearningMinutes } } }\n    communities(first: 50) {\n      nodes {\n        id name competencyArea description requiresApproval memberCount\n        myMembership { id status }\n        meetings(first: 3) { nodes { id title startsAt onlineUrl } }\n        units(first: 30) { nodes { id title minutes url body completedByMe questions { prompt choices } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCommunities {\n    viewer { person { id jpEarned { microLearning microLearningMinutes } } }\n    communities(first: 50) {\n      nodes {\n        id name competencyArea description requiresApproval memberCount\n        myMembership { id status }\n        meetings(first: 3) { nodes { id title startsAt onlineUrl } }\n        units(first: 30) { nodes { id title minutes url body completedByMe questions { prompt choices } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinMyCommunity($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n"): (typeof documents)["\n  mutation JoinMyCommunity($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMyUnit($input: CompleteMicroLearningInput!) { completeMicroLearning(input: $input) { minutesEarned unit { id completedByMe } errors { field code } } }\n"): (typeof documents)["\n  mutation CompleteMyUnit($input: CompleteMicroLearningInput!) { completeMicroLearning(input: $input) { minutesEarned unit { id completedByMe } errors { field code } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;