/** Structural ranks still in use (eselon V is obsolete). */
export const ESELONS = ['Ia', 'Ib', 'IIa', 'IIb', 'IIIa', 'IIIb', 'IVa', 'IVb'] as const;
export type Eselon = (typeof ESELONS)[number];

/** Groups used by programs' targets and by every report. */
export const ESELON_GROUPS = ['I', 'II', 'III', 'IV', 'JF', 'PELAKSANA'] as const;
export type EselonGroup = (typeof ESELON_GROUPS)[number];

/** Position classes: structural (with an eselon), functional (JF) or executor. */
export const POSITION_TYPES = ['STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA'] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Leadership groups: the structural leaders who decide (I–II). */
export const LEADER_GROUPS: readonly EselonGroup[] = ['I', 'II'];

export function isEselon(value: string): value is Eselon {
  return (ESELONS as readonly string[]).includes(value);
}

/** The report group of a person: eselon I–IV for structural posts, else JF or Pelaksana. */
export function eselonGroupOf(positionType: PositionType, eselon: Eselon | null | undefined): EselonGroup {
  if (positionType === 'FUNGSIONAL') return 'JF';
  if (positionType === 'PELAKSANA') return 'PELAKSANA';
  if (!eselon) throw new Error('a structural position needs an eselon');
  return eselon.startsWith('IV') ? 'IV' : eselon.startsWith('III') ? 'III' : eselon.startsWith('II') ? 'II' : 'I';
}
