import { graphql } from '../../gql';

/** What the agency list shows and the agency form edits (and gets back when stale). */
export const AgencyFieldsDoc = graphql(`
  fragment AgencyFields on Agency {
    id version code name level province timeZone archivedAt
    academy { id code }
  }
`);
