import { describe, expect, it } from 'vitest';
import { retirementAge, retirementDate } from './retirement.js';

describe('retirement age', () => {
  it('is 60 for JPT, 58 for administrators, pengawas and pelaksana, 58–65 for JF by level', () => {
    expect(retirementAge({ positionType: 'STRUKTURAL', eselonGroup: 'I' })).toBe(60);
    expect(retirementAge({ positionType: 'STRUKTURAL', eselonGroup: 'II' })).toBe(60);
    expect(retirementAge({ positionType: 'STRUKTURAL', eselonGroup: 'III' })).toBe(58);
    expect(retirementAge({ positionType: 'STRUKTURAL', eselonGroup: 'IV' })).toBe(58);
    expect(retirementAge({ positionType: 'PELAKSANA', eselonGroup: 'PELAKSANA' })).toBe(58);
    expect(retirementAge({ positionType: 'FUNGSIONAL', eselonGroup: 'JF', jobTitle: 'Widyaiswara Ahli Utama' })).toBe(65);
    expect(retirementAge({ positionType: 'FUNGSIONAL', eselonGroup: 'JF', jobTitle: 'Analis Kebijakan Ahli Madya' })).toBe(60);
    expect(retirementAge({ positionType: 'FUNGSIONAL', eselonGroup: 'JF', jobTitle: 'Pranata Komputer Ahli Muda' })).toBe(58);
    expect(retirementAge({ positionType: 'FUNGSIONAL', eselonGroup: 'JF', jobTitle: null })).toBe(58);
  });

  it('ends at the first day of the month after the birthday', () => {
    expect(retirementDate('1968-03-02', 60)).toBe('2028-04-01');
    expect(retirementDate('1970-12-31', 58)).toBe('2029-01-01');
  });
});
