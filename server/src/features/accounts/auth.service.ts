import type { EntityManager } from '@mikro-orm/core';
import { mapRow } from '../../db/map-row.js';
import { executePrepared } from '../../db/bound-sql.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Account } from './account.entity.js';
import { ApiToken } from './api-token.entity.js';
import { AuthSession } from './auth-session.entity.js';
import { randomSecret, sha256 } from './secrets.js';
import { ANONYMOUS, type Viewer } from '../../graphql/viewer.js';

export const SESSION_COOKIE = 'lintas_session';
const SESSION_HOURS = 12;
/** A token's last use is written at most this often. */
const LAST_USE_RESOLUTION_MS = 60_000;

/**
 * Who is calling is read from the primary, never a read replica: a session is
 * valid on the request right after sign-in, and a revoked token or signed-out
 * session stops working at once, whatever the replicas' lag.
 */
const PRIMARY = { connectionType: 'write' } as const;

function bearer(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  return h && /^Bearer\s+\S+$/i.test(h) ? h.replace(/^Bearer\s+/i, '').trim() : null;
}

/** What an account still owes: admins must have and give a second factor; organizers who enrolled one must give it. */
export function pendingOf(account: Account, mfaPassed: boolean): null | 'mfa' | 'mfa-enrolment' {
  if (mfaPassed) return null;
  if (account.totpEnabled) return 'mfa';
  return account.role === 'ADMIN' ? 'mfa-enrolment' : null;
}

export function accountViewer(account: Account, session: Pick<AuthSession, 'id' | 'mfaPassed'>): Viewer {
  return {
    kind: 'account', account, role: account.role, sessionId: session.id,
    academyId: account.academy?.id ?? null, personId: account.person?.id ?? null, agencyId: account.agency?.id ?? null,
    pending: pendingOf(account, session.mfaPassed),
  };
}

/**
 * The caller of a request: a bearer token (checked against its hash, expiry and
 * revocation on every request) or a session cookie. A bad token is an error;
 * a stale cookie is just anonymous.
 */
export async function resolveViewer(em: EntityManager, request: FastifyRequest): Promise<Viewer | 'invalid-token'> {
  const token = bearer(request);
  if (token) {
    const found = await em.findOne(ApiToken, { secretHash: sha256(token) }, PRIMARY);
    const now = new Date();
    if (!found || found.revokedAt || (found.expiresAt && found.expiresAt <= now)) return 'invalid-token';
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USE_RESOLUTION_MS) {
      await em.nativeUpdate(ApiToken, { id: found.id }, { lastUsedAt: now });
    }
    return { kind: 'token', token: found, academyId: found.academy.id, scopes: new Set(found.scopes) };
  }
  const secret = request.cookies?.[SESSION_COOKIE];
  if (!secret) return ANONYMOUS;
  // Every signed-in request runs this: one fixed statement, no query building.
  const [row] = await executePrepared<Record<string, unknown>>(
    em as SqlEntityManager, SESSION_SQL, [sha256(secret), em.getPlatform().processDateProperty(new Date())], PRIMARY.connectionType,
  );
  if (!row) return ANONYMOUS;
  const { _session_id: sessionId, _mfa_passed: mfaPassed, ...accountRow } = row;
  const account = mapRow(em, Account, accountRow);
  if (account.disabled) return ANONYMOUS;
  return accountViewer(account, { id: Number(sessionId), mfaPassed: Boolean(mfaPassed) });
}

/** The session of a cookie's secret, unexpired, with its account. */
const SESSION_SQL = `select s.id as "_session_id", s.mfa_passed as "_mfa_passed", a.*
  from auth_session s join account a on a.id = s.account_id
  where s.secret_hash = ? and s.expires_at > ?`;

export async function startSession(em: EntityManager, reply: FastifyReply, account: Account, ip: string, mfaPassed: boolean): Promise<AuthSession> {
  const secret = randomSecret();
  const session = em.create(AuthSession, {
    secretHash: sha256(secret), account, mfaPassed, ip, expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
  });
  account.lastSignInAt = new Date();
  await em.flush();
  reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true, sameSite: 'lax', path: '/', secure: reply.request.protocol === 'https', maxAge: SESSION_HOURS * 3600,
  });
  return session;
}

export async function endSession(em: EntityManager, reply: FastifyReply, sessionId: number): Promise<void> {
  await em.nativeDelete(AuthSession, { id: sessionId });
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
