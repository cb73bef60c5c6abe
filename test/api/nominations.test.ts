import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { IMPORT_PERSONS, mutate } from '../support/catalogue.js';
import { newAcademy } from '../support/new-academy.js';
import { nip, rosterCsv } from '../support/roster.js';

/**
 * Nominations from agencies over HTTP, on an empty install built through the API: an agency's
 * HR officer sees only its agency; acceptance goes through the enrolment rules (eligibility,
 * capacity and the waitlist); a decline can be undone; agencies' reserved seats hold until
 * their release date; undecided nominations expire at the cohort start; the supervisor stage.
 */
let server: RunningServer;
let org: Client;
let hrDinkes: Client;
let hrKominfo: Client;
let programId: string;
let strictProgramId: string;
let subscriptionId: string;

/** The `nomination.changed` events emitted for one nomination, in order, as their status. */
async function emitted(nominationId: string): Promise<string[]> {
  const res = await org.gql('query($s: ID!) { webhookDeliveries(subscriptionId: $s, first: 100) { nodes { eventType payload } } }', { s: subscriptionId });
  return res.data.webhookDeliveries.nodes.filter((d: any) => d.eventType === 'NOMINATION_CHANGED')
    .map((d: any) => JSON.parse(d.payload).data).filter((d: any) => d.nominationId === nominationId).map((d: any) => d.status).reverse();
}
const agencies: Record<string, string> = {};
const people: Record<string, { id: string; nip: string }> = {};

/** A day relative to today in WIB (the cohorts' zone). */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

const NOMINATE = 'mutation($i: NominateInput!) { nominate(input: $i) { nomination { id status note agency { code } person { name } } errors { field code } } }';
const DECIDE = 'mutation($i: DecideNominationInput!) { decideNomination(input: $i) { nomination { id status reason enrollment { status waitlistPosition } } errors { field code } } }';
const UNDO = 'mutation($id: ID!) { undoNominationDecline(nominationId: $id) { nomination { id status reason } errors { field code } } }';
const SUPERVISOR = 'mutation($i: SupervisorDecisionInput!) { decideNominationAsSupervisor(input: $i) { nomination { id status supervisorNote } errors { field code } } }';
const LIST = 'query($f: NominationFilter) { nominations(first: 50, filter: $f) { totalCount nodes { id status person { name } agency { code } } } }';
const NODE = 'query($id: ID!) { node(id: $id) { id ... on Nomination { status } } }';

const EXTRA = rosterCsv([
  { nip: nip('1970-01-05', '1995-03', 'MALE', 901), name: 'Agus Dinkes Dua', positionType: 'STRUKTURAL', eselon: 'IIb', jobTitle: 'Kepala Bidang', agencyCode: 'DINKES-UJI' },
  { nip: nip('1972-04-09', '1997-03', 'FEMALE', 902), name: 'Citra Dinkes Tiga', positionType: 'STRUKTURAL', eselon: 'IIa', jobTitle: 'Sekretaris', agencyCode: 'DINKES-UJI' },
  { nip: nip('1969-06-01', '1994-03', 'FEMALE', 903), name: 'Dewi Dinkes Atasan', positionType: 'STRUKTURAL', eselon: 'IIa', jobTitle: 'Kepala Dinas', agencyCode: 'DINKES-UJI' },
  { nip: nip('1975-02-02', '2000-03', 'MALE', 904), name: 'Eko Kominfo Dua', positionType: 'STRUKTURAL', eselon: 'IIb', jobTitle: 'Kepala Bidang', agencyCode: 'DISKOMINFO-UJI' },
  { nip: nip('1976-03-03', '2001-03', 'MALE', 905), name: 'Fajar Kominfo Tiga', positionType: 'STRUKTURAL', eselon: 'IIb', jobTitle: 'Kepala Bidang', agencyCode: 'DISKOMINFO-UJI' },
]);

async function openCohort(code: string, start: number, capacity: number, program = programId): Promise<string> {
  const made = await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
    i: { programId: program, code, name: `Angkatan ${code}`, startDate: day(start), endDate: day(start + 5), capacity },
  });
  expect(made.data.createCohort.errors).toEqual([]);
  const id = made.data.createCohort.cohort.id;
  const opened = await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id, status: 'OPEN' } });
  expect(opened.data.updateCohort.errors).toEqual([]);
  return id;
}

