import { describe, expect, it } from 'vitest';
import { exportUrl, REPORT_EXPORTS } from './export-url';
import { emptyFilter } from './report-filter';

describe('exportUrl', () => {
  it('names the report and format, and sends only lang for an empty filter', () => {
    expect(exportUrl('participation-by-eselon', 'csv', emptyFilter(), { lang: 'id' })).toBe('/exports/participation-by-eselon.csv?lang=id');
    expect(exportUrl('literacy-target', 'xlsx', {}, { lang: 'en' })).toBe('/exports/literacy-target.xlsx?lang=en');
  });

  it('carries every set filter under its GraphQL name, global ids untouched and encoded', () => {
    const url = exportUrl(
      'participation-matrix',
      'xlsx',
      { ...emptyFilter(), from: '2026-01-01', to: '2026-12-31', academyId: 'QWNhZGVteTox', programId: 'UHJvZ3JhbTox', cohortId: 'Q29ob3J0OjI=', agencyId: 'QWdlbmN5OjM', province: 'Kepulauan Bangka Belitung' },
      { lang: 'id' },
    );
    const [path, query] = url.split('?');
    expect(path).toBe('/exports/participation-matrix.xlsx');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      academyId: 'QWNhZGVteTox',
      programId: 'UHJvZ3JhbTox',
      cohortId: 'Q29ob3J0OjI=',
      agencyId: 'QWdlbmN5OjM',
      province: 'Kepulauan Bangka Belitung',
      lang: 'id',
    });
    expect(query).toContain('cohortId=Q29ob3J0OjI%3D');
    expect(query).toContain('province=Kepulauan+Bangka+Belitung');
  });

  it('leaves out empty and null fields', () => {
    expect(exportUrl('participation-by-generation', 'csv', { from: '', programId: null, province: 'Sulawesi Selatan' }, { lang: 'en' })).toBe(
      '/exports/participation-by-generation.csv?province=Sulawesi+Selatan&lang=en',
    );
  });

  it('adds the year to the JP reports, and refuses them without one', () => {
    expect(exportUrl('jp-compliance', 'csv', { programId: 'UHJvZ3JhbTox' }, { lang: 'id', year: 2026 })).toBe('/exports/jp-compliance.csv?programId=UHJvZ3JhbTox&year=2026&lang=id');
    expect(exportUrl('jp-compliance-below', 'xlsx', {}, { lang: 'en', year: 2025 })).toBe('/exports/jp-compliance-below.xlsx?year=2025&lang=en');
    expect(() => exportUrl('jp-compliance', 'csv', {}, { lang: 'id' })).toThrow(/year/);
    expect(exportUrl('participation-by-eselon', 'csv', {}, { lang: 'id', year: 2026 })).toBe('/exports/participation-by-eselon.csv?lang=id');
  });

  it('covers exactly the seven report exports of the contract', () => {
    expect([...REPORT_EXPORTS].sort()).toEqual(
      ['assessment-gain', 'jp-compliance', 'jp-compliance-below', 'literacy-target', 'participation-by-eselon', 'participation-by-generation', 'participation-matrix'],
    );
  });
});
