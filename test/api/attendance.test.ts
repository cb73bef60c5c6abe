import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';

const PERIOD = 3;
let server: RunningServer;
let org: Client;
let cohortId: string;
let moduleId: string;
let people: { id: string; nip: string; client: Client }[] = [];

const iso = (ms: number) => new Date(ms).toISOString();
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const APPLY = 'mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id jp } errors { code } } }';
const RECORD = 'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { attendances { status note recordedBy } errors { field code } } }';

/** A session of the test cohort from `startMin` to `endMin` minutes from now. */
async function session(startMin: number, endMin: number): Promise<{ id: string; jp: number }> {
  const res = await org.gql(APPLY, { c: cohortId, ops: [{ moduleId, startsAt: iso(Date.now() + startMin * 60_000), endsAt: iso(Date.now() + endMin * 60_000) }] });
  expect(res.data.applySchedule.errors).toEqual([]);
  return res.data.applySchedule.sessions[0];
}

beforeAll(async () => {
  server = await startServer({ seed: 'demo', env: { LINTAS_CHECKIN_PERIOD_SECONDS: String(PERIOD) } });
  org = await server.signIn(...DEMO.organizerBabel);
  const program = (await org.gql('{ programs(first: 10) { nodes { id code modules(first: 1) { nodes { id } } } } }')).data.programs.nodes.find((p: any) => p.code === 'PKP');
  moduleId = program.modules.nodes[0].id;
  const d = today();
  const created = await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
    i: { programId: program.id, code: 'PKP-UJI-HADIR', name: 'PKP uji kehadiran', startDate: d, endDate: d, capacity: 10 },
  });
  cohortId = created.data.createCohort.cohort.id;
  const iv = (await org.gql('{ persons(first: 3, filter: { eselonGroups: [IV] }) { nodes { id nip } } }')).data.persons.nodes;
  await org.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { code } } }', { c: cohortId, p: iv.map((p: any) => p.id) });
  for (const p of iv) {
    const code = (await org.gql('mutation($p: ID!) { createInvitation(personId: $p) { code } }', { p: p.id })).data.createInvitation.code;
    await server.client().gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: p.nip, code, password: 'kata-sandi-uji-1' } });
    people.push({ ...p, client: await server.signIn(p.nip, 'kata-sandi-uji-1') });
  }
}, 90_000);
afterAll(() => server?.stop());

describe('recording attendance', () => {
  it('takes many people at once, the last write winning, with who recorded it', async () => {
    const s = await session(-120, -30);
    const first = (await org.gql(RECORD, { s: s.id, e: people.map((p) => ({ personId: p.id, status: 'PRESENT' })) })).data.recordAttendance;
    expect(first.errors).toEqual([]);
    const again = (await org.gql(RECORD, { s: s.id, e: [{ personId: people[0]!.id, status: 'SICK', note: 'surat dokter' }] })).data.recordAttendance;
    expect(again.attendances).toEqual([{ status: 'SICK', note: 'surat dokter', recordedBy: 'Rahmawati (BKPSDMD Babel)' }]);
    const list = (await org.gql('query($s: ID!) { node(id: $s) { ... on Session { attendances(first: 10) { totalCount nodes { status person { id } } } } } }', { s: s.id })).data.node.attendances;
    expect(list.totalCount).toBe(3);
    expect(list.nodes.find((n: any) => n.person.id === people[0]!.id).status).toBe('SICK');
  });

  it('refuses everyone when one is not enrolled in the cohort', async () => {
    const s = await session(-240, -200);
    const outsider = (await org.gql('{ persons(first: 1, filter: { eselonGroups: [JF] }) { nodes { id } } }')).data.persons.nodes[0].id;
    const res = (await org.gql(RECORD, { s: s.id, e: [{ personId: people[1]!.id, status: 'PRESENT' }, { personId: outsider, status: 'PRESENT' }] })).data.recordAttendance;
    expect(res).toEqual({ attendances: [], errors: [{ field: 'entries.1.personId', code: ERROR_CODES.NOT_ENROLLED }] });
    const list = (await org.gql('query($s: ID!) { node(id: $s) { ... on Session { attendances(first: 10) { totalCount } } } }', { s: s.id })).data.node.attendances;
    expect(list.totalCount).toBe(0);
  });

  it('marks the unrecorded absent once the session has ended, not before', async () => {
    const running = await session(-10, 50);
    const MARK = 'mutation($s: ID!) { markUnrecordedAbsent(sessionId: $s) { attendances { status } errors { code } } }';
    expect((await org.gql(MARK, { s: running.id })).data.markUnrecordedAbsent.errors).toEqual([{ code: ERROR_CODES.SESSION_NOT_ENDED }]);
    const ended = await session(-300, -260);
    await org.gql(RECORD, { s: ended.id, e: [{ personId: people[0]!.id, status: 'PRESENT' }] });
    const marked = (await org.gql(MARK, { s: ended.id })).data.markUnrecordedAbsent;
    expect(marked.attendances).toEqual([{ status: 'ABSENT' }, { status: 'ABSENT' }]);
  });
});

