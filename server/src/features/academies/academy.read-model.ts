import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { contains } from '../../db/dialect.js';
import { ROSTER_READ_WITH_AGENCY, SCHEDULE_READ } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import type { ChildRead, ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { FacilitatorUnavailability } from '../persons/unavailability.entity.js';
import { scoped } from '../tenancy.js';
import { Academy } from './academy.entity.js';
import { Agency } from './agency.entity.js';

/** Archived objects are left out of a list unless asked for. */
export const activeOnly = (includeArchived: boolean | null | undefined) => (includeArchived ? [] : [{ archivedAt: null }]);

/** Only one academy's objects, when a caller who sees several names one. */
export const ofAcademy = (academyId: string | null | undefined) => (academyId ? [{ academy: localId(academyId, 'Academy') }] : []);

type Archivable = ConnectionArgs & { includeArchived?: boolean | null };
type OfAcademy = Archivable & { academyId?: string | null };

const academies: ListRead<Archivable> = {
  entity: Academy, access: [], args: ['first', 'after', 'includeArchived'], orderBy: { code: 'asc' },
  where: (_em, viewer, args) => scoped(viewer, 'Academy', activeOnly(args.includeArchived)),
};

const agencies: ListRead<OfAcademy & { search?: string | null }> = {
  entity: Agency, access: ROSTER_READ_WITH_AGENCY, args: ['first', 'after', 'search', 'academyId', 'includeArchived'], orderBy: { name: 'asc' },
  where: (em: EntityManager, viewer, args) => {
    const where: FilterQuery<Agency>[] = activeOnly(args.includeArchived);
    const s = args.search?.trim();
    if (s) where.push({ $or: [{ code: contains(em, s) }, { name: contains(em, s) }] });
    return scoped(viewer, 'Agency', [...where, ...ofAcademy(args.academyId)]);
  },
};

const venues: ListRead<OfAcademy> = {
  entity: Venue, access: SCHEDULE_READ, args: ['first', 'after', 'academyId', 'includeArchived'], orderBy: { name: 'asc' },
  where: (_em, viewer, args) => scoped(viewer, 'Venue', [...ofAcademy(args.academyId), ...activeOnly(args.includeArchived)]),
};

const facilitators: ListRead<OfAcademy> = {
  entity: Facilitator, access: SCHEDULE_READ, args: ['first', 'after', 'academyId', 'includeArchived'], orderBy: { name: 'asc' },
  where: (_em, viewer, args) => scoped(viewer, 'Facilitator', [...ofAcademy(args.academyId), ...activeOnly(args.includeArchived)]),
};

/** `Facilitator.unavailability`: soonest first. */
const unavailability: ChildRead<ConnectionArgs> = {
  entity: FacilitatorUnavailability, parent: 'facilitator', args: ['first', 'after'],
  read: () => ({ where: {}, orderBy: { startsAt: 'asc' } }),
};

/** The catalogue's objects and the academy they belong to, read by id alone. */
export const academyReads = {
  lists: { academies, agencies, venues, facilitators },
  children: { Facilitator: { unavailability } },
  references: { Academy: [], Agency: ['academy'], Venue: ['academy'], Facilitator: ['academy'] },
} satisfies ReadModel;
