import { composeReadModels } from '../graphql/read-model.js';
import { academyReads } from './academies/academy.read-model.js';
import { cohortReads } from './cohorts/cohort.read-model.js';
import { enrollmentReads } from './enrollments/enrollment.read-model.js';
import { personReads } from './persons/person.read-model.js';
import { programReads } from './programs/program.read-model.js';
import { sessionReads } from './sessions/session.read-model.js';

/** Every feature's declared reads: what the resolvers answer through and the compiled SQL plan compiles. */
export const READ_MODELS = composeReadModels([academyReads, cohortReads, enrollmentReads, personReads, programReads, sessionReads]);
