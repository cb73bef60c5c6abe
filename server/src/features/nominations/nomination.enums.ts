import { registerEnumType } from 'type-graphql';
import { NOMINATION_STATUSES } from '@lintas/shared';
import { enumOf } from '../../graphql/enums.js';

export const NominationStatusEnum = enumOf(NOMINATION_STATUSES);
registerEnumType(NominationStatusEnum, {
  name: 'NominationStatus',
  description: 'Where a nomination stands: SUPERVISOR_PENDING → PENDING → ACCEPTED / WAITLISTED / DECLINED, or EXPIRED at the cohort start.',
  valuesConfig: {
    SUPERVISOR_PENDING: { description: "Waits for the nominee's supervisor (or an organizer) to approve; only when the program asks for it." },
    PENDING: { description: 'Waits for the academy to accept or decline.' },
    ACCEPTED: { description: 'Accepted: the person holds a seat in the cohort.' },
    WAITLISTED: { description: 'Accepted past capacity: the person is on the waitlist.' },
    DECLINED: { description: "Declined by the academy (with a reason), or refused at the supervisor stage; an organizer can undo a decline while the cohort is open." },
    EXPIRED: { description: 'Nobody decided by the cohort start date.' },
    WITHDRAWN: { description: 'Withdrawn by the agency before a decision.' },
  },
});

/** What the academy decides on a nomination. */
export const NominationDecisionEnum = { ACCEPT: 'ACCEPT', DECLINE: 'DECLINE' } as const;
export type NominationDecision = keyof typeof NominationDecisionEnum;
registerEnumType(NominationDecisionEnum, {
  name: 'NominationDecision',
  description: "The academy's decision on a pending nomination.",
  valuesConfig: {
    ACCEPT: { description: 'Accept: enrol the person under the enrolment rules (eligibility, conflicts, capacity; past capacity the waitlist).' },
    DECLINE: { description: 'Decline, with a reason.' },
  },
});
