/**
 * Notices: e-mails Lintas sends to people. One list for server and SPA; the SPA and the
 * templates word each kind in Indonesian and English.
 */
export const NOTICE_KINDS = [
  'INVITATION',
  'SCHEDULE_CHANGED',
  'SESSION_CANCELLED',
  'SESSION_REMINDER',
  'NOMINATION_RESULT',
  'ATTENDANCE_WARNING',
  'EVALUATION_FOLLOW_UP',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Kinds a person cannot turn off: they change the person's obligations, or they are how an account starts. */
export const MANDATORY_NOTICE_KINDS: readonly NoticeKind[] = ['INVITATION', 'SESSION_CANCELLED'];

export function isOptionalNotice(kind: NoticeKind): boolean {
  return !MANDATORY_NOTICE_KINDS.includes(kind);
}

/** Nomination states: SUPERVISOR_PENDING only when the program asks the supervisor first. */
export const NOMINATION_STATUSES = ['SUPERVISOR_PENDING', 'PENDING', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/**
 * Where a notice stands in the outbox. PENDING waits for its first or next attempt; the
 * others are final: SENT (the SMTP server accepted it), FAILED (every allowed attempt met a
 * temporary refusal or no connection), BOUNCED (the server refused it for good, a 5xx),
 * SKIPPED_OPTED_OUT (the person turned the kind off), SKIPPED_NO_ADDRESS (no e-mail address
 * when it was due), NOT_SENT_NO_SMTP (no SMTP_URL configured: rendered, kept, not sent).
 */
export const NOTIFICATION_STATUSES = ['PENDING', 'SENT', 'FAILED', 'BOUNCED', 'SKIPPED_OPTED_OUT', 'SKIPPED_NO_ADDRESS', 'NOT_SENT_NO_SMTP'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Languages notices are written in; Indonesian unless the person chose English. */
export const NOTICE_LOCALES = ['id', 'en'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];
