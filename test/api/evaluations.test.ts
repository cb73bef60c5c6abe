import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { CREATE_FACILITATOR, IMPORT_PERSONS, mutate } from '../support/catalogue.js';
import { newAcademy } from '../support/new-academy.js';
import { createAdmin, enrolAdmin } from '../support/auth.js';
import { nip, rosterCsv } from '../support/roster.js';

/**
 * Evaluations over HTTP on an empty install built through the API: forms from the maintained
 * templates; participants answer once per target, only when seated and after the session
 * ended; answers are reported without identity and groups of fewer than 5 are hidden; the
 * facilitators' scores; another academy sees nothing; the exports; the follow-up notices swept
 * for alumni and their supervisors three months after the close.
 */
let server: RunningServer;
let org: Client;
const people: Record<string, { id: string; nip: string }> = {};
const as: Record<string, Client> = {};
let programId: string;
const modules: string[] = [];
let venueId: string;
const fac: Record<string, string> = {};

/** A day relative to today (UTC). */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const II = ['Ani Evaluasi', 'Budi Evaluasi', 'Cici Evaluasi', 'Dodi Evaluasi', 'Eka Evaluasi'];
const JF = ['Fani Evaluasi', 'Gita Evaluasi', 'Hadi Evaluasi'];
const ROSTER = rosterCsv([
  ...II.map((name, i) => ({ nip: nip(`197${i}-03-0${i + 1}`, `199${i}-03`, 'MALE' as const, 700 + i), name, positionType: 'STRUKTURAL', eselon: 'IIb', jobTitle: 'Kepala Bidang', agencyCode: 'DINKES-UJI' })),
  ...JF.map((name, i) => ({ nip: nip(`198${i + 5}-06-1${i}`, `201${i}-01`, 'FEMALE' as const, 720 + i), name, positionType: 'FUNGSIONAL', jobTitle: 'Analis Kebijakan', agencyCode: 'BAPPEDA-UJI' })),
  { nip: nip('1990-01-01', '2014-01', 'MALE', 730), name: 'Ika Mundur', positionType: 'FUNGSIONAL', jobTitle: 'Analis', agencyCode: 'BAPPEDA-UJI' },
  { nip: nip('1965-05-05', '1990-03', 'FEMALE', 731), name: 'Joko Atasan', positionType: 'STRUKTURAL', eselon: 'IIa', jobTitle: 'Kepala Dinas', agencyCode: 'DINKES-UJI' },
]);

const FORM_FIELDS = 'id title kind target monthsAfter templateKey questions { index kind text options required }';
const USE = `mutation($i: UseEvaluationTemplateInput!) { useEvaluationTemplate(input: $i) { forms { ${FORM_FIELDS} } errors { field code } } }`;
const CREATE = `mutation($i: CreateEvaluationFormInput!) { createEvaluationForm(input: $i) { form { ${FORM_FIELDS} } errors { field code } } }`;
const SUBMIT = 'mutation($i: SubmitEvaluationInput!) { submitEvaluation(input: $i) { ok errors { field code } } }';
const MINE = '{ myEvaluations { form { id title } cohort { code } target facilitator { name } aboutName respondent open answered availableFrom } }';
const GROUP = 'group respondents eligible responseRate mean suppressed';
const SUMMARY = `query($c: ID!) { evaluationSummary(cohortId: $c) { minGroup forms { form { id title target } targets {
  target facilitator { name } venue { name } respondents eligible responseRate mean suppressed byEselon { ${GROUP} } byGeneration { ${GROUP} } byRespondent { ${GROUP} }
  questions { index kind text responses responseRate mean suppressed comments distribution { value label count } byEselon { ${GROUP} } } } } } }`;
const SCORES = `query($f: FacilitatorScoreFilter) { facilitatorScores(filter: $f) { facilitator { name } respondents mean suppressed distribution { value count }
  questions { text responses mean suppressed } byEselon { ${GROUP} } byGeneration { ${GROUP} } } }`;

async function participant(name: string): Promise<Client> {
  const p = people[name]!;
  const invite = (await org.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: p.id })).data.createInvitation;
  expect(invite.errors).toEqual([]);
  const redeemed = await server.gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: p.nip, code: invite.code, password: 'peserta-evaluasi-2026!' } });
  expect(redeemed.data.redeemInvitation.errors).toEqual([]);
  return server.signIn(p.nip, 'peserta-evaluasi-2026!');
}

