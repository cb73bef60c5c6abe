import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { ANY_EXPORT } from './bulk-sources.js';
import { BulkOperation } from './bulk-operation.entity.js';

/** `Query.bulkOperations`: the caller's own, newest first. */
const bulkOperations: ListRead<ConnectionArgs> = {
  entity: BulkOperation, access: ANY_EXPORT, args: ['first', 'after'], orderBy: { id: 'desc' },
  where: (_em, viewer) => scoped(viewer, 'BulkOperation', []),
};

export const bulkReads = { lists: { bulkOperations } } satisfies ReadModel;
