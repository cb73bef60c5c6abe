import { describe, expect, it } from 'vitest';
import { GENERATIONS, generationOfYear } from './generations.js';
import { eselonGroupOf } from './eselon.js';

describe('generations', () => {
  it('cover every year from 1946 on without gaps or overlaps', () => {
    for (let y = 1946; y <= 2030; y++) {
      expect(GENERATIONS.filter((g) => y >= g.from && y <= g.to)).toHaveLength(1);
    }
    expect(generationOfYear(1945)).toBeNull();
  });

  it('put the edge years where DESIGN.md puts them', () => {
    expect([1964, 1965, 1979, 1980, 1994, 1995, 2012, 2013].map(generationOfYear)).toEqual([
      'BOOMER', 'GEN_X', 'GEN_X', 'GEN_Y', 'GEN_Y', 'GEN_Z', 'GEN_Z', 'GEN_ALPHA',
    ]);
  });
});

describe('eselonGroupOf', () => {
  it('groups structural posts by their roman rank and the rest by position type', () => {
    expect(eselonGroupOf('STRUKTURAL', 'Ib')).toBe('I');
    expect(eselonGroupOf('STRUKTURAL', 'IIa')).toBe('II');
    expect(eselonGroupOf('STRUKTURAL', 'IIIb')).toBe('III');
    expect(eselonGroupOf('STRUKTURAL', 'IVa')).toBe('IV');
    expect(eselonGroupOf('FUNGSIONAL', null)).toBe('JF');
    expect(eselonGroupOf('PELAKSANA', null)).toBe('PELAKSANA');
    expect(() => eselonGroupOf('STRUKTURAL', null)).toThrow();
  });
});
