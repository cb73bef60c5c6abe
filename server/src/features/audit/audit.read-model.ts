import type { FilterQuery } from '@mikro-orm/core';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { AuditEvent } from './audit-event.entity.js';

interface AuditFilterArgs {
  actor?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
}

/** `Query.auditEvents`: the trail, newest first (admins only, so no tenancy). */
const auditEvents: ListRead<ConnectionArgs & { filter?: AuditFilterArgs | null }> = {
  entity: AuditEvent, access: ['ADMIN'], args: ['first', 'after', 'filter'], orderBy: { createdAt: 'desc' },
  where: (_em, _viewer, { filter }) => {
    const where: FilterQuery<AuditEvent>[] = [];
    if (filter?.actor) where.push({ actor: filter.actor });
    if (filter?.action) where.push({ action: { $like: `${filter.action.replace(/[%_]/g, '')}%` } });
    if (filter?.targetType) where.push({ targetType: filter.targetType });
    if (filter?.targetId) where.push({ targetId: filter.targetId });
    return where.length ? { $and: where } : {};
  },
};

export const auditReads = { lists: { auditEvents } } satisfies ReadModel;
