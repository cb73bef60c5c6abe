import { appMessages } from '../app/app.messages';
import { vocabularyMessages } from './vocabulary.messages';
import { rosterMessages } from '../features/roster/roster.messages';
import { programListMessages } from '../features/programs/program-list.messages';
import { cohortMessages } from '../features/cohorts/cohorts.messages';
import { signInMessages } from '../features/accounts/sign-in.messages';
import { accountMessages } from '../features/accounts/accounts.messages';
import { apiTokenMessages } from '../features/accounts/api-tokens.messages';
import { meMessages } from '../features/me/me.messages';
import { scheduleMessages } from '../features/schedule/schedule.messages';
import { webhookMessages } from '../features/webhooks/webhooks.messages';
import { auditMessages } from '../features/audit/audit.messages';
import { dataSubjectMessages } from '../features/persons/data-subject.messages';
import { errorMessages } from './errors.messages';
import { attendanceMessages } from '../features/attendance/attendance.messages';
import { attendanceSheetMessages } from '../features/attendance/attendance-sheet.messages';
import { assessmentMessages } from '../features/assessments/assessments.messages';
import { reportMessages } from '../features/reports/reports.messages';
import { scheduleIssueMessages } from '../features/schedule/schedule-issues.messages';
import { academyMessages } from '../features/academies/academies.messages';
import { agencyMessages } from '../features/agencies/agencies.messages';
import { catalogueMessages } from '../features/catalogue/catalogue.messages';
import { facilitatorMessages } from '../features/facilitators/facilitators.messages';
import { personMessages } from '../features/persons/persons.messages';
import { programMessages } from '../features/programs/programs.messages';
import { setupMessages } from '../features/setup/setup.messages';
import { venueMessages } from '../features/venues/venues.messages';
import { groupMessages } from '../features/groups/groups.messages';
import { nominationMessages } from '../features/nominations/nominations.messages';
import { noticeMessages } from '../features/notices/notices.messages';
import { communityTitleMessages } from '../features/communities/community-titles.messages';

/**
 * Every UI string, Indonesian first (the default) and English. `en` must have
 * exactly the keys of `id`; messages.test.ts checks both ways and every error code.
 * Avoid `@` and `|` in texts: vue-i18n reads them as links and plurals.
 */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Tree = { [key: string]: string | Tree };
type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

const id = {
  ...appMessages.id,
  ...vocabularyMessages.id,
  ...rosterMessages.id,
  ...programListMessages.id,
  ...cohortMessages.id,
  ...signInMessages.id,
  ...accountMessages.id,
  ...apiTokenMessages.id,
  ...meMessages.id,
  ...scheduleMessages.id,
  ...webhookMessages.id,
  ...auditMessages.id,
  ...dataSubjectMessages.id,
  ...attendanceMessages.id,
  ...attendanceSheetMessages.id,
  ...assessmentMessages.id,
  ...reportMessages.id,
  ...scheduleIssueMessages.id,
  ...catalogueMessages.id,
  ...setupMessages.id,
  ...academyMessages.id,
  ...agencyMessages.id,
  ...venueMessages.id,
  ...facilitatorMessages.id,
  ...programMessages.id,
  ...personMessages.id,
  ...groupMessages.id,
  ...nominationMessages.id,
  ...noticeMessages.id,
  ...communityTitleMessages.id,
  errors: errorMessages.id,
};

const en: Same<typeof id> = {
  ...appMessages.en,
  ...vocabularyMessages.en,
  ...rosterMessages.en,
  ...programListMessages.en,
  ...cohortMessages.en,
  ...signInMessages.en,
  ...accountMessages.en,
  ...apiTokenMessages.en,
  ...meMessages.en,
  ...scheduleMessages.en,
  ...webhookMessages.en,
  ...auditMessages.en,
  ...dataSubjectMessages.en,
  ...attendanceMessages.en,
  ...attendanceSheetMessages.en,
  ...assessmentMessages.en,
  ...reportMessages.en,
  ...scheduleIssueMessages.en,
  ...catalogueMessages.en,
  ...setupMessages.en,
  ...academyMessages.en,
  ...agencyMessages.en,
  ...venueMessages.en,
  ...facilitatorMessages.en,
  ...programMessages.en,
  ...personMessages.en,
  ...groupMessages.en,
  ...nominationMessages.en,
  ...noticeMessages.en,
  ...communityTitleMessages.en,
  errors: errorMessages.en,
};

export const messages: Record<Locale, Tree> = { id, en };
