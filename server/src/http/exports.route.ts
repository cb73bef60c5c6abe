import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { ATTENDANCE_SHEET_READ } from '../graphql/access.js';
import { authorize, HttpRefusal as ExportError } from './authorize.js';
import { fromGlobalId } from '../graphql/global-id.js';
import { audit, personalReadEntries } from '../features/audit/audit.service.js';
import { isIsoDate } from '../features/cohorts/cohort.service.js';
import { EXPORT_LABELS, type ExportLang, type ExportName } from '../features/reports/export-labels.js';
import { REPORTS, type ReportFilter } from '../features/reports/participation.resolver.js';
import { buildExport, type ExportRequest } from '../features/reports/report-exports.js';
import { writeCsv, writeXlsx, writeXlsxInMemory } from '../features/reports/spreadsheet.js';
import { exportConfig } from '../config.js';
import { jpYearOf } from '../features/reports/compliance.repository.js';

const REPORT_EXPORTS = ['participation-by-eselon', 'participation-by-generation', 'participation-matrix', 'literacy-target', 'jp-compliance', 'jp-compliance-below', 'assessment-gain', 'facilitator-scores'] as const;
/** Exports of one cohort: `/exports/cohorts/<cohortId>/<name>.{csv|xlsx}`. */
const COHORT_EXPORTS = ['attendance-sheet', 'evaluation-summary'] as const;
const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
type Format = keyof typeof FORMATS;

/** The GraphQL filter's arguments, read from the query string; a malformed one is a 400, never echoed. */
function readRequest(query: Record<string, string | undefined>): ExportRequest {
  const bad = (code: ErrorCode, what: string) => new ExportError(400, code, `${what} is not valid`);
  const filter: ReportFilter = {};
  for (const key of ['from', 'to'] as const) {
    const v = query[key];
    if (v !== undefined && v !== '') {
      if (!isIsoDate(v)) throw bad(ERROR_CODES.INVALID_VALUE, `${key} (YYYY-MM-DD)`);
      filter[key] = v;
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) throw bad(ERROR_CODES.INVALID_VALUE, 'from after to');
  const ids = { academyId: 'Academy', programId: 'Program', cohortId: 'Cohort', agencyId: 'Agency' } as const;
  for (const [key, type] of Object.entries(ids) as [keyof typeof ids, string][]) {
    const v = query[key];
    if (v !== undefined && v !== '') {
      if (fromGlobalId(v)?.type !== type) throw bad(ERROR_CODES.INVALID_ID, `${key} (a ${type} id)`);
      filter[key] = v;
    }
  }
  if (query.province?.trim()) filter.province = query.province.trim().slice(0, 100);
  let year = jpYearOf(new Date());
  if (query.year !== undefined && query.year !== '') {
    if (!/^\d{4}$/.test(query.year) || +query.year < 2000 || +query.year > 2100) throw bad(ERROR_CODES.OUT_OF_RANGE, 'year (2000–2100)');
    year = +query.year;
  }
  const lang = query.lang ?? 'id';
  if (!Object.hasOwn(EXPORT_LABELS, lang)) throw bad(ERROR_CODES.INVALID_VALUE, 'lang (id or en)');
  return { filter, year, cohortId: null, lang: lang as ExportLang };
}

function fileName(name: string, req: ExportRequest, extra: string | null, format: Format): string {
  const period = req.filter.from || req.filter.to ? `-${req.filter.from ?? ''}_${req.filter.to ?? ''}` : '';
  const year = name.startsWith('jp-compliance') ? `-${req.year}` : '';
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');
  return safe(`lintas-${extra ? `${extra}-` : ''}${name}${year}${period}.${format}`);
}

type Writer = typeof writeCsv;

async function send(orm: MikroORM, request: FastifyRequest, reply: FastifyReply, name: ExportName, format: Format, cohortId: string | null, writers: Record<Format, Writer>) {
  try {
    const ctx = await authorize(orm, request, reply, name === 'attendance-sheet' ? ATTENDANCE_SHEET_READ : REPORTS);
    const req = readRequest(request.query as Record<string, string | undefined>);
    if (cohortId !== null) {
      const parsed = fromGlobalId(cohortId);
      if (parsed?.type !== 'Cohort') throw new ExportError(400, ERROR_CODES.INVALID_ID, 'cohortId is not a Cohort id');
      req.cohortId = parsed.id;
    }
    const doc = await buildExport(ctx, name, req);
    if (!doc) throw new ExportError(404, ERROR_CODES.NOT_FOUND, 'no such cohort, or a filter names something you may not see');
    const code = cohortId !== null ? doc.about[0]![1].split(' · ')[0]! : null;
    await audit(ctx.em.fork(), ctx.viewer, ctx.ip, [
      { action: `export.${name}`, targetType: cohortId ? 'Cohort' : null, targetId: req.cohortId, details: { format } },
      ...personalReadEntries(ctx.personalReads),
    ]);
    // Streamed as it is written: a large export never sits whole in memory. A failure half-way
    // can no longer change the status, so it cuts the download short instead of ending it cleanly.
    const body = new PassThrough();
    writers[format](doc, body).catch((e: unknown) => {
      request.log.error(e);
      body.destroy(e instanceof Error ? e : new Error('export failed'));
    });
    return reply
      .type(FORMATS[format])
      .header('content-disposition', `attachment; filename="${fileName(name, req, code, format)}"`)
      .header('cache-control', 'private, no-store')
      .send(body);
  } catch (e) {
    if (e instanceof ExportError) return e.send(reply);
    request.log.error(e);
    console.error('[exports] unexpected error', e);
    return reply.code(500).send({ error: { code: ERROR_CODES.INTERNAL, message: 'Internal server error' } });
  }
}

function parseFile(file: string, names: readonly string[]): { name: ExportName; format: Format } | null {
  const m = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
  return m && names.includes(m[1]!) ? { name: m[1] as ExportName, format: m[2] as Format } : null;
}

/**
 * `GET /exports/<report>.{csv|xlsx}` and `GET /exports/cohorts/<cohortId>/{attendance-sheet|evaluation-summary}.{csv|xlsx}`:
 * the reports as files, with the GraphQL filter as query parameters (`lang=id|en` for the
 * headers), the same callers and the same tenancy as the GraphQL fields.
 */
export function exportsRoute(app: FastifyInstance, orm: MikroORM): void {
  const writers: Record<Format, Writer> = { csv: writeCsv, xlsx: exportConfig().xlsxWriter === 'memory' ? writeXlsxInMemory : writeXlsx };
  const notFound = (reply: FastifyReply) => reply.code(404).send({ error: { code: ERROR_CODES.NOT_FOUND, message: 'no such export' } });
  app.get<{ Params: { file: string } }>('/exports/:file', async (request, reply) => {
    const f = parseFile(request.params.file, REPORT_EXPORTS);
    return f ? send(orm, request, reply, f.name, f.format, null, writers) : notFound(reply);
  });
  app.get<{ Params: { cohortId: string; file: string } }>('/exports/cohorts/:cohortId/:file', async (request, reply) => {
    const f = parseFile(request.params.file, COHORT_EXPORTS);
    return f ? send(orm, request, reply, f.name, f.format, request.params.cohortId, writers) : notFound(reply);
  });
}