describe('self check-in', () => {
  const CHECK = 'mutation($c: String!) { checkIn(code: $c) { attendance { status checkInAt } errors { code } } }';
  const CODE = 'query($s: ID!) { checkInCode(sessionId: $s) { code expiresAt open url } }';

  it('accepts the current code once, refuses a code after it rotated, and opens and closes with the window', async () => {
    const s = await session(-5, 60);
    const shown = (await org.gql(CODE, { s: s.id })).data.checkInCode;
    expect(shown).toMatchObject({ open: true, code: expect.stringMatching(/^\d{6}$/) });
    expect(shown.url).toContain(shown.code);
    // Use the code well inside its period.
    let code = shown.code;
    if (new Date(shown.expiresAt).getTime() - Date.now() < 1200) {
      await new Promise((r) => setTimeout(r, new Date(shown.expiresAt).getTime() - Date.now() + 100));
      code = (await org.gql(CODE, { s: s.id })).data.checkInCode.code;
    }
    const ok = (await people[0]!.client.gql(CHECK, { c: code })).data.checkIn;
    expect(ok).toMatchObject({ errors: [], attendance: { status: 'PRESENT' } });
    expect((await people[0]!.client.gql(CHECK, { c: code })).data.checkIn.errors).toEqual([{ code: ERROR_CODES.ALREADY_CHECKED_IN }]);
    // After rotation the old code is worth nothing.
    await new Promise((r) => setTimeout(r, PERIOD * 1000 + 200));
    const fresh = (await org.gql(CODE, { s: s.id })).data.checkInCode.code;
    if (fresh !== code) expect((await people[1]!.client.gql(CHECK, { c: code })).data.checkIn.errors).toEqual([{ code: ERROR_CODES.CHECKIN_CODE_INVALID }]);
    expect((await people[1]!.client.gql(CHECK, { c: '000000' === fresh ? '111111' : '000000' })).data.checkIn.errors).toEqual([{ code: ERROR_CODES.CHECKIN_CODE_INVALID }]);
  });

  it('marks late after the grace minutes', async () => {
    const s = await session(-25, 40);
    const { code } = (await org.gql(CODE, { s: s.id })).data.checkInCode;
    const r = (await people[2]!.client.gql(CHECK, { c: code })).data.checkIn;
    expect(r.errors).toEqual([]);
    expect(r.attendance.status).toBe('LATE');
  });

  it('is closed before the window opens and after the session ends', async () => {
    // Cancel every open session of the cohort, then only a future one (beyond 30 minutes) and an ended one remain.
    const open = (await org.gql('query($c: ID!) { node(id: $c) { ... on Cohort { sessions(first: 100) { nodes { id startsAt endsAt } } } } }', { c: cohortId })).data.node.sessions.nodes
      .filter((x: any) => new Date(x.endsAt).getTime() > Date.now());
    await org.gql(APPLY, { c: cohortId, ops: open.map((x: any) => ({ id: x.id, cancel: true })) });
    const later = await session(35, 90);
    const { code } = (await org.gql(CODE, { s: later.id })).data.checkInCode;
    expect((await org.gql(CODE, { s: later.id })).data.checkInCode.open).toBe(false);
    expect((await people[1]!.client.gql(CHECK, { c: code })).data.checkIn.errors).toEqual([{ code: ERROR_CODES.CHECKIN_CLOSED }]);
  });
});