async function nominate(as: Client, cohortId: string, person: string, note = 'Usulan instansi') {
  return (await as.gql(NOMINATE, { i: { cohortId, personId: people[person]!.id, note } })).data.nominate;
}

async function hrAccount(email: string, agency: string): Promise<Client> {
  const made = await org.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { role agency { code } } errors { field code } } }', {
    i: { email, name: `HR ${agency}`, role: 'AGENCY_HR', agencyId: agencies[agency], password: 'hr-instansi-2026!' },
  });
  expect(made.data.createAccount).toEqual({ account: { role: 'AGENCY_HR', agency: { code: agency } }, errors: [] });
  return server.signIn(email, 'hr-instansi-2026!');
}

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  await newAcademy(server);
  org = server;
  expect(await mutate(org, 'importPersons', IMPORT_PERSONS, { csv: EXTRA })).toMatchObject({ created: 5, rowErrors: [] });
  for (const a of (await org.gql('{ agencies(first: 10) { nodes { id code } } }')).data.agencies.nodes) agencies[a.code] = a.id;
  for (const p of (await org.gql('{ persons(first: 50) { nodes { id name nip } } }')).data.persons.nodes) people[p.name] = { id: p.id, nip: p.nip };
  programId = (await org.gql('{ programs(first: 5) { nodes { id code } } }')).data.programs.nodes.find((p: any) => p.code === 'DLA').id;
  const strict = await org.gql('mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id requiresSupervisorApproval } errors { code } } }', {
    i: { code: 'PKN2', name: 'PKN Tingkat II', kind: 'PKN_II', targetEselonGroups: ['II'], requiresSupervisorApproval: true },
  });
  expect(strict.data.createProgram.program.requiresSupervisorApproval).toBe(true);
  strictProgramId = strict.data.createProgram.program.id;
  // Every transition is emitted: a subscription to nomination.changed (its address need not answer; the deliveries are listed).
  const sub = await org.gql('mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { subscription { id } errors { code } } }', {
    i: { url: 'http://127.0.0.1:9/lintas', events: ['NOMINATION_CHANGED'] },
  });
  expect(sub.data.createWebhookSubscription.errors).toEqual([]);
  subscriptionId = sub.data.createWebhookSubscription.subscription.id;
  hrDinkes = await hrAccount('sdm@dinkes-uji.test', 'DINKES-UJI');
  hrKominfo = await hrAccount('sdm@kominfo-uji.test', 'DISKOMINFO-UJI');
}, 120_000);
afterAll(() => server?.stop());

