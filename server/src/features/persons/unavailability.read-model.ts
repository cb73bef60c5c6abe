import { tryLocalId } from '../../graphql/ids.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { Unavailability } from './unavailability.entity.js';

/** `Query.unavailabilities`: windows when people cannot attend, soonest first. */
const unavailabilities: ListRead<ConnectionArgs & { personId?: string | null }> = {
  entity: Unavailability, access: ['ADMIN', 'ORGANIZER', 'PARTICIPANT'], args: ['first', 'after', 'personId'], orderBy: { startsAt: 'asc' },
  where: (_em, viewer, args) => scoped(viewer, 'Unavailability', args.personId ? [{ person: tryLocalId(args.personId, 'Person') ?? -1 }] : []),
};

export const unavailabilityReads = { lists: { unavailabilities } } satisfies ReadModel;
