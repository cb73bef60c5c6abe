import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES, MIN_PASSWORD_LENGTH, isEmailAddress, isScope, type Role, type Scope } from '@lintas/shared';
import { UserError } from '../../graphql/user-error.js';
import { Academy } from '../academies/academy.entity.js';
import { checkText } from '../catalogue/catalogue.rules.js';
import { audit } from '../audit/audit.service.js';
import { forgive, hit } from '../../db/rate-limit.js';
import { Person } from '../persons/person.entity.js';
import { Account } from './account.entity.js';
import { ApiToken } from './api-token.entity.js';
import { AuthSession } from './auth-session.entity.js';
import { Invitation } from './invitation.entity.js';
import { Agency } from '../academies/agency.entity.js';
import { enqueueNotices } from '../notices/notice.outbox.js';
import { writeTransaction } from '../../db/write-queue.js';
import { hashPassword, humanCode, normalizeCode, randomSecret, sha256, verifyPassword } from './secrets.js';
import { newTotpSecret, totpStep, totpUri } from './totp.js';
import { ANONYMOUS, type Viewer } from '../../graphql/viewer.js';
import { accountOf } from './signed-in.js';

/** Sign-in attempts per account and per client address in a window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30, windowSeconds: 900 } as const;
const INVITATION_DAYS = 14;
const RECOVERY_CODES = 8;

type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };
const fail = (field: string | null, code: (typeof ERROR_CODES)[keyof typeof ERROR_CODES], message: string) =>
  ({ ok: false as const, errors: [new UserError(field, code, message)] });

export function checkPassword(password: string): UserError | null {
  return password.length < MIN_PASSWORD_LENGTH || password.length > 200
    ? new UserError('password', ERROR_CODES.WEAK_PASSWORD, `the password needs ${MIN_PASSWORD_LENGTH} to 200 characters`)
    : null;
}

/** Finds an account by e-mail, or by NIP for participants. */
async function findByIdentifier(em: EntityManager, identifier: string): Promise<Account | null> {
  const id = identifier.trim();
  if (/^\d{18}$/.test(id)) {
    const person = await em.findOne(Person, { nip: id });
    return person ? em.findOne(Account, { person: person.id, role: 'PARTICIPANT' }) : null;
  }
  return em.findOne(Account, { email: id.toLowerCase() });
}

/**
 * Checks identifier and password. Unknown identifiers and wrong passwords get the
 * same answer and cost the same time; attempts are limited per account and per
 * address (each alias in a request counts).
 */
export async function signIn(em: EntityManager, identifier: string, password: string, ip: string): Promise<Result<Account>> {
  const byAddress = await hit(em, `signin:ip:${ip}`, SIGN_IN_LIMITS.perAddress, SIGN_IN_LIMITS.windowSeconds);
  const account = await findByIdentifier(em, identifier);
  const byAccount = account ? await hit(em, `signin:account:${account.id}`, SIGN_IN_LIMITS.perAccount, SIGN_IN_LIMITS.windowSeconds) : true;
  if (!byAddress || !byAccount) {
    await audit(em, ANONYMOUS, ip, [{ action: 'auth.sign-in.limited', targetType: account ? 'Account' : null, targetId: account?.id }]);
    return fail(null, ERROR_CODES.RATE_LIMITED, 'too many attempts; wait 15 minutes and try again');
  }
  const ok = await verifyPassword(account?.passwordHash, password);
  if (!account || !ok || account.disabled) {
    await audit(em, ANONYMOUS, ip, [{ action: 'auth.sign-in.failed', targetType: account ? 'Account' : null, targetId: account?.id }]);
    return fail(null, ERROR_CODES.INVALID_CREDENTIALS, 'the sign-in name and password do not match');
  }
  await forgive(em, `signin:account:${account.id}`);
  await audit(em, { actor: `account:${account.id}`, actorLabel: account.name }, ip, [{ action: 'auth.sign-in', targetType: 'Account', targetId: account.id }]);
  return { ok: true, value: account };
}

/** Accepts a TOTP code once (a replay of the same or an older step is refused) or an unused recovery code. */
export async function checkSecondFactor(em: EntityManager, account: Account, code: string): Promise<boolean> {
  if (!account.totpSecret) return false;
  const step = totpStep(account.totpSecret, code);
  if (step !== null) {
    if (account.totpLastStep !== null && account.totpLastStep !== undefined && step <= Number(account.totpLastStep)) return false;
    // Compare-and-set, so two processes cannot both accept the same code.
    const updated = await em.nativeUpdate(Account, { id: account.id, totpLastStep: account.totpLastStep ?? null }, { totpLastStep: String(step) });
    if (updated !== 1) return false;
    account.totpLastStep = String(step);
    return true;
  }
  const hash = sha256(normalizeCode(code));
  if (!account.recoveryCodeHashes.includes(hash)) return false;
  account.recoveryCodeHashes = account.recoveryCodeHashes.filter((h) => h !== hash);
  await em.flush();
  return true;
}

