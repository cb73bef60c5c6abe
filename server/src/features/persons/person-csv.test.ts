import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { failureOf, readRosterCsv, readRosterFile, type CsvResult, type CsvRow } from './person-csv.js';

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

describe('readRosterFile', () => {
  const file = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-file-'));
    const path = join(dir, 'roster.csv');
    writeFileSync(path, text);
    return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
  };

  it('reads a file as readRosterCsv reads its text: rows, count, and the lines of the rows asked for', async () => {
    const header = 'name;nip;agency_code;employment_type;position_type;eselon;job_title';
    const rows = Array.from({ length: 2500 }, (_, i) => `${i === 1 ? '"Ani\nKedua"' : `Orang ${i}`};198001012005012${String(i).padStart(3, '0')};X;PNS;FUNGSIONAL;;Analis`);
    const text = `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`;
    const f = file(text);
    try {
      const r = await readRosterFile(f.path);
      if (!r.ok) throw new Error(r.message);
      const read: CsvRow[] = [];
      for await (const batch of r.batches(1000)) read.push(...batch);
      expect(read).toEqual(await rowsOf(readRosterCsv(text)));
      expect(await r.count()).toBe(2500);
      // As importPersons tells them (a row spanning lines 3–4 is told by its last line); the rows after it sit one line further down.
      const lines = (readRosterCsv(text) as Extract<CsvResult, { ok: true }>).lines();
      expect(await r.linesOf([0, 1, 2, 2499])).toEqual(new Map([[0, lines[0]], [1, lines[1]], [2, lines[2]], [2499, lines[2499]]]));
      expect(lines.slice(0, 3).concat(lines[2499]!)).toEqual([2, 4, 5, 2502]);
    } finally {
      f.done();
    }
  });

  it('refuses a file without a roster header at once, and reports broken quoting further down when read', async () => {
    const missing = file('nip,name\n1,a\n');
    const broken = file('nip,name,employment_type,position_type,eselon,job_title,agency_code\n1,a,PNS,PELAKSANA,,x,X\n"open,b,c\n');
    try {
      expect(await readRosterFile(missing.path)).toMatchObject({ ok: false, code: ERROR_CODES.CSV_MISSING_COLUMN, field: 'employment_type' });
      const r = await readRosterFile(broken.path);
      if (!r.ok) throw new Error(r.message);
      const err = await r.count().catch((e: unknown) => e);
      expect(failureOf(err)).toMatchObject({ code: ERROR_CODES.CSV_MALFORMED });
    } finally {
      missing.done();
      broken.done();
    }
  });
});
