import { registerEnumType } from 'type-graphql';
import { ACTION_PLAN_STATUSES, MILESTONE_STATUSES, SEMINAR_REVIEWER_ROLES } from '@lintas/shared';
import { enumOf } from '../../graphql/enums.js';

export const ActionPlanStatusEnum = enumOf(ACTION_PLAN_STATUSES);
registerEnumType(ActionPlanStatusEnum, {
  name: 'ActionPlanStatus',
  description: 'Where a change project stands: DRAFT → SUBMITTED → APPROVED or REVISION_REQUESTED (→ SUBMITTED again) → IMPLEMENTED.',
  valuesConfig: {
    DRAFT: { description: 'Being written by the participant; nobody reviews it yet.' },
    SUBMITTED: { description: 'Submitted: waits for the coach, the mentor or an organizer to review it.' },
    APPROVED: { description: 'Approved: the participant carries it out.' },
    REVISION_REQUESTED: { description: 'Sent back with a note; the participant edits it and submits it again.' },
    IMPLEMENTED: { description: 'Carried out: marked implemented after approval.' },
  },
});

export const MilestoneStatusEnum = enumOf(MILESTONE_STATUSES);
registerEnumType(MilestoneStatusEnum, {
  name: 'MilestoneStatus',
  description: 'Progress of one milestone of a change project.',
  valuesConfig: {
    PLANNED: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Under way.' },
    DONE: { description: 'Done, on the day given as its completion date.' },
  },
});

export const SeminarReviewerRoleEnum = enumOf(SEMINAR_REVIEWER_ROLES);
registerEnumType(SeminarReviewerRoleEnum, {
  name: 'SeminarReviewerRole',
  description: 'Who scores a change project at its final seminar.',
  valuesConfig: {
    COACH: { description: "The plan's coach." },
    MENTOR: { description: "The plan's mentor (usually the participant's superior)." },
    EXAMINER: { description: 'The examiner (penguji) at the seminar; scored by an organizer on their behalf.' },
  },
});

/** What a reviewer decides on a submitted plan. */
export const ActionPlanDecisionEnum = { APPROVE: 'APPROVE', REQUEST_REVISION: 'REQUEST_REVISION' } as const;
export type ActionPlanDecision = keyof typeof ActionPlanDecisionEnum;
registerEnumType(ActionPlanDecisionEnum, {
  name: 'ActionPlanDecision',
  description: "A reviewer's decision on a submitted change project.",
  valuesConfig: {
    APPROVE: { description: 'Approve: the plan becomes APPROVED.' },
    REQUEST_REVISION: { description: 'Send it back with a note: the plan becomes REVISION_REQUESTED.' },
  },
});
