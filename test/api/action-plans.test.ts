import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { IMPORT_PERSONS, mutate } from '../support/catalogue.js';
import { newAcademy } from '../support/new-academy.js';
import { nip, rosterCsv } from '../support/roster.js';

/**
 * Change projects (proyek perubahan) over HTTP, on an empty install built through the API:
 * the workflow refuses steps out of order; the coach (signed in as the facilitator's person)
 * and the mentor see the plans waiting for them; closing a cohort completes only people with
 * an approved plan when the program asks for one; seminar scores are kept; the progress report
 * matches a hand count; another academy's plan looks missing; every change is audited and emitted.
 */
let server: RunningServer;
let admin: Client;
let org: Client;
let participant: Client;
let other: Client;
let coach: Client;
let mentor: Client;
let subscriptionId: string;
let gated: string;
let open: string;
let moduleId: string;
const people: Record<string, { id: string; nip: string }> = {};
/** Enrolment ids by cohort and person name. */
const enrolment: Record<string, Record<string, string>> = {};

const DAY = '2029-03-12';
const PLAN = `id status title problem goal reviewNote seminarScore submittedAt coach { name } mentor { name } attachments { title url }
  milestones { id title dueDate status doneDate } seminarScores { role score criteria { criterion score } } seminarSession { id } viewerCan`;
const SAVE = `mutation($i: SaveActionPlanInput!) { saveActionPlan(input: $i) { actionPlan { ${PLAN} } errors { field code } } }`;
const SUBMIT = `mutation($id: ID!) { submitActionPlan(actionPlanId: $id) { actionPlan { id status } errors { field code } } }`;
const REVIEW = `mutation($i: ReviewActionPlanInput!) { reviewActionPlan(input: $i) { actionPlan { id status reviewNote } errors { field code } } }`;
const IMPLEMENTED = `mutation($id: ID!) { markActionPlanImplemented(actionPlanId: $id) { actionPlan { id status } errors { field code } } }`;
const MILESTONES = `mutation($id: ID!, $m: [MilestoneProgressInput!]!) { updateActionPlanMilestones(actionPlanId: $id, milestones: $m) { actionPlan { milestones { status doneDate } } errors { field code } } }`;
const SCORE = `mutation($i: ScoreActionPlanInput!) { scoreActionPlan(input: $i) { actionPlan { seminarScore seminarScores { role score } } errors { field code } } }`;
const SEMINAR = `mutation($id: ID!, $s: ID) { setActionPlanSeminar(actionPlanId: $id, sessionId: $s) { actionPlan { seminarSession { id } } errors { field code } } }`;
const WAITING = '{ actionPlans(first: 20, filter: { awaitingMyReview: true }) { totalCount nodes { id status person { name } } } }';
const NODE = 'query($id: ID!) { node(id: $id) { id ... on ActionPlan { status } } }';
const UPDATE_COHORT = 'mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { cohort { status } errors { code } } }';

const EXTRA = rosterCsv([
  { nip: nip('1966-02-01', '1990-03', 'MALE', 931), name: 'Nur Mentor Uji', positionType: 'STRUKTURAL', eselon: 'Ib', jobTitle: 'Sekretaris Daerah', agencyCode: 'DINKES-UJI' },
  { nip: nip('1978-08-08', '2003-03', 'FEMALE', 932), name: 'Yuni Coach Uji', positionType: 'FUNGSIONAL', jobTitle: 'Widyaiswara Ahli Madya', agencyCode: 'DINKES-UJI' },
]);

async function signInAs(name: string, password: string): Promise<Client> {
  const invite = (await org.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: people[name]!.id })).data.createInvitation;
  const redeemed = await server.gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: people[name]!.nip, code: invite.code, password } });
  expect(redeemed.data.redeemInvitation.errors).toEqual([]);
  return server.signIn(people[name]!.nip, password);
}