describe('an agency HR officer', () => {
  it('sees only its own agency: its people, its nominations; another agency\'s look missing', async () => {
    const c = await openCohort('NOM-TEN', 20, 10);
    const seen = (await hrDinkes.gql('{ persons(first: 50) { nodes { name agency { code } } } agencies(first: 10) { nodes { code } } viewer { role } }')).data;
    expect(seen.viewer.role).toBe('AGENCY_HR');
    expect(seen.agencies.nodes.map((a: any) => a.code)).toEqual(['DINKES-UJI']);
    expect(new Set(seen.persons.nodes.map((p: any) => p.agency.code))).toEqual(new Set(['DINKES-UJI']));
    expect(seen.persons.nodes.length).toBe(5);

    const theirs = await nominate(hrKominfo, c, 'Eko Kominfo Dua');
    expect(theirs.errors).toEqual([]);
    expect(theirs.nomination).toMatchObject({ status: 'PENDING', agency: { code: 'DISKOMINFO-UJI' } });
    // Another agency's nomination and a made-up id answer alike.
    const made = Buffer.from('Nomination:987654321').toString('base64url');
    expect((await hrDinkes.gql(NODE, { id: theirs.nomination.id })).data.node).toBeNull();
    expect((await hrDinkes.gql(NODE, { id: made })).data.node).toBeNull();
    expect((await hrKominfo.gql(NODE, { id: theirs.nomination.id })).data.node).toEqual({ id: theirs.nomination.id, status: 'PENDING' });
    expect((await hrDinkes.gql(LIST, { f: { cohortId: c } })).data.nominations.totalCount).toBe(0);
    // Another agency's person cannot be nominated: the same answer as a person who does not exist.
    const other = await nominate(hrDinkes, c, 'Fajar Kominfo Tiga');
    expect(other.errors).toEqual([{ field: 'personId', code: ERROR_CODES.NOT_FOUND }]);
    // Deciding is the academy's.
    const decide = await hrDinkes.gql(DECIDE, { i: { nominationId: theirs.nomination.id, decision: 'ACCEPT' } });
    expect(decide.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
  });

  it('nominates only for open cohorts, once per person and cohort', async () => {
    const draft = await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId, code: 'NOM-DRAFT', name: 'Draf', startDate: day(20), endDate: day(25), capacity: 5 },
    });
    const draftId = draft.data.createCohort.cohort.id;
    expect((await nominate(hrDinkes, draftId, 'Agus Dinkes Dua')).errors).toEqual([{ field: 'cohortId', code: ERROR_CODES.NOT_FOUND }]);
    expect((await nominate(org, draftId, 'Agus Dinkes Dua')).errors).toEqual([{ field: 'cohortId', code: ERROR_CODES.NOMINATION_COHORT_NOT_OPEN }]);
    const c = await openCohort('NOM-DUP', 20, 5);
    const first = await nominate(hrDinkes, c, 'Agus Dinkes Dua');
    expect(first.errors).toEqual([]);
    expect((await nominate(hrDinkes, c, 'Agus Dinkes Dua')).errors).toEqual([{ field: 'personId', code: ERROR_CODES.NOMINATION_DUPLICATE }]);
    // Withdrawn by the agency (another agency cannot: it looks missing), the person may be proposed again.
    const WITHDRAW = 'mutation($id: ID!, $r: String) { withdrawNomination(nominationId: $id, reason: $r) { nomination { status reason } errors { field code } } }';
    expect((await hrKominfo.gql(WITHDRAW, { id: first.nomination.id })).data.withdrawNomination.errors).toEqual([{ field: 'nominationId', code: ERROR_CODES.NOT_FOUND }]);
    expect((await hrDinkes.gql(WITHDRAW, { id: first.nomination.id, r: 'Tugas dinas luar' })).data.withdrawNomination).toEqual({ nomination: { status: 'WITHDRAWN', reason: 'Tugas dinas luar' }, errors: [] });
    expect((await hrDinkes.gql(WITHDRAW, { id: first.nomination.id })).data.withdrawNomination.errors).toEqual([{ field: 'nominationId', code: ERROR_CODES.NOMINATION_WRONG_STATE }]);
    expect((await nominate(hrDinkes, c, 'Agus Dinkes Dua')).errors).toEqual([]);
  });
});