/** A cohort of the program with one session per [day, module, facilitator], everyone of `who` enrolled. */
async function cohort(code: string, start: number, end: number, sessions: [number, number, string][], who: string[]): Promise<{ id: string; sessions: string[] }> {
  const made = await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
    i: { programId, code, name: `Angkatan ${code}`, startDate: day(start), endDate: day(end), capacity: 30 },
  });
  expect(made.data.createCohort.errors).toEqual([]);
  const id = made.data.createCohort.cohort.id;
  expect((await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id, status: 'RUNNING' } })).data.updateCohort.errors).toEqual([]);
  const enrolled = await org.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji evaluasi" }) { errors { code } } }', { c: id, p: who.map((n) => people[n]!.id) });
  expect(enrolled.data.enroll.errors).toEqual([]);
  const ops = sessions.map(([d, m, f]) => ({ moduleId: modules[m], facilitatorId: fac[f], venueId, startsAt: `${day(d)}T01:00:00Z`, endsAt: `${day(d)}T04:00:00Z` }));
  const applied = await org.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id } errors { code } } }', { c: id, ops });
  expect(applied.data.applySchedule.errors).toEqual([]);
  return { id, sessions: applied.data.applySchedule.sessions.map((s: any) => s.id) };
}

const ratings = (form: any, r: number) => form.questions.filter((q: any) => q.kind === 'RATING').map((q: any) => ({ question: q.index, rating: r }));
const choiceOf = (form: any, c: number) => form.questions.filter((q: any) => q.kind === 'CHOICE').map((q: any) => ({ question: q.index, choice: c }));

let cohortA: { id: string; sessions: string[] };
let penyelenggaraan: any;
let pengajar: any;
let venueForm: any;

beforeAll(async () => {
  server = await startServer({ seed: 'none', env: { LINTAS_EVALUATION_SWEEP_MS: '1000' } });
  await newAcademy(server);
  org = server;
  expect(await mutate(org, 'importPersons', IMPORT_PERSONS, { csv: ROSTER })).toMatchObject({ created: 10, rowErrors: [] });
  for (const p of (await org.gql('{ persons(first: 50) { nodes { id name nip } } }')).data.persons.nodes) people[p.name] = { id: p.id, nip: p.nip };
  programId = (await org.gql('{ programs(first: 5) { nodes { id code } } }')).data.programs.nodes.find((p: any) => p.code === 'DLA').id;
  for (const m of (await org.gql('{ trainingModules(first: 10) { nodes { id code } } }')).data.trainingModules.nodes.sort((a: any, b: any) => a.code.localeCompare(b.code))) modules.push(m.id);
  venueId = (await org.gql('{ venues(first: 5) { nodes { id } } }')).data.venues.nodes[0].id;
  fac.wulan = (await org.gql('{ facilitators(first: 5) { nodes { id name } } }')).data.facilitators.nodes[0].id;
  const budi = await mutate(org, 'createFacilitator', CREATE_FACILITATOR, { i: { name: 'Drs. Budi Pengajar', kind: 'WIDYAISWARA', email: 'budi@bpsdmd.test' } });
  fac.budi = budi.facilitator.id;
  for (const name of [...II, ...JF, 'Ika Mundur', 'Joko Atasan']) as[name] = await participant(name);

  // Cohort A ended yesterday: Wulan taught day −3, Budi day −2.
  cohortA = await cohort('EVA-A', -3, -2, [[-3, 0, 'wulan'], [-2, 1, 'budi']], [...II, ...JF, 'Ika Mundur']);
  expect((await org.gql('mutation($e: ID!) { withdraw(input: { enrollmentId: $e, reason: "pindah tugas" }) { errors { code } } }', {
    e: (await org.gql('query($c: ID!) { node(id: $c) { ... on Cohort { enrollments(first: 20) { nodes { id person { name } } } } } }', { c: cohortA.id }))
      .data.node.enrollments.nodes.find((e: any) => e.person.name === 'Ika Mundur').id,
  })).data.withdraw.errors).toEqual([]);
}, 240_000);

afterAll(async () => {
  await server?.stop();
});

