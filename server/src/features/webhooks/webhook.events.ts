import type { WebhookEventType } from '@lintas/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Attendance } from '../attendance/attendance.entity.js';
import type { Enrollment } from '../enrollments/enrollment.entity.js';
import type { Session } from '../sessions/session.entity.js';
import type { OutboxEvent } from './webhook.outbox.js';

/*
 * Event bodies are thin: global ids and the state that changed, no personal values
 * (names, NIPs, birth dates). A receiver that needs more asks the API with its token
 * (`node(id:)`, `nodes(ids:)`), under that token's scopes.
 */

/** The fields of an enrolment its events carry (an entity, or a row a set-based write returned). */
export type EnrollmentEventFields = Pick<Enrollment, 'id' | 'status' | 'waitlistPosition'> & { cohort: { id: number }; person: { id: number } };

export function enrollmentEvent(type: Extract<WebhookEventType, `enrollment.${string}`>, e: EnrollmentEventFields): OutboxEvent {
  return {
    type,
    data: {
      enrollmentId: toGlobalId('Enrollment', e.id),
      cohortId: toGlobalId('Cohort', e.cohort.id),
      personId: toGlobalId('Person', e.person.id),
      status: e.status,
      waitlistPosition: e.waitlistPosition ?? null,
    },
  };
}

export function sessionEvent(type: Extract<WebhookEventType, `session.${string}`>, s: Session): OutboxEvent {
  return {
    type,
    data: {
      sessionId: toGlobalId('Session', s.id),
      cohortId: toGlobalId('Cohort', s.cohort.id),
      moduleId: toGlobalId('TrainingModule', s.module.id),
      status: s.status,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      venueId: s.venue ? toGlobalId('Venue', s.venue.id) : null,
      facilitatorId: s.facilitator ? toGlobalId('Facilitator', s.facilitator.id) : null,
      version: s.version,
    },
  };
}

/** The records one call wrote for one session, as one event. */
export function attendanceEvent(session: Session, records: Attendance[]): OutboxEvent {
  return {
    type: 'attendance.recorded',
    data: {
      sessionId: toGlobalId('Session', session.id),
      cohortId: toGlobalId('Cohort', session.cohort.id),
      records: records.map((a) => ({
        attendanceId: toGlobalId('Attendance', a.id),
        personId: toGlobalId('Person', a.person.id),
        status: a.status,
        checkInAt: a.checkInAt ? a.checkInAt.toISOString() : null,
        recordedAt: a.recordedAt ? a.recordedAt.toISOString() : null,
      })),
    },
  };
}

/** People written by one roster chunk (at most a few hundred per event). */
export function personsEvent(type: Extract<WebhookEventType, `person.${string}`>, personIds: number[]): OutboxEvent {
  return { type, data: { count: personIds.length, personIds: personIds.map((id) => toGlobalId('Person', id)) } };
}
