import type { ListRead, ReadModel } from '../../graphql/read-model.js';
import type { ConnectionArgs } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { Account } from './account.entity.js';
import { ApiToken } from './api-token.entity.js';

/** `Query.apiTokens`: an organizer's academy's, or all for admins; newest first. */
const apiTokens: ListRead<ConnectionArgs> = {
  entity: ApiToken, access: ['ADMIN', 'ORGANIZER'], args: ['first', 'after'], orderBy: { createdAt: 'desc' },
  where: (_em, viewer) => scoped(viewer, 'ApiToken', []),
};

/** `Query.accounts`: every account, by name (admins only). */
const accounts: ListRead<ConnectionArgs> = {
  entity: Account, access: ['ADMIN'], args: ['first', 'after'], orderBy: { name: 'asc' },
  where: () => ({}),
};

export const accountReads = { lists: { apiTokens, accounts } } satisfies ReadModel;