export async function verifyMfa(em: EntityManager, viewer: Viewer, code: string, ip: string): Promise<Result<null>> {
  if (viewer.kind !== 'account' || viewer.pending !== 'mfa') return fail('code', ERROR_CODES.MFA_INVALID, 'no second factor is awaited');
  const allowed = await hit(em, `mfa:account:${viewer.account.id}`, SIGN_IN_LIMITS.perAccount, SIGN_IN_LIMITS.windowSeconds);
  if (!allowed) return fail('code', ERROR_CODES.RATE_LIMITED, 'too many attempts; wait 15 minutes and try again');
  if (!(await checkSecondFactor(em, accountOf(viewer), code))) {
    await audit(em, viewer, ip, [{ action: 'auth.mfa.failed', targetType: 'Account', targetId: viewer.account.id }]);
    return fail('code', ERROR_CODES.MFA_INVALID, 'the code is wrong, expired or already used');
  }
  await em.nativeUpdate(AuthSession, { id: viewer.sessionId }, { mfaPassed: true });
  await forgive(em, `mfa:account:${viewer.account.id}`);
  return { ok: true, value: null };
}

/** A new secret for the authenticator app; it takes effect once a code from it is confirmed. */
export async function startMfaEnrolment(em: EntityManager, viewer: Viewer): Promise<Result<{ secret: string; uri: string }>> {
  if (viewer.kind !== 'account' || viewer.pending === 'mfa') return fail(null, ERROR_CODES.UNAUTHENTICATED, 'sign in first');
  if (viewer.role === 'PARTICIPANT') return fail(null, ERROR_CODES.FORBIDDEN, 'participants sign in with NIP and password');
  const account = accountOf(viewer);
  account.totpSecret = newTotpSecret();
  account.totpEnabled = false;
  account.totpLastStep = null;
  await em.flush();
  return { ok: true, value: { secret: account.totpSecret, uri: totpUri(account.totpSecret, account.email ?? account.name) } };
}

/** Confirms the app with one code; returns recovery codes, shown once. */
export async function confirmMfaEnrolment(em: EntityManager, viewer: Viewer, code: string, ip: string): Promise<Result<string[]>> {
  if (viewer.kind !== 'account' || viewer.pending === 'mfa' || !accountOf(viewer).totpSecret) return fail('code', ERROR_CODES.MFA_INVALID, 'start the enrolment first');
  const account = accountOf(viewer);
  if (!(await checkSecondFactor(em, account, code))) return fail('code', ERROR_CODES.MFA_INVALID, 'the code is wrong or expired');
  const codes = Array.from({ length: RECOVERY_CODES }, () => humanCode(3));
  account.totpEnabled = true;
  account.recoveryCodeHashes = codes.map((c) => sha256(c));
  await em.flush();
  await em.nativeUpdate(AuthSession, { id: viewer.sessionId }, { mfaPassed: true });
  await audit(em, viewer, ip, [{ action: 'auth.mfa.enrolled', targetType: 'Account', targetId: account.id }]);
  return { ok: true, value: codes };
}

/** A one-time code for a person to set a password; replaces their earlier unused codes. */
/**
 * A one-time code for a person to set a password; replaces their earlier unused codes. When
 * the person has an e-mail address the code goes out as a link in an INVITATION notice,
 * written in the same transaction (the sender drops the code from the outbox once it is out).
 */
export async function createInvitation(em: EntityManager, person: Person, createdBy: Account | null): Promise<{ code: string; expiresAt: Date }> {
  const code = humanCode(3);
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  // Inside a caller's transaction (e.g. an accepted nomination) it joins it; otherwise it opens one.
  const inTransaction = <T>(fn: (tem: EntityManager) => Promise<T>) => (em.isInTransaction() ? fn(em) : writeTransaction(em, fn));
  return inTransaction(async (tem) => {
    await tem.nativeDelete(Invitation, { person: person.id, usedAt: null });
    const invitation = tem.create(Invitation, { person: person.id, codeHash: sha256(code), expiresAt, createdBy: createdBy?.id ?? null });
    await tem.flush();
    const academyId = (await tem.findOne(Agency, person.agency.id))?.academy?.id;
    if (person.email && academyId) {
      await enqueueNotices(tem, academyId, [{
        kind: 'INVITATION', to: { personId: person.id }, key: `invitation:${invitation.id}`,
        data: { invitationCode: code, expiresAt: expiresAt.toISOString() },
      }]);
    }
    return { code, expiresAt };
  });
}

