import type { AuthChecker } from 'type-graphql';
import { ERROR_CODES, isScope, type Role } from '@lintas/shared';
import { isAuthenticated } from './viewer.js';
import type { Context } from './context.js';
import { requestError } from './user-error.js';

/**
 * `@Authorized(...)` takes roles (ADMIN, ORGANIZER, PARTICIPANT) and token scopes
 * (roster:read …); a caller passes when it has any of them. `@Authorized()` alone
 * asks only for a signed-in account or a token. Refusals are top-level errors.
 */
export const authChecker: AuthChecker<Context> = ({ context: { viewer } }, allowed) => {
  if (!isAuthenticated(viewer)) {
    const code = viewer.kind === 'account' && viewer.pending === 'mfa' ? ERROR_CODES.MFA_REQUIRED
      : viewer.kind === 'account' && viewer.pending === 'mfa-enrolment' ? ERROR_CODES.MFA_ENROLMENT_REQUIRED
      : ERROR_CODES.UNAUTHENTICATED;
    throw requestError(code, code === ERROR_CODES.UNAUTHENTICATED ? 'sign in or send an API token' : 'finish the second factor first');
  }
  if (allowed.length === 0) return true;
  const ok = viewer.kind === 'token'
    ? allowed.some((a) => isScope(a) && viewer.scopes.has(a))
    : viewer.kind === 'account' && allowed.includes(viewer.role as Role);
  if (!ok) throw requestError(ERROR_CODES.FORBIDDEN, 'not allowed for this account or token');
  return true;
};
