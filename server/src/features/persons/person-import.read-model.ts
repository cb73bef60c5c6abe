import { ROSTER_READ } from '../../graphql/access.js';
import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { PersonImport } from './person-import.entity.js';

/**
 * `Query.personImports`: the roster uploads of the caller's academy (all for admins), newest first.
 * Not compiled by the SQL plan (no references declared): the counts of a running import come from
 * its process, through the resolvers.
 */
const personImports: ListRead<ConnectionArgs> = {
  entity: PersonImport, access: ROSTER_READ, args: ['first', 'after'], orderBy: { id: 'desc' },
  where: (_em, viewer) => scoped(viewer, 'PersonImport', []),
};

export const personImportReads = { lists: { personImports } } satisfies ReadModel;
