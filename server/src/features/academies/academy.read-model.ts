import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { contains } from '../../db/dialect.js';
import { localId } from '../../graphql/ids.js';
import type { ReadModel } from '../../graphql/read-model.js';
import type { Viewer } from '../../graphql/viewer.js';
import { scoped } from '../tenancy.js';
import { Agency } from './agency.entity.js';

/** The catalogue's objects and the academy they belong to, read by id alone. */
export const academyReads = {
  references: { Academy: [], Agency: ['academy'], Venue: ['academy'], Facilitator: ['academy'] },
} satisfies ReadModel;

/** Order of `Query.agencies`: by name (then id). */
export const AGENCIES_ORDER = { name: 'asc' } as const;

/** What `Query.agencies` lists for this caller: a part of the code or name, one academy, archived ones when asked. */
export function agenciesWhere(
  em: EntityManager, viewer: Viewer, filter: { search: string | null; academyId: string | null; includeArchived: boolean },
): FilterQuery<Agency> {
  const where: FilterQuery<Agency>[] = filter.includeArchived ? [] : [{ archivedAt: null }];
  const s = filter.search?.trim();
  if (s) where.push({ $or: [{ code: contains(em, s) }, { name: contains(em, s) }] });
  if (filter.academyId) where.push({ academy: localId(filter.academyId, 'Academy') });
  return scoped(viewer, 'Agency', where);
}
