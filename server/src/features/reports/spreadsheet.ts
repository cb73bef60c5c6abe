import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify';

/** How a column's values are written: text, a whole number, a decimal, or a 0–1 share shown as a percent. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Spreadsheet column width in characters. */
  width?: number;
}

export type Cell = string | number | null;

/**
 * Rows produced while the file is written, a batch at a time, so a long table (everyone
 * below 20 JP in the country) is never held whole: `count` is known before the first row.
 */
export interface RowSource {
  count: number;
  batches(): AsyncIterable<Cell[][]>;
}

/** One table: a sheet of the workbook (the CSV carries the first one). */
export interface Table {
  sheet: string;
  columns: Column[];
  rows: Cell[][] | RowSource;
}

const rowCount = (table: Table) => (Array.isArray(table.rows) ? table.rows.length : table.rows.count);

/** Every row of a table in order, whether held or produced. */
async function* rowsOf(table: Table): AsyncIterable<Cell[]> {
  if (Array.isArray(table.rows)) {
    yield* table.rows;
    return;
  }
  for await (const batch of table.rows.batches()) yield* batch;
}

/** A report ready to be written: its title, what it was computed for, and its tables. */
export interface ExportDocument {
  title: string;
  /** Label and value lines written above each table: the filter, the generation time. */
  about: [string, string][];
  tables: Table[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as a spreadsheet program must show it, never run it: a value starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return would be read as a formula when the file is
 * opened (CSV or formula injection, OWASP), so it is written after an apostrophe, which
 * the program shows as text. Numbers are not text and pass unchanged (a negative number
 * stays a number). Every CSV and XLSX the server writes goes through here.
 */
export function spreadsheetText<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

const FORMATS: Record<ColumnKind, string | undefined> = { text: undefined, integer: '#,##0', decimal: '#,##0.##', percent: '0.0%' };

/** Waits while `out` is full, so rows are produced no faster than they are sent. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
}

/** Rows written between two yields to the event loop, so the zip and the socket keep up. */
const ROWS_PER_TURN = 500;

/**
 * Streams the CSV of the first table to `out` (and ends it): a header row, then the data,
 * UTF-8 with a byte-order mark so spreadsheet programs read names with accents right.
 * Numbers stay numbers (rates as 0–1).
 */
export async function writeCsv(doc: ExportDocument, out: Writable): Promise<void> {
  const [table] = doc.tables;
  async function* records() {
    yield table!.columns.map((c) => spreadsheetText(c.header));
    for await (const r of rowsOf(table!)) yield r.map((v) => spreadsheetText(v ?? ''));
  }
  await pipeline(Readable.from(records()), stringify({ bom: true, record_delimiter: 'windows' }), out);
}

type Book = ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * One sheet per table: the title and the `about` lines above the table, then a bold,
 * frozen header row with an autofilter; numbers as numbers, rates as numbers with a
 * percent format; every text a string cell, never a formula. Each row is committed as
 * soon as it is added, which the streaming writer sends on at once.
 */
async function fillBook(book: Book, doc: ExportDocument, out: Writable | null): Promise<void> {
  book.creator = 'Lintas';
  book.created = new Date();
  for (const table of doc.tables) {
    const headerRow = doc.about.length + 3;
    const sheet = book.addWorksheet(table.sheet.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
    });
    table.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = Math.max(c.width ?? (c.kind === 'text' ? 18 : 12), i === 0 ? 16 : 0);
    });
    if (table.columns.length) {
      sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + rowCount(table), column: table.columns.length } };
    }
    const title = sheet.addRow([spreadsheetText(doc.title)]);
    title.font = { bold: true, size: 14 };
    title.commit();
    for (const [label, value] of doc.about) {
      const row = sheet.addRow([spreadsheetText(label), spreadsheetText(value)]);
      row.getCell(1).font = { bold: true };
      row.commit();
    }
    sheet.addRow([]).commit();
    const header = sheet.addRow(table.columns.map((c) => spreadsheetText(c.header)));
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
    const formats = table.columns.map((c) => FORMATS[c.kind]);
    let n = 0;
    for await (const r of rowsOf(table)) {
      const row = sheet.addRow(r.map((v) => spreadsheetText(v ?? null)));
      formats.forEach((fmt, i) => {
        if (fmt) row.getCell(i + 1).numFmt = fmt;
      });
      row.commit();
      if (out && n++ % ROWS_PER_TURN === ROWS_PER_TURN - 1) {
        await new Promise((resolve) => setImmediate(resolve));
        await drained(out);
      }
    }
    if ('commit' in sheet && typeof sheet.commit === 'function') sheet.commit();
  }
}

/** Streams the XLSX to `out` (and ends it), so memory stays flat however long the tables are. */
export async function writeXlsx(doc: ExportDocument, out: Writable): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  await fillBook(book, doc, out);
  await book.commit();
}

/**
 * The same XLSX built whole in memory, then written to `out`: the writer before streaming,
 * kept so test/bench/export-memory.mjs can compare the two in one run
 * (`LINTAS_EXPORT_XLSX_WRITER=memory`).
 */
export async function writeXlsxInMemory(doc: ExportDocument, out: Writable): Promise<void> {
  const book = new ExcelJS.Workbook();
  await fillBook(book, doc, null);
  out.end(Buffer.from(await book.xlsx.writeBuffer()));
}
