import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { spreadsheetText, writeCsv, writeXlsx, writeXlsxInMemory, type ExportDocument } from './spreadsheet.js';

const RISKY = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\t=1+1', '\r=1+1', '=', '-'];

async function collect(write: (doc: ExportDocument, out: PassThrough) => Promise<void>, doc: ExportDocument): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await write(doc, out);
  await ended;
  return Buffer.concat(chunks);
}

describe('spreadsheetText', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const v of RISKY) expect(spreadsheetText(v)).toBe(`'${v}`);
  });

  it('leaves other text, numbers (negative ones too) and null alone', () => {
    for (const v of ['Orang 001', '197001012000011001', "'=already", ' =1', 'a=b', '', '2026-01-01', '1970************01']) expect(spreadsheetText(v)).toBe(v);
    for (const v of [-2, 0, 1.5, -0.25]) expect(spreadsheetText(v)).toBe(v);
    expect(spreadsheetText(null)).toBeNull();
  });

  it('every text it returns is shown as text: it never starts with a formula character', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = spreadsheetText(s);
      expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
      // Only the apostrophe is added; the value itself is kept whole.
      expect(out === s || out === `'${s}`).toBe(true);
    }));
  });
});

describe('writers', () => {
  const doc: ExportDocument = {
    title: '=title',
    about: [['Provinsi', '=cmd|"/c calc"!A1']],
    tables: [{
      sheet: 'Laporan',
      columns: [{ header: 'Nama', kind: 'text' }, { header: 'JP', kind: 'decimal' }],
      rows: [...RISKY.map((name, i): [string, number] => [name, -i - 1]), ['Biasa', 3]],
    }],
  };

  it('CSV: risky text neutralised, negative numbers still numbers', async () => {
    const rows = parse(await collect(writeCsv, doc), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Nama', 'JP']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...RISKY.map((v) => `'${v}`), 'Biasa']);
    expect(rows.slice(1).map((r) => r[1])).toEqual([...RISKY.map((_, i) => String(-i - 1)), '3']);
  });

  it('XLSX, streamed and in memory: the same string cells, no formulas, numbers as numbers', async () => {
    for (const write of [writeXlsx, writeXlsxInMemory]) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await collect(write, doc)) as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.getCell(1, 1).value).toBe("'=title");
      expect(sheet.getCell(2, 2).value).toBe('\'=cmd|"/c calc"!A1');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
      expect(sheet.getRow(4).font?.bold).toBe(true);
      for (const [i, v] of RISKY.entries()) {
        const name = sheet.getCell(5 + i, 1);
        expect(name.type).toBe(ExcelJS.ValueType.String);
        // XML reads a carriage return back as a line feed.
        expect(name.value).toBe(`'${v}`.replace('\r', '\n'));
        expect(sheet.getCell(5 + i, 2).value).toBe(-i - 1);
        expect(sheet.getCell(5 + i, 2).numFmt).toBe('#,##0.##');
      }
      expect(sheet.autoFilter).toBeTruthy();
    }
  });
});
