import type { ReadModel } from '../../graphql/read-model.js';

/** The catalogue's objects and the academy they belong to, read by id alone. */
export const academyReads = {
  references: { Academy: [], Agency: ['academy'], Venue: ['academy'], Facilitator: ['academy'] },
} satisfies ReadModel;
