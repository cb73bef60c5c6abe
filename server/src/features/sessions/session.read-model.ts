import type { ReadModel } from '../../graphql/read-model.js';

/** A session's cohort, module, venue and facilitator are read by id alone. */
export const sessionReads = {
  references: { Session: ['cohort', 'module', 'venue', 'facilitator'] },
} satisfies ReadModel;
