import { ERROR_CODES, type ErrorCode } from './errors.js';
import { generationOfYear, type Generation } from './generations.js';
import type { EmploymentType } from './eselon.js';

export type Gender = 'MALE' | 'FEMALE';

export interface NipInfo {
  /** ISO date `YYYY-MM-DD`. */
  birthDate: string;
  birthYear: number;
  generation: Generation | null;
  /** Known for PNS NIPs only (the NI PPPK's middle digits follow another scheme). */
  gender: Gender | null;
  /** `YYYY-MM` of the TMT CPNS, PNS only. */
  appointment: string | null;
}

export type NipResult = { ok: true; value: NipInfo } | { ok: false; code: ErrorCode };

/** Whether day `d` of month `m` exists in year `y` (Gregorian). */
function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The number written by the digits of `s` from `from` to `to` (exclusive); digits only. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/**
 * Reads a NIP: birth date `YYYYMMDD` + TMT CPNS `YYYYMM` + gender (1|2) + serial.
 * PNS numbers are checked strictly; an NI PPPK only for digits and birth date.
 * The result's error carries a code only, never the number itself. A roster import
 * reads one per row, so the digits are read in place, without a Date or a copy.
 */
export function parseNip(raw: string, employmentType: EmploymentType = 'PNS'): NipResult {
  const nip = raw.trim();
  if (!/^\d{18}$/.test(nip)) return { ok: false, code: ERROR_CODES.NIP_FORMAT };
  const y = digits(nip, 0, 4);
  const m = digits(nip, 4, 6);
  const d = digits(nip, 6, 8);
  if (y < 1900 || !isRealDate(y, m, d)) return { ok: false, code: ERROR_CODES.NIP_BIRTH_DATE };
  // From 1900 on the year has four digits, so the NIP's own digits are the ISO date.
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const generation = generationOfYear(y);
  if (employmentType === 'PPPK') return { ok: true, value: { birthDate, birthYear: y, generation, gender: null, appointment: null } };

  const ay = digits(nip, 8, 12);
  const am = digits(nip, 12, 14);
  if (am < 1 || am > 12 || ay < 1900) return { ok: false, code: ERROR_CODES.NIP_APPOINTMENT };
  if (ay * 12 + am <= y * 12 + m) return { ok: false, code: ERROR_CODES.NIP_APPOINTMENT_BEFORE_BIRTH };
  const g = nip[14];
  if (g !== '1' && g !== '2') return { ok: false, code: ERROR_CODES.NIP_GENDER };
  return {
    ok: true,
    value: { birthDate, birthYear: y, generation, gender: g === '1' ? 'MALE' : 'FEMALE', appointment: `${nip.slice(8, 12)}-${nip.slice(12, 14)}` },
  };
}

/** Builds a PNS NIP from its parts (demo data and tests). */
export function formatNip(p: { birth: Date; appointment: Date; gender: Gender; serial: number }): string {
  const b = p.birth;
  const a = p.appointment;
  return (
    `${b.getUTCFullYear()}${pad(b.getUTCMonth() + 1)}${pad(b.getUTCDate())}` +
    `${a.getUTCFullYear()}${pad(a.getUTCMonth() + 1)}` +
    `${p.gender === 'MALE' ? 1 : 2}${pad(p.serial % 1000, 3)}`
  );
}

/** What lists show to callers without the roster scope: the first 4 and last 2 digits. */
export function maskNip(nip: string): string {
  return nip.length < 8 ? '*'.repeat(nip.length) : `${nip.slice(0, 4)}${'*'.repeat(nip.length - 6)}${nip.slice(-2)}`;
}

/** An e-mail address for callers without the roster scope, masked like a NIP: `s***@bkpsdmd.go.id`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 1 ? '***' : `${address[0]}***${address.slice(at)}`;
}
