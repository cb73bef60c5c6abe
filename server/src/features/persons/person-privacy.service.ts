import type { EntityManager } from '@mikro-orm/core';
import { writeTransaction } from '../../db/write-queue.js';
import { Account } from '../accounts/account.entity.js';
import { AuthSession } from '../accounts/auth-session.entity.js';
import { Invitation } from '../accounts/invitation.entity.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Notification } from '../notices/notification.entity.js';
import { Person } from './person.entity.js';

/** Everything held about a person, and the trail of who touched it (UU PDP's right of access). */
export async function exportPersonData(em: EntityManager, person: Person): Promise<Record<string, unknown>> {
  const [enrollments, attendance, account, trail, notices] = await Promise.all([
    em.find(Enrollment, { person }, { populate: ['cohort'] }),
    em.find(Attendance, { person }),
    em.findOne(Account, { person }),
    em.find(AuditEvent, { targetType: 'Person', targetId: String(person.id) }, { orderBy: { createdAt: 'asc' } }),
    em.find(Notification, { person }, { orderBy: { createdAt: 'asc' } }),
  ]);
  const agency = await em.findOne(Person, person.id, { populate: ['agency'] });
  return {
    exportedAt: new Date().toISOString(),
    person: {
      nip: person.nip, name: person.name, birthDate: person.birthDate, gender: person.gender, generation: person.generation,
      email: person.email ?? null, phone: person.phone ?? null, noticeLocale: person.noticeLocale, noticesOff: person.noticesOff ?? [],
      employmentType: person.employmentType, positionType: person.positionType, eselon: person.eselon, jobTitle: person.jobTitle,
      agency: agency?.agency.getEntity().name, createdAt: person.createdAt, updatedAt: person.updatedAt,
    },
    account: account && { role: account.role, createdAt: account.createdAt, lastSignInAt: account.lastSignInAt, mfa: account.totpEnabled },
    enrollments: enrollments.map((e) => ({ cohort: e.cohort.getEntity().code, status: e.status, createdAt: e.createdAt })),
    attendance: attendance.map((a) => ({ session: a.session.id, status: a.status, recordedAt: a.recordedAt })),
    trail: trail.map((t) => ({ at: t.createdAt, actor: t.actorLabel, action: t.action, ip: t.ip })),
    notifications: notices.map((n) => ({ kind: n.kind, status: n.status, createdAt: n.createdAt, sentAt: n.sentAt, sentTo: n.sentTo, messageId: n.messageId })),
  };
}

/**
 * Erases a person (UU PDP's right to erasure): name, NIP, birth date, gender and job
 * title, e-mail address and phone go, with the e-mail notices sent to them; generation, eselon group and agency stay so aggregate counts still add up.
 * The account, its sessions and invitations are deleted.
 */
export async function erasePerson(em: EntityManager, person: Person): Promise<Person> {
  return writeTransaction(em, async (tem) => {
    const p = await tem.findOneOrFail(Person, person.id);
    const account = await tem.findOne(Account, { person: p });
    if (account) {
      await tem.nativeDelete(AuthSession, { account });
      await tem.nativeDelete(Account, { id: account.id });
    }
    await tem.nativeDelete(Invitation, { person: p });
    // E-mail notices to the person go with their addresses (notices about them to a supervisor are rendered from the erased record).
    await tem.nativeDelete(Notification, { person: p });
    p.name = `(dihapus #${p.id})`;
    p.nip = `X${String(p.id).padStart(17, '0')}`;
    p.birthDate = `${p.birthDate.slice(0, 4)}-01-01`;
    p.gender = null;
    p.jobTitle = null;
    p.email = null;
    p.phone = null;
    await tem.flush();
    return p;
  });
}
