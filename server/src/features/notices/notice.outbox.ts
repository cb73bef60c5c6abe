import type { EntityManager } from '@mikro-orm/core';
import type { NoticeKind } from '@lintas/shared';

/** Who a notice goes to: a person of the roster (their e-mail address), or an account (an agency's HR officer, an organizer). */
export type NoticeRecipient = { personId: number } | { accountId: number };

export interface NoticeRequest {
  kind: NoticeKind;
  to: NoticeRecipient;
  /**
   * What the template needs, as ids and plain values (never a rendered text):
   * INVITATION { invitationCode, expiresAt }, SCHEDULE_CHANGED / SESSION_CANCELLED / SESSION_REMINDER { sessionId },
   * NOMINATION_RESULT { nominationId, status, reason? }, ATTENDANCE_WARNING { enrollmentId }.
   */
  data: Record<string, unknown>;
  /** De-duplication key within the academy: a second request with the same key is not written. */
  key: string;
}

/**
 * Writes notices into the outbox with the transaction's EntityManager, so they commit or
 * roll back with the change that causes them (issue 21, part 2). The sender delivers them later.
 *
 * Placeholder until the outbox lands: callers are wired now, the table and sender come with it.
 */
export async function enqueueNotices(_tem: EntityManager, _academyId: number, _notices: NoticeRequest[]): Promise<void> {
  // The outbox table and the sender replace this body.
}