/** A cohort of the program with the given people, one 2-JP session all attend; RUNNING. */
async function runningCohort(programId: string, code: string, names: string[]): Promise<string> {
  const made = await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
    i: { programId, code, name: `Angkatan ${code}`, startDate: DAY, endDate: DAY, capacity: 10 },
  });
  const id = made.data.createCohort.cohort.id;
  const enrolled = await org.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji proyek perubahan" }) { enrollments { id person { name } } errors { code } } }', {
    c: id, p: names.map((n) => people[n]!.id),
  });
  expect(enrolled.data.enroll.errors).toEqual([]);
  enrolment[code] = Object.fromEntries(enrolled.data.enroll.enrollments.map((e: any) => [e.person.name, e.id]));
  const sessions = (await org.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id } errors { code } } }', {
    c: id, ops: [{ moduleId, startsAt: `${DAY}T01:00:00Z`, endsAt: `${DAY}T02:30:00Z` }],
  })).data.applySchedule.sessions;
  const rec = await org.gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }', {
    s: sessions[0].id, e: names.map((n) => ({ personId: people[n]!.id, status: 'PRESENT' })),
  });
  expect(rec.data.recordAttendance.errors).toEqual([]);
  for (const status of ['OPEN', 'RUNNING']) expect((await org.gql(UPDATE_COHORT, { i: { id, status } })).data.updateCohort.errors).toEqual([]);
  return id;
}

let planId: string;

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  ({ admin } = await newAcademy(server));
  org = server;
  expect(await mutate(org, 'importPersons', IMPORT_PERSONS, { csv: EXTRA })).toMatchObject({ created: 2, rowErrors: [] });
  for (const p of (await org.gql('{ persons(first: 50) { nodes { id name nip } } }')).data.persons.nodes) people[p.name] = { id: p.id, nip: p.nip };
  const programs = (await org.gql('{ programs(first: 5) { nodes { id code modules(first: 5) { nodes { id } } } } }')).data.programs.nodes;
  const dla = programs.find((p: any) => p.code === 'DLA');
  moduleId = dla.modules.nodes[0].id;
  const pkn = await org.gql('mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id requiresApprovedActionPlan } errors { code } } }', {
    i: { code: 'PKN2', name: 'PKN Tingkat II', kind: 'PKN_II', targetEselonGroups: ['II'], requiresApprovedActionPlan: true },
  });
  expect(pkn.data.createProgram.program.requiresApprovedActionPlan).toBe(true);
  // The gated program's module: the cohort's one session.
  const mod = await org.gql('mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { trainingModule { id } errors { code } } }', {
    i: { programId: pkn.data.createProgram.program.id, code: 'PKN-AKSI', title: 'Seminar aksi perubahan', competencyArea: 'LEARNING_ORGANIZATION', format: 'ACTION_LEARNING', jp: 2 },
  });
  expect(mod.data.createTrainingModule.errors).toEqual([]);
  const coachMade = await org.gql('mutation($i: CreateFacilitatorInput!) { createFacilitator(input: $i) { facilitator { id person { name } } errors { field code } } }', {
    i: { name: 'Dr. Yuni Coach', kind: 'COACH', personId: people['Yuni Coach Uji']!.id },
  });
  expect(coachMade.data.createFacilitator).toMatchObject({ facilitator: { person: { name: 'Yuni Coach Uji' } }, errors: [] });
  people.coachFacilitator = { id: coachMade.data.createFacilitator.facilitator.id, nip: '' };
  const sub = await org.gql('mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { subscription { id } errors { code } } }', {
    i: { url: 'http://127.0.0.1:9/lintas', events: ['ACTION_PLAN_CHANGED'] },
  });
  expect(sub.data.createWebhookSubscription.errors).toEqual([]);
  subscriptionId = sub.data.createWebhookSubscription.subscription.id;

  moduleId = mod.data.createTrainingModule.trainingModule.id;
  gated = await runningCohort(pkn.data.createProgram.program.id, 'PKN2-UJI', ['Bambang Uji Baru', 'Hendra Uji Baru', 'Sari Uji Baru']);
  moduleId = dla.modules.nodes[0].id;
  open = await runningCohort(dla.id, 'DLA-UJI-AKSI', ['Hendra Uji Baru', 'Rina Uji Baru']);

  participant = await signInAs('Bambang Uji Baru', 'bambang-aksi-2026!');
  other = await signInAs('Hendra Uji Baru', 'hendra-aksi-2026!');
  coach = await signInAs('Yuni Coach Uji', 'yuni-coach-2026!');
  mentor = await signInAs('Nur Mentor Uji', 'nur-mentor-2026!');
}, 180_000);
afterAll(() => server?.stop());

