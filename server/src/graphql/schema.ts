import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import './enums.js';
import { AcademyResolver, AgencyResolver, FacilitatorResolver, VenueResolver } from '../features/academies/academy.resolver.js';
import { AttendanceMutations, AttendanceResolver, EnrollmentProgressResolver } from '../features/attendance/attendance.resolver.js';
import { CohortResolver } from '../features/cohorts/cohort.resolver.js';
import { EnrollmentResolver } from '../features/enrollments/enrollment.resolver.js';
import { PersonResolver } from '../features/persons/person.resolver.js';
import { ProgramResolver, TrainingModuleResolver } from '../features/programs/program.resolver.js';
import { SessionResolver } from '../features/sessions/session.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { ArchiveResolver } from '../features/catalogue/archive.resolver.js';
import { SetupResolver } from '../features/catalogue/setup.resolver.js';
import { AccountResolver } from '../features/accounts/account.resolver.js';
import { ApiTokenResolver } from '../features/accounts/api-token.resolver.js';
import { AuditResolver } from '../features/audit/audit.resolver.js';
import { PersonPrivacyResolver } from '../features/persons/person-privacy.resolver.js';
import { authChecker } from './auth-checker.js';
import { ParticipationResolver } from '../features/reports/participation.resolver.js';
import { ComplianceResolver, JpComplianceResolver } from '../features/reports/compliance.resolver.js';
import { AttendanceSheetResolver } from '../features/reports/attendance-sheet.resolver.js';
import { MentoringResolver } from '../features/mentoring/mentoring.resolver.js';
import { AssessmentResolver } from '../features/assessments/assessment.resolver.js';
import { ScheduleResolver } from '../features/sessions/schedule.resolver.js';
import { FacilitatorUnavailabilityResolver, UnavailabilityResolver } from '../features/persons/unavailability.resolver.js';
import { BulkOperationResolver } from '../features/bulk/bulk.resolver.js';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from '../features/webhooks/webhook.resolver.js';

export const RESOLVERS = [
  NodeResolver, AcademyResolver, AgencyResolver, VenueResolver, FacilitatorResolver, PersonResolver, ProgramResolver,
  TrainingModuleResolver, CohortResolver, EnrollmentResolver, SessionResolver, AttendanceResolver, AccountResolver,
  ApiTokenResolver, AuditResolver, PersonPrivacyResolver, ScheduleResolver, UnavailabilityResolver, FacilitatorUnavailabilityResolver,
  AttendanceMutations, EnrollmentProgressResolver, MentoringResolver, AssessmentResolver,
  ParticipationResolver, ComplianceResolver, JpComplianceResolver, AttendanceSheetResolver, BulkOperationResolver, WebhookSubscriptionResolver, WebhookDeliveryResolver,
  ArchiveResolver, SetupResolver,
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
