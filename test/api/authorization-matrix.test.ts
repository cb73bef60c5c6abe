import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { adminClient, tokenClient } from '../support/auth.js';

/**
 * Every query and mutation × every kind of caller: allowed or refused. A refusal is a
 * top-level auth error; an allowed call may still fail on its input (that is not a door).
 */
type Caller = 'anonymous' | 'participant' | 'agencyHr' | 'organizerA' | 'organizerB' | 'admin' | `token:${string}`;
const TOKENS = [...SCOPES.map((s) => `token:${s}`), 'token:none'] as const;
const CALLERS: Caller[] = ['anonymous', 'participant', 'agencyHr', 'organizerA', 'organizerB', 'admin', ...TOKENS] as Caller[];
const AUTH_CODES = ['auth/unauthenticated', 'auth/forbidden', 'auth/mfa-required', 'auth/mfa-enrolment-required'];

const EVERYONE = CALLERS;
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');
const ROSTER_READ: Caller[] = ['admin', 'organizerA', 'organizerB', 'token:roster:read', 'token:roster:write'];
const ROSTER_WRITE: Caller[] = ['admin', 'organizerA', 'organizerB', 'token:roster:write'];
const SCHEDULE_READ: Caller[] = ['admin', 'organizerA', 'organizerB', 'participant', 'token:schedule:read', 'token:attendance:read', 'token:attendance:write', 'token:reports:read'];
const MANAGE: Caller[] = ['admin', 'organizerA', 'organizerB'];
/** The roster and the catalogue an agency's HR officer reads to nominate (tenancy narrows them to its agency). */
const ROSTER_READ_WITH_AGENCY: Caller[] = [...ROSTER_READ, 'agencyHr'];
const CATALOGUE_READ: Caller[] = [...SCHEDULE_READ, 'agencyHr'];
const NOMINATE: Caller[] = [...MANAGE, 'agencyHr'];
const ADMIN: Caller[] = ['admin'];
/** Whoever may run some kind of bulk export (participants read their own data through the API, not in bulk). */
const ANY_EXPORT: Caller[] = SCHEDULE_READ.filter((c) => c !== 'participant').concat(['token:roster:read', 'token:roster:write']);

const none = (type: string) => Buffer.from(`${type}:987654321`).toString('base64url');

