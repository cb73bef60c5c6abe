import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import '../graphql/enums.js';
import { AcademyResolver, AgencyResolver, FacilitatorResolver, VenueResolver } from './academies/academy.resolver.js';
import { AttendanceMutations, AttendanceResolver, EnrollmentProgressResolver } from './attendance/attendance.resolver.js';
import { CohortResolver } from './cohorts/cohort.resolver.js';
import { EnrollmentResolver } from './enrollments/enrollment.resolver.js';
import { PersonResolver } from './persons/person.resolver.js';
import { PersonImportResolver } from './persons/person-import.resolver.js';
import { ProgramResolver, TrainingModuleResolver } from './programs/program.resolver.js';
import { SessionResolver } from './sessions/session.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { ArchiveResolver } from './catalogue/archive.resolver.js';
import { SetupResolver } from './catalogue/setup.resolver.js';
import { AccountResolver } from './accounts/account.resolver.js';
import { ApiTokenResolver } from './accounts/api-token.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { PersonPrivacyResolver } from './persons/person-privacy.resolver.js';
import { authChecker } from '../graphql/auth-checker.js';
import { ParticipationResolver } from './reports/participation.resolver.js';
import { GainResolver } from './reports/gain.resolver.js';
import { ComplianceResolver, JpComplianceResolver } from './reports/compliance.resolver.js';
import { AttendanceSheetResolver } from './reports/attendance-sheet.resolver.js';
import { MentoringResolver } from './mentoring/mentoring.resolver.js';
import { AssessmentResolver } from './assessments/assessment.resolver.js';
import { ScheduleResolver } from './sessions/schedule.resolver.js';
import { FacilitatorUnavailabilityResolver, UnavailabilityResolver } from './persons/unavailability.resolver.js';
import { CohortGroupResolver, GroupMixResolver } from './groups/groups.resolver.js';
import { BulkOperationResolver } from './bulk/bulk.resolver.js';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from './webhooks/webhook.resolver.js';
import { CohortQuotaResolver, NominationResolver } from './nominations/nomination.resolver.js';
import { CertificateResolver, EnrollmentCertificateResolver, PersonCertificateResolver } from './certificates/certificate.resolver.js';
import { NotificationResolver, PersonNoticeResolver } from './notices/notice.resolver.js';
import { ActionPlanResolver, EnrollmentActionPlanResolver, FacilitatorPersonResolver } from './action-plans/action-plan.resolver.js';
import { EvaluationFormResolver } from './evaluations/evaluation.resolver.js';
import { KnowledgeResolver } from './knowledge/knowledge.resolver.js';
import { CommunityMeetingResolver, CommunityMemberResolver, CommunityResolver, CommunityThreadResolver, MicroLearningUnitResolver } from './communities/community.resolver.js';
import { ExternalLearningRecordResolver, JpComplianceSourcesResolver, PersonJpResolver } from './communities/learning-record.resolver.js';

export const RESOLVERS = [
  NodeResolver, AcademyResolver, AgencyResolver, VenueResolver, FacilitatorResolver, PersonResolver, ProgramResolver,
  TrainingModuleResolver, CohortResolver, EnrollmentResolver, SessionResolver, AttendanceResolver, AccountResolver,
  ApiTokenResolver, AuditResolver, PersonPrivacyResolver, ScheduleResolver, UnavailabilityResolver, FacilitatorUnavailabilityResolver,
  AttendanceMutations, EnrollmentProgressResolver, MentoringResolver, AssessmentResolver,
  ParticipationResolver, GainResolver, ComplianceResolver, JpComplianceResolver, AttendanceSheetResolver, BulkOperationResolver, WebhookSubscriptionResolver, WebhookDeliveryResolver,
  ArchiveResolver, SetupResolver, PersonImportResolver, CohortGroupResolver, GroupMixResolver, NotificationResolver, PersonNoticeResolver,
  NominationResolver, CohortQuotaResolver, ActionPlanResolver, EnrollmentActionPlanResolver, FacilitatorPersonResolver, EvaluationFormResolver,
  CertificateResolver, EnrollmentCertificateResolver, PersonCertificateResolver, KnowledgeResolver,
  CommunityResolver, CommunityMemberResolver, CommunityMeetingResolver, CommunityThreadResolver, MicroLearningUnitResolver,
  ExternalLearningRecordResolver, PersonJpResolver, JpComplianceSourcesResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The code-first schema; its SDL is committed as server/schema.graphql. */
export function lintasSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    validate: false,
    authChecker,
    authMode: 'error',
    emitSchemaFile: false,
  }).then(describeRoots);
  return schema;
}

/** TypeGraphQL takes no description for the root types; integrators read these first in a schema browser. */
function describeRoots(built: GraphQLSchema): GraphQLSchema {
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  if (query) {
    query.description = 'Reads. Every list is a Relay connection (`first` 1–100 required, `after`); objects are reached by global id through `node(id:)`. '
      + 'Each query has a cost (a connection costs `first` × its children), charged to the caller\'s budget and reported in `extensions.cost`.';
  }
  if (mutation) {
    mutation.description = 'Writes. Expected business failures come back in the payload\'s `errors` (`field`, `code`, `message`) and nothing is written; '
      + 'authentication and malformed requests are top-level errors with `extensions.code`.';
  }
  return built;
}
