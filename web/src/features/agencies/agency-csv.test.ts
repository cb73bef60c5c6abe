import { AGENCY_CSV_COLUMNS, AGENCY_LEVELS, TIME_ZONES } from '@lintas/shared';
import { describe, expect, it } from 'vitest';
import { sampleAgencyCsv } from './agency-csv';

describe('the sample agency CSV', () => {
  it('has the shared columns and only values the import accepts', () => {
    const [header, ...rows] = sampleAgencyCsv().trim().split('\n');
    expect(header!.split(',')).toEqual([...AGENCY_CSV_COLUMNS]);
    const zones = TIME_ZONES.map((z) => z.code) as string[];
    for (const row of rows) {
      // No sample value holds a comma, so a plain split reads it.
      const cells = Object.fromEntries(row.split(',').map((v, i) => [AGENCY_CSV_COLUMNS[i], v]));
      expect(AGENCY_LEVELS as readonly string[]).toContain(cells.level);
      expect(zones).toContain(cells.time_zone);
      expect(cells.code).toMatch(/^[A-Z0-9-]+$/);
      if (cells.level === 'DAERAH') expect(cells.province).not.toBe('');
    }
  });
});
