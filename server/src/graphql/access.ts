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
/** The roster an agency's HR officer also reads (tenancy narrows it to their agency's people): people and agencies. */
export const ROSTER_READ_WITH_AGENCY: Access = [...ROSTER_READ, 'AGENCY_HR'];
/** Programs and cohorts an agency's HR officer also reads to nominate (tenancy narrows cohorts to open ones). */
export const CATALOGUE_READ: Access = [...SCHEDULE_READ, 'AGENCY_HR'];
/** Nominations: the academy's staff and agencies' HR officers (each their own agency's), and participants as supervisors. */
export const NOMINATION_READ: Access = ['ADMIN', 'ORGANIZER', 'AGENCY_HR', 'PARTICIPANT'];
/** Who nominates: an agency's HR officer for its people, or the academy's staff. */
export const NOMINATE: Access = ['ADMIN', 'ORGANIZER', 'AGENCY_HR'];
/** Change projects: the academy's staff and report tokens; participants their own and those they coach or mentor (tenancy). */
export const ACTION_PLAN_READ: Access = ['ADMIN', 'ORGANIZER', 'PARTICIPANT', 'reports:read'];
/** Certificates: the academy's staff, participants (their own, through tenancy), tokens that read the roster. */
export const CERTIFICATE_READ: Access = ['ADMIN', 'ORGANIZER', 'PARTICIPANT', 'roster:read', 'roster:write'];
/** Knowledge items: every signed-in person of the academy and tokens with knowledge:read (tenancy narrows drafts to their writers and organizers). */
export const KNOWLEDGE_READ: Access = ['ADMIN', 'ORGANIZER', 'PARTICIPANT', 'AGENCY_HR', 'knowledge:read'];
/** Writing knowledge items: the academy's staff, and participants their own drafts. */
export const KNOWLEDGE_WRITE: Access = ['ADMIN', 'ORGANIZER', 'PARTICIPANT'];
