import type { NoticeKind, NotificationStatus } from '@lintas/shared';
import { tryLocalId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { Notification } from './notification.entity.js';

/** Who may list notices: the academy's organizers, admins, and a participant their own (through tenancy). */
export const NOTICES_READ = ['ADMIN', 'ORGANIZER', 'PARTICIPANT'] as const;

type Args = ConnectionArgs & { filter?: { personId?: string | null; kind?: NoticeKind | null; status?: NotificationStatus | null } | null };

/** `Query.notifications`: the outbox, newest first. */
const notifications: ListRead<Args> = {
  entity: Notification, access: NOTICES_READ, args: ['first', 'after', 'filter'], orderBy: { createdAt: 'desc' },
  where: (_em, viewer, { filter }) => scoped(viewer, 'Notification', [
    filter?.personId ? { person: tryLocalId(filter.personId, 'Person') ?? -1 } : {},
    filter?.kind ? { kind: filter.kind } : {},
    filter?.status ? { status: filter.status } : {},
  ]),
};

export const noticeReads = { lists: { notifications } } satisfies ReadModel;
