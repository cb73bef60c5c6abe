import { client } from '../../app/urql-client';
import { graphql } from '../../gql';

/** Whether the signed-in admin's or organizer's academy still lacks something to run its first cohort. */
export const SetupStateQuery = graphql(`
  query SetupState {
    setupProgress { complete academy { id } }
  }
`);

/**
 * Where staff start: the set-up checklist while it is incomplete, the roster after.
 * A failed check sends them to the roster, whose page reports the failure itself.
 */
export async function staffHome(): Promise<string> {
  try {
    const result = await client.query(SetupStateQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    return result.data?.setupProgress.complete === false ? '/persiapan' : '/roster';
  } catch {
    return '/roster';
  }
}

/**
 * Asks the set-up state again, e.g. after the roster import (sent outside urql): the
 * answer reaches every page watching it, so the menu drops "Persiapan" once all is done.
 */
export function refreshSetupState(): void {
  void client.query(SetupStateQuery, {}, { requestPolicy: 'network-only' }).toPromise().catch(() => {});
}
