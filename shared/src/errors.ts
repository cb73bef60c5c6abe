/**
 * Every error code the API can return, `domain/reason`. The server raises them
 * (in a mutation's `errors` or a top-level error's `extensions.code`); the SPA
 * translates the same codes. Messages never carry a submitted personal value.
 */
export const ERROR_CODES = {
  /** Any input: a required value is missing. */
  REQUIRED: 'input/required',
  /** Any input: a value is not one of the allowed ones (enum, format). */
  INVALID_VALUE: 'input/invalid-value',
  /** Any input: a value is too long or out of range. */
  OUT_OF_RANGE: 'input/out-of-range',
  /** Relay lists: `first` must be between 1 and 100. */
  INVALID_PAGE_SIZE: 'input/invalid-page-size',
  /** Relay lists: the `after` cursor cannot be read. */
  INVALID_CURSOR: 'input/invalid-cursor',
  /** node(id:) and every id argument: the global id cannot be read. */
  INVALID_ID: 'input/invalid-id',

  /** Person: the NIP is not 18 digits. */
  NIP_FORMAT: 'nip/format',
  /** Person: the NIP's birth date is not a real date. */
  NIP_BIRTH_DATE: 'nip/birth-date',
  /** Person: a PNS NIP's appointment month (TMT CPNS) is not a real month. */
  NIP_APPOINTMENT: 'nip/appointment',
  /** Person: a PNS NIP's appointment is not after the birth date. */
  NIP_APPOINTMENT_BEFORE_BIRTH: 'nip/appointment-before-birth',
  /** Person: a PNS NIP's gender digit is not 1 or 2. */
  NIP_GENDER: 'nip/gender',
  /** Roster import: the same NIP appears twice in one import. */
  NIP_DUPLICATE: 'nip/duplicate',

  /** Roster import: the CSV lacks a required column. */
  CSV_MISSING_COLUMN: 'csv/missing-column',
  /** Roster import: the CSV cannot be parsed. */
  CSV_MALFORMED: 'csv/malformed',
  /** Roster import: the CSV holds no data row. */
  CSV_EMPTY: 'csv/empty',
  /** Roster import: the agency code names no known agency. */
  AGENCY_UNKNOWN: 'agency/unknown',
  /** Roster import: the NIP belongs to a person on another academy's roster, which this caller cannot change. */
  OTHER_ROSTER: 'person/other-roster',
  /** Person: a structural post needs an eselon; other posts must not have one. */
  ESELON_MISMATCH: 'person/eselon-mismatch',

  /** Any id: the object does not exist or the caller may not see it (the same answer for both). */
  NOT_FOUND: 'object/not-found',
  /** Catalogue and roster: the object is archived; it stays in history but is refused for new use (restore it first). */
  ARCHIVED: 'object/archived',
  /** Every update: someone changed the object since it was read; the payload holds the current object. */
  STALE_VERSION: 'object/stale-version',
  /** archive/restore: this kind of object is not archived (only academies, agencies, programs, modules, venues, facilitators and people are). */
  NOT_ARCHIVABLE: 'object/not-archivable',

  /** Enrolment: the person is already enrolled or waitlisted in the cohort. */
  ALREADY_ENROLLED: 'enrollment/already-enrolled',
  /** Enrolment: the person's eselon group is not among the program's targets (override with a reason). */
  NOT_ELIGIBLE: 'enrollment/not-eligible',
  /** Enrolment: an override was asked without a reason. */
  OVERRIDE_REASON_REQUIRED: 'enrollment/override-reason-required',
  /** Enrolment: the cohort does not take enrolments in its status (closed). */
  COHORT_NOT_OPEN: 'enrollment/cohort-not-open',
  /** Enrolment: the person is seated in sessions of another cohort that overlap this cohort's sessions; send `force: true` to enrol anyway. */
  ENROLLMENT_SCHEDULE_CONFLICT: 'enrollment/schedule-conflict',
  /** Withdrawal: the enrolment is already withdrawn or completed. */
  NOT_WITHDRAWABLE: 'enrollment/not-withdrawable',

  /** Cohort: the end date is before the start date. */
  DATE_RANGE: 'cohort/date-range',
  /** Cohort: the status cannot move that way (draft → open → running → closed). */
  STATUS_TRANSITION: 'cohort/status-transition',
  /** Program, module, cohort or venue (in the academy), agency or academy (nationally): the code is already used. */
  CODE_TAKEN: 'cohort/code-taken',

  /** Any operation: sign in (or send an API token) first. */
  UNAUTHENTICATED: 'auth/unauthenticated',
  /** Any operation: the caller's role or token scopes do not allow it. */
  FORBIDDEN: 'auth/forbidden',
  /** Sign-in: the identifier and password do not match (the same answer for an unknown identifier). */
  INVALID_CREDENTIALS: 'auth/invalid-credentials',
  /** Sign-in: too many attempts for this account or from this address; wait and try again. */
  RATE_LIMITED: 'auth/rate-limited',
  /** Sign-in: the account needs its authenticator code before anything else. */
  MFA_REQUIRED: 'auth/mfa-required',
  /** MFA: an admin must enrol an authenticator app before anything else. */
  MFA_ENROLMENT_REQUIRED: 'auth/mfa-enrolment-required',
  /** MFA: the code is wrong, expired or was already used. */
  MFA_INVALID: 'auth/mfa-invalid',
  /** Invitation: the code is wrong, used or expired (one answer for all three). */
  INVITATION_INVALID: 'auth/invitation-invalid',
  /** Password: shorter than the minimum. */
  WEAK_PASSWORD: 'auth/weak-password',
  /** API token: the bearer token is unknown, expired or revoked. */
  TOKEN_INVALID: 'auth/token-invalid',
  /** Accounts: the e-mail address already has an account. */
  EMAIL_TAKEN: 'account/email-taken',
  /** Limits: the query is deeper, wider or larger than the API allows. */
  QUERY_TOO_COMPLEX: 'limits/query-too-complex',
  /** Limits: the query costs more than the caller's remaining budget; see extensions.cost. */
  THROTTLED: 'limits/throttled',

  /** Schedule: a facilitator would be in two overlapping sessions. */
  FACILITATOR_DOUBLE_BOOKED: 'schedule/facilitator-double-booked',
  /** Schedule: a venue would hold two overlapping sessions. */
  VENUE_DOUBLE_BOOKED: 'schedule/venue-double-booked',
  /** Schedule: an enrolled person would be in two overlapping sessions (of any cohorts). */
  PERSON_DOUBLE_BOOKED: 'schedule/person-double-booked',
  /** Schedule: the facilitator marked this time as unavailable. */
  FACILITATOR_UNAVAILABLE: 'schedule/facilitator-unavailable',
  /** Schedule: a person marked this time as unavailable. */
  PERSON_UNAVAILABLE: 'schedule/person-unavailable',
  /** Schedule: the session lies outside its cohort's dates. */
  OUTSIDE_COHORT_DATES: 'schedule/outside-cohort-dates',
  /** Schedule: the session does not end after it starts. */
  END_NOT_AFTER_START: 'schedule/end-not-after-start',
  /** Schedule: the venue has fewer seats than the cohort has people. */
  VENUE_TOO_SMALL: 'schedule/venue-too-small',
  /** Schedule (warning): the day is an Indonesian national holiday. */
  HOLIDAY: 'schedule/holiday',
  /** Schedule (warning): outside working hours (Mon–Fri 07:30–16:00) in the cohort's zone. */
  OUTSIDE_WORKING_HOURS: 'schedule/outside-working-hours',
  /** Schedule (warning): a module is scheduled for more or fewer JP than planned. */
  JP_MISMATCH: 'schedule/jp-mismatch',
  /** Schedule (warning): some of the cohort's seated people are outside the module's target generations. */
  OUTSIDE_TARGET_GENERATIONS: 'schedule/outside-target-generations',
  /** Schedule (warning): some of the seated people are active members of a community with a meeting at that time (a voluntary meeting does not block training). */
  MEMBER_IN_COMMUNITY_MEETING: 'schedule/member-in-community-meeting',
  /** Schedule: the session changed since it was read; reload and try again. */
  VERSION_CONFLICT: 'schedule/version-conflict',
  /** Schedule: hard conflicts; send `force: true` to save anyway. */
  HARD_CONFLICTS: 'schedule/hard-conflicts',

  /** Attendance: the person is not enrolled (seated) in the session's cohort. */
  NOT_ENROLLED: 'attendance/not-enrolled',
  /** Check-in: the code is wrong or has rotated; read the one on the screen now. */
  CHECKIN_CODE_INVALID: 'attendance/code-invalid',
  /** Check-in: no session of yours is open for check-in now. */
  CHECKIN_CLOSED: 'attendance/check-in-closed',
  /** Check-in: you already checked in to this session. */
  ALREADY_CHECKED_IN: 'attendance/already-checked-in',
  /** Attendance: marking the unrecorded absent waits until the session has ended. */
  SESSION_NOT_ENDED: 'attendance/session-not-ended',
  /** Mentoring: the mentor must be of a younger generation than the mentee. */
  MENTOR_NOT_YOUNGER: 'mentoring/mentor-not-younger',
  /** Mentoring: the person is already in a pair of this cohort. */
  ALREADY_PAIRED: 'mentoring/already-paired',
  /** Mentoring: the mentee must be enrolled in the cohort. */
  MENTEE_NOT_ENROLLED: 'mentoring/mentee-not-enrolled',
  /** Groups: a person given in a group is not seated in the cohort. */
  GROUP_PERSON_NOT_SEATED: 'group/person-not-seated',
  /** Groups: a person is given in more than one group, or twice in one. */
  GROUP_DUPLICATE_PERSON: 'group/duplicate-person',
  /** Groups: a group has nobody in it. */
  GROUP_EMPTY: 'group/empty',
  /** Groups: a group that would go has sessions given to it; apply with `force` to give them back to the whole cohort. */
  GROUP_HAS_SESSIONS: 'group/has-sessions',
  /** Sessions: the group is not a group of the session's cohort. */
  GROUP_NOT_OF_COHORT: 'group/not-of-cohort',

  /** Bulk export: the export stopped on an unexpected failure; start it again (details are in the server log). */
  EXPORT_FAILED: 'export/failed',
  /** Bulk export: the account or token that started it was disabled, revoked or lost the right to read this data. */
  EXPORT_OWNER_REVOKED: 'export/owner-revoked',
  /** Bulk export: the file or its download link has expired; ask bulkOperation for a new link or start the export again. */
  EXPORT_EXPIRED: 'export/expired',
  /** Roster upload: the server stopped while the import ran; nothing of it was written. Upload the file again. */
  IMPORT_INTERRUPTED: 'import/interrupted',
  /** Roster upload: the import stopped on an unexpected failure; nothing of it was written (details are in the server log). */
  IMPORT_FAILED: 'import/failed',

  /** Nominations: the cohort does not take nominations in its status (only OPEN cohorts do). */
  NOMINATION_COHORT_NOT_OPEN: 'nomination/cohort-not-open',
  /** Nominations: the person already has a live nomination (or an enrolment) for this cohort. */
  NOMINATION_DUPLICATE: 'nomination/duplicate',
  /** Nominations: the nomination is not in a state that allows this step (e.g. deciding an accepted one). */
  NOMINATION_WRONG_STATE: 'nomination/wrong-state',
  /** Nominations: only the nominee's supervisor (or an organizer) may approve at the supervisor stage. */
  NOMINATION_NOT_SUPERVISOR: 'nomination/not-supervisor',
  /** Nominations: a decline (or a supervisor's refusal) needs a reason. */
  NOMINATION_REASON_REQUIRED: 'nomination/reason-required',
  /** Change projects: the plan's state does not allow this step (e.g. approving a draft, or editing a submitted plan); steps go DRAFT → SUBMITTED → APPROVED or REVISION_REQUESTED → IMPLEMENTED. */
  ACTION_PLAN_WRONG_STATE: 'action-plan/wrong-state',
  /** Change projects: the enrolment already has a plan (one per enrolment). */
  ACTION_PLAN_DUPLICATE: 'action-plan/duplicate',
  /** Change projects: only the participant (or an organizer) writes the plan; only its coach, its mentor or an organizer reviews it. */
  ACTION_PLAN_NOT_REVIEWER: 'action-plan/not-reviewer',
  /** Change projects: a plan is submitted with a title, problem, goal and at least one milestone. */
  ACTION_PLAN_INCOMPLETE: 'action-plan/incomplete',
  /** Change projects: a request for revision needs a note saying what to change. */
  ACTION_PLAN_NOTE_REQUIRED: 'action-plan/note-required',
  /** Change projects: the seminar session is not a session of the plan's cohort. */
  ACTION_PLAN_SEMINAR_SESSION: 'action-plan/seminar-session',
  /** Communities: the person is already a member of the community (or waits for approval). */
  COMMUNITY_ALREADY_MEMBER: 'community/already-member',
  /** Communities: the person is not an active member (posting, completing a unit or deciding needs one). */
  COMMUNITY_NOT_MEMBER: 'community/not-member',
  /** Communities: only the community's facilitators or an organizer may do this (approve members, schedule meetings, add units). */
  COMMUNITY_NOT_FACILITATOR: 'community/not-facilitator',
  /** Communities: the membership is not waiting for approval. */
  COMMUNITY_WRONG_STATE: 'community/wrong-state',
  /** Communities: the meeting has hard conflicts (a member, facilitator or venue booked at an overlapping session or meeting, or it ends before it starts); listed in `issues`, refused unless forced. */
  COMMUNITY_MEETING_CONFLICT: 'community/meeting-conflict',
  /** Micro-learning: a unit lasts at most 15 minutes and needs a link or a short text and 1–3 check questions. */
  MICRO_LEARNING_INVALID: 'micro-learning/invalid',
  /** Micro-learning: an answer of the check is wrong; nothing is recorded, the participant may try again. */
  MICRO_LEARNING_WRONG_ANSWER: 'micro-learning/wrong-answer',
  /** Micro-learning: the person already completed this unit; its minutes count once. */
  MICRO_LEARNING_ALREADY_COMPLETED: 'micro-learning/already-completed',
  /** External learning records: the record duplicates learning Lintas already counts (same person, overlapping dates, and the cohort named or linked). */
  LEARNING_RECORD_DUPLICATE: 'learning-record/duplicate',
  /** External learning records: the dates are not real dates, or the end is before the start. */
  LEARNING_RECORD_DATES: 'learning-record/dates',
  /** Quotas: the seats reserved for agencies add up to more than the cohort's capacity. */
  QUOTA_OVER_CAPACITY: 'quota/over-capacity',
  /** Evaluations: the form is not open to this person for this target (not seated in the cohort; not an alumnus or an alumnus's supervisor; a facilitator or venue without a session there). */
  EVALUATION_NOT_RESPONDENT: 'evaluation/not-respondent',
  /** Evaluations: not yet: the session, cohort or follow-up period the answer is about has not ended or come. */
  EVALUATION_NOT_YET: 'evaluation/not-yet',
  /** Evaluations: this person already answered this form for this target; answers are given once. */
  EVALUATION_ALREADY_ANSWERED: 'evaluation/already-answered',
  /** Evaluations: the form has answers; its questions can no longer change. */
  EVALUATION_HAS_ANSWERS: 'evaluation/has-answers',
  /** Knowledge: the item is not in a review state that allows this step (e.g. publishing an archived item, editing a published one back to draft). */
  KNOWLEDGE_WRONG_STATE: 'knowledge/wrong-state',
  /** Knowledge: an item is published only with at least one author from the roster (and an interview with its interviewee). */
  KNOWLEDGE_AUTHOR_REQUIRED: 'knowledge/author-required',
  /** Notices: this kind of notice cannot be turned off (it changes the person's obligations, or starts their account). */
  NOTICE_MANDATORY: 'notice/mandatory',

  /** Certificates: the certificate is already revoked. */
  CERTIFICATE_ALREADY_REVOKED: 'certificate/already-revoked',
  /** Certificates: a revocation needs a reason (up to 500 characters). */
  CERTIFICATE_REASON_REQUIRED: 'certificate/reason-required',
  /** Registry sync (delivery log): the registry (REGISTRY_URL) could not be reached or did not answer in time. */
  REGISTRY_UNREACHABLE: 'registry/unreachable',
  /** Registry sync (delivery log): the registry answered with an error status, or without the id of the record. */
  REGISTRY_REJECTED: 'registry/rejected',

  /** Webhooks: the address is not an absolute http(s) URL (or carries a user name or password). */
  WEBHOOK_URL_INVALID: 'webhook/url-invalid',
  /** Webhooks: the address is private, loopback or link-local, which this server refuses to call. */
  WEBHOOK_URL_PRIVATE: 'webhook/url-private',
  /** Webhooks: the delivery is still waiting or being sent; redeliver it after it succeeded or failed. */
  WEBHOOK_DELIVERY_PENDING: 'webhook/delivery-pending',

  /** Transport: the request is not a valid GraphQL request. */
  BAD_REQUEST: 'request/bad',
  /** Transport: the request body is larger than the server accepts (GraphQL: 1 MB unless configured); nothing of it was read. */
  BODY_TOO_LARGE: 'request/body-too-large',
  /** Transport: the body's content type is not one the endpoint reads (roster upload: text/csv or multipart/form-data). */
  UNSUPPORTED_MEDIA_TYPE: 'request/unsupported-media-type',
  /** Transport: an unexpected failure; details are in the server log only. */
  INTERNAL: 'server/internal',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
export const ALL_ERROR_CODES = Object.values(ERROR_CODES) as ErrorCode[];
