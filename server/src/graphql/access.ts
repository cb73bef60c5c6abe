import type { Role, Scope } from '@lintas/shared';

type Access = (Role | Scope)[];

/** The roster (people and their agencies). */
export const ROSTER_READ: Access = ['ADMIN', 'ORGANIZER', 'roster:read', 'roster:write'];
export const ROSTER_WRITE: Access = ['ADMIN', 'ORGANIZER', 'roster:write'];
/** Programs, cohorts, sessions, venues: participants see their own cohorts through tenancy. */
export const SCHEDULE_READ: Access = ['ADMIN', 'ORGANIZER', 'PARTICIPANT', 'schedule:read', 'attendance:read', 'attendance:write', 'reports:read'];
/** Running an academy: cohorts, enrolment, invitations, tokens. */
export const MANAGE: Access = ['ADMIN', 'ORGANIZER'];
/** A cohort's attendance sheet: the academy's staff and tokens that read attendance or reports. */
export const ATTENDANCE_SHEET_READ: Access = ['ADMIN', 'ORGANIZER', 'attendance:read', 'reports:read'];
