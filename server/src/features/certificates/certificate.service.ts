import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { hit } from '../../db/rate-limit.js';
import { writeTransaction } from '../../db/write-queue.js';
import { UserError } from '../../graphql/user-error.js';
import { actorOf, type Viewer } from '../../graphql/viewer.js';
import { Academy } from '../academies/academy.entity.js';
import { audit } from '../audit/audit.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { Program } from '../programs/program.entity.js';
import { scoped } from '../tenancy.js';
import { isCertificateCode } from './certificate.code.js';
import { Certificate } from './certificate.entity.js';

type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };
const fail = <T>(field: string | null, code: ErrorCode, message: string): Outcome<T> => ({ ok: false, errors: [new UserError(field, code, message)] });

/** Verifications per client address in a minute (`verifyCertificate`, `GET /verify/<code>`). */
export const VERIFY_LIMIT = { perAddress: 30, windowSeconds: 60 } as const;

/** Whether this address may verify once more now; counted in the database, shared by every process. */
export const mayVerify = (em: EntityManager, ip: string): Promise<boolean> => hit(em, `verify:ip:${ip}`, VERIFY_LIMIT.perAddress, VERIFY_LIMIT.windowSeconds);

/**
 * What anyone may read of a certificate by its code: exactly what a reader needs to tell a
 * tampered PDF, and nothing personal beyond the holder's name (no NIP, no birth date).
 */
export interface Verification {
  status: 'VALID' | 'REVOKED' | 'UNKNOWN';
  number: string | null;
  holderName: string | null;
  programName: string | null;
  cohortName: string | null;
  cohortCode: string | null;
  startDate: string | null;
  endDate: string | null;
  jp: number | null;
  academyName: string | null;
  issuedAt: Date | null;
  revokedAt: Date | null;
}

const UNKNOWN: Verification = {
  status: 'UNKNOWN', number: null, holderName: null, programName: null, cohortName: null, cohortCode: null, startDate: null, endDate: null,
  jp: null, academyName: null, issuedAt: null, revokedAt: null,
};

/** The public answer for a code, any academy's; an unknown or malformed code gets the same shape, UNKNOWN. */
export async function verification(em: EntityManager, code: string): Promise<Verification> {
  const c = code.trim().toLowerCase();
  if (!isCertificateCode(c)) return UNKNOWN;
  const cert = await em.findOne(Certificate, { code: c }, { populate: ['person', 'cohort', 'cohort.program', 'academy'] });
  if (!cert) return UNKNOWN;
  const cohort = cert.cohort.getEntity() as Cohort;
  return {
    status: cert.revokedAt ? 'REVOKED' : 'VALID',
    number: cert.number,
    holderName: (cert.person.getEntity() as Person).name,
    programName: (cohort.program.getEntity() as Program).name,
    cohortName: cohort.name,
    cohortCode: cohort.code,
    startDate: cohort.startDate,
    endDate: cohort.endDate,
    jp: cert.jp,
    academyName: (cert.academy.getEntity() as Academy).name,
    issuedAt: cert.issuedAt,
    revokedAt: cert.revokedAt ?? null,
  };
}

/** Revokes a valid certificate of the caller's academy with a reason, audited. */
export async function revokeCertificate(em: EntityManager, viewer: Viewer, input: { certificateId: number | null; reason: string }, ip: string): Promise<Outcome<Certificate>> {
  const reason = input.reason.trim();
  if (!reason || reason.length > 500) return fail('reason', ERROR_CODES.CERTIFICATE_REASON_REQUIRED, 'give a reason of 1–500 characters');
  return writeTransaction(em, async (tem) => {
    const cert = input.certificateId === null ? null : await tem.findOne(Certificate, scoped(viewer, 'Certificate', [{ id: input.certificateId }]));
    if (!cert) return fail<Certificate>('certificateId', ERROR_CODES.NOT_FOUND, 'no such certificate');
    if (cert.revokedAt) return fail<Certificate>('certificateId', ERROR_CODES.CERTIFICATE_ALREADY_REVOKED, 'the certificate is already revoked');
    cert.revokedAt = new Date();
    cert.revokeReason = reason;
    cert.revokedBy = actorOf(viewer).actor;
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'certificate.revoked', targetType: 'Certificate', targetId: cert.id, details: { number: cert.number, reason } }]);
    return { ok: true, value: cert };
  });
}

/** A certificate the caller may see, by its code (the PDF's door): the holder, the academy's organizers, admins, its tokens. */
export async function visibleCertificate(em: EntityManager, viewer: Viewer, code: string): Promise<Certificate | null> {
  const c = code.trim().toLowerCase();
  if (!isCertificateCode(c)) return null;
  return em.findOne(Certificate, scoped(viewer, 'Certificate', [{ code: c }]), { populate: ['person', 'cohort', 'cohort.program', 'academy'] });
}
