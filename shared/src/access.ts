/** Scopes of an integrator's API token. */
export const SCOPES = ['roster:read', 'roster:write', 'schedule:read', 'attendance:read', 'attendance:write', 'reports:read', 'knowledge:read', 'learning:write'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Passwords: at least this long (NIST SP 800-63B); no composition rules. */
export const MIN_PASSWORD_LENGTH = 10;
