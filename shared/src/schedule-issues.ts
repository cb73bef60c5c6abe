import { ERROR_CODES } from './errors.js';
import type { Generation } from './generations.js';
import type { TimeZoneCode } from './timezones.js';

/**
 * What a schedule conflict or warning carries besides its code, so that a UI can word
 * it in any language: every field is null unless the issue's code lists it in
 * `SCHEDULE_ISSUE_PARAMS`. The server fills them; the SPA never shows the server's
 * English `message`. `Instant` is an ISO 8601 string on the wire (the server's own type uses Date).
 */
export interface ScheduleIssueParams<Instant = string> {
  /** The session's day in the cohort's zone, YYYY-MM-DD (holiday). */
  date: string | null;
  /** The national holiday's official (Indonesian) name. */
  holidayName: string | null;
  /** The cohort's first and last day, YYYY-MM-DD (outside cohort dates). */
  cohortStartDate: string | null;
  cohortEndDate: string | null;
  /** The cohort's zone and the working day, HH:mm (outside working hours). */
  timeZone: TimeZoneCode | null;
  workdayStart: string | null;
  workdayEnd: string | null;
  /** The venue (too small, double-booked) and its seats. */
  venueName: string | null;
  venueCapacity: number | null;
  /** The facilitator booked twice. */
  facilitatorName: string | null;
  /** The other session of a double booking: its cohort's code and its start (an instant, ISO 8601). */
  otherCohortCode: string | null;
  otherStartsAt: Instant | null;
  /** People concerned: the cohort's seated people, the double-booked or the unavailable ones. */
  personCount: number | null;
  /** The module of a JP mismatch, its JP as scheduled and as planned. */
  moduleCode: string | null;
  moduleTitle: string | null;
  scheduledJp: number | null;
  plannedJp: number | null;
  /** The generations of the seated people a module does not target, oldest first (outside target generations). */
  outsideGenerations: Generation[] | null;
}

export type ScheduleIssueParamName = keyof ScheduleIssueParams;
export const SCHEDULE_ISSUE_PARAM_NAMES: readonly ScheduleIssueParamName[] = [
  'date', 'holidayName', 'cohortStartDate', 'cohortEndDate', 'timeZone', 'workdayStart', 'workdayEnd', 'venueName', 'venueCapacity',
  'facilitatorName', 'otherCohortCode', 'otherStartsAt', 'personCount', 'moduleCode', 'moduleTitle', 'scheduledJp', 'plannedJp', 'outsideGenerations',
];

/**
 * Every code a schedule conflict or warning can have, with its severity and the params
 * it always fills (never null for that code). Declared once: the server builds issues
 * from it, the SPA words each code, and tests check both sides against it.
 */
export const SCHEDULE_ISSUES = {
  [ERROR_CODES.END_NOT_AFTER_START]: { severity: 'CONFLICT', params: [] },
  [ERROR_CODES.OUTSIDE_COHORT_DATES]: { severity: 'CONFLICT', params: ['cohortStartDate', 'cohortEndDate'] },
  [ERROR_CODES.VENUE_TOO_SMALL]: { severity: 'CONFLICT', params: ['venueName', 'venueCapacity', 'personCount'] },
  [ERROR_CODES.VENUE_DOUBLE_BOOKED]: { severity: 'CONFLICT', params: ['venueName', 'otherCohortCode', 'otherStartsAt'] },
  [ERROR_CODES.FACILITATOR_DOUBLE_BOOKED]: { severity: 'CONFLICT', params: ['facilitatorName', 'otherCohortCode', 'otherStartsAt'] },
  [ERROR_CODES.PERSON_DOUBLE_BOOKED]: { severity: 'CONFLICT', params: ['personCount', 'otherCohortCode', 'otherStartsAt'] },
  [ERROR_CODES.PERSON_UNAVAILABLE]: { severity: 'CONFLICT', params: ['personCount'] },
  [ERROR_CODES.FACILITATOR_UNAVAILABLE]: { severity: 'CONFLICT', params: ['facilitatorName'] },
  [ERROR_CODES.HOLIDAY]: { severity: 'WARNING', params: ['date', 'holidayName'] },
  [ERROR_CODES.OUTSIDE_WORKING_HOURS]: { severity: 'WARNING', params: ['timeZone', 'workdayStart', 'workdayEnd'] },
  [ERROR_CODES.JP_MISMATCH]: { severity: 'WARNING', params: ['moduleCode', 'moduleTitle', 'scheduledJp', 'plannedJp'] },
  [ERROR_CODES.OUTSIDE_TARGET_GENERATIONS]: { severity: 'WARNING', params: ['moduleCode', 'moduleTitle', 'personCount', 'outsideGenerations'] },
  [ERROR_CODES.MEMBER_IN_COMMUNITY_MEETING]: { severity: 'WARNING', params: ['personCount', 'otherCohortCode', 'otherStartsAt'] },
} as const satisfies Record<string, { severity: 'CONFLICT' | 'WARNING'; params: readonly ScheduleIssueParamName[] }>;

export type ScheduleIssueCode = keyof typeof SCHEDULE_ISSUES;
export const SCHEDULE_ISSUE_CODES = Object.keys(SCHEDULE_ISSUES) as ScheduleIssueCode[];
export const isScheduleIssueCode = (code: string): code is ScheduleIssueCode => Object.prototype.hasOwnProperty.call(SCHEDULE_ISSUES, code);

/** Why autoSchedule left a module unplaced (`UnplacedModule.reason`). */
export const UNPLACED_REASONS = ['participants-busy', 'venue-busy', 'facilitator-busy', 'no-slot', 'end-of-day', 'search-limit'] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

/** Why someone is on a cohort's attendance warning list (`AttendanceWarning.kind`); its numbers are in jpEarned, jpPossible, consecutiveAbsences. */
export const ATTENDANCE_WARNING_KINDS = ['BELOW_THRESHOLD', 'CONSECUTIVE_ABSENCES'] as const;
export type AttendanceWarningKind = (typeof ATTENDANCE_WARNING_KINDS)[number];
