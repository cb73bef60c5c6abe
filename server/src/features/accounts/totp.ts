import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;

function totp(secret: string, label: string): TOTP {
  return new TOTP({ issuer: 'Lintas', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/**
 * Checks a code against the current step ± 1 and returns its step, or null. The
 * caller refuses a step at or before the last one accepted: a replayed code.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  const clean = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(clean)) return null;
  const delta = totp(secret, 'x').validate({ token: clean, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** For tests and the CLI: the code of a moment. */
export function totpCode(secret: string, now = Date.now()): string {
  return totp(secret, 'x').generate({ timestamp: now });
}
