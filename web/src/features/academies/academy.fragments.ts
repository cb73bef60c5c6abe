import { graphql } from '../../gql';

/** What the academy list shows and the academy form edits (and gets back when stale). */
export const AcademyFieldsDoc = graphql(`
  fragment AcademyFields on Academy {
    id version code name province timeZone certificatePrefix archivedAt
  }
`);
