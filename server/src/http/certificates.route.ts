import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import { createContext } from '../graphql/context.js';
import { resolveViewer } from '../features/accounts/auth.service.js';
import { certificatePdf } from '../features/certificates/certificate.pdf.js';
import { verificationPage } from '../features/certificates/certificate.page.js';
import { mayVerify, verification, visibleCertificate } from '../features/certificates/certificate.service.js';
import { publicUrl } from '../features/certificates/certificate.urls.js';

/**
 * `GET /verify/<code>`: the public verification page, anyone's, limited per address (429).
 * `GET /certificates/<code>.pdf`: the certificate, for its holder and the academy's
 * organizers (session cookie or token); anyone else gets the same 404 as an unknown code.
 */
export function certificatesRoute(app: FastifyInstance, orm: MikroORM): void {
  app.get<{ Params: { code: string } }>('/verify/:code', async (request, reply) => {
    const em = orm.em.fork();
    const html = (body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('x-robots-tag', 'noindex')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(body);
    if (!(await mayVerify(em, request.ip))) return html(verificationPage('limited'), 429);
    const v = await verification(em, request.params.code);
    // An unknown code is answered as a page too (200), so its shape tells nothing.
    return html(verificationPage(v));
  });

  app.get<{ Params: { file: string } }>('/certificates/:file', async (request, reply) => {
    const m = /^([a-z2-7]{26})\.pdf$/.exec(request.params.file);
    const ctx = m ? await createContext(orm.em, request, reply, resolveViewer).catch(() => null) : null;
    const cert = ctx && m ? await visibleCertificate(ctx.em, ctx.viewer, m[1]!) : null;
    if (!cert) return reply.code(404).type('text/plain').send('not found');
    const pdf = await certificatePdf(cert, `${publicUrl()}/verify/${cert.code}`);
    return reply.type('application/pdf').header('cache-control', 'private, no-store')
      .header('content-disposition', `inline; filename="sertifikat-${cert.number.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf"`).send(pdf);
  });
}
