import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isOptionalNotice, type NoticeKind, type NoticeLocale, type NotificationStatus } from '@lintas/shared';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { seatedWhere } from '../enrollments/enrollment.rules.js';
import { CohortGroupMember } from '../groups/cohort-group.entity.js';
import { isSessionFor } from '../groups/session-audience.js';
import { Person } from '../persons/person.entity.js';
import type { Session } from '../sessions/session.entity.js';
import { Notification } from './notification.entity.js';

/** Who a notice goes to: a person of the roster (their e-mail address), or an account (an agency's HR officer, an organizer). */
export type NoticeRecipient = { personId: number } | { accountId: number };

export interface NoticeRequest {
  kind: NoticeKind;
  to: NoticeRecipient;
  /**
   * What the template needs, as ids and plain values (never a rendered text):
   * INVITATION { invitationCode, expiresAt }, SCHEDULE_CHANGED / SESSION_CANCELLED / SESSION_REMINDER { sessionId },
   * NOMINATION_RESULT { nominationId, status, reason?, cohortId }, ATTENDANCE_WARNING { enrollmentId, warning, about? }
   * (`about`: the participant's person id when the notice goes to their supervisor),
   * EVALUATION_FOLLOW_UP { formId, cohortId, monthsAfter, about? } (`about`: the alumnus, for their supervisor).
   */
  data: Record<string, unknown>;
  /** De-duplication key within the academy: a second request with the same key is not written. */
  key: string;
}

/**
 * Writes notices into the outbox with the transaction's EntityManager, so they commit or
 * roll back with the change that causes them (issue 21, part 2); the sender (notice.worker.ts)
 * delivers them later. A key already written for the academy writes nothing (INSERT … ON
 * CONFLICT DO NOTHING, safe across processes). A kind the person turned off is written as
 * SKIPPED_OPTED_OUT, so the outbox shows it was not sent.
 */
export async function enqueueNotices(tem: EntityManager, academyId: number, notices: NoticeRequest[]): Promise<void> {
  if (notices.length === 0) return;
  // The change that causes the notices is written first, in the same transaction.
  await tem.flush();
  const personIds = [...new Set(notices.flatMap((n) => ('personId' in n.to ? [n.to.personId] : [])))];
  const people = new Map((personIds.length ? await tem.find(Person, { id: { $in: personIds } }, { fields: ['id', 'noticeLocale', 'noticesOff'] }) : []).map((p) => [p.id, p]));
  const now = new Date();
  const rows = notices.map((n) => {
    const person = 'personId' in n.to ? people.get(n.to.personId) : undefined;
    const optedOut = !!person && isOptionalNotice(n.kind) && (person.noticesOff ?? []).includes(n.kind);
    const status: NotificationStatus = optedOut ? 'SKIPPED_OPTED_OUT' : 'PENDING';
    const locale: NoticeLocale = person?.noticeLocale === 'en' ? 'en' : 'id';
    // Built as an entity for its defaults (Message-ID, timestamps), inserted natively so a repeated key is skipped.
    const row = new Notification();
    return {
      academy: academyId, key: n.key.slice(0, 200), kind: n.kind,
      person: 'personId' in n.to ? n.to.personId : null, account: 'accountId' in n.to ? n.to.accountId : null,
      locale, data: n.data, status, attempts: 0, nextAttemptAt: optedOut ? null : now, lease: 0,
      messageId: row.messageId, createdAt: now, updatedAt: now,
    };
  });
  // One key once per call as well: the first request of a key wins.
  const seen = new Set<string>();
  const unique = rows.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
  for (let i = 0; i < unique.length; i += 200) {
    await (tem as SqlEntityManager).createQueryBuilder(Notification).insert(unique.slice(i, i + 200) as never).onConflict(['academy', 'key']).ignore().execute();
  }
}

/**
 * The people each session is for (features/groups/session-audience.ts): seated in its cohort
 * and, for a session given to one group, members of that group. Read for many sessions at once.
 */
export async function sessionAudience(em: EntityManager, sessions: Session[]): Promise<Map<number, number[]>> {
  const cohortIds = [...new Set(sessions.map((s) => s.cohort.id))];
  if (!cohortIds.length) return new Map();
  const [seated, members] = await Promise.all([
    em.find(Enrollment, { cohort: { $in: cohortIds }, ...seatedWhere() }, { fields: ['id', 'cohort', 'person'] }),
    em.find(CohortGroupMember, { cohort: { $in: cohortIds } }),
  ]);
  const groupOf = new Map(members.map((m) => [`${m.cohort.id}:${m.person.id}`, m.group.id]));
  return new Map(sessions.map((s) => [s.id, seated
    .filter((e) => e.cohort.id === s.cohort.id && isSessionFor(s.group?.id, groupOf.get(`${s.cohort.id}:${e.person.id}`)))
    .map((e) => e.person.id)]));
}
