import { graphql } from '../../gql';

/** What the program form edits (and gets back when stale). */
export const ProgramFieldsDoc = graphql(`
  fragment ProgramFields on Program {
    id version code name kind trainingKind targetEselonGroups completionThreshold description archivedAt
  }
`);

/** What the module table shows and the module form edits (and gets back when stale). */
export const TrainingModuleFieldsDoc = graphql(`
  fragment TrainingModuleFields on TrainingModule {
    id version position code title competencyArea format jp targetGenerations crossGeneration archivedAt
    facilitators { id name }
  }
`);
