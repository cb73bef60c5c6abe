import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { contains } from '../../db/dialect.js';
import { ROSTER_READ_WITH_AGENCY } from '../../graphql/access.js';
import { localId } from '../../graphql/ids.js';
import type { ChildRead, ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { scoped, visibleWhere } from '../tenancy.js';
import { Person } from './person.entity.js';
import type { PersonFilter } from './person.inputs.js';

/** What `Query.persons` lists for this caller and filter; archived people only when asked. */
function personsWhere(em: EntityManager, viewer: Viewer, filter: PersonFilter | null | undefined, includeArchived: boolean): FilterQuery<Person> {
  const where: FilterQuery<Person>[] = includeArchived ? [] : [{ archivedAt: null }];
  const search = filter?.search?.trim();
  if (search) {
    where.push(/^\d+$/.test(search) ? { nip: { $like: `${search}%` } } : { name: contains(em, search) });
  }
  if (filter?.agencyId) where.push({ agency: localId(filter.agencyId, 'Agency') });
  if (filter?.eselonGroups?.length) where.push({ eselonGroup: { $in: filter.eselonGroups } });
  if (filter?.generations?.length) where.push({ generation: { $in: filter.generations } });
  if (filter?.employmentType) where.push({ employmentType: filter.employmentType });
  return scoped(viewer, 'Person', where);
}

type PersonsArgs = ConnectionArgs & { filter?: PersonFilter | null; includeArchived?: boolean | null };

const persons: ListRead<PersonsArgs> = {
  entity: Person, access: ROSTER_READ_WITH_AGENCY, args: ['first', 'after', 'filter', 'includeArchived'], orderBy: { name: 'asc' },
  where: (em, viewer, args) => personsWhere(em, viewer, args.filter, args.includeArchived === true) as FilterQuery<object>,
};

/** `Person.enrollments`: what the caller may see, newest first. */
const enrollments: ChildRead<ConnectionArgs> = {
  entity: Enrollment, parent: 'person', args: ['first', 'after'],
  read: (viewer) => ({ where: visibleWhere(viewer, 'Enrollment'), orderBy: { id: 'desc' } }),
};

export const personReads = {
  lists: { persons },
  children: { Person: { enrollments } },
  references: { Person: ['agency'] },
} satisfies ReadModel;
