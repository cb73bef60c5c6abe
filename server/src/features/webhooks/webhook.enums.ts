import { registerEnumType } from 'type-graphql';
import { WEBHOOK_EVENT_TYPES } from '@lintas/shared';

/** GraphQL names PERSON_IMPORTED…, values on the wire `person.imported`…: resolvers work with the wire names. */
export const WebhookEventTypeEnum = WEBHOOK_EVENT_TYPES;
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description: 'What a webhook tells about; the JSON body names it in lower case with a dot (PERSON_IMPORTED is `person.imported`).',
  valuesConfig: {
    PERSON_IMPORTED: { description: '`person.imported`: people added to the roster by importPersons or upsertPersons (up to 400 per event).' },
    PERSON_CHANGED: { description: '`person.changed`: people already on the roster updated by importPersons or upsertPersons (up to 400 per event).' },
    ENROLLMENT_CHANGED: { description: '`enrollment.changed`: an enrolment was made, waitlisted, promoted from the waitlist or withdrawn.' },
    ENROLLMENT_COMPLETED: { description: '`enrollment.completed`: the cohort closed and the person met its completion threshold.' },
    SESSION_SCHEDULED: { description: '`session.scheduled`: a new session of a cohort.' },
    SESSION_MOVED: { description: '`session.moved`: a session changed time, venue, facilitator or module.' },
    SESSION_CANCELLED: { description: '`session.cancelled`: a session was cancelled.' },
    ATTENDANCE_RECORDED: { description: '`attendance.recorded`: attendance of one session recorded, marked absent or checked in (the records of one call in one event).' },
    NOMINATION_CHANGED: { description: '`nomination.changed`: a nomination was made or changed state (supervisor approval, accepted, waitlisted, declined, decline undone, expired); carries its id, cohort, person, agency, status and reason.' },
    ACTION_PLAN_CHANGED: { description: '`action_plan.changed`: a change project was created, saved, submitted, approved, sent back for revision, marked implemented, had its milestones, seminar or seminar scores changed; carries its id, enrolment, cohort, person, status and seminar score.' },
  },
});

export const WebhookDeliveryStatusEnum = { PENDING: 'PENDING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first or next attempt (after a failed one, with exponential backoff).' },
    SUCCEEDED: { description: 'The receiver answered with a 2xx status.' },
    FAILED: { description: 'Every allowed attempt failed; redeliver it to try again.' },
  },
});
