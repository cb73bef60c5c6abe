import type { ReadModel } from '../../graphql/read-model.js';

/** An enrolment's cohort and person are read by id alone. */
export const enrollmentReads = {
  references: { Enrollment: ['cohort', 'person'] },
} satisfies ReadModel;