describe('JP and completion', () => {
  it('count present and late as earned, leave excused and official duty out, and complete at the threshold when the cohort closes', async () => {
    const d = '2027-01-04';
    const program = (await org.gql('{ programs(first: 10) { nodes { id code modules(first: 1) { nodes { id } } } } }')).data.programs.nodes.find((p: any) => p.code === 'PKP');
    const c = (await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } } }', { i: { programId: program.id, code: 'PKP-UJI-JP', name: 'PKP uji JP', startDate: d, endDate: d, capacity: 10, completionThreshold: 0.75 } })).data.createCohort.cohort.id;
    await org.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { code } } }', { c, p: people.map((p) => p.id) });
    const at = (h: number, jp: number) => ({ moduleId: program.modules.nodes[0].id, startsAt: `${d}T0${h}:00:00Z`, endsAt: iso(Date.parse(`${d}T0${h}:00:00Z`) + jp * 45 * 60_000) });
    const s = (await org.gql(APPLY, { c, ops: [at(1, 2), at(3, 1), at(5, 1)] })).data.applySchedule.sessions;
    expect(s.map((x: any) => x.jp)).toEqual([2, 1, 1]);
    const plan: Record<number, string[]> = { 0: ['PRESENT', 'EXCUSED', 'ABSENT'], 1: ['LATE', 'PRESENT', 'PRESENT'], 2: ['PRESENT', 'OFFICIAL_DUTY', 'SICK'] };
    for (let k = 0; k < 3; k++) {
      await org.gql(RECORD, { s: s[k].id, e: people.map((p, i) => ({ personId: p.id, status: plan[i]![k] })) });
    }
    const Q = 'query($c: ID!) { node(id: $c) { ... on Cohort { enrollments(first: 10) { nodes { status jpScheduled jpEarned jpExempt completionRate meetsThreshold person { id } } } } } }';
    const rows = (await org.gql(Q, { c })).data.node.enrollments.nodes;
    const of = (i: number) => rows.find((r: any) => r.person.id === people[i]!.id);
    expect(of(0)).toMatchObject({ jpScheduled: 4, jpEarned: 2, jpExempt: 1, completionRate: 2 / 3, meetsThreshold: false });
    expect(of(1)).toMatchObject({ jpScheduled: 4, jpEarned: 4, jpExempt: 0, completionRate: 1, meetsThreshold: true });
    expect(of(2)).toMatchObject({ jpEarned: 2, jpExempt: 1, completionRate: 2 / 3, meetsThreshold: false });
    // A change of attendance shows at once.
    await org.gql(RECORD, { s: s[2].id, e: [{ personId: people[2]!.id, status: 'PRESENT' }] });
    expect(of(2)).toBeDefined();
    expect((await org.gql(Q, { c })).data.node.enrollments.nodes.find((r: any) => r.person.id === people[2]!.id)).toMatchObject({ jpEarned: 3, completionRate: 1 });
    for (const status of ['OPEN', 'RUNNING', 'CLOSED']) await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: c, status } });
    const closed = (await org.gql(Q, { c })).data.node.enrollments.nodes;
    expect(closed.find((r: any) => r.person.id === people[0]!.id).status).toBe('ENROLLED');
    expect(closed.find((r: any) => r.person.id === people[1]!.id).status).toBe('COMPLETED');
    expect(closed.find((r: any) => r.person.id === people[2]!.id).status).toBe('COMPLETED');
  });

  it('warns about people below the threshold and absent several times in a row', async () => {
    const dla = (await org.gql('{ cohort(code: "DLA-2026-02") { id } }')).data.cohort.id;
    const w = (await org.gql('query($c: ID!) { attendanceWarnings(cohortId: $c) { kind jpEarned jpPossible consecutiveAbsences person { name } } }', { c: dla })).data.attendanceWarnings;
    expect(w.map((x: any) => x.kind)).toEqual(expect.arrayContaining(['BELOW_THRESHOLD', 'CONSECUTIVE_ABSENCES']));
    for (const x of w.filter((x: any) => x.kind === 'BELOW_THRESHOLD')) expect(x.jpEarned / x.jpPossible).toBeLessThan(0.8);
    for (const x of w.filter((x: any) => x.kind === 'CONSECUTIVE_ABSENCES')) expect(x.consecutiveAbsences).toBeGreaterThanOrEqual(3);
  });
});

