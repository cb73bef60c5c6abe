import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { CsvError, parse as parser, type Parser } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { ERROR_CODES, ROSTER_CSV_COLUMNS, ROSTER_CSV_OPTIONAL, type ErrorCode, type RosterCsvColumn } from '@lintas/shared';
import type { RawPerson } from './person.rules.js';

/** CSV columns of a roster import (ROSTER_CSV_COLUMNS in @lintas/shared); the header is required, the order free. */
const ROSTER_COLUMNS = ROSTER_CSV_COLUMNS;
const OPTIONAL = new Set<string>(ROSTER_CSV_OPTIONAL);
const FIELD_OF: Record<RosterCsvColumn, keyof RawPerson> = {
  nip: 'nip', name: 'name', employment_type: 'employmentType', position_type: 'positionType',
  eselon: 'eselon', job_title: 'jobTitle', agency_code: 'agencyCode',
};
export const COLUMN_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([c, f]) => [f, c])) as Record<keyof RawPerson, string>;

export interface CsvRow {
  /** Index of the row among the data rows (the first is 0); `lines()` tells its line in the file. */
  row: number;
  person: RawPerson;
  /** The row has another number of cells than the header. */
  wrongWidth: boolean;
}

/** Why a file cannot be imported at all. */
export interface CsvFailure {
  ok: false;
  code: ErrorCode;
  field: string | null;
  message: string;
}

export type CsvResult =
  | {
    ok: true;
    /**
     * The rows, `size` at a time, parsed as they are asked for: a caller can write one
     * batch while the next is read. Throws a CSV error further down the file (`failureOf`
     * tells it); a file with a header and no rows yields nothing.
     */
    batches: (size: number) => AsyncGenerator<CsvRow[]>;
    /**
     * The line in the file of each row, by index (the header is line 1). csv-parse
     * builds an object per record to tell lines, a third of its time, so they are read
     * on a second pass, only for a file with rows to report.
     */
    lines: () => number[];
  }
  | CsvFailure;

/** How csv-parse reads a roster; the delimiter comes from the header line. */
const OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true } as const;
/** Characters of the text handed to the parser at a time (cut after a line break, never inside a character). */
const SLICE = 256 * 1024;

export const EMPTY_ROWS: CsvFailure = { ok: false, code: ERROR_CODES.CSV_EMPTY, field: null, message: 'the file has a header but no rows' };