describe('forms', () => {
  it('copies the maintained templates onto a cohort, and makes a form of its own', async () => {
    const a = (await org.gql(USE, { i: { template: 'PENYELENGGARAAN', cohortId: cohortA.id } })).data.useEvaluationTemplate;
    expect(a.errors).toEqual([]);
    penyelenggaraan = a.forms[0];
    expect(penyelenggaraan).toMatchObject({ title: 'Evaluasi penyelenggaraan', kind: 'REACTION', target: 'COHORT', templateKey: 'PENYELENGGARAAN' });
    const b = (await org.gql(USE, { i: { template: 'PENGAJAR', cohortId: cohortA.id } })).data.useEvaluationTemplate;
    pengajar = b.forms[0];
    expect(pengajar).toMatchObject({ title: 'Evaluasi pengajar/widyaiswara', target: 'FACILITATOR' });
    expect(pengajar.questions.map((q: any) => q.kind)).toEqual(['RATING', 'RATING', 'RATING', 'RATING', 'TEXT']);
    const c = (await org.gql(CREATE, { i: {
      cohortId: cohortA.id, title: 'Evaluasi tempat', kind: 'REACTION', target: 'VENUE',
      questions: [{ kind: 'RATING', text: '=SUM(1;2) Kenyamanan ruang kelas' }, { kind: 'CHOICE', text: 'Suhu ruangan', options: ['Dingin', 'Pas', 'Panas'] }, { kind: 'TEXT', text: 'Catatan' }],
    } })).data.createEvaluationForm;
    expect(c.errors).toEqual([]);
    venueForm = c.form;
    expect(venueForm.questions[2]).toMatchObject({ kind: 'TEXT', required: false });
    // A bad definition is refused with the field.
    const bad = (await org.gql(CREATE, { i: { cohortId: cohortA.id, title: 'X', kind: 'REACTION', target: 'COHORT', questions: [{ kind: 'CHOICE', text: 'Satu pilihan', options: ['A'] }] } })).data.createEvaluationForm;
    expect(bad.errors).toEqual([{ field: 'questions.0.options', code: ERROR_CODES.OUT_OF_RANGE }]);
    // The academy's own templates: without a cohort, listed apart.
    const t = (await org.gql(USE, { i: { template: 'PENGAJAR' } })).data.useEvaluationTemplate;
    expect(t.errors).toEqual([]);
    const listed = (await org.gql('{ evaluationForms(first: 10, filter: { templates: true }) { totalCount nodes { title cohort { code } } } }')).data.evaluationForms;
    expect(listed).toEqual({ totalCount: 1, nodes: [{ title: 'Evaluasi pengajar/widyaiswara', cohort: null }] });
    const attached = await org.gql('mutation($f: ID!, $c: ID!) { attachEvaluationForm(formId: $f, cohortId: $c) { form { title cohort { code } } errors { code } } }', { f: t.forms[0].id, c: cohortA.id });
    expect(attached.data.attachEvaluationForm).toEqual({ form: { title: 'Evaluasi pengajar/widyaiswara', cohort: { code: 'EVA-A' } }, errors: [] });
    const removed = await org.gql('mutation($f: ID!) { deleteEvaluationForm(formId: $f) { deletedId errors { code } } }', { f: (await org.gql('{ evaluationForms(first: 10, filter: { templates: false }) { nodes { id } } }')).data.evaluationForms.nodes.at(-1).id });
    expect(removed.data.deleteEvaluationForm.errors).toEqual([]);
  });
});

