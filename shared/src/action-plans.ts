/**
 * Change projects (proyek / aksi perubahan): where a plan stands, its milestones, and who
 * scores it at the final seminar. One list for server and SPA.
 */
export const ACTION_PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REVISION_REQUESTED', 'IMPLEMENTED'] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

/** The steps the workflow allows, from each state. A resubmission takes REVISION_REQUESTED back to SUBMITTED. */
export const ACTION_PLAN_TRANSITIONS: Readonly<Record<ActionPlanStatus, readonly ActionPlanStatus[]>> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REVISION_REQUESTED'],
  REVISION_REQUESTED: ['SUBMITTED'],
  APPROVED: ['IMPLEMENTED'],
  IMPLEMENTED: [],
};

/** States in which the participant may still edit the plan's text and milestones. */
export const ACTION_PLAN_EDITABLE: readonly ActionPlanStatus[] = ['DRAFT', 'REVISION_REQUESTED'];
/** States that count as an approved plan (the completion gate). */
export const ACTION_PLAN_APPROVED: readonly ActionPlanStatus[] = ['APPROVED', 'IMPLEMENTED'];

export const MILESTONE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Who scores a plan at the final seminar. */
export const SEMINAR_REVIEWER_ROLES = ['COACH', 'MENTOR', 'EXAMINER'] as const;
export type SeminarReviewerRole = (typeof SEMINAR_REVIEWER_ROLES)[number];

/** A rubric criterion's score: whole numbers from 1 to 100. */
export const SEMINAR_SCORE_MIN = 1;
export const SEMINAR_SCORE_MAX = 100;

/** The rubric a reviewer fills in by default at the seminar (a reviewer may keep other criteria already scored). */
export const SEMINAR_RUBRIC_CRITERIA: readonly string[] = ['Dampak', 'Inovasi', 'Keberlanjutan'];
