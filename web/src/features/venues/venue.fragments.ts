import { graphql } from '../../gql';

/** What the venue list shows and the venue form edits (and gets back when stale). */
export const VenueFieldsDoc = graphql(`
  fragment VenueFields on Venue {
    id version code name capacity timeZone address onlineUrl archivedAt
  }
`);