/** `;` when the header line has more of them than commas, else `,`. */
function delimiterOf(headerLine: string): ';' | ',' {
  return (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** What csv-parse could not read, and near which line. */
function malformed(err: unknown): CsvFailure {
  const line = (err as { lines?: number }).lines;
  return { ok: false, code: ERROR_CODES.CSV_MALFORMED, field: null, message: `the file cannot be read as CSV${line ? ` near line ${line}` : ''}` };
}

/** The failure an error thrown while iterating `batches` stands for, or null when it is not the parser's. */
export function failureOf(err: unknown): CsvFailure | null {
  return err instanceof CsvError ? malformed(err) : null;
}

/**
 * The rows after the header, as checked rows in batches of `size` (rows numbered from 0,
 * the header not counted); `onChunk` after each chunk of records the parser gives.
 */
async function* rowBatches(chunks: AsyncIterable<string[][]>, size: number, index: Parameters<typeof rowOf>[2], width: number, onChunk?: () => void): AsyncGenerator<CsvRow[]> {
  let batch: CsvRow[] = [];
  // -1: the header, read before.
  let row = -1;
  for await (const records of chunks) {
    onChunk?.();
    for (const record of records) {
      if (row < 0) {
        row++;
        continue;
      }
      batch.push(rowOf(record, row++, index, width));
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Reads a roster CSV: UTF-8 with or without BOM, `,` or `;` as chosen by the header
 * line. The header is read and checked at once; the rows when `batches` is iterated.
 */
export function readRosterCsv(text: string): CsvResult {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const options = { delimiter: delimiterOf(headerLine), ...OPTIONS };
  const refused = (failure: CsvFailure): CsvFailure => {
    // A file that is not CSV further down is refused as such before any header problem, as when it was read whole.
    try {
      parse(body, options);
    } catch (err) {
      return malformed(err);
    }
    return failure;
  };
  let header: string[] | undefined;
  try {
    [header] = parse(body, { ...options, to: 1 }) as string[][];
  } catch (err) {
    return malformed(err);
  }
  const columns = headerColumns(header);
  if ('ok' in columns) return columns.code === ERROR_CODES.CSV_EMPTY ? columns : refused(columns);
  const { names, index } = columns;
  return {
    ok: true,
    batches: (size: number) => rowBatches(recordsOf(Readable.from(slices(body)).pipe(parser(options))), size, index, names.length),
    lines: () => (parse(body, { ...options, info: true }) as unknown as { info: { lines: number } }[]).slice(1).map((r) => r.info.lines),
  };
}

/** Where each roster field sits in a record (-1: an optional column the file lacks). */
type ColumnIndex = (readonly [keyof RawPerson, number])[];

/** The header's column names and where each field sits, or why the header does not do. */
function headerColumns(header: string[] | undefined): { names: string[]; index: ColumnIndex } | CsvFailure {
  if (!header) return { ok: false, code: ERROR_CODES.CSV_EMPTY, field: null, message: 'the file is empty' };
  const names = header.map((h) => h.trim().toLowerCase());
  for (const column of ROSTER_COLUMNS) {
    if (!names.includes(column) && !OPTIONAL.has(column)) {
      return { ok: false, code: ERROR_CODES.CSV_MISSING_COLUMN, field: column, message: `the header lacks the column ${column}` };
    }
  }
  return { names, index: ROSTER_COLUMNS.map((c) => [FIELD_OF[c], names.indexOf(c)] as const) };
}

function rowOf(record: string[], row: number, index: ColumnIndex, width: number): CsvRow {
  const person: RawPerson = {};
  for (const [field, i] of index) if (i >= 0) person[field] = record[i] ?? '';
  return { row, person, wrongWidth: record.length !== width };
}

/** Bytes of a file read to find its header line. */
const HEAD = 64 * 1024;

export type CsvFileResult =
  | {
    ok: true;
    /** The rows, `size` at a time, read from the file as they are asked for (as `readRosterCsv`'s); `onBytes` hears how far into the file the parser is. */
    batches: (size: number, onBytes?: (bytes: number) => void) => AsyncGenerator<CsvRow[]>;
    /** Counts the data rows, reading the whole file once; throws a CSV error (`failureOf`) when it stops being CSV. */
    count: () => Promise<number>;
    /** The line in the file of each row index asked for (the header is line 1); reads the file up to the last one. */
    linesOf: (rows: number[]) => Promise<Map<number, number>>;
  }
  | CsvFailure;

/**
 * Reads a roster CSV file as `readRosterCsv` reads a text (UTF-8 with or without BOM,
 * `,` or `;` by the header line), streaming: the header is checked at once from the
 * start of the file, the rows are parsed from a read stream when asked for, so a
 * file of any size is never held in memory whole.
 */
export async function readRosterFile(path: string): Promise<CsvFileResult> {
  const handle = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(buffer, 0, HEAD, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
  const headerLine = head.split(/\r?\n/, 1)[0] ?? '';
  const options = { delimiter: delimiterOf(headerLine), ...OPTIONS };
  let header: string[] | undefined;
  try {
    // The header alone (a header longer than HEAD is not a roster's): a row cut off at HEAD must not count.
    const end = head.search(/\r?\n/);
    [header] = parse(end >= 0 ? head.slice(0, end) : head, { ...options, to: 1 }) as string[][];
  } catch (err) {
    return malformed(err);
  }
  const columns = headerColumns(header);
  if ('ok' in columns) return columns;
  const { names, index } = columns;
  const records = (extra: object = {}) => createReadStream(path).pipe(parser({ ...options, ...extra }));
  return {
    ok: true,
    batches(size, onBytes) {
      const stream = records();
      return rowBatches(recordsOf(stream), size, index, names.length, () => onBytes?.(stream.info.bytes));
    },
    async count() {
      let n = 0;
      for await (const some of recordsOf(records())) n += some.length;
      return Math.max(0, n - 1);
    },
    async linesOf(rows) {
      const wanted = new Set(rows);
      const last = Math.max(-1, ...rows);
      const found = new Map<number, number>();
      if (last < 0) return found;
      let row = -1;
      const stream = records({ info: true });
      try {
        for await (const some of recordsOf(stream as unknown as Parser)) {
          for (const r of some as unknown as { info: { lines: number } }[]) {
            if (wanted.has(row)) found.set(row, r.info.lines);
            if (++row > last) return found;
          }
        }
      } finally {
        stream.destroy();
      }
      return found;
    },
  };
}

/**
 * The parser's records, as many at a time as it holds (a piece of text gives a few
 * thousand). Iterating the stream itself would cost a promise per record, and each
 * promise an async-hooks round in a server that tracks requests with them.
 */
async function* recordsOf(records: Parser): AsyncGenerator<string[][]> {
  let failed: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  // Listening for errors all along: one emitted while the caller works on a batch must wait for the next read.
  records.on('readable', notify).on('end', notify).on('error', (err) => {
    failed = err;
    notify();
  });
  try {
    for (;;) {
      const some: string[][] = [];
      for (let record; (record = records.read() as string[] | null) !== null; ) some.push(record);
      if (some.length > 0) yield some;
      if (failed) throw failed;
      if (records.readableEnded) return;
      if (some.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    records.destroy();
  }
}

/** The text in pieces of about SLICE characters, each ending after a line break (or at the end). */
function* slices(text: string): Generator<string> {
  for (let from = 0; from < text.length; ) {
    const to = from + SLICE >= text.length ? text.length : text.indexOf('\n', from + SLICE) + 1 || text.length;
    yield text.slice(from, to);
    from = to;
  }
}
