import { describe, expect, it } from 'vitest';
import { emptyFilter, filterFromQuery, filterToQuery, filterVariables, isFiltered, yearFromQuery } from './report-filter';

describe('report filter in the address', () => {
  it('round-trips through the Indonesian query keys', () => {
    const f = { ...emptyFilter(), from: '2026-01-01', to: '2026-06-30', programId: 'UHJvZ3JhbTox', province: 'Kepulauan Bangka Belitung' };
    const query = filterToQuery(f);
    expect(query).toEqual({ dari: '2026-01-01', sampai: '2026-06-30', program: 'UHJvZ3JhbTox', provinsi: 'Kepulauan Bangka Belitung' });
    expect(filterFromQuery(query)).toEqual(f);
  });

  it('drops malformed dates, takes the first of repeated keys and ignores unknown ones', () => {
    expect(filterFromQuery({ dari: '1-1-2026', sampai: ['2026-02-01', '2026-03-01'], instansi: 'QWdlbmN5OjE', x: 'y' })).toEqual({
      ...emptyFilter(),
      to: '2026-02-01',
      agencyId: 'QWdlbmN5OjE',
    });
  });

  it('sends unset fields as null to GraphQL', () => {
    expect(filterVariables({ ...emptyFilter(), cohortId: 'Q29ob3J0OjE' })).toEqual({
      from: null, to: null, academyId: null, programId: null, cohortId: 'Q29ob3J0OjE', agencyId: null, province: null,
    });
    expect(isFiltered(emptyFilter())).toBe(false);
    expect(isFiltered({ ...emptyFilter(), province: 'Bali' })).toBe(true);
  });

  it('reads a plausible year or falls back', () => {
    expect(yearFromQuery({ tahun: '2025' }, 2026)).toBe(2025);
    expect(yearFromQuery({ tahun: 'abc' }, 2026)).toBe(2026);
    expect(yearFromQuery({ tahun: '20255' }, 2026)).toBe(2026);
    expect(yearFromQuery({}, 2026)).toBe(2026);
  });
});