/** One entry per operation of the schema; a new operation without one fails the test below. */
const MATRIX: Record<string, { query: string; variables?: Record<string, unknown>; allow: Caller[] }> = {
  viewer: { query: '{ viewer { role } }', allow: EVERYONE },
  node: { query: `{ node(id: "${none('Cohort')}") { id } }`, allow: SIGNED_IN },
  nodes: { query: `{ nodes(ids: ["${none('Cohort')}"]) { id } }`, allow: SIGNED_IN },
  academies: { query: '{ academies(first: 5) { totalCount } }', allow: SIGNED_IN },
  agencies: { query: '{ agencies(first: 5) { totalCount } }', allow: ROSTER_READ_WITH_AGENCY },
  persons: { query: '{ persons(first: 5) { totalCount } }', allow: ROSTER_READ_WITH_AGENCY },
  person: { query: '{ person(nip: "196001011985031001") { name } }', allow: ROSTER_READ_WITH_AGENCY },
  programs: { query: '{ programs(first: 5) { totalCount } }', allow: CATALOGUE_READ },
  trainingModules: { query: '{ trainingModules(first: 5) { totalCount } }', allow: SCHEDULE_READ },
  cohorts: { query: '{ cohorts(first: 5) { totalCount } }', allow: CATALOGUE_READ },
  cohort: { query: '{ cohort(code: "DLA-2027-01") { code } }', allow: CATALOGUE_READ },
  sessions: { query: '{ sessions(first: 5) { totalCount } }', allow: SCHEDULE_READ },
  venues: { query: '{ venues(first: 5) { totalCount } }', allow: SCHEDULE_READ },
  facilitators: { query: '{ facilitators(first: 5) { totalCount } }', allow: SCHEDULE_READ },
  accounts: { query: '{ accounts(first: 5) { totalCount } }', allow: ADMIN },
  auditEvents: { query: '{ auditEvents(first: 5) { totalCount } }', allow: ADMIN },
  apiTokens: { query: '{ apiTokens(first: 5) { totalCount } }', allow: MANAGE },

  signIn: { query: 'mutation { signIn(input: { identifier: "nobody@example.test", password: "wrong-password" }) { errors { code } } }', allow: EVERYONE },
  verifyMfa: { query: 'mutation { verifyMfa(code: "000000") { errors { code } } }', allow: EVERYONE },
  startMfaEnrolment: { query: 'mutation { startMfaEnrolment { errors { code } } }', allow: EVERYONE },
  confirmMfaEnrolment: { query: 'mutation { confirmMfaEnrolment(code: "000000") { errors { code } } }', allow: EVERYONE },
  redeemInvitation: { query: 'mutation { redeemInvitation(input: { nip: "196001011985031001", code: "AAAA-BBBB-CCCC", password: "long-enough-password" }) { errors { code } } }', allow: EVERYONE },
  importPersons: { query: 'mutation { importPersons(csv: "nip\\n1", dryRun: true) { errors { code } } }', allow: ROSTER_WRITE },
  upsertPersons: { query: 'mutation { upsertPersons(input: []) { errors { code } } }', allow: ROSTER_WRITE },
  enroll: { query: `mutation { enroll(input: { cohortId: "${none('Cohort')}", personIds: [] }) { errors { code } } }`, allow: MANAGE },
  withdraw: { query: `mutation { withdraw(input: { enrollmentId: "${none('Enrollment')}" }) { errors { code } } }`, allow: MANAGE },
  createCohort: { query: `mutation { createCohort(input: { programId: "${none('Program')}", code: "X-1", name: "x", startDate: "2027-01-01", endDate: "2027-01-02", capacity: 1 }) { errors { code } } }`, allow: MANAGE },
  updateCohort: { query: `mutation { updateCohort(input: { id: "${none('Cohort')}" }) { errors { code } } }`, allow: MANAGE },
  createInvitation: { query: `mutation { createInvitation(personId: "${none('Person')}") { errors { code } } }`, allow: MANAGE },
  createApiToken: { query: 'mutation { createApiToken(input: { name: "", scopes: [] }) { errors { code } } }', allow: MANAGE },
  revokeApiToken: { query: `mutation { revokeApiToken(id: "${none('ApiToken')}") { errors { code } } }`, allow: MANAGE },
  createAccount: { query: 'mutation { createAccount(input: { email: "not-an-address", name: "x", role: ORGANIZER, password: "short" }) { errors { code } } }', allow: [...ADMIN, 'organizerA', 'organizerB'] },
  setAccountDisabled: { query: `mutation { setAccountDisabled(id: "${none('Account')}", disabled: true) { errors { code } } }`, allow: ADMIN },
  exportPersonData: { query: `mutation { exportPersonData(personId: "${none('Person')}") { errors { code } } }`, allow: ADMIN },
  erasePerson: { query: `mutation { erasePerson(personId: "${none('Person')}") { errors { code } } }`, allow: ADMIN },
  scheduleConflicts: { query: `{ scheduleConflicts(cohortId: "${none('Cohort')}") { code } }`, allow: SCHEDULE_READ },
  mySchedule: { query: '{ mySchedule(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { date } }', allow: ['participant'] },
  unavailabilities: { query: '{ unavailabilities(first: 5) { totalCount } }', allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  scheduleSession: { query: `mutation { scheduleSession(input: { cohortId: "${none('Cohort')}", moduleId: "${none('TrainingModule')}", startsAt: "2026-01-05T01:00:00Z", endsAt: "2026-01-05T02:00:00Z" }) { errors { code } } }`, allow: MANAGE },
  moveSession: { query: `mutation { moveSession(input: { id: "${none('Session')}", version: 1, startsAt: "2026-01-05T01:00:00Z", endsAt: "2026-01-05T02:00:00Z" }) { errors { code } } }`, allow: MANAGE },
  deleteSession: { query: `mutation { deleteSession(id: "${none('Session')}") { errors { code } } }`, allow: MANAGE },
  applySchedule: { query: `mutation { applySchedule(cohortId: "${none('Cohort')}", operations: []) { errors { code } } }`, allow: MANAGE },
  autoSchedule: { query: `mutation { autoSchedule(cohortId: "${none('Cohort')}") { errors { code } } }`, allow: MANAGE },
  issueCalendarFeed: { query: `mutation { issueCalendarFeed(personId: "${none('Person')}") { errors { code } } }`, allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  addUnavailability: { query: `mutation { addUnavailability(input: { personId: "${none('Person')}", startsAt: "2026-01-05T01:00:00Z", endsAt: "2026-01-05T00:00:00Z" }) { errors { code } } }`, allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  removeUnavailability: { query: `mutation { removeUnavailability(id: "${none('Unavailability')}") { errors { code } } }`, allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  recordAttendance: { query: `mutation { recordAttendance(sessionId: "${none('Session')}", entries: []) { errors { code } } }`, allow: ['admin', 'organizerA', 'organizerB', 'token:attendance:write'] },
  markUnrecordedAbsent: { query: `mutation { markUnrecordedAbsent(sessionId: "${none('Session')}") { errors { code } } }`, allow: ['admin', 'organizerA', 'organizerB', 'token:attendance:write'] },
  checkIn: { query: 'mutation { checkIn(code: "000000") { errors { code } } }', allow: ['participant'] },
  checkInCode: { query: `{ checkInCode(sessionId: "${none('Session')}") { code } }`, allow: MANAGE },
  attendanceWarnings: { query: `{ attendanceWarnings(cohortId: "${none('Cohort')}") { kind } }`, allow: ['admin', 'organizerA', 'organizerB', 'token:attendance:read'] },
  mentoringPairs: { query: `{ mentoringPairs(first: 5, cohortId: "${none('Cohort')}") { totalCount } }`, allow: SCHEDULE_READ },
  suggestMentoringPairs: { query: `{ suggestMentoringPairs(cohortId: "${none('Cohort')}") { mentor { id } } }`, allow: MANAGE },
  cohortGroups: { query: `{ cohortGroups(first: 5, cohortId: "${none('Cohort')}") { totalCount } }`, allow: SCHEDULE_READ },
  groupMix: { query: `{ groupMix(cohortId: "${none('Cohort')}") { size } }`, allow: SCHEDULE_READ },
  proposeGroups: { query: `mutation { proposeGroups(cohortId: "${none('Cohort')}", size: 4) { errors { code } } }`, allow: MANAGE },
  applyGroups: { query: `mutation { applyGroups(cohortId: "${none('Cohort')}", groups: []) { errors { code } } }`, allow: MANAGE },
  createMentoringPair: { query: `mutation { createMentoringPair(cohortId: "${none('Cohort')}", mentorId: "${none('Person')}", menteeId: "${none('Person')}") { errors { code } } }`, allow: MANAGE },
  endMentoringPair: { query: `mutation { endMentoringPair(id: "${none('MentoringPair')}") { errors { code } } }`, allow: MANAGE },
  logMentoringMeeting: { query: `mutation { logMentoringMeeting(input: { pairId: "${none('MentoringPair')}", date: "2026-01-01", minutes: 30, topic: "x" }) { errors { code } } }`, allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  assessments: { query: `{ assessments(first: 5, cohortId: "${none('Cohort')}") { totalCount } }`, allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  recordAssessments: { query: `mutation { recordAssessments(cohortId: "${none('Cohort')}", entries: []) { errors { code } } }`, allow: MANAGE },
  importAssessments: { query: `mutation { importAssessments(cohortId: "${none('Cohort')}", csv: "nip,kind,score") { errors { code } } }`, allow: MANAGE },
  participationByEselon: { query: '{ participationByEselon { group } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  participationByGeneration: { query: '{ participationByGeneration { group } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  participationMatrix: { query: '{ participationMatrix { roster } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  literacyTarget: { query: '{ literacyTarget { rate } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  assessmentGain: { query: '{ assessmentGain { paired } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  jpCompliance: { query: '{ jpCompliance(year: 2026) { required below(first: 5) { totalCount } } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  cohortAttendanceSheet: { query: `{ cohortAttendanceSheet(cohortId: "${none('Cohort')}") { rows { jpEarned } } }`, allow: ['admin', 'organizerA', 'organizerB', 'token:attendance:read', 'token:reports:read'] },
  startBulkExport: { query: 'mutation { startBulkExport(kind: PERSONS, filter: { eselonGroups: [I] }) { errors { code } } }', allow: ROSTER_READ },
  bulkOperation: { query: `{ bulkOperation(id: "${none('BulkOperation')}") { status } }`, allow: ANY_EXPORT },
  personImport: { query: `{ personImport(id: "${none('PersonImport')}") { status } }`, allow: ROSTER_READ },
  personImports: { query: '{ personImports(first: 5) { totalCount } }', allow: ROSTER_READ },
  bulkOperations: { query: '{ bulkOperations(first: 5) { totalCount } }', allow: ANY_EXPORT },
  webhookSubscriptions: { query: '{ webhookSubscriptions(first: 5) { totalCount } }', allow: MANAGE },
  webhookDeliveries: { query: `{ webhookDeliveries(subscriptionId: "${none('WebhookSubscription')}", first: 5) { totalCount } }`, allow: MANAGE },
  createWebhookSubscription: { query: 'mutation { createWebhookSubscription(input: { url: "ftp://x", events: [] }) { errors { code } } }', allow: MANAGE },
  updateWebhookSubscription: { query: `mutation { updateWebhookSubscription(input: { id: "${none('WebhookSubscription')}" }) { errors { code } } }`, allow: MANAGE },
  deleteWebhookSubscription: { query: `mutation { deleteWebhookSubscription(id: "${none('WebhookSubscription')}") { errors { code } } }`, allow: MANAGE },
  rotateWebhookSecret: { query: `mutation { rotateWebhookSecret(id: "${none('WebhookSubscription')}") { errors { code } } }`, allow: MANAGE },
  redeliverWebhookDelivery: { query: `mutation { redeliverWebhookDelivery(id: "${none('WebhookDelivery')}") { errors { code } } }`, allow: MANAGE },
  notifications: { query: '{ notifications(first: 5) { totalCount } }', allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  setNotificationPreferences: { query: 'mutation { setNotificationPreferences(input: { off: [] }) { errors { code } } }', allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  setupProgress: { query: '{ setupProgress { complete } }', allow: MANAGE },
  createAcademy: { query: 'mutation { createAcademy(input: { code: "", name: "" }) { errors { code } } }', allow: ADMIN },
  updateAcademy: { query: `mutation { updateAcademy(input: { id: "${none('Academy')}", version: 1 }) { errors { code } } }`, allow: ADMIN },
  createAgency: { query: 'mutation { createAgency(input: { code: "", name: "", level: PUSAT, timeZone: WIB }) { errors { code } } }', allow: MANAGE },
  createAgencies: { query: 'mutation { createAgencies(input: []) { errors { code } } }', allow: MANAGE },
  updateAgency: { query: `mutation { updateAgency(input: { id: "${none('Agency')}", version: 1 }) { errors { code } } }`, allow: MANAGE },
  importAgencies: { query: 'mutation { importAgencies(csv: "code", dryRun: true) { errors { code } } }', allow: MANAGE },
  createProgram: { query: 'mutation { createProgram(input: { code: "", name: "", kind: OTHER, targetEselonGroups: [] }) { errors { code } } }', allow: MANAGE },
  updateProgram: { query: `mutation { updateProgram(input: { id: "${none('Program')}", version: 1 }) { errors { code } } }`, allow: MANAGE },
  createTrainingModule: { query: `mutation { createTrainingModule(input: { programId: "${none('Program')}", code: "", title: "", competencyArea: ARTIFICIAL_INTELLIGENCE, format: ONLINE, jp: 1 }) { errors { code } } }`, allow: MANAGE },
  updateTrainingModule: { query: `mutation { updateTrainingModule(input: { id: "${none('TrainingModule')}", version: 1 }) { errors { code } } }`, allow: MANAGE },
  createVenue: { query: 'mutation { createVenue(input: { code: "", name: "", capacity: 0, timeZone: WIB }) { errors { code } } }', allow: MANAGE },
  updateVenue: { query: `mutation { updateVenue(input: { id: "${none('Venue')}", version: 1 }) { errors { code } } }`, allow: MANAGE },
  createFacilitator: { query: 'mutation { createFacilitator(input: { name: "", kind: COACH }) { errors { code } } }', allow: MANAGE },
  updateFacilitator: { query: `mutation { updateFacilitator(input: { id: "${none('Facilitator')}", version: 1 }) { errors { code } } }`, allow: MANAGE },
  createPerson: { query: `mutation { createPerson(input: { nip: "1", name: "", employmentType: PNS, positionType: PELAKSANA, agencyId: "${none('Agency')}" }) { errors { code } } }`, allow: ROSTER_WRITE },
  updatePerson: { query: `mutation { updatePerson(input: { id: "${none('Person')}", version: 1 }) { errors { code } } }`, allow: ROSTER_WRITE },
  archive: { query: `mutation { archive(id: "${none('Program')}") { errors { code } } }`, allow: MANAGE },
  restore: { query: `mutation { restore(id: "${none('Program')}") { errors { code } } }`, allow: MANAGE },
  certificates: { query: '{ certificates(first: 5) { totalCount } }', allow: ['admin', 'organizerA', 'organizerB', 'participant', 'token:roster:read', 'token:roster:write'] },
  verifyCertificate: { query: '{ verifyCertificate(code: "aaaaaaaaaaaaaaaaaaaaaaaaaa") { status } }', allow: EVERYONE },
  revokeCertificate: { query: `mutation { revokeCertificate(input: { certificateId: "${none('Certificate')}", reason: "uji" }) { errors { code } } }`, allow: MANAGE },
  knowledgeItems: { query: '{ knowledgeItems(search: "kepemimpinan", first: 5) { totalCount } }', allow: ['admin', 'organizerA', 'organizerB', 'agencyHr', 'participant', 'token:knowledge:read'] },
  retirementRisk: { query: '{ retirementRisk(filter: { withinYears: 1 }, first: 5) { totalCount } }', allow: MANAGE },
  createKnowledgeItem: { query: 'mutation { createKnowledgeItem(input: { kind: FAQ, title: "", body: "" }) { errors { code } } }', allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  updateKnowledgeItem: { query: `mutation { updateKnowledgeItem(input: { id: "${none('KnowledgeItem')}", version: 1, fields: { kind: FAQ, title: "x", body: "y" } }) { errors { code } } }`, allow: ['admin', 'organizerA', 'organizerB', 'participant'] },
  publishKnowledgeItem: { query: `mutation { publishKnowledgeItem(id: "${none('KnowledgeItem')}") { errors { code } } }`, allow: MANAGE },
  archiveKnowledgeItem: { query: `mutation { archiveKnowledgeItem(id: "${none('KnowledgeItem')}") { errors { code } } }`, allow: MANAGE },
  nominations: { query: '{ nominations(first: 5) { totalCount } }', allow: ['admin', 'organizerA', 'organizerB', 'agencyHr', 'participant'] },
  nominate: { query: `mutation { nominate(input: { cohortId: "${none('Cohort')}", personId: "${none('Person')}" }) { errors { code } } }`, allow: NOMINATE },
  decideNomination: { query: `mutation { decideNomination(input: { nominationId: "${none('Nomination')}", decision: ACCEPT }) { errors { code } } }`, allow: MANAGE },
  decideNominationAsSupervisor: { query: `mutation { decideNominationAsSupervisor(input: { nominationId: "${none('Nomination')}", approve: true }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  undoNominationDecline: { query: `mutation { undoNominationDecline(nominationId: "${none('Nomination')}") { errors { code } } }`, allow: MANAGE },
  withdrawNomination: { query: `mutation { withdrawNomination(nominationId: "${none('Nomination')}") { errors { code } } }`, allow: NOMINATE },
  setCohortQuotas: { query: `mutation { setCohortQuotas(cohortId: "${none('Cohort')}", quotas: []) { errors { code } } }`, allow: MANAGE },
  agencyLeaderSummary: { query: '{ agencyLeaderSummary { roster } }', allow: NOMINATE },
  actionPlans: { query: '{ actionPlans(first: 5) { totalCount } }', allow: ['admin', 'organizerA', 'organizerB', 'participant', 'token:reports:read'] },
  actionPlanProgress: { query: '{ actionPlanProgress { total { plans } } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  saveActionPlan: { query: `mutation { saveActionPlan(input: { enrollmentId: "${none('Enrollment')}", title: "x" }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  submitActionPlan: { query: `mutation { submitActionPlan(actionPlanId: "${none('ActionPlan')}") { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  reviewActionPlan: { query: `mutation { reviewActionPlan(input: { actionPlanId: "${none('ActionPlan')}", decision: APPROVE }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  updateActionPlanMilestones: { query: `mutation { updateActionPlanMilestones(actionPlanId: "${none('ActionPlan')}", milestones: []) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  markActionPlanImplemented: { query: `mutation { markActionPlanImplemented(actionPlanId: "${none('ActionPlan')}") { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  setActionPlanSeminar: { query: `mutation { setActionPlanSeminar(actionPlanId: "${none('ActionPlan')}", sessionId: null) { errors { code } } }`, allow: MANAGE },
  scoreActionPlan: { query: `mutation { scoreActionPlan(input: { actionPlanId: "${none('ActionPlan')}", role: EXAMINER, criteria: [] }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  evaluationForms: { query: '{ evaluationForms(first: 5) { totalCount } }', allow: MANAGE },
  myEvaluations: { query: '{ myEvaluations { open } }', allow: ['participant'] },
  evaluationSummary: { query: `{ evaluationSummary(cohortId: "${none('Cohort')}") { minGroup } }`, allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  facilitatorScores: { query: '{ facilitatorScores { respondents } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  createEvaluationForm: { query: `mutation { createEvaluationForm(input: { cohortId: "${none('Cohort')}", title: "x", kind: REACTION, target: COHORT, questions: [{ kind: RATING, text: "x" }] }) { errors { code } } }`, allow: MANAGE },
  useEvaluationTemplate: { query: `mutation { useEvaluationTemplate(input: { template: PENGAJAR, cohortId: "${none('Cohort')}" }) { errors { code } } }`, allow: MANAGE },
  attachEvaluationForm: { query: `mutation { attachEvaluationForm(formId: "${none('EvaluationForm')}", cohortId: "${none('Cohort')}") { errors { code } } }`, allow: MANAGE },
  deleteEvaluationForm: { query: `mutation { deleteEvaluationForm(formId: "${none('EvaluationForm')}") { errors { code } } }`, allow: MANAGE },
  submitEvaluation: { query: `mutation { submitEvaluation(input: { formId: "${none('EvaluationForm')}", answers: [] }) { errors { code } } }`, allow: ['participant'] },
  communities: { query: '{ communities(first: 5) { totalCount } }', allow: ['admin', 'organizerA', 'organizerB', 'participant', 'token:schedule:read', 'token:reports:read'] },
  createCommunity: { query: 'mutation { createCommunity(input: { name: "", competencyArea: SPBE, facilitatorIds: [] }) { errors { code } } }', allow: MANAGE },
  updateCommunity: { query: `mutation { updateCommunity(input: { id: "${none('Community')}" }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  joinCommunity: { query: `mutation { joinCommunity(input: { communityId: "${none('Community')}" }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  approveCommunityMember: { query: `mutation { approveCommunityMember(memberId: "${none('CommunityMember')}") { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  scheduleCommunityMeeting: { query: `mutation { scheduleCommunityMeeting(input: { communityId: "${none('Community')}", title: "x", startsAt: "2027-01-01T01:00:00Z", endsAt: "2027-01-01T02:00:00Z" }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  createCommunityThread: { query: `mutation { createCommunityThread(input: { communityId: "${none('Community')}", title: "x", body: "x" }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  addCommunityPost: { query: `mutation { addCommunityPost(input: { threadId: "${none('CommunityThread')}", body: "x" }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  createMicroLearningUnit: { query: `mutation { createMicroLearningUnit(input: { communityId: "${none('Community')}", title: "x", minutes: 5, questions: [] }) { errors { code } } }`, allow: [...MANAGE, 'participant'] },
  leaveCommunity: { query: `mutation { leaveCommunity(communityId: "${none('Community')}") { errors { code } } }`, allow: ['participant'] },
  completeMicroLearning: { query: `mutation { completeMicroLearning(input: { unitId: "${none('MicroLearningUnit')}", answers: [] }) { errors { code } } }`, allow: ['participant'] },
  communityMix: { query: '{ communityMix { communities } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  externalLearningRecords: { query: '{ externalLearningRecords(first: 5) { totalCount } }', allow: ['admin', 'organizerA', 'organizerB', 'participant', 'token:reports:read', 'token:learning:write'] },
  addExternalLearningRecord: { query: 'mutation { addExternalLearningRecord(input: { nip: "1", source: "x", title: "x", startDate: "2026-01-01", endDate: "2026-01-01", jp: 1 }) { errors { code } } }', allow: ['admin', 'organizerA', 'organizerB', 'token:learning:write'] },
  importLearningRecords: { query: 'mutation { importLearningRecords(csv: "nip\\n1", dryRun: true) { errors { code } } }', allow: ['admin', 'organizerA', 'organizerB', 'token:learning:write'] },
  // Last: it ends the session it is sent with.
  signOut: { query: 'mutation { signOut { signedOut } }', allow: EVERYONE },
};

/**
 * Doors that are not whole operations: each kind of bulk export has the rights of its
 * equivalent query, and new fields on reachable types keep the type's rights.
 */
const EXTRA: Record<string, { query: string; allow: Caller[] }> = {
  'startBulkExport(ENROLLMENTS)': { query: 'mutation { startBulkExport(kind: ENROLLMENTS, format: CSV, filter: { from: "2026-01-01", to: "2026-01-02" }) { errors { code } } }', allow: ANY_EXPORT },
  'startBulkExport(ATTENDANCE)': { query: 'mutation { startBulkExport(kind: ATTENDANCE, filter: { from: "2026-01-01", to: "2026-01-02" }) { errors { code } } }', allow: ['admin', 'organizerA', 'organizerB', 'token:attendance:read', 'token:attendance:write'] },
  'startBulkExport(TRAINING_HISTORY)': { query: 'mutation { startBulkExport(kind: TRAINING_HISTORY, filter: { from: "2026-01-01", to: "2026-01-02" }) { errors { code } } }', allow: ROSTER_READ },
  // An agency's HR officer reads its own people's training history and JP (tenancy keeps other agencies' people away).
  'Person.trainingHistory': { query: '{ persons(first: 2) { nodes { trainingHistory { certificateNumber } } } }', allow: ROSTER_READ_WITH_AGENCY },
  'Program.trainingKind': { query: '{ programs(first: 2) { nodes { trainingKind requiresSupervisorApproval } } }', allow: CATALOGUE_READ },
  'Person.jpThisYear': { query: '{ persons(first: 2) { nodes { jpThisYear mentoringPairs { id } supervisor { id } email } } }', allow: ROSTER_READ_WITH_AGENCY },
  'Facilitator.unavailability': { query: '{ facilitators(first: 2) { nodes { agency { code } unavailability(first: 2) { totalCount } trainingModules { code } } } }', allow: SCHEDULE_READ },
  'TrainingModule.facilitators': { query: '{ trainingModules(first: 2) { nodes { facilitators { name } } } }', allow: SCHEDULE_READ },
  'Person.jpEarned': { query: '{ persons(first: 2) { nodes { jpEarned { lintas microLearning external total } } } }', allow: ROSTER_READ_WITH_AGENCY },
  'JpCompliance.bySource': { query: '{ jpCompliance(year: 2026) { bySource { source jp } } }', allow: ['admin', 'organizerA', 'organizerB', 'token:reports:read'] },
  'archive(Academy)': { query: `mutation { archive(id: "${none('Academy')}") { errors { code } } }`, allow: ADMIN },
};

let server: RunningServer;
const clients = {} as Record<Caller, Client>;

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  const admin = await adminClient(server);
  clients.admin = admin.client;
  clients.organizerA = await server.signIn(...DEMO.organizerBabel);
  clients.organizerB = await server.signIn(...DEMO.organizerSulsel);
  clients.agencyHr = await server.signIn(...DEMO.agencyHrBabel);
  clients.anonymous = server.client();
  const participant = (await admin.client.gql('{ accounts(first: 20) { nodes { role person { nip } } } }')).data.accounts.nodes.find((a: any) => a.role === 'PARTICIPANT');
  clients.participant = await server.signIn(participant.person.nip, DEMO.participantPassword);
  for (const scope of SCOPES) clients[`token:${scope}`] = await tokenClient(server, clients.organizerA, [scope]);
  clients['token:none'] = await tokenClient(server, clients.organizerA, []);
}, 120_000);
afterAll(() => server?.stop());

describe('authorization matrix', () => {
  it('has a row for every query and mutation of the schema', async () => {
    const res = await server.gql('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const names = [...res.data.__schema.queryType.fields, ...res.data.__schema.mutationType.fields].map((f: any) => f.name).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(names);
  });

  // The extra doors go before the last row (signOut ends the sessions).
  const rows = Object.entries(MATRIX);
  rows.splice(rows.findIndex(([op]) => op === 'signOut'), 0, ...Object.entries(EXTRA));
  for (const [op, row] of rows) {
    it(`${op}: allowed for ${row.allow.length} of ${CALLERS.length} callers, refused for the rest`, async () => {
      const cells: string[] = [];
      for (const caller of CALLERS) {
        const res = await clients[caller].gql(row.query, row.variables);
        const code = res.errors?.find((e) => AUTH_CODES.includes(e.extensions?.code ?? ''))?.extensions?.code;
        const allowed = !code;
        if (allowed !== row.allow.includes(caller)) cells.push(`${caller}: ${allowed ? 'allowed' : `refused (${code})`}, expected the opposite; ${JSON.stringify(res.errors ?? res.data)}`);
        if (allowed) expect(res.status).toBeLessThan(500);
      }
      expect(cells).toEqual([]);
    });
  }
});
