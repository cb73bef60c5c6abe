import { graphql } from '../../gql';

/** What the facilitator list shows and the facilitator form edits (and gets back when stale). */
export const FacilitatorFieldsDoc = graphql(`
  fragment FacilitatorFields on Facilitator {
    id version name kind email phone expertise archivedAt
    agency { id code name }
    person { id name }
  }
`);
