import { ERROR_CODES } from '@lintas/shared';
import { fromGlobalId } from './global-id.js';
import { requestError } from './user-error.js';

/** The local id behind a global id of the expected type; a top-level error otherwise. */
export function localId(globalId: string, type: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw requestError(ERROR_CODES.INVALID_ID, `not a ${type} id`);
  return parsed.id;
}

/** Like `localId`, for ids inside a mutation's input: null instead of an error. */
export function tryLocalId(globalId: string, type: string): number | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}