describe('the workflow', () => {
  it('a participant writes a draft; steps out of order are refused with action-plan codes', async () => {
    const draft = (await participant.gql(SAVE, { i: {
      enrollmentId: enrolment['PKN2-UJI']!['Bambang Uji Baru'], title: 'Dasbor layanan kesehatan terpadu', problem: 'Data layanan tersebar di lima aplikasi.',
      coachId: people.coachFacilitator!.id, mentorId: people['Nur Mentor Uji']!.id,
      attachments: [{ title: 'Rancangan', url: 'https://contoh.go.id/rancangan.pdf' }],
      milestones: [
        { title: 'Inventarisasi data', dueDate: '2029-01-10' },
        { title: 'Purwarupa dasbor', dueDate: '2029-01-20' },
        { title: 'Peluncuran', dueDate: '2020-01-01' },
      ],
    } })).data.saveActionPlan;
    expect(draft.errors).toEqual([]);
    expect(draft.actionPlan).toMatchObject({ status: 'DRAFT', coach: { name: 'Dr. Yuni Coach' }, mentor: { name: 'Nur Mentor Uji' }, attachments: [{ title: 'Rancangan', url: 'https://contoh.go.id/rancangan.pdf' }] });
    expect(draft.actionPlan.milestones.map((m: any) => m.title)).toEqual(['Inventarisasi data', 'Purwarupa dasbor', 'Peluncuran']);
    expect(draft.actionPlan.viewerCan).toEqual(['saveActionPlan', 'submitActionPlan', 'updateActionPlanMilestones']);
    planId = draft.actionPlan.id;

    // One plan per enrolment.
    expect((await participant.gql(SAVE, { i: { enrollmentId: enrolment['PKN2-UJI']!['Bambang Uji Baru'], title: 'Lagi' } })).data.saveActionPlan.errors)
      .toEqual([{ field: 'enrollmentId', code: ERROR_CODES.ACTION_PLAN_DUPLICATE }]);
    // Nothing to review yet, nothing to mark implemented.
    expect((await coach.gql(REVIEW, { i: { actionPlanId: planId, decision: 'APPROVE' } })).data.reviewActionPlan.errors)
      .toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    expect((await org.gql(IMPLEMENTED, { id: planId })).data.markActionPlanImplemented.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    // Without a goal it cannot be submitted.
    expect((await participant.gql(SUBMIT, { id: planId })).data.submitActionPlan.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_INCOMPLETE }]);
    expect((await participant.gql(SAVE, { i: { actionPlanId: planId, goal: 'Satu dasbor untuk pimpinan.' } })).data.saveActionPlan.errors).toEqual([]);
    expect((await participant.gql(SUBMIT, { id: planId })).data.submitActionPlan).toEqual({ actionPlan: { id: planId, status: 'SUBMITTED' }, errors: [] });
    // Submitted: not edited, not submitted twice, not implemented.
    expect((await participant.gql(SAVE, { i: { actionPlanId: planId, title: 'Ubah' } })).data.saveActionPlan.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    expect((await participant.gql(SAVE, { i: { actionPlanId: planId, coachId: null } })).data.saveActionPlan.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    // An organizer names the coach and mentor at any time (the same ones again here).
    expect((await org.gql(SAVE, { i: { actionPlanId: planId, coachId: people.coachFacilitator!.id, mentorId: people['Nur Mentor Uji']!.id } })).data.saveActionPlan.errors).toEqual([]);
    expect((await org.gql(SAVE, { i: { actionPlanId: planId, title: 'Ubah' } })).data.saveActionPlan.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    expect((await participant.gql(SUBMIT, { id: planId })).data.submitActionPlan.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    expect((await coach.gql(IMPLEMENTED, { id: planId })).data.markActionPlanImplemented.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    // The participant does not review their own plan.
    expect((await participant.gql(REVIEW, { i: { actionPlanId: planId, decision: 'APPROVE' } })).data.reviewActionPlan.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_NOT_REVIEWER }]);
  });

  it('the coach and the mentor each see the plans waiting for them; someone else sees nothing', async () => {
    for (const who of [coach, mentor, org]) {
      const waiting = (await who.gql(WAITING)).data.actionPlans;
      expect(waiting).toEqual({ totalCount: 1, nodes: [{ id: planId, status: 'SUBMITTED', person: { name: 'Bambang Uji Baru' } }] });
    }
    expect((await other.gql(WAITING)).data.actionPlans.totalCount).toBe(0);
    expect((await other.gql(NODE, { id: planId })).data.node).toBeNull();
    expect((await other.gql(REVIEW, { i: { actionPlanId: planId, decision: 'APPROVE' } })).data.reviewActionPlan.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.NOT_FOUND }]);
    // The participant sees their own plan on their enrolment.
    const mine = (await participant.gql('{ viewer { person { id } } }')).data;
    expect(mine.viewer.person.id).toBe(people['Bambang Uji Baru']!.id);
    expect((await participant.gql(NODE, { id: planId })).data.node).toEqual({ id: planId, status: 'SUBMITTED' });
  });

  it('revision goes back to SUBMITTED on resubmission; the coach approves', async () => {
    expect((await mentor.gql(REVIEW, { i: { actionPlanId: planId, decision: 'REQUEST_REVISION' } })).data.reviewActionPlan.errors).toEqual([{ field: 'note', code: ERROR_CODES.ACTION_PLAN_NOTE_REQUIRED }]);
    expect((await mentor.gql(REVIEW, { i: { actionPlanId: planId, decision: 'REQUEST_REVISION', note: 'Tambahkan indikator keberhasilan.' } })).data.reviewActionPlan)
      .toEqual({ actionPlan: { id: planId, status: 'REVISION_REQUESTED', reviewNote: 'Tambahkan indikator keberhasilan.' }, errors: [] });
    expect((await coach.gql(WAITING)).data.actionPlans.totalCount).toBe(0);
    expect((await coach.gql(REVIEW, { i: { actionPlanId: planId, decision: 'APPROVE' } })).data.reviewActionPlan.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    expect((await participant.gql(SAVE, { i: { actionPlanId: planId, goal: 'Satu dasbor untuk pimpinan; waktu laporan turun dari 5 hari ke 1 hari.' } })).data.saveActionPlan.errors).toEqual([]);
    expect((await participant.gql(SUBMIT, { id: planId })).data.submitActionPlan.actionPlan.status).toBe('SUBMITTED');
    expect((await coach.gql(REVIEW, { i: { actionPlanId: planId, decision: 'APPROVE', note: 'Layak dilaksanakan.' } })).data.reviewActionPlan)
      .toEqual({ actionPlan: { id: planId, status: 'APPROVED', reviewNote: 'Layak dilaksanakan.' }, errors: [] });
    expect((await coach.gql(WAITING)).data.actionPlans.totalCount).toBe(0);
    expect((await mentor.gql(WAITING)).data.actionPlans.totalCount).toBe(0);
  });

  it('milestones progress; the seminar is a session of the cohort; coach, mentor and examiner scores are kept', async () => {
    const plan = (await participant.gql(`query($id: ID!) { node(id: $id) { ... on ActionPlan { milestones { id } } } }`, { id: planId })).data.node;
    const [m1, m2] = plan.milestones.map((m: any) => m.id);
    expect((await participant.gql(MILESTONES, { id: planId, m: [{ id: m1, status: 'DONE' }] })).data.updateActionPlanMilestones.errors)
      .toEqual([{ field: 'milestones.0.doneDate', code: ERROR_CODES.INVALID_VALUE }]);
    const done = (await participant.gql(MILESTONES, { id: planId, m: [{ id: m1, status: 'DONE', doneDate: '2029-01-05' }, { id: m2, status: 'DONE', doneDate: '2029-01-25' }] })).data.updateActionPlanMilestones;
    expect(done.errors).toEqual([]);
    expect(done.actionPlan.milestones.map((m: any) => m.status)).toEqual(['DONE', 'DONE', 'PLANNED']);

    const sessions = (await org.gql('query($c: ID!) { node(id: $c) { ... on Cohort { sessions(first: 5) { nodes { id } } } } }', { c: gated })).data.node.sessions.nodes;
    const openSessions = (await org.gql('query($c: ID!) { node(id: $c) { ... on Cohort { sessions(first: 5) { nodes { id } } } } }', { c: open })).data.node.sessions.nodes;
    expect((await org.gql(SEMINAR, { id: planId, s: openSessions[0].id })).data.setActionPlanSeminar.errors).toEqual([{ field: 'sessionId', code: ERROR_CODES.ACTION_PLAN_SEMINAR_SESSION }]);
    expect((await org.gql(SEMINAR, { id: planId, s: sessions[0].id })).data.setActionPlanSeminar).toEqual({ actionPlan: { seminarSession: { id: sessions[0].id } }, errors: [] });

    const rubric = (scores: number[]) => scores.map((score, i) => ({ criterion: ['Dampak', 'Inovasi', 'Keberlanjutan'][i], score }));
    expect((await coach.gql(SCORE, { i: { actionPlanId: planId, role: 'COACH', criteria: rubric([80, 0]) } })).data.scoreActionPlan.errors).toEqual([{ field: 'criteria.1.score', code: ERROR_CODES.OUT_OF_RANGE }]);
    expect((await mentor.gql(SCORE, { i: { actionPlanId: planId, role: 'EXAMINER', criteria: rubric([90]) } })).data.scoreActionPlan.errors).toEqual([{ field: 'role', code: ERROR_CODES.ACTION_PLAN_NOT_REVIEWER }]);
    expect((await coach.gql(SCORE, { i: { actionPlanId: planId, role: 'COACH', criteria: rubric([80, 90]) } })).data.scoreActionPlan.actionPlan.seminarScore).toBe(85);
    expect((await mentor.gql(SCORE, { i: { actionPlanId: planId, role: 'MENTOR', criteria: rubric([70, 70, 70]) } })).data.scoreActionPlan.actionPlan.seminarScore).toBe(77.5);
    const examined = (await org.gql(SCORE, { i: { actionPlanId: planId, role: 'EXAMINER', criteria: rubric([90, 90]) } })).data.scoreActionPlan;
    expect(examined).toEqual({ actionPlan: { seminarScore: 81.67, seminarScores: [{ role: 'COACH', score: 85 }, { role: 'MENTOR', score: 70 }, { role: 'EXAMINER', score: 90 }] }, errors: [] });

    expect((await coach.gql(IMPLEMENTED, { id: planId })).data.markActionPlanImplemented).toEqual({ actionPlan: { id: planId, status: 'IMPLEMENTED' }, errors: [] });
    expect((await coach.gql(IMPLEMENTED, { id: planId })).data.markActionPlanImplemented.errors).toEqual([{ field: 'actionPlanId', code: ERROR_CODES.ACTION_PLAN_WRONG_STATE }]);
    // Kept: read again as the participant.
    const kept = (await participant.gql(`query($id: ID!) { node(id: $id) { ... on ActionPlan { seminarScore seminarScores { role criteria { criterion score } } } } }`, { id: planId })).data.node;
    expect(kept.seminarScore).toBe(81.67);
    expect(kept.seminarScores[0]).toEqual({ role: 'COACH', criteria: [{ criterion: 'Dampak', score: 80 }, { criterion: 'Inovasi', score: 90 }] });
  });
});

describe('the rest of the cohort, the report and the completion gate', () => {
  it('actionPlanProgress matches a hand count, milestones on time included', async () => {
    const hendra = (await org.gql(SAVE, { i: {
      enrollmentId: enrolment['PKN2-UJI']!['Hendra Uji Baru'], title: 'Digitalisasi arsip', problem: 'Arsip kertas.', goal: 'Arsip elektronik.',
      milestones: [{ title: 'Pemindaian', dueDate: '2099-01-01' }],
    } })).data.saveActionPlan;
    expect(hendra.errors).toEqual([]);
    expect((await org.gql(SUBMIT, { id: hendra.actionPlan.id })).data.submitActionPlan.errors).toEqual([]);
    const sari = (await org.gql(SAVE, { i: {
      enrollmentId: enrolment['PKN2-UJI']!['Sari Uji Baru'], title: 'Kanal aduan daring',
      milestones: [{ title: 'Survei', dueDate: '2020-06-01', status: 'IN_PROGRESS' }],
    } })).data.saveActionPlan;
    expect(sari.errors).toEqual([]);

    const F = 'plans draft submitted revisionRequested approved implemented milestones milestonesDone milestonesOnTime milestonesOverdue onTimeRate';
    const report = (await org.gql(`query($f: ReportFilter) { actionPlanProgress(filter: $f) { total { ${F} } byEselon { group ${F} } byGeneration { group plans } cells { eselonGroup generation plans milestonesOnTime } } }`, { f: { cohortId: gated } })).data.actionPlanProgress;
    // By hand: Bambang (II, Gen X) implemented, 3 milestones: on time, late, overdue; Hendra (II, Gen X) submitted, 1 not yet due; Sari (JF, Gen Y) draft, 1 overdue.
    expect(report.total).toEqual({ plans: 3, draft: 1, submitted: 1, revisionRequested: 0, approved: 0, implemented: 1, milestones: 5, milestonesDone: 2, milestonesOnTime: 1, milestonesOverdue: 2, onTimeRate: 0.25 });
    const ii = report.byEselon.find((r: any) => r.group === 'II');
    expect(ii).toMatchObject({ plans: 2, submitted: 1, implemented: 1, milestones: 4, milestonesDone: 2, milestonesOnTime: 1, milestonesOverdue: 1 });
    expect(report.byEselon.find((r: any) => r.group === 'JF')).toMatchObject({ plans: 1, draft: 1, milestones: 1, milestonesOverdue: 1 });
    expect(report.byEselon.find((r: any) => r.group === 'I')).toMatchObject({ plans: 0 });
    expect(Object.fromEntries(report.byGeneration.map((g: any) => [g.group, g.plans]))).toEqual({ GEN_X: 2, GEN_Y: 1 });
    expect(report.cells).toHaveLength(2);
    // A participant cannot read the report.
    expect((await participant.gql('{ actionPlanProgress { total { plans } } }')).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
  });

  it('closing a cohort of a program that asks for it completes only people with an approved plan; other programs are not gated', async () => {
    expect((await org.gql(UPDATE_COHORT, { i: { id: gated, status: 'CLOSED' } })).data.updateCohort.errors).toEqual([]);
    const status = async (c: string) => Object.fromEntries((await org.gql('query($c: ID!) { node(id: $c) { ... on Cohort { enrollments(first: 10) { nodes { status person { name } actionPlan { status } } } } } }', { c }))
      .data.node.enrollments.nodes.map((e: any) => [e.person.name, [e.status, e.actionPlan?.status ?? null]]));
    expect(await status(gated)).toEqual({
      'Bambang Uji Baru': ['COMPLETED', 'IMPLEMENTED'], 'Hendra Uji Baru': ['ENROLLED', 'SUBMITTED'], 'Sari Uji Baru': ['ENROLLED', 'DRAFT'],
    });
    expect((await org.gql(UPDATE_COHORT, { i: { id: open, status: 'CLOSED' } })).data.updateCohort.errors).toEqual([]);
    expect(await status(open)).toEqual({ 'Hendra Uji Baru': ['COMPLETED', null], 'Rina Uji Baru': ['COMPLETED', null] });
  });
});

describe('tenancy, audit and webhooks', () => {
  it("another academy's plan looks missing", async () => {
    const academy = await admin.gql('mutation($i: CreateAcademyInput!) { createAcademy(input: $i) { academy { id } errors { code } } }', { i: { code: 'LAIN-UJI', name: 'Akademi Lain', province: 'Jambi' } });
    const made = await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
      i: { email: 'org@akademi-lain.test', name: 'Penyelenggara Lain', role: 'ORGANIZER', academyId: academy.data.createAcademy.academy.id, password: 'penyelenggara-lain-2026!' },
    });
    expect(made.data.createAccount.errors).toEqual([]);
    const stranger = await server.signIn('org@akademi-lain.test', 'penyelenggara-lain-2026!');
    expect((await stranger.gql(NODE, { id: planId })).data.node).toBeNull();
    expect((await stranger.gql('{ actionPlans(first: 10) { totalCount } }')).data.actionPlans.totalCount).toBe(0);
    expect((await stranger.gql(SCORE, { i: { actionPlanId: planId, role: 'EXAMINER', criteria: [{ criterion: 'Dampak', score: 10 }] } })).data.scoreActionPlan.errors)
      .toEqual([{ field: 'actionPlanId', code: ERROR_CODES.NOT_FOUND }]);
    expect((await stranger.gql('{ actionPlanProgress { total { plans } } }')).data.actionPlanProgress.total.plans).toBe(0);
  });

  it('every change is audited and emitted as action_plan.changed', async () => {
    const audited = (await admin.gql('{ auditEvents(first: 100) { nodes { action targetType } } }')).data.auditEvents.nodes
      .filter((e: any) => e.targetType === 'ActionPlan').map((e: any) => e.action);
    for (const a of ['action-plan.created', 'action-plan.saved', 'action-plan.submitted', 'action-plan.revision-requested', 'action-plan.approved',
      'action-plan.milestones', 'action-plan.seminar', 'action-plan.scored', 'action-plan.implemented']) expect(audited).toContain(a);
    const res = await org.gql('query($s: ID!) { webhookDeliveries(subscriptionId: $s, first: 100) { nodes { eventType payload } } }', { s: subscriptionId });
    const statuses = res.data.webhookDeliveries.nodes.filter((d: any) => d.eventType === 'ACTION_PLAN_CHANGED')
      .map((d: any) => JSON.parse(d.payload)).filter((d: any) => d.type === 'action_plan.changed' && d.data.actionPlanId === planId).map((d: any) => d.data.status).reverse();
    expect(statuses.filter((s: string, i: number) => s !== statuses[i - 1])).toEqual(['DRAFT', 'SUBMITTED', 'REVISION_REQUESTED', 'SUBMITTED', 'APPROVED', 'IMPLEMENTED']);
  });
});
