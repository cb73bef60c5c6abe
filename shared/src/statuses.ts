export const COHORT_STATUSES = ['DRAFT', 'OPEN', 'RUNNING', 'CLOSED'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const ENROLLMENT_STATUSES = ['ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** hadir, terlambat, izin, sakit, dinas luar, alpa. */
export const ATTENDANCE_STATUSES = ['PRESENT', 'LATE', 'EXCUSED', 'SICK', 'OFFICIAL_DUTY', 'ABSENT'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
/** Statuses that earn the session's JP. */
export const JP_EARNING_STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'LATE'];
/** Statuses that take a session out of the completion denominator. */
export const JP_EXEMPT_STATUSES: readonly AttendanceStatus[] = ['EXCUSED', 'OFFICIAL_DUTY'];

export const MODULE_FORMATS = [
  'CLASSROOM', 'ONLINE', 'BLENDED', 'MICRO_LEARNING', 'REVERSE_MENTORING', 'COMMUNITY_OF_PRACTICE', 'ACTION_LEARNING',
] as const;
export type ModuleFormat = (typeof MODULE_FORMATS)[number];

export const COMPETENCY_AREAS = [
  'DIGITAL_LITERACY', 'DATA_DRIVEN_DECISIONS', 'CYBERSECURITY', 'ARTIFICIAL_INTELLIGENCE', 'SPBE',
  'GROWTH_MINDSET', 'LEARNING_ORGANIZATION', 'CROSS_GENERATION_COMMUNICATION', 'LEADERSHIP',
] as const;
export type CompetencyArea = (typeof COMPETENCY_AREAS)[number];

export const FACILITATOR_KINDS = ['WIDYAISWARA', 'COACH', 'MENTOR', 'EXTERNAL'] as const;
export type FacilitatorKind = (typeof FACILITATOR_KINDS)[number];

export const AGENCY_LEVELS = ['PUSAT', 'DAERAH'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const ROLES = ['ADMIN', 'ORGANIZER', 'PARTICIPANT'] as const;
export type Role = (typeof ROLES)[number];

/** One JP (jam pelajaran) is 45 minutes. */
export const JP_MINUTES = 45;
/** Every PNS has a right to at least 20 JP of competency development a year. */
export const ANNUAL_JP_RIGHT = 20;
export const DEFAULT_COMPLETION_THRESHOLD = 0.8;
