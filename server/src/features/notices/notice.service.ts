import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES, isOptionalNotice, NOTICE_KINDS, type NoticeKind, type NoticeLocale } from '@lintas/shared';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import { writeTransaction } from '../../db/write-queue.js';
import { Person } from '../persons/person.entity.js';
import { scoped } from '../tenancy.js';

type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

/**
 * A person's choice of notices: a participant for themselves, an organizer for a person of
 * their academy, an admin for anyone. The kinds that change obligations (MANDATORY_NOTICE_KINDS)
 * cannot be turned off.
 */
export async function setNotificationPreferences(
  em: EntityManager, viewer: Viewer, personId: number | null, input: { locale?: NoticeLocale | null; off?: NoticeKind[] | null },
): Promise<Result<Person>> {
  const own = viewer.kind === 'account' && viewer.role === 'PARTICIPANT' ? viewer.personId : null;
  const id = own ?? personId;
  const notFound = { ok: false as const, errors: [new UserError('personId', ERROR_CODES.NOT_FOUND, 'no such person')] };
  if (id === null) return notFound;
  const mandatory = (input.off ?? []).filter((k) => !isOptionalNotice(k));
  if (mandatory.length) return { ok: false, errors: [new UserError('off', ERROR_CODES.NOTICE_MANDATORY, `${mandatory.join(', ')} cannot be turned off`)] };
  return writeTransaction(em, async (tem) => {
    const person = await tem.findOne(Person, scoped(viewer, 'Person', [{ id }]));
    if (!person) return notFound;
    if (input.locale) person.noticeLocale = input.locale;
    if (input.off) person.noticesOff = NOTICE_KINDS.filter((k) => input.off!.includes(k));
    await tem.flush();
    return { ok: true as const, value: person };
  });
}
