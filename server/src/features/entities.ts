import { AcademyVersion, DataVersion, DataVersionMark } from '../db/data-version.entity.js';
import { Node } from '../graphql/node.entity.js';
import { Archivable } from '../graphql/archivable.entity.js';
import { Academy } from './academies/academy.entity.js';
import { Agency } from './academies/agency.entity.js';
import { Person } from './persons/person.entity.js';
import { PersonImport } from './persons/person-import.entity.js';
import { Program } from './programs/program.entity.js';
import { TrainingModule } from './programs/training-module.entity.js';
import { Cohort } from './cohorts/cohort.entity.js';
import { Venue } from './cohorts/venue.entity.js';
import { Facilitator } from './cohorts/facilitator.entity.js';
import { Session } from './sessions/session.entity.js';
import { Enrollment } from './enrollments/enrollment.entity.js';
import { Attendance } from './attendance/attendance.entity.js';
import { Account } from './accounts/account.entity.js';
import { ApiToken } from './accounts/api-token.entity.js';
import { AuthSession } from './accounts/auth-session.entity.js';
import { Invitation } from './accounts/invitation.entity.js';
import { AuditEvent } from './audit/audit-event.entity.js';
import { RateBucket } from '../db/rate-bucket.entity.js';
import { FacilitatorUnavailability, Unavailability, UnavailableWindow } from './persons/unavailability.entity.js';
import { CalendarFeed } from './sessions/calendar-feed.entity.js';
import { MentoringMeeting, MentoringPair } from './mentoring/mentoring-pair.entity.js';
import { Assessment } from './assessments/assessment.entity.js';
import { BulkOperation } from './bulk/bulk-operation.entity.js';
import { CohortGroup, CohortGroupMember } from './groups/cohort-group.entity.js';
import { WebhookSubscription } from './webhooks/webhook-subscription.entity.js';
import { Notification } from './notices/notification.entity.js';
import { WebhookDelivery, WebhookEvent } from './webhooks/webhook-delivery.entity.js';
import { CohortQuota, Nomination } from './nominations/nomination.entity.js';
import { ActionPlan, ActionPlanMilestone, ActionPlanScore } from './action-plans/action-plan.entity.js';
import { EvaluationAnswer, EvaluationForm, EvaluationReceipt, EvaluationResponse } from './evaluations/evaluation.entity.js';
import { Certificate, RegistryDelivery } from './certificates/certificate.entity.js';
import { KnowledgeItem, KnowledgeItemPerson, KnowledgeItemRead } from './knowledge/knowledge-item.entity.js';
import { Community, CommunityMeeting, CommunityMember, CommunityPost, CommunityThread, MicroLearningCompletion, MicroLearningUnit } from './communities/community.entity.js';
import { ExternalLearningRecord } from './communities/learning-record.entity.js';

/** The node types, by GraphQL type name, for `Query.node` and global ids. */
export const NODE_TYPES = {
  Academy, Agency, Person, Program, TrainingModule, Cohort, Venue, Facilitator, Session, Enrollment, Attendance,
  Account, ApiToken, AuditEvent, Unavailability, FacilitatorUnavailability, MentoringPair, MentoringMeeting, Assessment, BulkOperation, WebhookSubscription, WebhookDelivery,
  PersonImport,
  CohortGroup,
  Nomination,
  Notification,
  ActionPlan,
  EvaluationForm,
  Certificate,
  KnowledgeItem,
  Community, CommunityMember, CommunityMeeting, CommunityThread, CommunityPost, MicroLearningUnit, ExternalLearningRecord,
} as const;


export const ENTITIES = [Node, Archivable, UnavailableWindow, ...Object.values(NODE_TYPES), AuthSession, Invitation, RateBucket, CalendarFeed, CohortGroupMember, CohortQuota, MicroLearningCompletion, KnowledgeItemPerson, KnowledgeItemRead, ActionPlanMilestone, ActionPlanScore, WebhookEvent, EvaluationResponse, EvaluationAnswer, EvaluationReceipt, RegistryDelivery, DataVersion, AcademyVersion, DataVersionMark];



