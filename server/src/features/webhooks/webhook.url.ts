import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';

/** Public unicast only: loopback, private, link-local, carrier-grade NAT, multicast and the like are refused. */
export function isPrivateAddress(address: string): boolean {
  try {
    const parsed = ipaddr.process(address);
    return parsed.range() !== 'unicast';
  } catch {
    return true;
  }
}

/** Checks a subscription's address: absolute http(s), no credentials, and (unless allowed) not a private IP literal or `localhost`. */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): { ok: true; url: string } | { ok: false; code: ErrorCode; message: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, code: ERROR_CODES.WEBHOOK_URL_INVALID, message: 'the address is not an absolute URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, code: ERROR_CODES.WEBHOOK_URL_INVALID, message: 'only http and https addresses are allowed' };
  if (url.username || url.password) return { ok: false, code: ERROR_CODES.WEBHOOK_URL_INVALID, message: 'the address must not carry a user name or password' };
  if (url.href.length > 2000) return { ok: false, code: ERROR_CODES.OUT_OF_RANGE, message: 'the address is longer than 2000 characters' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && ((isIP(host) && isPrivateAddress(host)) || host === 'localhost' || host.endsWith('.localhost'))) {
    return { ok: false, code: ERROR_CODES.WEBHOOK_URL_PRIVATE, message: 'private, loopback and link-local addresses are refused' };
  }
  return { ok: true, url: url.href };
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for outgoing deliveries that refuses private answers, so a public name
 * that resolves (or is re-pointed) to an internal address is not called either.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options }, ((err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => {
      if (err) return callback(err, address, family);
      const all = Array.isArray(address) ? address.map((a) => a.address) : [address];
      if (!allowPrivate && all.some(isPrivateAddress)) {
        const refused = Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' });
        return callback(refused, address, family);
      }
      callback(null, address, family);
    }) as never);
  };
}
