import type { Role, Scope } from '@lintas/shared';

/**
 * What the API floor knows of a signed-in account or a token: who it is, for audit
 * labels and tenancy. The accounts feature resolves the caller (its entities satisfy
 * these) and reads the rest of its own entity where it needs it.
 */
export interface ViewerAccount {
  id: number;
  name: string;
}
export interface ViewerToken {
  id: number;
  name: string;
}

/** Who is asking: nobody, a signed-in account, or an integrator's token. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'account';
      account: ViewerAccount;
      role: Role;
      academyId: number | null;
      personId: number | null;
      /** The agency of an AGENCY_HR account; null for the other roles. */
      agencyId?: number | null;
      sessionId: number;
      /** What the account still owes before it may do anything else. */
      pending: null | 'mfa' | 'mfa-enrolment';
    }
  | { kind: 'token'; token: ViewerToken; academyId: number; scopes: ReadonlySet<Scope> };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** A signed-in, fully verified account or a live token. */
export function isAuthenticated(v: Viewer): boolean {
  return v.kind === 'token' || (v.kind === 'account' && v.pending === null);
}

export function isAdmin(v: Viewer): boolean {
  return v.kind === 'account' && v.pending === null && v.role === 'ADMIN';
}

export function hasScope(v: Viewer, scope: Scope): boolean {
  return v.kind === 'token' && v.scopes.has(scope);
}

/** The academy a caller is bound to: null for admins (all), -1 for callers bound to none. */
export function academyOf(v: Viewer): number | null {
  if (v.kind === 'token') return v.academyId;
  if (v.kind === 'account' && v.pending === null) {
    if (v.role === 'ADMIN') return null;
    if (v.role === 'ORGANIZER') return v.academyId ?? -1;
  }
  return -1;
}

/** Audit label: account:<id>, token:<id> or anonymous. */
export function actorOf(v: Viewer): { actor: string; actorLabel: string } {
  if (v.kind === 'account') return { actor: `account:${v.account.id}`, actorLabel: v.account.name };
  if (v.kind === 'token') return { actor: `token:${v.token.id}`, actorLabel: v.token.name };
  return { actor: 'anonymous', actorLabel: 'anonymous' };
}
