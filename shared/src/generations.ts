/** Generations by birth year (DESIGN.md); one table for server, web and reports. */
export const GENERATIONS = [
  { code: 'BOOMER', label: 'Baby Boomers', from: 1946, to: 1964 },
  { code: 'GEN_X', label: 'Gen X', from: 1965, to: 1979 },
  { code: 'GEN_Y', label: 'Gen Y (milenial)', from: 1980, to: 1994 },
  { code: 'GEN_Z', label: 'Gen Z', from: 1995, to: 2012 },
  { code: 'GEN_ALPHA', label: 'Gen Alpha', from: 2013, to: 9999 },
] as const;

export type Generation = (typeof GENERATIONS)[number]['code'];
export const GENERATION_CODES = GENERATIONS.map((g) => g.code) as Generation[];

/** The generation of a birth year, or null before 1946 (no serving ASN was born then). */
export function generationOfYear(year: number): Generation | null {
  return GENERATIONS.find((g) => year >= g.from && year <= g.to)?.code ?? null;
}

/** Order of seniority: a smaller index is an older generation. */
export function generationRank(g: Generation): number {
  return GENERATION_CODES.indexOf(g);
}
