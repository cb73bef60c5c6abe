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
    "\n  query KnowledgeEdit($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title body links competencyAreas version\n        authors { id name } contributors { id name } interviewee { id name }\n        agency { id } sourceMentoringPair { id } sourceMentoringMeeting { id } sourceActionPlanId\n      }\n      ... on Person { name }\n    }\n  }\n": typeof types.KnowledgeEditDocument,
    "\n  query KnowledgePeople($search: String) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { name } } }\n  }\n": typeof types.KnowledgePeopleDocument,
    "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { item { id } errors { field code } } }\n": typeof types.CreateKnowledgeItemDocument,
    "\n  mutation UpdateKnowledgeItem($input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $input) { item { id version } errors { field code } } }\n": typeof types.UpdateKnowledgeItemDocument,
    "\n  query KnowledgeList($search: String, $filter: KnowledgeItemFilter, $after: String) {\n    knowledgeItems(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind title summary status competencyAreas authors { id name } interviewee { id name } }\n    }\n  }\n": typeof types.KnowledgeListDocument,
    "\n  query KnowledgeItem($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title bodyHtml links competencyAreas status publishedAt\n        authors { id name } contributors { id name } interviewee { id name } sourceMentoringMeeting { id date }\n      }\n    }\n  }\n": typeof types.KnowledgeItemDocument,
    "\n  mutation PublishKnowledgeItem($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }\n": typeof types.PublishKnowledgeItemDocument,
    "\n  mutation ArchiveKnowledgeItem($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }\n": typeof types.ArchiveKnowledgeItemDocument,
    "\n  query RetirementRiskList($years: Int!) {\n    retirementRisk(filter: { withinYears: $years }, first: 50) {\n      totalCount\n      nodes { retirementAge retirementDate person { id name jobTitle eselonGroup agency { name } } }\n    }\n  }\n": typeof types.RetirementRiskListDocument,
};
const documents: Documents = {
    "\n  query KnowledgeEdit($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title body links competencyAreas version\n        authors { id name } contributors { id name } interviewee { id name }\n        agency { id } sourceMentoringPair { id } sourceMentoringMeeting { id } sourceActionPlanId\n      }\n      ... on Person { name }\n    }\n  }\n": types.KnowledgeEditDocument,
    "\n  query KnowledgePeople($search: String) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { name } } }\n  }\n": types.KnowledgePeopleDocument,
    "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { item { id } errors { field code } } }\n": types.CreateKnowledgeItemDocument,
    "\n  mutation UpdateKnowledgeItem($input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $input) { item { id version } errors { field code } } }\n": types.UpdateKnowledgeItemDocument,
    "\n  query KnowledgeList($search: String, $filter: KnowledgeItemFilter, $after: String) {\n    knowledgeItems(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind title summary status competencyAreas authors { id name } interviewee { id name } }\n    }\n  }\n": types.KnowledgeListDocument,
    "\n  query KnowledgeItem($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title bodyHtml links competencyAreas status publishedAt\n        authors { id name } contributors { id name } interviewee { id name } sourceMentoringMeeting { id date }\n      }\n    }\n  }\n": types.KnowledgeItemDocument,
    "\n  mutation PublishKnowledgeItem($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }\n": types.PublishKnowledgeItemDocument,
    "\n  mutation ArchiveKnowledgeItem($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }\n": types.ArchiveKnowledgeItemDocument,
    "\n  query RetirementRiskList($years: Int!) {\n    retirementRisk(filter: { withinYears: $years }, first: 50) {\n      totalCount\n      nodes { retirementAge retirementDate person { id name jobTitle eselonGroup agency { name } } }\n    }\n  }\n": types.RetirementRiskListDocument,
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
export function graphql(source: "\n  query KnowledgeEdit($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title body links competencyAreas version\n        authors { id name } contributors { id name } interviewee { id name }\n        agency { id } sourceMentoringPair { id } sourceMentoringMeeting { id } sourceActionPlanId\n      }\n      ... on Person { name }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeEdit($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title body links competencyAreas version\n        authors { id name } contributors { id name } interviewee { id name }\n        agency { id } sourceMentoringPair { id } sourceMentoringMeeting { id } sourceActionPlanId\n      }\n      ... on Person { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePeople($search: String) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { name } } }\n  }\n"): (typeof documents)["\n  query KnowledgePeople($search: String) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { item { id } errors { field code } } }\n"): (typeof documents)["\n  mutation CreateKnowledgeItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { item { id } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKnowledgeItem($input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $input) { item { id version } errors { field code } } }\n"): (typeof documents)["\n  mutation UpdateKnowledgeItem($input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $input) { item { id version } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeList($search: String, $filter: KnowledgeItemFilter, $after: String) {\n    knowledgeItems(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind title summary status competencyAreas authors { id name } interviewee { id name } }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeList($search: String, $filter: KnowledgeItemFilter, $after: String) {\n    knowledgeItems(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind title summary status competencyAreas authors { id name } interviewee { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeItem($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title bodyHtml links competencyAreas status publishedAt\n        authors { id name } contributors { id name } interviewee { id name } sourceMentoringMeeting { id date }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeItem($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title bodyHtml links competencyAreas status publishedAt\n        authors { id name } contributors { id name } interviewee { id name } sourceMentoringMeeting { id date }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishKnowledgeItem($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }\n"): (typeof documents)["\n  mutation PublishKnowledgeItem($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveKnowledgeItem($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }\n"): (typeof documents)["\n  mutation ArchiveKnowledgeItem($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetirementRiskList($years: Int!) {\n    retirementRisk(filter: { withinYears: $years }, first: 50) {\n      totalCount\n      nodes { retirementAge retirementDate person { id name jobTitle eselonGroup agency { name } } }\n    }\n  }\n"): (typeof documents)["\n  query RetirementRiskList($years: Int!) {\n    retirementRisk(filter: { withinYears: $years }, first: 50) {\n      totalCount\n      nodes { retirementAge retirementDate person { id name jobTitle eselonGroup agency { name } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;