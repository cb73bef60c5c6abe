import type { EselonGroup, PositionType } from './eselon.js';

/** What the retirement age (batas usia pensiun, BUP) of a position depends on. */
export interface RetirementPosition {
  positionType: PositionType;
  eselonGroup: EselonGroup;
  /** The job title (jabatan): a functional post's level (Ahli Utama, Ahli Madya) is read from it. */
  jobTitle?: string | null;
}

/**
 * The retirement age of a position, the one rule of it (UU ASN and PP 11/2017 art. 239):
 * 60 for JPT (eselon I–II), 58 for administrators, pengawas and pelaksana; functional posts
 * (JF) at the Ahli Utama level 65, Ahli Madya 60, the others 58.
 */
export function retirementAge(p: RetirementPosition): number {
  if (p.positionType === 'FUNGSIONAL') {
    const title = (p.jobTitle ?? '').toLowerCase();
    if (/\bahli\s+utama\b/.test(title)) return 65;
    if (/\bahli\s+madya\b/.test(title)) return 60;
    return 58;
  }
  return p.eselonGroup === 'I' || p.eselonGroup === 'II' ? 60 : 58;
}

/** The widest range of retirement ages `retirementAge` gives, for narrowing a roster by birth date first. */
export const RETIREMENT_AGE_RANGE = { min: 58, max: 65 } as const;

/**
 * The day a civil servant retires: the first day of the month after the one in which they
 * reach the retirement age (pensiun at the end of the month of the birthday), `YYYY-MM-DD`.
 */
export function retirementDate(birthDate: string, age: number): string {
  const y = Number(birthDate.slice(0, 4)) + age;
  const m = Number(birthDate.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Horizons of the retirement-risk list, in years. */
export const RETIREMENT_HORIZONS = [1, 3, 5] as const;
export type RetirementHorizon = (typeof RETIREMENT_HORIZONS)[number];
