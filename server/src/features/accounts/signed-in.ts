import type { Viewer } from '../../graphql/viewer.js';
import type { Account } from './account.entity.js';
import type { ApiToken } from './api-token.entity.js';

/**
 * The account entity behind a signed-in viewer. The API floor knows a viewer's account
 * only by id and name; `resolveViewer` (auth.service.ts) always puts the loaded entity
 * there, so the accounts feature reads the rest of it through this.
 */
export function accountOf(viewer: Extract<Viewer, { kind: 'account' }>): Account {
  return viewer.account as Account;
}

/** The token entity behind a token viewer (see `accountOf`). */
export function tokenOf(viewer: Extract<Viewer, { kind: 'token' }>): ApiToken {
  return viewer.token as ApiToken;
}