export async function redeemInvitation(em: EntityManager, nip: string, code: string, password: string, ip: string): Promise<Result<Account>> {
  const weak = checkPassword(password);
  if (weak) return { ok: false, errors: [weak] };
  if (!(await hit(em, `invite:ip:${ip}`, SIGN_IN_LIMITS.perAddress, SIGN_IN_LIMITS.windowSeconds))) {
    return fail(null, ERROR_CODES.RATE_LIMITED, 'too many attempts; wait 15 minutes and try again');
  }
  const person = await em.findOne(Person, { nip: nip.trim() });
  const invitation = person
    ? await em.findOne(Invitation, { person, codeHash: sha256(normalizeCode(code)), usedAt: null, expiresAt: { $gt: new Date() } })
    : null;
  if (!person || !invitation) return fail('code', ERROR_CODES.INVITATION_INVALID, 'the NIP and invitation code do not match, or the code was used or has expired');
  invitation.usedAt = new Date();
  const account = (await em.findOne(Account, { person })) ?? em.create(Account, { role: 'PARTICIPANT', name: person.name, person });
  account.passwordHash = await hashPassword(password);
  account.disabled = false;
  await em.flush();
  await audit(em, { actor: `account:${account.id}`, actorLabel: account.name }, ip, [{ action: 'auth.invitation.redeemed', targetType: 'Account', targetId: account.id }]);
  return { ok: true, value: account };
}

export async function createAccount(
  em: EntityManager,
  input: { email: string; name: string; role: Role; academyId: number | null; password: string; agencyId?: number | null },
  /** An organizer may create only AGENCY_HR accounts, for agencies of this academy. */
  organizerAcademyId: number | null = null,
): Promise<Result<Account>> {
  const errors: UserError[] = [];
  const email = input.email.trim().toLowerCase();
  if (email.length > 200 || !isEmailAddress(email)) errors.push(new UserError('email', ERROR_CODES.INVALID_VALUE, 'not an e-mail address'));
  checkText(input.name, 'name', 200, errors);
  if (input.role === 'PARTICIPANT') errors.push(new UserError('role', ERROR_CODES.INVALID_VALUE, 'participants get their account through an invitation'));
  const weak = checkPassword(input.password);
  if (weak) errors.push(weak);
  if (organizerAcademyId !== null && input.role !== 'AGENCY_HR') errors.push(new UserError('role', ERROR_CODES.INVALID_VALUE, 'organizers create only agency HR accounts'));
  const agency = input.role === 'AGENCY_HR' && input.agencyId
    ? await em.findOne(Agency, { id: input.agencyId, ...(organizerAcademyId !== null ? { academy: organizerAcademyId } : {}) }) : null;
  if (input.role === 'AGENCY_HR' && (!agency || !agency.academy)) errors.push(new UserError('agencyId', ERROR_CODES.NOT_FOUND, "an agency HR account needs an agency of the academy"));
  const academy = input.role === 'AGENCY_HR' ? (agency?.academy ? await em.findOne(Academy, agency.academy.id) : null)
    : input.academyId ? await em.findOne(Academy, input.academyId) : null;
  if (input.role === 'ORGANIZER' && !academy) errors.push(new UserError('academyId', ERROR_CODES.NOT_FOUND, 'an organizer needs an academy'));
  if (email && (await em.count(Account, { email }))) errors.push(new UserError('email', ERROR_CODES.EMAIL_TAKEN, 'this e-mail address already has an account'));
  if (errors.length) return { ok: false, errors };
  const account = em.create(Account, {
    email, name: input.name.trim(), role: input.role, academy: input.role === 'ORGANIZER' || input.role === 'AGENCY_HR' ? academy : null,
    agency: input.role === 'AGENCY_HR' ? agency : null,
    passwordHash: await hashPassword(input.password),
  });
  await em.flush();
  return { ok: true, value: account };
}

/** A new token: the secret is returned once; the database keeps its SHA-256. */
export async function createApiToken(
  em: EntityManager,
  input: { academy: Academy; name: string; scopes: string[]; expiresAt: Date | null; createdBy: Account | null },
): Promise<Result<{ token: ApiToken; secret: string }>> {
  const errors: UserError[] = [];
  if (!input.name.trim()) errors.push(new UserError('name', ERROR_CODES.REQUIRED, 'name the token after what uses it'));
  const bad = input.scopes.findIndex((s) => !isScope(s));
  if (bad >= 0) errors.push(new UserError(`scopes.${bad}`, ERROR_CODES.INVALID_VALUE, 'unknown scope'));
  if (input.expiresAt && input.expiresAt <= new Date()) errors.push(new UserError('expiresAt', ERROR_CODES.OUT_OF_RANGE, 'the expiry is in the past'));
  if (errors.length) return { ok: false, errors };
  const secret = `lintas_${randomSecret(30)}`;
  const token = em.create(ApiToken, {
    academy: input.academy, name: input.name.trim(), prefix: secret.slice(0, 14), secretHash: sha256(secret),
    scopes: [...new Set(input.scopes)] as Scope[], expiresAt: input.expiresAt, createdBy: input.createdBy,
  });
  await em.flush();
  return { ok: true, value: { token, secret } };
}