describe('the academy decides', () => {
  it('accepts through the enrolment rules: eligibility, then capacity and the waitlist', async () => {
    const c = await openCohort('NOM-CAP', 20, 1);
    const rina = await nominate(hrDinkes, c, 'Rina Uji Baru', 'Pelaksana yang menangani data');
    const bambang = await nominate(hrDinkes, c, 'Bambang Uji Baru');
    // Rina (pelaksana) is outside the program's targets (eselon II): refused, the nomination still pending.
    const refused = (await org.gql(DECIDE, { i: { nominationId: rina.nomination.id, decision: 'ACCEPT' } })).data.decideNomination;
    expect(refused.errors.map((e: any) => e.code)).toEqual([ERROR_CODES.NOT_ELIGIBLE]);
    expect((await org.gql(NODE, { id: rina.nomination.id })).data.node.status).toBe('PENDING');
    const accepted = (await org.gql(DECIDE, { i: { nominationId: rina.nomination.id, decision: 'ACCEPT', overrideReason: 'Pengelola data utama dinas' } })).data.decideNomination;
    expect(accepted.errors).toEqual([]);
    expect(accepted.nomination).toMatchObject({ status: 'ACCEPTED', enrollment: { status: 'ENROLLED' } });
    // The only seat is taken: the next acceptance waitlists.
    const waitlisted = (await org.gql(DECIDE, { i: { nominationId: bambang.nomination.id, decision: 'ACCEPT' } })).data.decideNomination;
    expect(waitlisted.nomination).toMatchObject({ status: 'WAITLISTED', enrollment: { status: 'WAITLISTED', waitlistPosition: 1 } });
    // Deciding twice is refused; the enrolment is there once.
    expect((await org.gql(DECIDE, { i: { nominationId: bambang.nomination.id, decision: 'DECLINE', reason: 'x' } })).data.decideNomination.errors)
      .toEqual([{ field: 'nominationId', code: ERROR_CODES.NOMINATION_WRONG_STATE }]);
    const roll = (await org.gql('query($id: ID!) { cohort(id: $id) { enrollments(first: 10) { nodes { status person { name } } } } }', { id: c })).data.cohort.enrollments.nodes;
    expect(roll.map((e: any) => `${e.person.name}:${e.status}`).sort()).toEqual(['Bambang Uji Baru:WAITLISTED', 'Rina Uji Baru:ENROLLED']);
    // The HR officer follows the results.
    const theirs = (await hrDinkes.gql(LIST, { f: { cohortId: c } })).data.nominations.nodes;
    expect(theirs.map((n: any) => `${n.person.name}:${n.status}`).sort()).toEqual(['Bambang Uji Baru:WAITLISTED', 'Rina Uji Baru:ACCEPTED']);
  });

  it('accepts a waitlisted nomination when its enrolment gets a seat: by a withdrawal, and by a larger capacity', async () => {
    const c = await openCohort('NOM-PROMO', 20, 1);
    const ACCEPT = 'mutation($i: DecideNominationInput!) { decideNomination(input: $i) { nomination { id status enrollment { id status } } errors { code } } }';
    const decided: Record<string, any> = {};
    for (const name of ['Eko Kominfo Dua', 'Fajar Kominfo Tiga', 'Hendra Uji Baru']) {
      const n = await nominate(hrKominfo, c, name);
      expect(n.errors).toEqual([]);
      decided[name] = (await org.gql(ACCEPT, { i: { nominationId: n.nomination.id, decision: 'ACCEPT' } })).data.decideNomination.nomination;
    }
    expect(Object.values(decided).map((n: any) => n.status)).toEqual(['ACCEPTED', 'WAITLISTED', 'WAITLISTED']);
    const fajar = decided['Fajar Kominfo Tiga'];
    const hendra = decided['Hendra Uji Baru'];
    // Eko withdraws: Fajar, first in line, takes the seat, and his nomination is accepted with it.
    const withdrawn = await org.gql('mutation($i: WithdrawInput!) { withdraw(input: $i) { promoted { id status } errors { code } } }', { i: { enrollmentId: decided['Eko Kominfo Dua'].enrollment.id, reason: 'Mutasi jabatan' } });
    expect(withdrawn.data.withdraw).toEqual({ promoted: { id: fajar.enrollment.id, status: 'ENROLLED' }, errors: [] });
    expect((await hrKominfo.gql(NODE, { id: fajar.id })).data.node.status).toBe('ACCEPTED');
    expect((await org.gql(NODE, { id: hendra.id })).data.node.status).toBe('WAITLISTED');
    expect(await emitted(fajar.id)).toEqual(['PENDING', 'WAITLISTED', 'ACCEPTED']);
    // The nominee hears of each result: waitlisted, then accepted.
    const notices = (await org.gql('query($p: ID) { notifications(first: 50, filter: { personId: $p }) { nodes { kind } } }', { p: people['Fajar Kominfo Tiga']!.id })).data.notifications.nodes;
    expect(notices.filter((x: any) => x.kind === 'NOMINATION_RESULT').length).toBe(2);
    // A larger capacity seats Hendra: his nomination is accepted too.
    expect((await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: c, capacity: 2 } })).data.updateCohort.errors).toEqual([]);
    expect((await org.gql(NODE, { id: hendra.id })).data.node.status).toBe('ACCEPTED');
    expect(await emitted(hendra.id)).toEqual(['PENDING', 'WAITLISTED', 'ACCEPTED']);
    const theirs = (await hrKominfo.gql(LIST, { f: { cohortId: c } })).data.nominations.nodes;
    expect(theirs.map((n: any) => `${n.person.name}:${n.status}`).sort()).toEqual(['Eko Kominfo Dua:ACCEPTED', 'Fajar Kominfo Tiga:ACCEPTED', 'Hendra Uji Baru:ACCEPTED']);
  });

  it('declines with a reason only, and a decline can be undone while the cohort is open', async () => {
    const c = await openCohort('NOM-UNDO', 20, 5);
    const n = await nominate(hrDinkes, c, 'Citra Dinkes Tiga');
    expect((await org.gql(DECIDE, { i: { nominationId: n.nomination.id, decision: 'DECLINE' } })).data.decideNomination.errors)
      .toEqual([{ field: 'reason', code: ERROR_CODES.NOMINATION_REASON_REQUIRED }]);
    const declined = (await org.gql(DECIDE, { i: { nominationId: n.nomination.id, decision: 'DECLINE', reason: 'Kuota angkatan penuh' } })).data.decideNomination;
    expect(declined.nomination).toMatchObject({ status: 'DECLINED', reason: 'Kuota angkatan penuh' });
    // Declined, the person may be proposed again for the cohort.
    expect((await hrDinkes.gql(LIST, { f: { cohortId: c, statuses: ['DECLINED'] } })).data.nominations.totalCount).toBe(1);
    const undone = (await org.gql(UNDO, { id: n.nomination.id })).data.undoNominationDecline;
    expect(undone).toEqual({ nomination: { id: n.nomination.id, status: 'PENDING', reason: null }, errors: [] });
    expect((await org.gql(UNDO, { id: n.nomination.id })).data.undoNominationDecline.errors).toEqual([{ field: 'nominationId', code: ERROR_CODES.NOMINATION_WRONG_STATE }]);
    // Declined a second time after the undo: the nominee is told again, not silently skipped.
    expect((await org.gql(DECIDE, { i: { nominationId: n.nomination.id, decision: 'DECLINE', reason: 'Masih menunggu formasi' } })).data.decideNomination.errors).toEqual([]);
    const results = async () => (await org.gql('query($p: ID) { notifications(first: 50, filter: { personId: $p, kind: NOMINATION_RESULT }) { totalCount } }', { p: people['Citra Dinkes Tiga']!.id })).data.notifications.totalCount;
    expect(await results()).toBe(2);
    expect((await org.gql(UNDO, { id: n.nomination.id })).data.undoNominationDecline.errors).toEqual([]);
    const accepted = (await org.gql(DECIDE, { i: { nominationId: n.nomination.id, decision: 'ACCEPT' } })).data.decideNomination;
    expect(accepted.nomination.status).toBe('ACCEPTED');
    expect(await emitted(n.nomination.id)).toEqual(['PENDING', 'DECLINED', 'PENDING', 'DECLINED', 'PENDING', 'ACCEPTED']);
    // Each result was written to the outbox with the change: to the nominee (and to the HR account), and on acceptance an invitation.
    const notices = (await org.gql('query($p: ID) { notifications(first: 50, filter: { personId: $p }) { nodes { kind } } }', { p: people['Citra Dinkes Tiga']!.id })).data.notifications.nodes.map((x: any) => x.kind);
    expect(notices.filter((k: string) => k === 'NOMINATION_RESULT').length).toBe(3);
    expect(notices).toContain('INVITATION');
    // Once the cohort no longer takes nominations, a decline stays.
    const c2 = await openCohort('NOM-UNDO2', 20, 5);
    const m = await nominate(hrDinkes, c2, 'Citra Dinkes Tiga');
    await org.gql(DECIDE, { i: { nominationId: m.nomination.id, decision: 'DECLINE', reason: 'Belum memenuhi syarat' } });
    expect((await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: c2, status: 'RUNNING' } })).data.updateCohort.errors).toEqual([]);
    expect((await org.gql(UNDO, { id: m.nomination.id })).data.undoNominationDecline.errors).toEqual([{ field: 'nominationId', code: ERROR_CODES.NOMINATION_WRONG_STATE }]);
  });
});

