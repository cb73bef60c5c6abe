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
