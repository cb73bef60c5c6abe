import { parse } from 'csv-parse/sync';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import type { RawPerson } from './person.rules.js';

/** CSV columns of a roster import; the header is required, the order free. */
export const ROSTER_COLUMNS = ['nip', 'name', 'employment_type', 'position_type', 'eselon', 'job_title', 'agency_code'] as const;
const OPTIONAL = new Set(['eselon', 'job_title']);
const FIELD_OF: Record<(typeof ROSTER_COLUMNS)[number], keyof RawPerson> = {
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

export type CsvResult =
  | {
    ok: true;
    rows: CsvRow[];
    /**
     * The line in the file of each row, by index (the header is line 1). csv-parse
     * builds an object per record to tell lines, a third of its time, so they are read
     * on a second pass, only for a file with rows to report.
     */
    lines: () => number[];
  }
  | { ok: false; code: ErrorCode; field: string | null; message: string };

/** How csv-parse reads a roster; the delimiter comes from the header line. */
const OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true } as const;

/** Reads a roster CSV: UTF-8 with or without BOM, `,` or `;` as chosen by the header line. */
export function readRosterCsv(text: string): CsvResult {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(body, { delimiter, ...OPTIONS }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return { ok: false, code: ERROR_CODES.CSV_MALFORMED, field: null, message: `the file cannot be read as CSV${line ? ` near line ${line}` : ''}` };
  }
  const [header, ...data] = records;
  if (!header) return { ok: false, code: ERROR_CODES.CSV_EMPTY, field: null, message: 'the file is empty' };
  const names = header.map((h) => h.trim().toLowerCase());
  for (const column of ROSTER_COLUMNS) {
    if (!names.includes(column) && !OPTIONAL.has(column)) {
      return { ok: false, code: ERROR_CODES.CSV_MISSING_COLUMN, field: column, message: `the header lacks the column ${column}` };
    }
  }
  if (data.length === 0) return { ok: false, code: ERROR_CODES.CSV_EMPTY, field: null, message: 'the file has a header but no rows' };
  const index = ROSTER_COLUMNS.map((c) => [FIELD_OF[c], names.indexOf(c)] as const);
  return {
    ok: true,
    rows: data.map((record, row) => {
      const person: RawPerson = {};
      for (const [field, i] of index) if (i >= 0) person[field] = record[i] ?? '';
      return { row, person, wrongWidth: record.length !== names.length };
    }),
    lines: () => (parse(body, { delimiter, ...OPTIONS, info: true }) as unknown as { info: { lines: number } }[]).slice(1).map((r) => r.info.lines),
  };
}
