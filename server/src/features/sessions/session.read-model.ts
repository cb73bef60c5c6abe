import type { FilterQuery } from '@mikro-orm/core';
import { SCHEDULE_READ } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import type { ChildRead, ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { scoped, visibleWhere } from '../tenancy.js';
import { Session } from './session.entity.js';

type SessionsArgs = ConnectionArgs & { cohortId?: string | null; from?: Date | null; to?: Date | null };

/** `Query.sessions`: scheduled sessions in time order, of one cohort or overlapping a period. */
const sessions: ListRead<SessionsArgs> = {
  entity: Session, access: SCHEDULE_READ, args: ['first', 'after', 'cohortId', 'from', 'to'], orderBy: { startsAt: 'asc' },
  where: (_em, viewer, args) => {
    const where: FilterQuery<Session>[] = [{ status: 'SCHEDULED' }];
    if (args.cohortId) where.push({ cohort: localId(args.cohortId, 'Cohort') });
    if (args.from) where.push({ endsAt: { $gt: args.from } });
    if (args.to) where.push({ startsAt: { $lt: args.to } });
    return scoped(viewer, 'Session', where);
  },
};

/** `Session.attendances`: what the caller may see of the session's record. */
const attendances: ChildRead<ConnectionArgs> = {
  entity: Attendance, parent: 'session', args: ['first', 'after'],
  read: (viewer) => ({ where: visibleWhere(viewer, 'Attendance'), orderBy: { id: 'asc' } }),
};

/** A session's cohort, module, venue and facilitator are read by id alone. */
export const sessionReads = {
  lists: { sessions },
  children: { Session: { attendances } },
  references: { Session: ['cohort', 'module', 'venue', 'facilitator'] },
} satisfies ReadModel;
