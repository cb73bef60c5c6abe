import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new signing secret; receivers use the whole string as the HMAC key. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

/** `v1=` + hex HMAC-SHA256 of `${timestamp}.${body}` with the secret as key. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * The `Lintas-Signature` header: one `v1=…` per secret that signs, space-separated, the
 * current secret's first. After a rotation with an overlap, the previous secret signs
 * too until its window ends, so a receiver still holding it keeps accepting deliveries.
 */
export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return secrets.map((secret) => signWebhook(secret, timestamp, body)).join(' ');
}

/**
 * What a receiver does (the integrator guide shows the same in a few lines): recompute,
 * compare in constant time with each signature of the header (one matching is enough),
 * and refuse timestamps older than the tolerance (replays).
 */
export function verifyWebhook(secret: string, timestamp: string, body: string, header: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  return header.split(' ').some((signature) => {
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
