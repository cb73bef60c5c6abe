import { parse } from 'csv-parse/sync';
import { AGENCY_CSV_COLUMNS, AGENCY_CSV_REQUIRED, ERROR_CODES, type AgencyCsvColumn } from '@lintas/shared';
import type { CsvFailure } from '../persons/person-csv.js';
import type { RawAgency } from './agency.rules.js';

const FIELD_OF: Record<AgencyCsvColumn, keyof RawAgency> = { code: 'code', name: 'name', level: 'level', province: 'province', time_zone: 'timeZone' };
export const AGENCY_COLUMN_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([c, f]) => [f, c])) as Record<keyof RawAgency, string>;

/** Most agency rows one import reads: the country has a few thousand agencies. */
export const MAX_AGENCY_ROWS = 5000;

export interface AgencyCsvRow {
  /** Line in the file (the header is line 1). */
  line: number;
  agency: RawAgency;
  wrongWidth: boolean;
}

/**
 * Reads an agency CSV (columns in shared AGENCY_CSV_COLUMNS, header required, any order):
 * UTF-8 with or without BOM, `,` or `;` as the header line uses. Whole, in memory: the
 * file is small, unlike a roster.
 */
export function readAgencyCsv(text: string): { ok: true; rows: AgencyCsvRow[] } | CsvFailure {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as never;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return { ok: false, code: ERROR_CODES.CSV_MALFORMED, field: null, message: `the file cannot be read as CSV${line ? ` near line ${line}` : ''}` };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, code: ERROR_CODES.CSV_EMPTY, field: null, message: 'the file is empty' };
  const names = header.record.map((h) => h.trim().toLowerCase());
  for (const column of AGENCY_CSV_REQUIRED) {
    if (!names.includes(column)) return { ok: false, code: ERROR_CODES.CSV_MISSING_COLUMN, field: column, message: `the header lacks the column ${column}` };
  }
  if (rows.length === 0) return { ok: false, code: ERROR_CODES.CSV_EMPTY, field: null, message: 'the file has a header but no rows' };
  if (rows.length > MAX_AGENCY_ROWS) return { ok: false, code: ERROR_CODES.OUT_OF_RANGE, field: null, message: `at most ${MAX_AGENCY_ROWS} agencies per file` };
  const index = AGENCY_CSV_COLUMNS.map((c) => [FIELD_OF[c], names.indexOf(c)] as const);
  return {
    ok: true,
    rows: rows.map(({ record, info }) => {
      const agency: RawAgency = {};
      for (const [field, i] of index) if (i >= 0) agency[field] = record[i] ?? '';
      return { line: info.lines, agency, wrongWidth: record.length !== names.length };
    }),
  };
}
