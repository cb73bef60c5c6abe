import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import { Busboy, type BusboyHeaders } from '@fastify/busboy';
import { ERROR_CODES } from '@lintas/shared';
import type { ImportConfig } from '../config.js';
import { ROSTER_WRITE } from '../graphql/access.js';
import { audit } from '../features/audit/audit.service.js';
import { EMPTY_ROWS, failureOf, readRosterFile, type CsvFailure } from '../features/persons/person-csv.js';
import { queueImport, runImport, uploadPath } from '../features/persons/person-import.service.js';
import { authorize, HttpRefusal } from './authorize.js';

/** Room for a multipart body's boundaries and part headers beyond the file itself. */
const MULTIPART_SLACK = 64 * 1024;

/** Bytes of a refused body read and dropped (so the client can read the answer), past which the connection is cut. */
const LINGER_BYTES = 1024 * 1024;

/**
 * A refusal before the body was read: what the client goes on sending is dropped, not
 * kept, and past LINGER_BYTES the connection is cut. Closing at once would reset a
 * connection the client is still writing to, and the client could lose the answer.
 */
function dropRestOfBody(request: FastifyRequest): void {
  const raw = request.raw;
  let dropped = 0;
  raw.unpipe();
  raw.removeAllListeners('data');
  raw.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) raw.socket?.destroy();
  });
  raw.on('error', () => undefined);
  raw.resume();
}

const tooLarge = (limit: number) => {
  const mb = Math.round((limit / (1024 * 1024)) * 100) / 100;
  return new HttpRefusal(413, ERROR_CODES.BODY_TOO_LARGE, `the file is larger than the ${mb} MB an upload may be`);
};

/** The type and subtype of a Content-Type header, lower case. */
function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/**
 * The CSRF prevention of the GraphQL endpoint (Apollo's `csrfPrevention`), for a body a
 * plain HTML form could send: `multipart/form-data` under a session cookie needs a
 * header no form can set (`apollo-require-preflight` or `x-apollo-operation-name`).
 * `text/csv` is no form's type, so a cross-site page cannot send it without a preflight.
 */
function refusedAsCsrf(request: FastifyRequest, type: string): boolean {
  if (type !== 'multipart/form-data' || request.headers.authorization) return false;
  const has = (name: string) => String(request.headers[name] ?? '').trim() !== '';
  return !has('apollo-require-preflight') && !has('x-apollo-operation-name');
}

function readDryRun(query: Record<string, string | undefined>): boolean {
  const v = query.dryRun;
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  throw new HttpRefusal(400, ERROR_CODES.INVALID_VALUE, 'dryRun must be true or false', 'dryRun');
}

const refusal = (failure: CsvFailure) => new HttpRefusal(400, failure.code, failure.message, failure.field ? `csv.${failure.field}` : 'csv');

/**
 * Streams the request body (the raw CSV, or the first file of a multipart form) to
 * `file`, never holding it in memory, and answers the file's length. More than `limit`
 * bytes stops the reading at once with a 413.
 */
function receiveBody(request: FastifyRequest, file: string, limit: number, multipart: boolean): Promise<number> {
  const raw = request.raw;
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    let rawBytes = 0;
    let fileBytes = 0;
    let written = false;
    let sourceDone = !multipart;
    const out = createWriteStream(file);
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      raw.unpipe();
      raw.pause();
      out.destroy();
      reject(err);
    };
    const done = () => {
      if (written && sourceDone && !settled) {
        settled = true;
        resolve(fileBytes);
      }
    };
    raw.on('data', (chunk: Buffer) => {
      rawBytes += chunk.length;
      if (rawBytes > limit + (multipart ? MULTIPART_SLACK : 0)) fail(tooLarge(limit));
    });
    raw.on('error', fail);
    raw.on('close', () => {
      if (!raw.complete) fail(new Error('the upload was cut off'));
    });
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        fileBytes += chunk.length;
        if (fileBytes > limit) {
          fail(tooLarge(limit));
          return callback();
        }
        callback(null, chunk);
      },
    });
    out.on('error', fail);
    out.on('finish', () => {
      written = true;
      done();
    });
    counter.pipe(out);
    if (!multipart) {
      raw.pipe(counter);
      return;
    }
    let form;
    try {
      form = Busboy({ headers: request.headers as BusboyHeaders, limits: { files: 1, fileSize: limit + 1, fields: 20, parts: 40 } });
    } catch {
      return fail(new HttpRefusal(400, ERROR_CODES.BAD_REQUEST, 'the multipart body has no boundary'));
    }
    let gotFile = false;
    form.on('file', (_field, stream) => {
      if (gotFile) return void stream.resume();
      gotFile = true;
      stream.on('limit', () => fail(tooLarge(limit)));
      stream.pipe(counter);
    });
    form.on('finish', () => {
      sourceDone = true;
      if (!gotFile) return fail(new HttpRefusal(400, ERROR_CODES.REQUIRED, 'the form has no file', 'file'));
      done();
    });
    form.on('error', () => fail(new HttpRefusal(400, ERROR_CODES.BAD_REQUEST, 'the multipart body cannot be read')));
    raw.pipe(form);
  });
}