describe('reverse mentoring', () => {
  it('needs a younger mentor, allows one pair per person, and suggests the same distinct pairs every time', async () => {
    const dla = (await org.gql('{ cohort(code: "DLA-2026-02") { id enrollments(first: 50, statuses: [ENROLLED]) { nodes { person { id generation agency { id } } } } } }')).data.cohort;
    const SUGGEST = 'query($c: ID!) { suggestMentoringPairs(cohortId: $c) { mentor { id generation agency { id } } mentee { id generation eselonGroup agency { id } } } }';
    const one = (await org.gql(SUGGEST, { c: dla.id })).data.suggestMentoringPairs;
    expect(one).toEqual((await org.gql(SUGGEST, { c: dla.id })).data.suggestMentoringPairs);
    const ids = one.flatMap((p: any) => [p.mentor.id, p.mentee.id]);
    expect(new Set(ids).size).toBe(ids.length);
    const rank = ['BOOMER', 'GEN_X', 'GEN_Y', 'GEN_Z', 'GEN_ALPHA'];
    for (const p of one) {
      expect(rank.indexOf(p.mentor.generation)).toBeGreaterThan(rank.indexOf(p.mentee.generation));
      expect(p.mentor.agency.id).not.toBe(p.mentee.agency.id);
    }
    const CREATE = 'mutation($c: ID!, $m: ID!, $e: ID!) { createMentoringPair(cohortId: $c, mentorId: $m, menteeId: $e) { pair { id } errors { field code } } }';
    const [s] = one;
    const backwards = (await org.gql(CREATE, { c: dla.id, m: s.mentee.id, e: s.mentor.id })).data.createMentoringPair.errors.map((e: any) => e.code);
    expect(backwards).toContain(ERROR_CODES.MENTEE_NOT_ENROLLED);
    const created = (await org.gql(CREATE, { c: dla.id, m: s.mentor.id, e: s.mentee.id })).data.createMentoringPair;
    expect(created.errors).toEqual([]);
    expect((await org.gql(CREATE, { c: dla.id, m: s.mentor.id, e: one[1].mentee.id })).data.createMentoringPair.errors).toEqual([{ field: 'mentorId', code: ERROR_CODES.ALREADY_PAIRED }]);
    const older = dla.enrollments.nodes.find((e: any) => e.person.generation === 'GEN_X' && e.person.id !== s.mentee.id).person.id;
    const notYounger = (await org.gql(CREATE, { c: dla.id, m: older, e: s.mentee.id })).data.createMentoringPair.errors.map((e: any) => e.code);
    expect(notYounger).toContain(ERROR_CODES.MENTOR_NOT_YOUNGER);
    const meeting = await org.gql('mutation($i: MeetingInput!) { logMentoringMeeting(input: $i) { meeting { minutes topic } errors { code } } }', { i: { pairId: created.pair.id, date: '2026-11-26', minutes: 60, topic: 'Dasbor Looker Studio' } });
    expect(meeting.data.logMentoringMeeting).toEqual({ meeting: { minutes: 60, topic: 'Dasbor Looker Studio' }, errors: [] });
    expect(one.length).toBeGreaterThan(0);
  });
});

describe('assessments', () => {
  it('take scores 0–100 of enrolled people, by hand or by CSV, all or none', async () => {
    const REC = 'mutation($c: ID!, $e: [AssessmentEntryInput!]!) { recordAssessments(cohortId: $c, entries: $e) { assessments { kind score } errors { field code } } }';
    const bad = (await org.gql(REC, { c: cohortId, e: [{ personId: people[0]!.id, kind: 'PRE', score: 70 }, { personId: people[1]!.id, kind: 'PRE', score: 101 }] })).data.recordAssessments;
    expect(bad).toEqual({ assessments: [], errors: [{ field: 'entries.1.score', code: ERROR_CODES.OUT_OF_RANGE }] });
    const ok = (await org.gql(REC, { c: cohortId, e: [{ personId: people[0]!.id, kind: 'PRE', score: 70 }] })).data.recordAssessments;
    expect(ok).toEqual({ assessments: [{ kind: 'PRE', score: 70 }], errors: [] });
    const csv = `nip,kind,score\n${people[0]!.nip},post,88\n${people[1]!.nip},PRE,55\n`;
    const imported = (await org.gql('mutation($c: ID!, $csv: String!) { importAssessments(cohortId: $c, csv: $csv) { assessments { kind score } errors { code } } }', { c: cohortId, csv })).data.importAssessments;
    expect(imported).toEqual({ assessments: [{ kind: 'POST', score: 88 }, { kind: 'PRE', score: 55 }], errors: [] });
    const all = (await org.gql('query($c: ID!) { assessments(cohortId: $c, first: 10) { totalCount } }', { c: cohortId })).data.assessments.totalCount;
    expect(all).toBe(3);
  });
});
