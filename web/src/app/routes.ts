import type { Role } from '@lintas/shared';
import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    title?: string;
    /** Open without signing in (sign-in, invitation). */
    public?: boolean;
    /** Roles that may open the page; absent = admins and organizers. */
    roles?: readonly Role[];
  }
}

export const STAFF: readonly Role[] = ['ADMIN', 'ORGANIZER'];
const ADMIN: readonly Role[] = ['ADMIN'];
const EVERYONE: readonly Role[] = ['ADMIN', 'ORGANIZER', 'PARTICIPANT', 'AGENCY_HR'];

/**
 * Every page of the SPA. Components load lazily, one chunk per page. `meta.title` is the
 * i18n key of the page's name: the tab shows "<name> · Lintas" (the page may refine it
 * with its data through usePageTitle); routes.test.ts checks that every page has one.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./NotFoundPage.vue'), meta: { roles: EVERYONE } },
  { path: '/masuk', name: 'sign-in', component: () => import('../features/accounts/SignInPage.vue'), meta: { title: 'signIn.title', public: true } },
  { path: '/undangan', name: 'redeem', component: () => import('../features/accounts/RedeemInvitationPage.vue'), meta: { title: 'redeem.title', public: true } },
  { path: '/saya', name: 'me', component: () => import('../features/me/MyPage.vue'), meta: { title: 'me.title', roles: ['PARTICIPANT'] } },
  { path: '/saya/proyek', name: 'my-action-plan', component: () => import('../features/action-plans/MyActionPlanPage.vue'), meta: { title: 'nav.myActionPlan', roles: ['PARTICIPANT'] } },
  { path: '/saya/proyek-menunggu', name: 'action-plans-waiting', component: () => import('../features/action-plans/ActionPlanWaitingPage.vue'), meta: { title: 'nav.actionPlansWaiting', roles: ['PARTICIPANT'] } },
  { path: '/saya/evaluasi', name: 'my-evaluations', component: () => import('../features/evaluations/MyEvaluationsPage.vue'), meta: { title: 'nav.evaluations', roles: ['PARTICIPANT'] } },
  { path: '/saya/komunitas', name: 'my-communities', component: () => import('../features/communities/MyCommunitiesPage.vue'), meta: { title: 'communityTitles.mine', roles: ['PARTICIPANT'] } },
  { path: '/saya/pemberitahuan', name: 'my-notices', component: () => import('../features/notices/NoticePreferencesPage.vue'), meta: { title: 'notices.prefsTitle', roles: ['PARTICIPANT'] } },
  { path: '/saya/sertifikat', component: () => import('../features/certificates/MyCertificatesPage.vue'), meta: { title: 'me.certificates', roles: ['PARTICIPANT'] } },
  { path: '/sertifikat', component: () => import('../features/certificates/CertificatesPage.vue'), meta: { title: 'nav.certificates' } },
  { path: '/notifikasi', name: 'notifications', component: () => import('../features/notices/NotificationsPage.vue'), meta: { title: 'notices.outboxTitle' } },
  { path: '/akun', name: 'account', component: () => import('../features/accounts/AccountPage.vue'), meta: { title: 'account.title', roles: EVERYONE } },
  { path: '/token', name: 'tokens', component: () => import('../features/accounts/ApiTokensPage.vue'), meta: { title: 'tokens.title' } },
  { path: '/webhook', name: 'webhooks', component: () => import('../features/webhooks/WebhooksPage.vue'), meta: { title: 'webhooks.title' } },
  { path: '/admin/akun', name: 'admin-accounts', component: () => import('../features/accounts/AccountsAdminPage.vue'), meta: { title: 'accounts.title', roles: ADMIN } },
  { path: '/admin/audit', name: 'admin-audit', component: () => import('../features/audit/AuditLogPage.vue'), meta: { title: 'audit.title', roles: ADMIN } },
  { path: '/admin/data-pribadi', name: 'admin-data', component: () => import('../features/persons/DataSubjectPage.vue'), meta: { title: 'dataSubject.title', roles: ADMIN } },
  { path: '/roster', name: 'roster', component: () => import('../features/roster/RosterPage.vue'), meta: { title: 'roster.title' } },
  { path: '/roster/import', name: 'roster-import', component: () => import('../features/roster/RosterImportPage.vue'), meta: { title: 'import.title' } },
  { path: '/roster/:id', name: 'person', component: () => import('../features/persons/PersonPage.vue'), props: true, meta: { title: 'personPage.title' } },
  { path: '/persiapan', name: 'setup', component: () => import('../features/setup/SetupPage.vue'), meta: { title: 'setup.title' } },
  { path: '/admin/akademi', name: 'admin-academies', component: () => import('../features/academies/AcademiesPage.vue'), meta: { title: 'academies.title', roles: ADMIN } },
  { path: '/instansi', name: 'agencies', component: () => import('../features/agencies/AgenciesPage.vue'), meta: { title: 'agencies.title' } },
  { path: '/instansi/impor', name: 'agency-import', component: () => import('../features/agencies/AgencyImportPage.vue'), meta: { title: 'agencyImport.title' } },
  { path: '/tempat', name: 'venues', component: () => import('../features/venues/VenuesPage.vue'), meta: { title: 'venues.title' } },
  { path: '/fasilitator', name: 'facilitators', component: () => import('../features/facilitators/FacilitatorsPage.vue'), meta: { title: 'facilitators.title' } },
  { path: '/fasilitator/:id', name: 'facilitator', component: () => import('../features/facilitators/FacilitatorPage.vue'), props: true, meta: { title: 'facilitators.detailTitle' } },
  { path: '/roster/:id/tidak-tersedia', name: 'person-unavailability', component: () => import('../features/persons/PersonUnavailabilityPage.vue'), props: true, meta: { title: 'unavailability.title' } },
  { path: '/programs', name: 'programs', component: () => import('../features/programs/ProgramListPage.vue'), meta: { title: 'programs.title' } },
  { path: '/programs/:id', name: 'program', component: () => import('../features/programs/ProgramDetailPage.vue'), props: true, meta: { title: 'programs.detailTitle' } },
  { path: '/cohorts', name: 'cohorts', component: () => import('../features/cohorts/CohortListPage.vue'), meta: { title: 'cohorts.title' } },
  { path: '/cohorts/new', name: 'cohort-new', component: () => import('../features/cohorts/CohortNewPage.vue'), meta: { title: 'cohortForm.title' } },
  { path: '/cohorts/:id/jadwal', name: 'cohort-schedule', component: () => import('../features/schedule/ScheduleBuilderPage.vue'), props: true, meta: { title: 'schedule.title' } },
  { path: '/cohorts/:id/kehadiran', name: 'cohort-attendance', component: () => import('../features/attendance/AttendancePage.vue'), props: true, meta: { title: 'attendance.title' } },
  { path: '/cohorts/:id/daftar-hadir', name: 'cohort-attendance-sheet', component: () => import('../features/attendance/AttendanceSheetPage.vue'), props: true, meta: { title: 'attendanceSheet.title' } },
  { path: '/cohorts/:id/mentoring', name: 'cohort-mentoring', component: () => import('../features/mentoring/MentoringPage.vue'), props: true, meta: { title: 'mentoring.title' } },
  { path: '/cohorts/:id/kelompok', name: 'cohort-groups', component: () => import('../features/groups/GroupsPage.vue'), props: true, meta: { title: 'groups.title' } },
  { path: '/cohorts/:id/asesmen', name: 'cohort-assessments', component: () => import('../features/assessments/AssessmentsPage.vue'), props: true, meta: { title: 'assessments.title' } },
  { path: '/laporan', name: 'reports', component: () => import('../features/reports/ReportsPage.vue'), meta: { title: 'reports.title' } },
  { path: '/sesi/:id/layar', name: 'room-screen', component: () => import('../features/attendance/RoomScreenPage.vue'), props: true, meta: { title: 'checkIn.roomTitle' } },
  { path: '/hadir', name: 'check-in', component: () => import('../features/attendance/CheckInPage.vue'), meta: { title: 'checkIn.title', roles: ['PARTICIPANT'] } },
  { path: '/usulan', name: 'agency-nominations', component: () => import('../features/nominations/AgencyNominationsPage.vue'), meta: { title: 'nominations.agencyTitle', roles: ['AGENCY_HR'] } },
  { path: '/proyek-perubahan', name: 'action-plans', component: () => import('../features/action-plans/ActionPlansPage.vue'), meta: { title: 'nav.actionPlans' } },
  { path: '/evaluasi', name: 'evaluations', component: () => import('../features/evaluations/EvaluationsPage.vue'), meta: { title: 'nav.evaluations' } },
  { path: '/komunitas', name: 'communities', component: () => import('../features/communities/CommunitiesPage.vue'), meta: { title: 'communityTitles.organizer' } },
  { path: '/jp-luar', name: 'learning-records', component: () => import('../features/communities/LearningRecordsPage.vue'), meta: { title: 'communityTitles.records' } },
  { path: '/usulan-masuk', name: 'nominations', component: () => import('../features/nominations/NominationsPage.vue'), meta: { title: 'nominations.title' } },
  { path: '/pengetahuan', name: 'knowledge', component: () => import('../features/knowledge/KnowledgePage.vue'), meta: { title: 'nav.knowledge', roles: EVERYONE } },
  { path: '/pengetahuan/:id', name: 'knowledge-item', component: () => import('../features/knowledge/KnowledgeReadPage.vue'), props: true, meta: { title: 'nav.knowledge', roles: EVERYONE } },
  { path: '/pengetahuan/:id/ubah', name: 'knowledge-edit', component: () => import('../features/knowledge/KnowledgeEditorPage.vue'), props: true, meta: { title: 'nav.knowledge' } },
  { path: '/cohorts/:id', name: 'cohort', component: () => import('../features/cohorts/CohortDetailPage.vue'), props: true, meta: { title: 'cohort.title' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./NotFoundPage.vue'), meta: { title: 'notFound.title', roles: EVERYONE } },
];
