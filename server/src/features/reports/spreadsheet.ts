import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';

/** How a column's values are written: text, a whole number, a decimal, or a 0–1 share shown as a percent. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Spreadsheet column width in characters. */
  width?: number;
}

export type Cell = string | number | null;

/** One table: a sheet of the workbook (the CSV carries the first one). */
export interface Table {
  sheet: string;
  columns: Column[];
  rows: Cell[][];
}

/** A report ready to be written: its title, what it was computed for, and its tables. */
export interface ExportDocument {
  title: string;
  /** Label and value lines written above each table: the filter, the generation time. */
  about: [string, string][];
  tables: Table[];
}

const FORMATS: Record<ColumnKind, string | undefined> = { text: undefined, integer: '#,##0', decimal: '#,##0.##', percent: '0.0%' };

/**
 * CSV of the first table: a header row, then the data, UTF-8 with a byte-order mark so
 * spreadsheet programs read names with accents right. Numbers stay numbers (rates as 0–1).
 */
export function toCsv(doc: ExportDocument): Buffer {
  const [table] = doc.tables;
  const text = stringify([table!.columns.map((c) => c.header), ...table!.rows.map((r) => r.map((v) => v ?? ''))], { bom: true, record_delimiter: 'windows' });
  return Buffer.from(text, 'utf8');
}

/**
 * XLSX with one sheet per table: the title and the `about` lines above the table, then
 * a bold, frozen header row with an autofilter; numbers as numbers, rates as numbers
 * with a percent format.
 */
export async function toXlsx(doc: ExportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lintas';
  book.created = new Date();
  for (const table of doc.tables) {
    const sheet = book.addWorksheet(table.sheet.slice(0, 31));
    sheet.addRow([doc.title]).font = { bold: true, size: 14 };
    for (const [label, value] of doc.about) {
      const row = sheet.addRow([label, value]);
      row.getCell(1).font = { bold: true };
    }
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const r of table.rows) sheet.addRow(r.map((v) => v ?? null));
    table.columns.forEach((c, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = Math.max(c.width ?? (c.kind === 'text' ? 18 : 12), i === 0 ? 16 : 0);
      const fmt = FORMATS[c.kind];
      if (fmt) {
        for (let n = header.number + 1; n <= header.number + table.rows.length; n++) sheet.getCell(n, i + 1).numFmt = fmt;
      }
    });
    sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 0 }];
    if (table.columns.length) {
      sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number + table.rows.length, column: table.columns.length } };
    }
    sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header.number}:${header.number}` };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