describe('answering', () => {
  it('lists what a participant may answer: open once the session ended', async () => {
    const mine = (await as['Ani Evaluasi']!.gql(MINE)).data.myEvaluations;
    expect(mine.filter((m: any) => m.open).map((m: any) => [m.form.title, m.target, m.facilitator?.name ?? null]).sort()).toEqual([
      ['Evaluasi pengajar/widyaiswara', 'FACILITATOR', 'Dr. Wulan Widyaiswara'],
      ['Evaluasi pengajar/widyaiswara', 'FACILITATOR', 'Drs. Budi Pengajar'],
      ['Evaluasi penyelenggaraan', 'COHORT', null],
      ['Evaluasi tempat', 'VENUE', null],
    ].sort());
  });

  it('takes one answer per person and target, and refuses the second', async () => {
    // Wulan: eselon II (Gen X) rate 5 5 4 4 5, JF (Gen Y) 3 4 3.
    const wulan = [5, 5, 4, 4, 5, 3, 4, 3];
    for (const [i, name] of [...II, ...JF].entries()) {
      const r = (await as[name]!.gql(SUBMIT, { i: { formId: pengajar.id, facilitatorId: fac.wulan, answers: [...ratings(pengajar, wulan[i]!), { question: 4, text: `Catatan ${String.fromCharCode(72 - i)}` }] } })).data.submitEvaluation;
      expect(r).toEqual({ ok: true, errors: [] });
    }
    const again = (await as['Ani Evaluasi']!.gql(SUBMIT, { i: { formId: pengajar.id, facilitatorId: fac.wulan, answers: ratings(pengajar, 1) } })).data.submitEvaluation;
    expect(again).toEqual({ ok: false, errors: [{ field: 'formId', code: ERROR_CODES.EVALUATION_ALREADY_ANSWERED }] });
    // Budi: four answers so far.
    for (const name of II.slice(0, 4)) {
      expect((await as[name]!.gql(SUBMIT, { i: { formId: pengajar.id, facilitatorId: fac.budi, answers: ratings(pengajar, 2) } })).data.submitEvaluation.errors).toEqual([]);
    }
    // The running: everyone, with a choice.
    for (const [i, name] of [...II, ...JF].entries()) {
      const r = (await as[name]!.gql(SUBMIT, { i: { formId: penyelenggaraan.id, answers: [...ratings(penyelenggaraan, 4), ...choiceOf(penyelenggaraan, i < 6 ? 0 : 2)] } })).data.submitEvaluation;
      expect(r.errors).toEqual([]);
    }
    // An answer out of range, a missing required question, a facilitator who did not teach there.
    expect((await as['Fani Evaluasi']!.gql(SUBMIT, { i: { formId: venueForm.id, venueId, answers: [{ question: 0, rating: 6 }, { question: 1, choice: 1 }] } })).data.submitEvaluation.errors)
      .toEqual([{ field: 'answers.0', code: ERROR_CODES.OUT_OF_RANGE }]);
    expect((await as['Fani Evaluasi']!.gql(SUBMIT, { i: { formId: venueForm.id, venueId, answers: [{ question: 0, rating: 4 }] } })).data.submitEvaluation.errors)
      .toEqual([{ field: 'questions.1', code: ERROR_CODES.REQUIRED }]);
    const other = await mutate(org, 'createFacilitator', CREATE_FACILITATOR, { i: { name: 'Tamu Luar', kind: 'EXTERNAL', email: 'tamu@luar.test' } });
    expect((await as['Fani Evaluasi']!.gql(SUBMIT, { i: { formId: pengajar.id, facilitatorId: other.facilitator.id, answers: ratings(pengajar, 4) } })).data.submitEvaluation.errors)
      .toEqual([{ field: 'facilitatorId', code: ERROR_CODES.EVALUATION_NOT_RESPONDENT }]);
  });

  it('answers only for the enrolled: a withdrawn participant is refused, someone else sees no form', async () => {
    expect((await as['Ika Mundur']!.gql(SUBMIT, { i: { formId: penyelenggaraan.id, answers: ratings(penyelenggaraan, 5) } })).data.submitEvaluation.errors)
      .toEqual([{ field: 'formId', code: ERROR_CODES.EVALUATION_NOT_RESPONDENT }]);
    expect((await as['Joko Atasan']!.gql(SUBMIT, { i: { formId: penyelenggaraan.id, answers: ratings(penyelenggaraan, 5) } })).data.submitEvaluation.errors)
      .toEqual([{ field: 'formId', code: ERROR_CODES.NOT_FOUND }]);
    // An organizer is no respondent at all.
    expect((await org.gql(SUBMIT, { i: { formId: penyelenggaraan.id, answers: [] } })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
  });

  it('answers only after the session ended', async () => {
    const b = await cohort('EVA-B', 5, 6, [[5, 0, 'wulan'], [6, 1, 'budi']], ['Ani Evaluasi']);
    const form = (await org.gql(USE, { i: { template: 'PENGAJAR', cohortId: b.id } })).data.useEvaluationTemplate.forms[0];
    const mine = (await as['Ani Evaluasi']!.gql(MINE)).data.myEvaluations.filter((m: any) => m.cohort.code === 'EVA-B');
    expect(mine.map((m: any) => [m.open, m.answered, m.availableFrom])).toEqual([[false, false, `${day(5)}T04:00:00.000Z`], [false, false, `${day(6)}T04:00:00.000Z`]]);
    expect((await as['Ani Evaluasi']!.gql(SUBMIT, { i: { formId: form.id, facilitatorId: fac.wulan, answers: ratings(form, 5) } })).data.submitEvaluation.errors)
      .toEqual([{ field: 'formId', code: ERROR_CODES.EVALUATION_NOT_YET }]);
  });
});

describe('reports', () => {
  it('matches a hand count and hides every group of fewer than 5', async () => {
    const s = (await org.gql(SUMMARY, { c: cohortA.id })).data.evaluationSummary;
    expect(s.minGroup).toBe(5);
    const teach = s.forms.find((f: any) => f.form.id === pengajar.id);
    const wulan = teach.targets.find((t: any) => t.facilitator?.name === 'Dr. Wulan Widyaiswara');
    expect(wulan).toMatchObject({ respondents: 8, eligible: 8, responseRate: 1, suppressed: false });
    // Four rating questions, everyone giving one value to all: (5+5+4+4+5+3+4+3)/8.
    expect(wulan.mean).toBeCloseTo(33 / 8);
    expect(wulan.questions[0]).toMatchObject({ responses: 8, suppressed: false, distribution: [
      { value: 1, label: '1', count: 0 }, { value: 2, label: '2', count: 0 }, { value: 3, label: '3', count: 2 }, { value: 4, label: '4', count: 3 }, { value: 5, label: '5', count: 3 },
    ] });
    expect(wulan.questions[0].mean).toBeCloseTo(33 / 8);
    // The comments, in alphabetical order, never in answer order.
    expect(wulan.questions[4].comments).toEqual(['Catatan A', 'Catatan B', 'Catatan C', 'Catatan D', 'Catatan E', 'Catatan F', 'Catatan G', 'Catatan H']);
    // Five eselon II respondents are shown, three JF are not.
    const byEselon = Object.fromEntries(wulan.byEselon.map((g: any) => [g.group, g]));
    expect(byEselon.II).toMatchObject({ respondents: 5, eligible: 5, responseRate: 1, suppressed: false });
    expect(byEselon.II.mean).toBeCloseTo(23 / 5);
    expect(byEselon.JF).toEqual({ group: 'JF', respondents: null, eligible: 3, responseRate: null, mean: null, suppressed: true });
    const byGen = Object.fromEntries(wulan.byGeneration.map((g: any) => [g.group, g]));
    expect(byGen.GEN_X).toMatchObject({ respondents: 5, suppressed: false });
    expect(byGen.GEN_Y).toMatchObject({ respondents: null, suppressed: true });
    // Budi: four respondents, so nothing at all is shown, totals included.
    const budi = teach.targets.find((t: any) => t.facilitator?.name === 'Drs. Budi Pengajar');
    expect(budi).toMatchObject({ respondents: null, responseRate: null, mean: null, suppressed: true, eligible: 8 });
    expect(budi.questions.every((q: any) => q.suppressed && q.distribution.length === 0 && q.mean === null)).toBe(true);
    // The running: choice counts per option.
    const running = s.forms.find((f: any) => f.form.id === penyelenggaraan.id).targets[0];
    const choice = running.questions.find((q: any) => q.kind === 'CHOICE');
    expect(choice.distribution.map((d: any) => [d.label, d.count])).toEqual([['Ya', 6], ['Mungkin', 0], ['Tidak', 2]]);
    expect(running.byRespondent).toEqual([{ group: 'PARTICIPANT', respondents: 8, eligible: 8, responseRate: 1, mean: 4, suppressed: false }]);
  });

  it('shows a group once it has 5 respondents', async () => {
    expect((await as['Eka Evaluasi']!.gql(SUBMIT, { i: { formId: pengajar.id, facilitatorId: fac.budi, answers: ratings(pengajar, 2) } })).data.submitEvaluation.errors).toEqual([]);
    const s = (await org.gql(SUMMARY, { c: cohortA.id })).data.evaluationSummary;
    const budi = s.forms.find((f: any) => f.form.id === pengajar.id).targets.find((t: any) => t.facilitator?.name === 'Drs. Budi Pengajar');
    expect(budi).toMatchObject({ respondents: 5, mean: 2, suppressed: false, responseRate: 5 / 8 });
  });

  it('scores facilitators apart', async () => {
    const scores = (await org.gql(SCORES, {})).data.facilitatorScores;
    expect(scores.map((f: any) => [f.facilitator.name, f.respondents, f.suppressed])).toEqual([['Dr. Wulan Widyaiswara', 8, false], ['Drs. Budi Pengajar', 5, false]]);
    expect(scores[0].mean).toBeCloseTo(33 / 8);
    expect(scores[1].mean).toBe(2);
    expect(scores[1].distribution).toEqual([{ value: 1, count: 0 }, { value: 2, count: 20 }, { value: 3, count: 0 }, { value: 4, count: 0 }, { value: 5, count: 0 }]);
    expect(scores[0].questions).toHaveLength(4);
    const only = (await org.gql(SCORES, { f: { facilitatorId: fac.budi } })).data.facilitatorScores;
    expect(only.map((f: any) => f.facilitator.name)).toEqual(['Drs. Budi Pengajar']);
  });

  it('exports the summaries as CSV and XLSX, formulas neutralised', async () => {
    const get = (path: string) => fetch(`${server.url}${path}`, { headers: org.headers });
    const csv = await get(`/exports/cohorts/${encodeURIComponent(cohortA.id)}/evaluation-summary.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('lintas-EVA-A-evaluation-summary.csv');
    const text = await csv.text();
    expect(text).toContain('Evaluasi pengajar/widyaiswara');
    expect(text).toContain('Dr. Wulan Widyaiswara');
    expect(text).toContain("'=SUM(1;2) Kenyamanan ruang kelas");
    expect(text).not.toMatch(/(^|,)=SUM/m);
    const xlsx = await get(`/exports/cohorts/${encodeURIComponent(cohortA.id)}/evaluation-summary.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const scores = await get('/exports/facilitator-scores.csv');
    expect(scores.status).toBe(200);
    const body = await scores.text();
    expect(body).toContain('Drs. Budi Pengajar');
    expect(body).toContain('Penguasaan materi');
    expect((await get('/exports/facilitator-scores.xlsx')).status).toBe(200);
  });
});

describe('tenancy', () => {
  it("another academy's organizer finds no form, summary or score", async () => {
    await createAdmin(server, 'admin2@evaluasi.test', 'Admin Dua', 'admin-dua-2026!');
    const { client: admin } = await enrolAdmin(server, 'admin2@evaluasi.test', 'admin-dua-2026!');
    const academy = (await admin.gql('mutation($i: CreateAcademyInput!) { createAcademy(input: $i) { academy { id } errors { code } } }', { i: { code: 'LAIN', name: 'Akademi Lain', province: 'Bali' } })).data.createAcademy.academy;
    expect((await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
      i: { email: 'org@lain.test', name: 'Org Lain', role: 'ORGANIZER', academyId: academy.id, password: 'org-lain-2026!' },
    })).data.createAccount.errors).toEqual([]);
    const other = await server.signIn('org@lain.test', 'org-lain-2026!');
    expect((await other.gql('query($id: ID!) { node(id: $id) { id } }', { id: pengajar.id })).data.node).toBeNull();
    expect((await other.gql(SUMMARY, { c: cohortA.id })).data.evaluationSummary).toBeNull();
    expect((await other.gql(SCORES, {})).data.facilitatorScores).toEqual([]);
    expect((await other.gql('{ evaluationForms(first: 10) { totalCount } }')).data.evaluationForms.totalCount).toBe(0);
    expect((await other.gql('mutation($f: ID!) { deleteEvaluationForm(formId: $f) { errors { code } } }', { f: pengajar.id })).data.deleteEvaluationForm.errors).toEqual([{ code: ERROR_CODES.NOT_FOUND }]);
    expect((await other.gql(USE, { i: { template: 'PENGAJAR', cohortId: cohortA.id } })).data.useEvaluationTemplate.errors).toEqual([{ field: 'cohortId', code: ERROR_CODES.NOT_FOUND }]);
    expect((await fetch(`${server.url}/exports/cohorts/${encodeURIComponent(cohortA.id)}/evaluation-summary.csv`, { headers: other.headers })).status).toBe(404);
    // A form with answers is not removed.
    expect((await org.gql('mutation($f: ID!) { deleteEvaluationForm(formId: $f) { errors { code } } }', { f: pengajar.id })).data.deleteEvaluationForm.errors).toEqual([{ code: ERROR_CODES.EVALUATION_HAS_ANSWERS }]);
  });
});

describe('follow-up (level 3)', () => {
  it('e-mails alumni and their supervisors at 3 months, and takes their answers', async () => {
    // Joko supervises Ani.
    const sup = await org.gql('mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { errors { code } } }', { i: { id: people['Ani Evaluasi']!.id, version: 1, supervisorId: people['Joko Atasan']!.id } });
    expect(sup.data.updatePerson.errors).toEqual([]);
    // A cohort that ended 100 days ago; everyone present, then closed: they completed.
    const f = await cohort('EVA-F', -101, -100, [[-101, 0, 'wulan']], II);
    const present = await org.gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }', {
      s: f.sessions[0], e: II.map((n) => ({ personId: people[n]!.id, status: 'PRESENT' })),
    });
    expect(present.data.recordAttendance.errors).toEqual([]);
    expect((await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: f.id, status: 'CLOSED' } })).data.updateCohort.errors).toEqual([]);
    const forms = (await org.gql(USE, { i: { template: 'TINDAK_LANJUT', cohortId: f.id } })).data.useEvaluationTemplate.forms;
    expect(forms.map((x: any) => [x.kind, x.monthsAfter])).toEqual([['FOLLOW_UP', 3], ['FOLLOW_UP', 12]]);

    // The sweep (every second here) writes the 3-month notices: five alumni and Ani's supervisor.
    const NOTICES = '{ notifications(first: 100, filter: { kind: EVALUATION_FOLLOW_UP }) { totalCount nodes { person { name } preview { subject text } } } }';
    let found: any = null;
    for (let i = 0; i < 60; i++) {
      found = (await org.gql(NOTICES)).data.notifications;
      if (found.totalCount >= 6) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(found.nodes.map((n: any) => n.person.name).sort()).toEqual([...II, 'Joko Atasan'].sort());
    const toJoko = found.nodes.find((n: any) => n.person.name === 'Joko Atasan');
    expect(toJoko.preview.subject).toBe('Evaluasi pasca-pelatihan: EVA-F');
    expect(toJoko.preview.text).toContain('Ani Evaluasi');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await org.gql(NOTICES)).data.notifications.totalCount).toBe(6);

    // The alumnus and the supervisor answer the 3-month form; the 12-month one is not due.
    const mine = (await as['Joko Atasan']!.gql(MINE)).data.myEvaluations.filter((m: any) => m.cohort.code === 'EVA-F');
    expect(mine.map((m: any) => [m.respondent, m.aboutName, m.open])).toEqual([['SUPERVISOR', 'Ani Evaluasi', true], ['SUPERVISOR', 'Ani Evaluasi', false]]);
    const three = forms[0];
    expect((await as['Joko Atasan']!.gql(SUBMIT, { i: { formId: three.id, aboutPersonId: people['Ani Evaluasi']!.id, answers: [...ratings(three, 4), ...choiceOf(three, 1)] } })).data.submitEvaluation.errors).toEqual([]);
    for (const name of II) {
      expect((await as[name]!.gql(SUBMIT, { i: { formId: three.id, answers: [...ratings(three, 5), ...choiceOf(three, 0)] } })).data.submitEvaluation.errors).toEqual([]);
    }
    expect((await as['Ani Evaluasi']!.gql(SUBMIT, { i: { formId: forms[1].id, answers: [...ratings(three, 5), ...choiceOf(three, 0)] } })).data.submitEvaluation.errors)
      .toEqual([{ field: 'formId', code: ERROR_CODES.EVALUATION_NOT_YET }]);
    const s = (await org.gql(SUMMARY, { c: f.id })).data.evaluationSummary;
    const t = s.forms[0].targets[0];
    expect(t).toMatchObject({ respondents: 6, eligible: 6, suppressed: false });
    expect(t.byRespondent.map((g: any) => [g.group, g.respondents, g.suppressed])).toEqual([['ALUMNUS', 5, false], ['SUPERVISOR', null, true]]);
  });
});
