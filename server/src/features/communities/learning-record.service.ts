import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { parse } from 'csv-parse/sync';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { UserError } from '../../graphql/user-error.js';
import { academyOf, actorOf, type Viewer } from '../../graphql/viewer.js';
import { Academy } from '../academies/academy.entity.js';
import { audit } from '../audit/audit.service.js';
import { checkText, checkUrl } from '../catalogue/catalogue.rules.js';
import { Person } from '../persons/person.entity.js';
import { ExternalLearningRecord } from './learning-record.entity.js';
import { lintasDuplicateSql, normalTitle } from './learning.rules.js';

/** Columns of a learning-record CSV; `evidence_url` and `cohort_code` may be left out. */
export const LEARNING_CSV_COLUMNS = ['nip', 'source', 'title', 'start_date', 'end_date', 'jp', 'evidence_url', 'cohort_code'] as const;
const REQUIRED_COLUMNS = ['nip', 'source', 'title', 'start_date', 'end_date', 'jp'] as const;
/** Most rows one import reads. */
export const MAX_LEARNING_ROWS = 5000;
/** Most JP one record is worth. */
export const MAX_RECORD_JP = 200;

export interface RecordInput {
  personId?: number | null;
  nip?: string | null;
  source: string;
  title: string;
  startDate: string;
  endDate: string;
  jp: number;
  evidenceUrl?: string | null;
  /** The Lintas cohort the learning was, if the caller knows it: such a record is refused as a duplicate when the person holds a seat there. */
  cohortId?: number | null;
  cohortCode?: string | null;
}

export interface RowError { row: number; field: string | null; code: ErrorCode; message: string }

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/**
 * Checks one record against the rules and, unless it fails, says whether it is a
 * duplicate: of Lintas learning (`lintasDuplicateSql`) or of a record already kept
 * (same person, title and dates). `seen` catches the same record twice in one batch.
 */
async function checkRecord(em: EntityManager, academyId: number, r: RecordInput, seen: Set<string>): Promise<{ errors: { field: string | null; code: ErrorCode; message: string }[]; value?: Omit<ExternalLearningRecord, 'id' | 'createdAt' | 'updatedAt' | 'globalId' | 'academy' | 'createdBy'> }> {
  const errors: UserError[] = [];
  const source = checkText(r.source, 'source', 200, errors);
  const titleRaw = checkText(r.title, 'title', 300, errors);
  const evidenceUrl = checkUrl(r.evidenceUrl, 'evidenceUrl', errors);
  if (!Number.isInteger(r.jp) || r.jp < 1 || r.jp > MAX_RECORD_JP) errors.push(new UserError('jp', ERROR_CODES.OUT_OF_RANGE, `jp must be a whole number from 1 to ${MAX_RECORD_JP}`));
  const start = (r.startDate ?? '').trim();
  const end = (r.endDate ?? '').trim();
  if (!isDate(start)) errors.push(new UserError('startDate', ERROR_CODES.LEARNING_RECORD_DATES, 'startDate must be a real date YYYY-MM-DD'));
  if (!isDate(end)) errors.push(new UserError('endDate', ERROR_CODES.LEARNING_RECORD_DATES, 'endDate must be a real date YYYY-MM-DD'));
  else if (isDate(start) && end < start) errors.push(new UserError('endDate', ERROR_CODES.LEARNING_RECORD_DATES, 'endDate is before startDate'));
  const person = r.personId != null
    ? await em.findOne(Person, { id: r.personId, agency: { academy: academyId } })
    : r.nip ? await em.findOne(Person, { nip: r.nip.trim(), agency: { academy: academyId } }) : null;
  if (!person) errors.push(new UserError(r.personId != null ? 'personId' : 'nip', ERROR_CODES.NOT_FOUND, 'no such person on the academy roster'));
  let cohortId: number | null = r.cohortId ?? null;
  if (r.cohortCode?.trim()) {
    const rows = await (em as SqlEntityManager).execute<{ id: number }[]>('select id from cohort where academy_id = ? and code = ?', [academyId, r.cohortCode.trim()]);
    if (!rows[0]) errors.push(new UserError('cohortCode', ERROR_CODES.NOT_FOUND, 'no such cohort'));
    cohortId = rows[0] ? Number(rows[0].id) : null;
  }
  if (errors.length || !person) return { errors: errors.map((e) => ({ field: e.field, code: e.code as ErrorCode, message: e.message })) };
  const title = normalTitle(titleRaw!);
  const key = `${person.id}|${title.toLowerCase()}|${start}|${end}`;
  const dupSql = lintasDuplicateSql({ person: '?', title: 'lower(cast(? as text))', start: '?', end: '?', cohort: '?' });
  const [lintas] = await (em as SqlEntityManager).execute<{ d: number }[]>(`select case when ${dupSql} then 1 else 0 end as d`, [person.id, end, start, cohortId, title]);
  if (Number(lintas?.d ?? 0) === 1) return { errors: [{ field: 'title', code: ERROR_CODES.LEARNING_RECORD_DUPLICATE, message: 'the person holds a seat in the Lintas cohort this record names, at overlapping dates: Lintas counts it already' }] };
  const kept = await em.count(ExternalLearningRecord, { person, startDate: start, endDate: end, title });
  if (kept > 0 || seen.has(key)) return { errors: [{ field: 'title', code: ERROR_CODES.LEARNING_RECORD_DUPLICATE, message: 'the same record (person, title and dates) is recorded already' }] };
  seen.add(key);
  return { errors: [], value: { person: person as never, source: source!, title, startDate: start, endDate: end, jp: r.jp, evidenceUrl } };
}

