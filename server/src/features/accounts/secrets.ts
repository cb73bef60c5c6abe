import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify, Algorithm } from '@node-rs/argon2';

/** OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  // An account without a password still costs one hash, so timing does not tell it apart.
  if (!stored) {
    await hash(password, ARGON2);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Session secrets, token secrets and one-time codes are looked up by their SHA-256. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A code people can read aloud and type on a phone: groups of 4 from an alphabet without 0/O, 1/I/L. */
export function humanCode(groups = 3): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(groups * 4);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return Array.from({ length: groups }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}

export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '').replace(/(.{4})(?=.)/g, '$1-');
}

export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