/**
 * `POST /imports/persons` (`?dryRun=true` to check only): a roster CSV as the body
 * (`text/csv`) or as the file of a `multipart/form-data` form, up to the configured size
 * (`LINTAS_IMPORT_LIMIT_MB`), with the rights of `importPersons`. The file is streamed to
 * the import folder and read through once (a file that is not a roster CSV is refused
 * with 400); the answer is 202 `{ id, status }` and the import runs in the background,
 * its progress readable as `personImport(id:)`.
 */
export function importsRoute(app: FastifyInstance, orm: MikroORM, config: ImportConfig): void {
  void app.register(async (scope) => {
    // The body is the handler's to stream: no parser reads it, and the route's own limit applies.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.route({
      method: 'POST',
      url: '/imports/persons',
      bodyLimit: config.limitBytes + MULTIPART_SLACK,
      errorHandler: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return tooLarge(config.limitBytes).send(reply);
        if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new HttpRefusal(415, ERROR_CODES.UNSUPPORTED_MEDIA_TYPE, 'send the file as text/csv or multipart/form-data').send(reply);
        return reply.send(error);
      },
      handler: async (request, reply) => {
        let file: string | null = null;
        let bodyRead = false;
        try {
          const ctx = await authorize(orm, request, reply, ROSTER_WRITE);
          const type = mediaType(request.headers['content-type']);
          if (refusedAsCsrf(request, type)) {
            throw new HttpRefusal(400, ERROR_CODES.BAD_REQUEST, 'a form upload under a session needs the apollo-require-preflight header (CSRF prevention)');
          }
          if (type !== 'text/csv' && type !== 'multipart/form-data') {
            throw new HttpRefusal(415, ERROR_CODES.UNSUPPORTED_MEDIA_TYPE, 'send the file as text/csv or multipart/form-data');
          }
          const dryRun = readDryRun(request.query as Record<string, string | undefined>);
          const declared = Number(request.headers['content-length'] ?? 0);
          if (declared > config.limitBytes + (type === 'text/csv' ? 0 : MULTIPART_SLACK)) throw tooLarge(config.limitBytes);
          file = await uploadPath(config.dir);
          const bytes = await receiveBody(request, file, config.limitBytes, type === 'multipart/form-data');
          bodyRead = true;
          const parsed = await readRosterFile(file);
          if (!parsed.ok) throw refusal(parsed);
          let total: number;
          try {
            total = await parsed.count();
          } catch (err) {
            const failure = failureOf(err);
            if (!failure) throw err;
            throw refusal(failure);
          }
          if (total === 0) throw refusal(EMPTY_ROWS);
          const imp = await queueImport(ctx.em, ctx.viewer, basename(file), bytes, total, dryRun);
          // The import owns the file now, and removes it when it is done.
          file = null;
          await audit(ctx.em.fork(), ctx.viewer, ctx.ip, [
            { action: 'import.persons', targetType: 'PersonImport', targetId: imp.id, details: { dryRun, bytes, rows: total } },
          ]);
          void runImport(orm, imp.id, config.dir);
          return reply.code(202).header('cache-control', 'no-store').send({ id: imp.globalId, status: imp.status });
        } catch (e) {
          if (file) await rm(file, { force: true });
          if (!bodyRead) dropRestOfBody(request);
          if (e instanceof HttpRefusal) return e.send(reply);
          request.log.error(e);
          console.error('[imports] unexpected error', e);
          return reply.code(500).send({ error: { code: ERROR_CODES.INTERNAL, message: 'Internal server error' } });
        }
      },
    });
  });
}
