import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { BulkExportFormat, BulkExportKind } from '@lintas/shared';
import type { ExportConfig } from '../../config.js';
import { writeTransaction } from '../../db/write-queue.js';
import { Account } from '../accounts/account.entity.js';
import { ApiToken } from '../accounts/api-token.entity.js';
import { randomSecret } from '../accounts/secrets.js';
import { actorOf, type Viewer } from '../../graphql/viewer.js';
import { BulkOperation, type StoredExportFilter } from './bulk-operation.entity.js';

export const EXTENSION: Record<BulkExportFormat, string> = { JSONL: 'jsonl', CSV: 'csv' };
export const CONTENT_TYPE: Record<BulkExportFormat, string> = { JSONL: 'application/x-ndjson; charset=utf-8', CSV: 'text/csv; charset=utf-8' };

export async function startExport(em: EntityManager, viewer: Viewer, kind: BulkExportKind, format: BulkExportFormat, filter: StoredExportFilter): Promise<BulkOperation> {
  return writeTransaction(em, async (tem) => {
    const op = tem.create(BulkOperation, { kind, format, filter, owner: actorOf(viewer).actor, downloadSecret: randomSecret() });
    await tem.flush();
    return op;
  });
}

/**
 * The caller an export runs as, read again from the database each time it runs: a
 * disabled account or a revoked or expired token has no rights left (null).
 */
export async function ownerViewer(em: EntityManager, owner: string): Promise<Viewer | null> {
  const [kind, raw] = owner.split(':');
  const id = Number(raw);
  if (kind === 'account') {
    const account = await em.findOne(Account, id);
    if (!account || account.disabled) return null;
    return { kind: 'account', account, role: account.role, academyId: account.academy?.id ?? null, personId: account.person?.id ?? null, agencyId: account.agency?.id ?? null, sessionId: 0, pending: null };
  }
  if (kind === 'token') {
    const token = await em.findOne(ApiToken, id);
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= new Date())) return null;
    return { kind: 'token', token, academyId: token.academy.id, scopes: new Set(token.scopes) };
  }
  return null;
}

const sign = (op: BulkOperation, expires: number) => createHmac('sha256', op.downloadSecret).update(`${op.id}:${op.fileName}:${expires}`).digest('base64url');

/** A download link for a completed export: signed with the operation's own key, valid until the earlier of its TTL and the file's expiry. */
export function downloadLink(op: BulkOperation, origin: string, config: ExportConfig, now = Date.now()): { url: string; expiresAt: Date } | null {
  if (op.status !== 'COMPLETED' || !op.expiresAt || op.expiresAt.getTime() <= now) return null;
  const expires = Math.floor(Math.min(now + config.urlTtlSeconds * 1000, op.expiresAt.getTime()) / 1000);
  return { url: `${origin}/bulk-exports/${op.globalId}.${EXTENSION[op.format]}?expires=${expires}&signature=${sign(op, expires)}`, expiresAt: new Date(expires * 1000) };
}

export type LinkCheck = 'ok' | 'bad-signature' | 'expired';

export function checkLink(op: BulkOperation, expires: string | undefined, signature: string | undefined, now = Date.now()): LinkCheck {
  const at = Number(expires);
  if (!expires || !/^\d+$/.test(expires) || !signature) return 'bad-signature';
  const want = Buffer.from(sign(op, at));
  const got = Buffer.from(signature);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return 'bad-signature';
  if (at * 1000 <= now || op.status !== 'COMPLETED' || !op.expiresAt || op.expiresAt.getTime() <= now) return 'expired';
  return 'ok';
}
