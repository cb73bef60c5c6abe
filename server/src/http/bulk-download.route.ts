import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import { fromGlobalId } from '../graphql/global-id.js';
import { BulkOperation } from '../features/bulk/bulk-operation.entity.js';
import { bulkConfig } from '../features/bulk/bulk-runtime.js';
import { checkLink, CONTENT_TYPE, EXTENSION } from '../features/bulk/bulk.service.js';

/**
 * `GET /bulk-exports/<id>.<ext>?expires=…&signature=…`: a finished bulk export. The signed link
 * is the credential (integrators hand it to a download tool), so it is short-lived and
 * signed with the operation's own key; any server process can check it.
 */
export function bulkDownloadRoute(app: FastifyInstance, orm: MikroORM): void {
  app.get<{ Params: { file: string }; Querystring: { expires?: string; signature?: string } }>('/bulk-exports/:file', async (request, reply) => {
    const m = /^([A-Za-z0-9_-]{4,80})\.(jsonl|csv)$/.exec(request.params.file);
    const parsed = m ? fromGlobalId(m[1]!) : null;
    const op = parsed?.type === 'BulkOperation' ? await orm.em.fork().findOne(BulkOperation, parsed.id) : null;
    if (!op || EXTENSION[op.format] !== m![2]) return reply.code(404).send({ error: { code: ERROR_CODES.NOT_FOUND, message: 'no such export' } });
    const check = checkLink(op, request.query.expires, request.query.signature);
    if (check === 'bad-signature') return reply.code(403).send({ error: { code: ERROR_CODES.FORBIDDEN, message: 'the link is not valid' } });
    const path = join(bulkConfig().dir, op.fileName ?? '');
    if (check === 'expired' || !op.fileName || !existsSync(path)) return reply.code(410).send({ error: { code: ERROR_CODES.EXPORT_EXPIRED, message: 'the link or the file has expired; ask bulkOperation for a new link' } });
    return reply
      .type(CONTENT_TYPE[op.format])
      .header('content-disposition', `attachment; filename="lintas-${op.kind.toLowerCase().replace('_', '-')}-${op.id}.${EXTENSION[op.format]}"`)
      .header('cache-control', 'private, no-store')
      .send(createReadStream(path));
  });
}
