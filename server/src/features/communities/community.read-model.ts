import type { FilterQuery } from '@mikro-orm/core';
import type { Role, Scope } from '@lintas/shared';
import type { ChildRead, ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { tryLocalId } from '../../graphql/ids.js';
import { scoped } from '../tenancy.js';
import { CommunityMeeting, CommunityMember, CommunityPost, CommunityThread, MicroLearningUnit, Community } from './community.entity.js';
import { ExternalLearningRecord } from './learning-record.entity.js';

/** Who reads communities: staff, participants (their academy's, to join), and tokens reading schedules or reports. */
export const COMMUNITY_READ = ['ADMIN', 'ORGANIZER', 'PARTICIPANT', 'schedule:read', 'reports:read'] as const satisfies readonly (Role | Scope)[];
/** Who reads external learning records: staff, participants (their own), and tokens reading reports or pushing records. */
export const LEARNING_RECORD_READ = ['ADMIN', 'ORGANIZER', 'PARTICIPANT', 'reports:read', 'learning:write'] as const satisfies readonly (Role | Scope)[];
/** Who enters external learning records: staff, and integrators with `learning:write`. */
export const LEARNING_RECORD_WRITE = ['ADMIN', 'ORGANIZER', 'learning:write'] as const satisfies readonly (Role | Scope)[];

/**
 * `Query.communities`: by name. The resolver passes the caller's visible communities
 * (`communitiesWhere`: a participant sees their academy's) as `visible`.
 */
const communities: ListRead<ConnectionArgs & { search?: string | null; visible: FilterQuery<Community> }> = {
  entity: Community, access: COMMUNITY_READ, args: ['first', 'after', 'search'], orderBy: { name: 'asc' },
  where: (_em, _viewer, args) => ({ $and: [args.visible, args.search?.trim() ? { name: { $like: `%${args.search.trim().replace(/[%_]/g, '')}%` } } : {}] }) as FilterQuery<Community>,
};

/** `Query.externalLearningRecords`: newest end date first, of one person or the whole academy. */
const externalLearningRecords: ListRead<ConnectionArgs & { personId?: string | null }> = {
  entity: ExternalLearningRecord, access: LEARNING_RECORD_READ, args: ['first', 'after', 'personId'], orderBy: { endDate: 'desc' },
  where: (_em, viewer, args) => scoped(viewer, 'ExternalLearningRecord', [args.personId ? { person: tryLocalId(args.personId, 'Person') ?? -1 } : {}]),
};

const child = <T extends { id: number }>(entity: new () => T, parent: string, orderBy: Record<string, string>): ChildRead<ConnectionArgs> => ({
  entity: entity as never, parent, args: ['first', 'after'], read: () => ({ where: {}, orderBy }),
});

/** A community's members, meetings, threads and units; a thread's posts. Their parent is checked visible by the resolver that reached it. */
export const communityReads = {
  lists: { communities, externalLearningRecords },
  children: {
    Community: {
      members: child(CommunityMember, 'community', { id: 'asc' }),
      meetings: child(CommunityMeeting, 'community', { startsAt: 'asc' }),
      threads: child(CommunityThread, 'community', { id: 'desc' }),
      units: child(MicroLearningUnit, 'community', { id: 'desc' }),
    },
    CommunityThread: { posts: child(CommunityPost, 'thread', { id: 'asc' }) },
  },
} satisfies ReadModel;