const QUOTAS = 'mutation($c: ID!, $q: [AgencyQuotaInput!]!, $d: Int) { setCohortQuotas(cohortId: $c, quotas: $q, releaseDays: $d) { cohort { quotaReleaseDays quotaReleaseDate quotas { agency { code } seats used } } errors { field code } } }';
const ENROLL = 'mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { enrollments { status person { name } } errors { code } } }';

describe('quotas', () => {
  it('hold an agency\'s reserved seats before the release date and free them after it', async () => {
    const far = await openCohort('NOM-Q-FAR', 30, 2);
    const near = await openCohort('NOM-Q-NEAR', 3, 2);
    for (const c of [far, near]) {
      const set = (await org.gql(QUOTAS, { c, q: [{ agencyId: agencies['DINKES-UJI'], seats: 1 }] })).data.setCohortQuotas;
      expect(set.errors).toEqual([]);
      expect(set.cohort.quotaReleaseDays).toBe(7);
      expect(set.cohort.quotas).toEqual([{ agency: { code: 'DINKES-UJI' }, seats: 1, used: 0 }]);
    }
    expect((await org.gql(QUOTAS, { c: far, q: [{ agencyId: agencies['DINKES-UJI'], seats: 3 }] })).data.setCohortQuotas.errors)
      .toEqual([{ field: 'quotas', code: ERROR_CODES.QUOTA_OVER_CAPACITY }]);
    const kominfo = [people['Eko Kominfo Dua']!.id, people['Fajar Kominfo Tiga']!.id];
    // 30 days out, the Dinkes seat is held: the second general enrolment waits.
    const farEnrol = (await org.gql(ENROLL, { c: far, p: kominfo })).data.enroll;
    expect(farEnrol.enrollments.map((e: any) => e.status)).toEqual(['ENROLLED', 'WAITLISTED']);
    // 3 days out (within the 7 days), the seat was released to the general list.
    const nearEnrol = (await org.gql(ENROLL, { c: near, p: kominfo })).data.enroll;
    expect(nearEnrol.enrollments.map((e: any) => e.status)).toEqual(['ENROLLED', 'ENROLLED']);
    // Dinkes' accepted nomination takes its reserved seat in the far cohort.
    const n = await nominate(hrDinkes, far, 'Agus Dinkes Dua');
    const accepted = (await org.gql(DECIDE, { i: { nominationId: n.nomination.id, decision: 'ACCEPT' } })).data.decideNomination;
    expect(accepted.nomination).toMatchObject({ status: 'ACCEPTED', enrollment: { status: 'ENROLLED' } });
    const after = (await hrDinkes.gql('query($id: ID!) { cohort(id: $id) { quotas { agency { code } seats used } } }', { id: far })).data.cohort;
    expect(after.quotas).toEqual([{ agency: { code: 'DINKES-UJI' }, seats: 1, used: 1 }]);
    // A cohort whose release is set to 40 days releases the far cohort's seats now.
    const far2 = await openCohort('NOM-Q-FAR2', 30, 1);
    const set = (await org.gql(QUOTAS, { c: far2, q: [{ agencyId: agencies['DINKES-UJI'], seats: 1 }], d: 40 })).data.setCohortQuotas;
    expect(set.cohort).toMatchObject({ quotaReleaseDays: 40, quotaReleaseDate: day(-10) });
    expect((await org.gql(ENROLL, { c: far2, p: [kominfo[0]] })).data.enroll.enrollments.map((e: any) => e.status)).toEqual(['ENROLLED']);
  });
});

