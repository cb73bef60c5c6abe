import { graphql } from '../../gql';

/** What the person form edits (and gets back when stale). */
export const PersonFieldsDoc = graphql(`
  fragment PersonFields on Person {
    id version nip name employmentType positionType eselon positionClass jobTitle email phone archivedAt
    agency { id code name }
    supervisor { id name }
  }
`);
