import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { failureOf, readRosterCsv, type CsvResult, type CsvRow } from './person-csv.js';

/** Every row of a file that was read, in batches of `size`. */
async function rowsOf(r: CsvResult, size = 1000): Promise<CsvRow[]> {
  if (!r.ok) throw new Error(r.message);
  const rows: CsvRow[] = [];
  for await (const batch of r.batches(size)) rows.push(...batch);
  return rows;
}

describe('readRosterCsv', () => {
  it('reads comma files with a BOM and columns in any order', async () => {
    const r = readRosterCsv('\uFEFFname,nip,agency_code,employment_type,position_type,eselon,job_title\r\nAni,198001012005012001,X,PNS,FUNGSIONAL,,Analis\r\n');
    expect(r.ok).toBe(true);
    expect(await rowsOf(r)).toEqual([
      { row: 0, wrongWidth: false, person: { nip: '198001012005012001', name: 'Ani', employmentType: 'PNS', positionType: 'FUNGSIONAL', eselon: '', jobTitle: 'Analis', agencyCode: 'X' } },
    ]);
  });

  it('reads semicolon files, keeping commas inside cells', async () => {
    const [row] = await rowsOf(readRosterCsv('nip;name;employment_type;position_type;eselon;job_title;agency_code\n198001012005012001;"Budi, S.Kom.";PNS;STRUKTURAL;IIIa;Kepala Bidang, Umum;X\n'));
    expect(row!.person.name).toBe('Budi, S.Kom.');
    expect(row!.person.jobTitle).toBe('Kepala Bidang, Umum');
  });

  it('names the missing column', () => {
    expect(readRosterCsv('nip,name,employment_type,position_type\n1,2,3,4\n')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MISSING_COLUMN, field: 'agency_code' });
  });

  it('refuses an empty file, and yields no rows for a header without any', async () => {
    expect(readRosterCsv('')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_EMPTY });
    expect(await rowsOf(readRosterCsv('nip,name,employment_type,position_type,agency_code\n'))).toEqual([]);
  });

  it('marks rows with another number of cells and reports their line', async () => {
    const r = readRosterCsv('nip,name,employment_type,position_type,agency_code\n\n1,2,3,4,5\n1,2,3\n');
    expect((await rowsOf(r)).map((x) => [x.row, x.wrongWidth])).toEqual([[0, false], [1, true]]);
    expect(r.ok && r.lines()).toEqual([3, 4]);
  });

  it('reads a large file in batches, across the pieces it is parsed in, with a cell spanning lines', async () => {
    const header = 'nip,name,employment_type,position_type,agency_code';
    const body = Array.from({ length: 30_000 }, (_, i) => (i === 20_000 ? `${i},"Nama\nDua Baris",PNS,JF,X` : `${i},Nama ${i} Ā,PNS,JF,X`));
    const r = readRosterCsv([header, ...body].join('\r\n'));
    if (!r.ok) throw new Error(r.message);
    const sizes: number[] = [];
    const rows: CsvRow[] = [];
    for await (const batch of r.batches(7_000)) {
      sizes.push(batch.length);
      rows.push(...batch);
    }
    expect(sizes).toEqual([7_000, 7_000, 7_000, 7_000, 2_000]);
    expect(rows.map((x) => x.row)).toEqual(rows.map((_, i) => i));
    expect(rows[20_000]!.person.name).toBe('Nama\nDua Baris');
    expect(rows[29_999]!.person).toMatchObject({ nip: '29999', name: 'Nama 29999 Ā', agencyCode: 'X' });
    const lines = r.lines();
    expect([lines[0], lines[19_999], lines[20_000], lines[20_001], lines[29_999]]).toEqual([2, 20_001, 20_003, 20_004, 30_002]);
  });

  it('reports an unclosed quote as a malformed file, when the rows are read, without echoing its content', async () => {
    const r = readRosterCsv('nip,name,employment_type,position_type,agency_code\n"198001012005012001,Ani,PNS,JF,X\n');
    const failure = await rowsOf(r).then(() => null, failureOf);
    expect(failure).toEqual({ ok: false, code: ERROR_CODES.CSV_MALFORMED, field: null, message: 'the file cannot be read as CSV near line 2' });
    expect(JSON.stringify(failure)).not.toContain('198001012005012001');
  });

  it('reports a malformed file as such before a missing column, and a malformed header at once', () => {
    expect(readRosterCsv('nip,name,employment_type\n1,"2,3\n')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MALFORMED });
    expect(readRosterCsv('nip,name,employment_type\n1,2,3\n')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MISSING_COLUMN });
    expect(readRosterCsv('nip,"name\n')).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MALFORMED });
  });
});
