import { DataVersion } from './data-version.entity.js';
import { Node } from './node.entity.js';
import { Archivable } from './archivable.entity.js';
import { Academy } from '../features/academies/academy.entity.js';
import { Agency } from '../features/academies/agency.entity.js';
import { Person } from '../features/persons/person.entity.js';
import { Program } from '../features/programs/program.entity.js';
import { TrainingModule } from '../features/programs/training-module.entity.js';
import { Cohort } from '../features/cohorts/cohort.entity.js';
import { Venue } from '../features/cohorts/venue.entity.js';
import { Facilitator } from '../features/cohorts/facilitator.entity.js';
import { Session } from '../features/sessions/session.entity.js';
import { Enrollment } from '../features/enrollments/enrollment.entity.js';
import { Attendance } from '../features/attendance/attendance.entity.js';
import { Account } from '../features/accounts/account.entity.js';
import { ApiToken } from '../features/accounts/api-token.entity.js';
import { AuthSession } from '../features/accounts/auth-session.entity.js';
import { Invitation } from '../features/accounts/invitation.entity.js';
import { AuditEvent } from '../features/audit/audit-event.entity.js';
import { RateBucket } from '../features/audit/rate-bucket.entity.js';
import { FacilitatorUnavailability, Unavailability, UnavailableWindow } from '../features/persons/unavailability.entity.js';
import { CalendarFeed } from '../features/sessions/calendar-feed.entity.js';
import { MentoringMeeting, MentoringPair } from '../features/mentoring/mentoring-pair.entity.js';
import { Assessment } from '../features/assessments/assessment.entity.js';
import { BulkOperation } from '../features/bulk/bulk-operation.entity.js';
import { WebhookSubscription } from '../features/webhooks/webhook-subscription.entity.js';
import { WebhookDelivery, WebhookEvent } from '../features/webhooks/webhook-delivery.entity.js';

/** The node types, by GraphQL type name, for `Query.node` and global ids. */
export const NODE_TYPES = {
  Academy, Agency, Person, Program, TrainingModule, Cohort, Venue, Facilitator, Session, Enrollment, Attendance,
  Account, ApiToken, AuditEvent, Unavailability, FacilitatorUnavailability, MentoringPair, MentoringMeeting, Assessment, BulkOperation, WebhookSubscription, WebhookDelivery,
} as const;

export const ENTITIES = [Node, Archivable, UnavailableWindow, ...Object.values(NODE_TYPES), AuthSession, Invitation, RateBucket, CalendarFeed, WebhookEvent, DataVersion];