/** The academy records go to: the caller's own, or the one an admin names. */
async function targetAcademy(em: EntityManager, viewer: Viewer, academyId: number | null): Promise<Academy | null> {
  const own = academyOf(viewer);
  const id = own ?? academyId;
  return id === null || id === -1 ? null : em.findOne(Academy, id);
}

/** Adds one external learning record (an organizer, or an integrator with `learning:write`). */
export async function addRecord(em: EntityManager, viewer: Viewer, input: RecordInput & { academyId: number | null }, ip: string | null): Promise<{ ok: true; value: ExternalLearningRecord } | { ok: false; errors: UserError[] }> {
  return writeTransaction(em, async (tem) => {
    const academy = await targetAcademy(tem, viewer, input.academyId);
    if (!academy) return { ok: false, errors: [new UserError('academyId', ERROR_CODES.NOT_FOUND, 'no such academy')] };
    const checked = await checkRecord(tem, academy.id, input, new Set());
    if (!checked.value) return { ok: false, errors: checked.errors.map((e) => new UserError(e.field, e.code, e.message)) };
    const record = tem.create(ExternalLearningRecord, { ...checked.value, academy, createdBy: actorOf(viewer).actor });
    await tem.flush();
    await audit(tem, viewer, ip, [{ action: 'learning-record.created', targetType: 'ExternalLearningRecord', targetId: record.id, details: { jp: record.jp } }]);
    return { ok: true, value: record };
  });
}

/** A CSV column for an input field, in row errors. */
const COLUMN_OF: Record<string, string> = { personId: 'nip', nip: 'nip', source: 'source', title: 'title', startDate: 'start_date', endDate: 'end_date', jp: 'jp', evidenceUrl: 'evidence_url', cohortCode: 'cohort_code' };

/**
 * Imports external learning records from CSV (columns `LEARNING_CSV_COLUMNS`, header
 * required, `,` or `;`): every row is checked first; with `dryRun`, or when any row is
 * refused, nothing is written (the preview lists the row errors by line); otherwise every
 * row is written in one transaction. Never half-written.
 */
export async function importRecords(
  em: EntityManager, viewer: Viewer, csv: string, dryRun: boolean, academyId: number | null, ip: string | null,
): Promise<{ fileError?: UserError; total: number; valid: number; created: number; rowErrors: RowError[] }> {
  const body = csv.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const none = { total: 0, valid: 0, created: 0, rowErrors: [] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as never;
  } catch {
    return { ...none, fileError: new UserError('csv', ERROR_CODES.CSV_MALFORMED, 'the file cannot be read as CSV') };
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) return { ...none, fileError: new UserError('csv', ERROR_CODES.CSV_EMPTY, 'the file holds no rows') };
  const names = header.record.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.find((c) => !names.includes(c));
  if (missing) return { ...none, fileError: new UserError(`csv.${missing}`, ERROR_CODES.CSV_MISSING_COLUMN, `the header lacks the column ${missing}`) };
  if (rows.length > MAX_LEARNING_ROWS) return { ...none, fileError: new UserError('csv', ERROR_CODES.OUT_OF_RANGE, `at most ${MAX_LEARNING_ROWS} rows per file`) };
  const cell = (record: string[], column: string) => { const i = names.indexOf(column); return i >= 0 ? (record[i] ?? '').trim() : ''; };
  return writeTransaction(em, async (tem) => {
    const academy = await targetAcademy(tem, viewer, academyId);
    if (!academy) return { ...none, fileError: new UserError('academyId', ERROR_CODES.NOT_FOUND, 'no such academy') };
    const seen = new Set<string>();
    const rowErrors: RowError[] = [];
    const good: NonNullable<Awaited<ReturnType<typeof checkRecord>>['value']>[] = [];
    for (const { record, info } of rows) {
      const jpText = cell(record, 'jp');
      const checked = await checkRecord(tem, academy.id, {
        nip: cell(record, 'nip'), source: cell(record, 'source'), title: cell(record, 'title'), startDate: cell(record, 'start_date'), endDate: cell(record, 'end_date'),
        jp: /^\d+$/.test(jpText) ? Number(jpText) : Number.NaN, evidenceUrl: cell(record, 'evidence_url') || null, cohortCode: cell(record, 'cohort_code') || null,
      }, seen);
      if (checked.value) good.push(checked.value);
      for (const e of checked.errors) rowErrors.push({ row: info.lines, field: e.field && (COLUMN_OF[e.field] ?? e.field), code: e.code, message: e.message });
    }
    const write = !dryRun && rowErrors.length === 0;
    if (write) {
      const createdBy = actorOf(viewer).actor;
      for (const v of good) tem.create(ExternalLearningRecord, { ...v, academy, createdBy });
      await tem.flush();
      await audit(tem, viewer, ip, [{ action: 'learning-record.imported', targetType: 'Academy', targetId: academy.id, details: { created: good.length } }]);
    }
    return { total: rows.length, valid: good.length, created: write ? good.length : 0, rowErrors };
  });
}
