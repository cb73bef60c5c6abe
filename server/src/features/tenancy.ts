import { raw, type FilterQuery } from '@mikro-orm/core';
import type { NODE_TYPES } from './entities.js';
import { academyOf, actorOf, type Viewer } from '../graphql/viewer.js';
import { participantKnowledgeSql } from './knowledge/knowledge.visibility.js';

type NodeType = keyof typeof NODE_TYPES;

/** Matches nothing: what a caller sees of another tenant's objects. */
const NOTHING = { id: -1 };

/**
 * What of each type a caller may see. Admins see everything; organizers and tokens
 * their academy's; participants themselves and their own records. Every list, every
 * `node` and every mutation's lookup goes through here, so asking for someone else's
 * object looks exactly like asking for one that does not exist.
 */
export function visibleWhere(viewer: Viewer, type: NodeType): FilterQuery<any> {
  // Bulk operations are their starter's alone, admins included.
  if (type === 'BulkOperation') return viewer.kind === 'anonymous' ? NOTHING : { owner: actorOf(viewer).actor };
  const academy = academyOf(viewer);
  const personId = viewer.kind === 'account' && viewer.pending === null && viewer.role === 'PARTICIPANT' ? viewer.personId : null;
  if (viewer.kind === 'account' && viewer.pending === null && viewer.role === 'AGENCY_HR') {
    // An agency's HR officer: that agency's people and nominations, and what it needs to nominate.
    const agency = viewer.agencyId ?? -1;
    const ownAcademy = viewer.academyId ?? -1;
    switch (type) {
      case 'Academy': return { id: ownAcademy };
      case 'Agency': return { id: agency };
      case 'Person': return { agency };
      case 'Program': return { academy: ownAcademy };
      case 'TrainingModule': return { program: { academy: ownAcademy } };
      case 'Cohort': return { academy: ownAcademy, status: 'OPEN' };
      case 'Nomination': return { agency };
      case 'KnowledgeItem': return { academy: ownAcademy, status: 'PUBLISHED' };
      case 'Account': return { id: viewer.account.id };
      default: return NOTHING;
    }
  }
  if (personId !== null) {
    switch (type) {
      case 'Person': return { id: personId };
      case 'Enrollment': case 'Attendance': case 'Unavailability': case 'Assessment': return { person: personId };
      case 'MentoringPair': return { $or: [{ mentor: personId }, { mentee: personId }] };
      case 'MentoringMeeting': return { pair: { $or: [{ mentor: personId }, { mentee: personId }] } };
      case 'Account': return { person: personId };
      case 'Cohort': return { enrollments: { person: personId } };
      case 'Session': return { cohort: { enrollments: { person: personId } } };
      case 'CohortGroup': return { cohort: { enrollments: { person: personId } } };
      // Their own, and those of the people they supervise (the supervisor stage).
      case 'Nomination': return { $or: [{ person: personId }, { person: { supervisor: personId } }] };
      case 'Notification': return { person: personId };
      // Their own change project, and those they coach (as the facilitator's person) or mentor.
      case 'ActionPlan': return { $or: [{ person: personId }, { mentor: personId }, { coach: { person: personId } }] };
      // The forms of their cohorts; what they may answer is decided by the evaluation rules.
      case 'EvaluationForm': return { cohort: { enrollments: { person: personId } } };
      case 'Certificate': return { person: personId };
      // Published items of the academy of their agency, and the items they write (knowledge.search.ts's rule).
      case 'KnowledgeItem': return { [raw((a: string) => participantKnowledgeSql(a), [personId, personId])]: true };
      // Communities: the list shows a participant their academy's (communitiesWhere); by id, their own records.
      case 'CommunityMember': case 'ExternalLearningRecord': return { person: personId };
      default: return NOTHING;
    }
  }
  // Webhooks and e-mail notices are managed by people (organizers, admins), never read with a token.
  if ((type === 'WebhookSubscription' || type === 'WebhookDelivery' || type === 'Notification') && viewer.kind !== 'account') return NOTHING;
  // Tokens (knowledge:read) read an academy's published knowledge only.
  if (type === 'KnowledgeItem' && viewer.kind === 'token') return { academy: viewer.academyId, status: 'PUBLISHED' };
  if (academy === null) return {};
  if (academy === -1) return NOTHING;
  switch (type) {
    case 'Academy': return { id: academy };
    case 'Agency': case 'Program': case 'Venue': case 'Facilitator': case 'Cohort': case 'ApiToken': return { academy };
    case 'Person': return { agency: { academy } };
    case 'Unavailability': return { person: { agency: { academy } } };
    case 'FacilitatorUnavailability': return { facilitator: { academy } };
    case 'TrainingModule': return { program: { academy } };
    case 'Session': case 'Enrollment': case 'MentoringPair': case 'Assessment': case 'CohortGroup': case 'Nomination': case 'ActionPlan': return { cohort: { academy } };
    case 'MentoringMeeting': return { pair: { cohort: { academy } } };
    case 'Attendance': return { session: { cohort: { academy } } };
    case 'Account': return viewer.kind === 'account' ? { id: viewer.account.id } : NOTHING;
    case 'PersonImport': return { academy };
    case 'AuditEvent': return NOTHING;
    case 'WebhookSubscription': return { academy };
    case 'WebhookDelivery': return { subscription: { academy } };
    case 'Notification': return { academy };
    case 'EvaluationForm': return { academy };
    case 'Certificate': return { academy };
    case 'KnowledgeItem': return { academy };
    case 'Community': case 'ExternalLearningRecord': return { academy };
    case 'CommunityMember': case 'CommunityMeeting': case 'CommunityThread': case 'CommunityPost': case 'MicroLearningUnit': return { community: { academy } };
  }
}

/** `visibleWhere` and the caller's own filters together. */
export function scoped(viewer: Viewer, type: NodeType, filters: unknown[]): FilterQuery<any> {
  const all = [visibleWhere(viewer, type), ...filters].filter((f) => Object.keys(f as object).length > 0) as object[];
  return (all.length === 0 ? {} : all.length === 1 ? all[0] : { $and: all }) as FilterQuery<any>;
}
