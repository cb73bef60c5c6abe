import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import { calendarFeed } from '../features/sessions/calendar.service.js';

/** `GET /calendar/<secret>.ics`: a person's schedule for calendar apps. */
export function calendarRoute(app: FastifyInstance, orm: MikroORM): void {
  app.get<{ Params: { file: string } }>('/calendar/:file', async (request, reply) => {
    const m = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(request.params.file);
    const body = m ? await calendarFeed(orm.em.fork(), m[1]!, `${request.protocol}://${request.host}`) : null;
    if (body === null) return reply.code(404).type('text/plain').send('unknown or revoked calendar address');
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
  });
}
