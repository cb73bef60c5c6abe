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

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Reads a NIP: birth date `YYYYMMDD` + TMT CPNS `YYYYMM` + gender (1|2) + serial.
 * PNS numbers are checked strictly; an NI PPPK only for digits and birth date.
 * The result's error carries a code only, never the number itself.
 */
export function parseNip(raw: string, employmentType: EmploymentType = 'PNS'): NipResult {
  const nip = raw.trim();
  if (!/^\d{18}$/.test(nip)) return { ok: false, code: ERROR_CODES.NIP_FORMAT };
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  if (y < 1900 || !isRealDate(y, m, d)) return { ok: false, code: ERROR_CODES.NIP_BIRTH_DATE };
  const birthDate = `${y}-${pad(m)}-${pad(d)}`;
  const base = { birthDate, birthYear: y, generation: generationOfYear(y) };
  if (employmentType === 'PPPK') return { ok: true, value: { ...base, gender: null, appointment: null } };

  const ay = Number(nip.slice(8, 12));
  const am = Number(nip.slice(12, 14));
  if (am < 1 || am > 12 || ay < 1900) return { ok: false, code: ERROR_CODES.NIP_APPOINTMENT };
  if (ay * 12 + am <= y * 12 + m) return { ok: false, code: ERROR_CODES.NIP_APPOINTMENT_BEFORE_BIRTH };
  const g = nip[14];
  if (g !== '1' && g !== '2') return { ok: false, code: ERROR_CODES.NIP_GENDER };
  return {
    ok: true,
    value: { ...base, gender: g === '1' ? 'MALE' : 'FEMALE', appointment: `${ay}-${pad(am)}` },
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
