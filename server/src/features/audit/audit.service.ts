import type { EntityManager } from '@mikro-orm/core';
import { actorOf, type Viewer } from '../../graphql/viewer.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  details?: Record<string, unknown> | null;
}

/** Appends to the audit trail, as the caller or a named actor. Details must hold no personal value (no NIP, no name). */
export async function audit(em: EntityManager, by: Viewer | { actor: string; actorLabel: string }, ip: string | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const who = 'kind' in by ? actorOf(by) : by;
  await em.insertMany(AuditEvent, entries.map((e) => ({
    ...who, action: e.action, targetType: e.targetType ?? null, targetId: e.targetId == null ? null : String(e.targetId),
    ip, details: e.details ?? null, createdAt: new Date(), updatedAt: new Date(),
  })));
}

/**
 * The entries for personal values a token was shown (one per person), taking them out of
 * `reads`: a long export writes them batch by batch, before each batch leaves the server.
 */
export function personalReadEntries(reads: Set<number>): AuditEntry[] {
  const entries = [...reads].map((id) => ({ action: 'personal-data.read', targetType: 'Person', targetId: id }));
  reads.clear();
  return entries;
}
