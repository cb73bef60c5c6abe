import type { Role, Scope } from '@lintas/shared';
import { authChecker } from '../auth-checker.js';
import { academyOf, type Viewer } from '../viewer.js';

/** Whether the caller passes a list's `@Authorized` (the same check the resolvers run). */
export function authorized(viewer: Viewer, access: readonly (Role | Scope)[]): boolean {
  try {
    return (authChecker as (data: unknown, roles: unknown[]) => unknown)({ context: { viewer } }, [...access]) === true;
  } catch {
    return false;
  }
}

/** Everything about a caller that tenancy and authorization read: callers with one key share plans. */
export function viewerKey(v: Viewer): string {
  if (v.kind === 'anonymous') return 'anonymous';
  if (v.kind === 'token') return `token:${v.academyId}:${[...v.scopes].sort().join(',')}`;
  return `account:${v.account.id}:${v.role}:${v.pending}:${academyOf(v)}:${v.personId}`;
}

/**
 * The academy whose data version a caller's answers depend on: the one an organizer or a
 * token is bound to (they see nothing of another academy), or null for callers who may see
 * several (admins) or whose own records may lie in any (participants, anonymous callers).
 */
export function versionAcademy(v: Viewer): number | null {
  if (v.kind === 'token') return v.academyId;
  if (v.kind === 'account' && v.pending === null && v.role === 'ORGANIZER') {
    const academy = academyOf(v);
    return academy !== null && academy > 0 ? academy : null;
  }
  return null;
}
