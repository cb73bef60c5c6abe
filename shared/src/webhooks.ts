/**
 * Webhook event types: the GraphQL enum name and the name on the wire (`type` in the
 * JSON body and the `Lintas-Event-Type` header). One list for server and SPA.
 */
export const WEBHOOK_EVENT_TYPES = {
  PERSON_IMPORTED: 'person.imported',
  PERSON_CHANGED: 'person.changed',
  ENROLLMENT_CHANGED: 'enrollment.changed',
  ENROLLMENT_COMPLETED: 'enrollment.completed',
  SESSION_SCHEDULED: 'session.scheduled',
  SESSION_MOVED: 'session.moved',
  SESSION_CANCELLED: 'session.cancelled',
  ATTENDANCE_RECORDED: 'attendance.recorded',
  NOMINATION_CHANGED: 'nomination.changed',
  ACTION_PLAN_CHANGED: 'action_plan.changed',
} as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[keyof typeof WEBHOOK_EVENT_TYPES];
export const ALL_WEBHOOK_EVENT_TYPES = Object.values(WEBHOOK_EVENT_TYPES) as WebhookEventType[];

/** A delivery waits (and is retried), or ends delivered or failed after its last attempt. */
export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** Request headers of a delivery; the signature covers `${timestamp}.${body}`. */
export const WEBHOOK_HEADERS = {
  id: 'lintas-event-id',
  type: 'lintas-event-type',
  timestamp: 'lintas-timestamp',
  signature: 'lintas-signature',
  attempt: 'lintas-delivery-attempt',
} as const;
