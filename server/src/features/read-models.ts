import { composeReadModels } from '../graphql/read-model.js';
import { academyReads } from './academies/academy.read-model.js';
import { accountReads } from './accounts/account.read-model.js';
import { assessmentReads } from './assessments/assessment.read-model.js';
import { auditReads } from './audit/audit.read-model.js';
import { bulkReads } from './bulk/bulk.read-model.js';
import { certificateReads } from './certificates/certificate.read-model.js';
import { cohortReads } from './cohorts/cohort.read-model.js';
import { enrollmentReads } from './enrollments/enrollment.read-model.js';
import { groupReads } from './groups/groups.read-model.js';
import { nominationReads } from './nominations/nomination.read-model.js';
import { mentoringReads } from './mentoring/mentoring.read-model.js';
import { unavailabilityReads } from './persons/unavailability.read-model.js';
import { personReads } from './persons/person.read-model.js';
import { personImportReads } from './persons/person-import.read-model.js';
import { programReads } from './programs/program.read-model.js';
import { sessionReads } from './sessions/session.read-model.js';
import { webhookReads } from './webhooks/webhook.read-model.js';
import { noticeReads } from './notices/notice.read-model.js';
import { actionPlanReads } from './action-plans/action-plan.read-model.js';
import { evaluationReads } from './evaluations/evaluation.read-model.js';
import { communityReads } from './communities/community.read-model.js';

/**
 * Every feature's declared reads: what the resolvers answer through, and what the compiled
 * SQL plan may compile (lists over the types declared with `references`; the rest, such as
 * accounts, tokens or the audit trail, stay with the resolvers).
 */
export const READ_MODELS = composeReadModels([
  academyReads, accountReads, actionPlanReads, assessmentReads, auditReads, bulkReads, certificateReads, cohortReads, communityReads, enrollmentReads, evaluationReads, groupReads,
  mentoringReads, nominationReads, noticeReads, personReads, personImportReads, programReads, sessionReads, unavailabilityReads, webhookReads,
]);