describe('expiry and the supervisor stage', () => {
  it('expires a nomination nobody decided by the cohort start: stored, listed and refused to decide', async () => {
    const c = await openCohort('NOM-EXP', 2, 5);
    const n = await nominate(hrKominfo, c, 'Hendra Uji Baru');
    expect(n.nomination.status).toBe('PENDING');
    expect((await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: c, startDate: day(0) } })).data.updateCohort.errors).toEqual([]);
    const listed = (await hrKominfo.gql(LIST, { f: { cohortId: c } })).data.nominations.nodes;
    expect(listed.map((x: any) => x.status)).toEqual(['EXPIRED']);
    expect((await org.gql(NODE, { id: n.nomination.id })).data.node.status).toBe('EXPIRED');
    expect((await org.gql(DECIDE, { i: { nominationId: n.nomination.id, decision: 'ACCEPT' } })).data.decideNomination.errors)
      .toEqual([{ field: 'nominationId', code: ERROR_CODES.NOMINATION_WRONG_STATE }]);
    // The expiry is emitted like any transition.
    expect(await emitted(n.nomination.id)).toEqual(['PENDING', 'EXPIRED']);
    // A started cohort takes no new nominations.
    expect((await nominate(org, c, 'Eko Kominfo Dua')).errors).toEqual([{ field: 'cohortId', code: ERROR_CODES.NOMINATION_COHORT_NOT_OPEN }]);
  });

  it("asks the nominee's supervisor first when the program says so", async () => {
    // Dewi supervises Citra; she signs in as a participant through an invitation.
    const sup = await org.gql('mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { errors { code } } }', {
      i: { id: people['Citra Dinkes Tiga']!.id, version: 1, supervisorId: people['Dewi Dinkes Atasan']!.id },
    });
    expect(sup.data.updatePerson.errors).toEqual([]);
    const invite = (await org.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: people['Dewi Dinkes Atasan']!.id })).data.createInvitation;
    const redeemed = await server.gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', {
      i: { nip: people['Dewi Dinkes Atasan']!.nip, code: invite.code, password: 'atasan-dinkes-2026!' },
    });
    expect(redeemed.data.redeemInvitation.errors).toEqual([]);
    const dewi = await server.signIn(people['Dewi Dinkes Atasan']!.nip, 'atasan-dinkes-2026!');

    const c = await openCohort('NOM-SUP', 20, 5, strictProgramId);
    const n = await nominate(hrDinkes, c, 'Citra Dinkes Tiga');
    expect(n.nomination.status).toBe('SUPERVISOR_PENDING');
    expect((await org.gql(DECIDE, { i: { nominationId: n.nomination.id, decision: 'ACCEPT' } })).data.decideNomination.errors)
      .toEqual([{ field: 'nominationId', code: ERROR_CODES.NOMINATION_WRONG_STATE }]);
    // The supervisor sees the nomination of the person she supervises, and approves it.
    expect((await dewi.gql(LIST, { f: { cohortId: c } })).data.nominations.nodes.map((x: any) => x.person.name)).toEqual(['Citra Dinkes Tiga']);
    expect((await dewi.gql(SUPERVISOR, { i: { nominationId: n.nomination.id, approve: false } })).data.decideNominationAsSupervisor.errors)
      .toEqual([{ field: 'note', code: ERROR_CODES.NOMINATION_REASON_REQUIRED }]);
    const approved = (await dewi.gql(SUPERVISOR, { i: { nominationId: n.nomination.id, approve: true, note: 'Didukung' } })).data.decideNominationAsSupervisor;
    expect(approved).toEqual({ nomination: { id: n.nomination.id, status: 'PENDING', supervisorNote: 'Didukung' }, errors: [] });
    // Someone else's subordinate: Dewi is not Agus's supervisor.
    const m = await nominate(hrDinkes, c, 'Agus Dinkes Dua');
    expect((await dewi.gql(SUPERVISOR, { i: { nominationId: m.nomination.id, approve: true } })).data.decideNominationAsSupervisor.errors)
      .toEqual([{ field: 'nominationId', code: ERROR_CODES.NOT_FOUND }]);
    // An organizer may decide the supervisor stage too, and then accept.
    expect((await org.gql(SUPERVISOR, { i: { nominationId: m.nomination.id, approve: true } })).data.decideNominationAsSupervisor.nomination.status).toBe('PENDING');
    expect((await org.gql(DECIDE, { i: { nominationId: n.nomination.id, decision: 'ACCEPT' } })).data.decideNomination.nomination.status).toBe('ACCEPTED');
  });

  it("counts the agency's eselon I–II officials: roster, nominated and trained in the year", async () => {
    // The year the cohorts 20 days out run in: Bambang, Citra and Agus were nominated by Dinkes for them.
    const year = Number(day(20).slice(0, 4));
    const summary = (await hrDinkes.gql('query($y: Int) { agencyLeaderSummary(year: $y) { agency { code } year roster nominated trained } }', { y: year })).data.agencyLeaderSummary;
    // Dinkes' eselon II: Bambang, Agus, Citra, Dewi; Rina (pelaksana) is not counted though nominated.
    expect(summary).toEqual({ agency: { code: 'DINKES-UJI' }, year, roster: 4, nominated: 3, trained: 0 });
    // Another agency's summary is not the HR officer's to read.
    expect((await hrDinkes.gql('query($a: ID) { agencyLeaderSummary(agencyId: $a) { roster } }', { a: agencies['DISKOMINFO-UJI'] })).data.agencyLeaderSummary).toBeNull();
  });
});
