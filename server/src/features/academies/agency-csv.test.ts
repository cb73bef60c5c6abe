import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { readAgencyCsv } from './agency-csv.js';
import { checkAgency } from './agency.rules.js';

describe('agency CSV', () => {
  it('reads the shared columns in any order, `;` or `,`, with a BOM, and tells each row its line', () => {
    const read = readAgencyCsv('\uFEFFtime_zone;code;name;level\n\nWITA;bkd-sulsel;BKD Sulawesi Selatan;pusat\n');
    expect(read).toEqual({ ok: true, rows: [{ line: 3, wrongWidth: false, agency: { code: 'bkd-sulsel', name: 'BKD Sulawesi Selatan', level: 'pusat', timeZone: 'WITA' } }] });
  });

  it('refuses a file without a required column, without rows, or that is not CSV', () => {
    expect(readAgencyCsv('code,name,level\nA,b,PUSAT')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MISSING_COLUMN, field: 'time_zone' });
    expect(readAgencyCsv('code,name,level,time_zone\n')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_EMPTY });
    expect(readAgencyCsv('code,name,level,time_zone\n"A,b')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MALFORMED });
  });

  it('flags a row of another width', () => {
    const read = readAgencyCsv('code,name,level,time_zone\nA,b,PUSAT');
    expect(read.ok && read.rows[0]!.wrongWidth).toBe(true);
  });
});

describe('agency rules', () => {
  it('normalizes a good agency', () => {
    expect(checkAgency({ code: ' dinkes-babel ', name: ' Dinas Kesehatan ', level: 'daerah', province: 'Kepulauan Bangka Belitung', timeZone: 'wib' })).toEqual({
      ok: true, value: { code: 'DINKES-BABEL', name: 'Dinas Kesehatan', level: 'DAERAH', province: 'Kepulauan Bangka Belitung', timeZone: 'WIB' },
    });
  });

  it('reports every problem, field by field, with the prefix', () => {
    const r = checkAgency({ code: 'a b', name: '', level: 'DAERAH', timeZone: 'UTC' }, 'input.3.');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => `${e.field} ${e.code}`)).toEqual([
      'input.3.code input/invalid-value', 'input.3.name input/required', 'input.3.timeZone input/invalid-value', 'input.3.province input/required',
    ]);
  });
});
