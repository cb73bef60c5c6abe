/**
 * Evaluations (Kirkpatrick level 1 and 3): what a form asks, about what, and who answers.
 * One list for server and SPA.
 */

/** REACTION: participants rate the running, the facilitators and the venue (level 1). FOLLOW_UP: alumni and their supervisors, months after the close (level 3). */
export const EVALUATION_KINDS = ['REACTION', 'FOLLOW_UP'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/** What one answer is about: the cohort's running, one session's facilitator, or the venue. */
export const EVALUATION_TARGETS = ['COHORT', 'FACILITATOR', 'VENUE'] as const;
export type EvaluationTarget = (typeof EVALUATION_TARGETS)[number];

/** RATING 1–5, one CHOICE of the question's options, or free TEXT. */
export const QUESTION_KINDS = ['RATING', 'CHOICE', 'TEXT'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** In what capacity someone answered: a participant (level 1), an alumnus or an alumnus's supervisor (level 3). */
export const RESPONDENT_ROLES = ['PARTICIPANT', 'ALUMNUS', 'SUPERVISOR'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** Reports never show a group of fewer respondents than this (its figures are null and flagged). */
export const EVALUATION_MIN_GROUP = 5;

/** Ratings run from 1 (very poor) to 5 (very good). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** The maintained templates an academy can copy: their keys. */
export const EVALUATION_TEMPLATES = ['PENYELENGGARAAN', 'PENGAJAR', 'TINDAK_LANJUT'] as const;
export type EvaluationTemplate = (typeof EVALUATION_TEMPLATES)[number];
