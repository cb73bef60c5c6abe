import { registerEnumType } from 'type-graphql';
import { NOTICE_KINDS, NOTICE_LOCALES, NOTIFICATION_STATUSES } from '@lintas/shared';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NoticeKindEnum = asEnum(NOTICE_KINDS);
registerEnumType(NoticeKindEnum, {
  name: 'NoticeKind',
  description: 'What an e-mail notice is about. INVITATION and SESSION_CANCELLED cannot be turned off (MANDATORY_NOTICE_KINDS).',
  valuesConfig: {
    INVITATION: { description: 'A link to set a password and start using Lintas (createInvitation).' },
    SCHEDULE_CHANGED: { description: "One of the person's sessions moved, or changed venue, link, module or facilitator; with an ICS update." },
    SESSION_CANCELLED: { description: "One of the person's sessions was cancelled; with an ICS cancellation." },
    SESSION_REMINDER: { description: "A reminder before one of the person's sessions (LINTAS_REMINDER_HOURS ahead, 24 by default)." },
    NOMINATION_RESULT: { description: "An agency's nomination of the person was decided (accepted, waitlisted, declined or expired)." },
    ATTENDANCE_WARNING: { description: "The person's attendance fell below the completion threshold or shows absences in a row; to the supervisor too when the program says so." },
    EVALUATION_FOLLOW_UP: { description: "A closed cohort's follow-up evaluation (Kirkpatrick level 3) is due: to the alumnus, and to their supervisor about them (LINTAS_EVALUATION_FOLLOW_UP_MONTHS after the close, 3 and 12 by default)." },
  },
});

export const NotificationStatusEnum = asEnum(NOTIFICATION_STATUSES);
registerEnumType(NotificationStatusEnum, {
  name: 'NotificationStatus',
  description: 'Where a notice stands in the outbox.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first or next attempt (after a temporary refusal, with exponential backoff).' },
    SENT: { description: 'The SMTP server accepted it.' },
    FAILED: { description: 'Every allowed attempt met a temporary refusal (4xx) or no connection.' },
    BOUNCED: { description: 'The SMTP server refused it for good (a 5xx answer, e.g. an unknown mailbox).' },
    SKIPPED_OPTED_OUT: { description: 'Not sent: the person turned this kind of notice off.' },
    SKIPPED_NO_ADDRESS: { description: 'Not sent: the recipient had no e-mail address when it was due.' },
    NOT_SENT_NO_SMTP: { description: 'Not sent: no SMTP server is configured (SMTP_URL). Rendered and kept; its preview shows what would have been sent.' },
  },
});

export const NoticeLocaleEnum = asEnum(NOTICE_LOCALES);
registerEnumType(NoticeLocaleEnum, {
  name: 'NoticeLocale',
  description: 'Language of e-mail notices.',
  valuesConfig: { id: { description: 'Bahasa Indonesia (the default).' }, en: { description: 'English.' } },
});
