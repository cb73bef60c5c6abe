import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_COHORT, UPDATE_PERSON, UPDATE_PROGRAM, mutate } from '../support/catalogue.js';
import { newAcademy } from '../support/new-academy.js';
import { startServer, type Client, type RunningServer } from '../support/server.js';

/**
 * The outbox without an SMTP server: nothing fails, notices are kept as NOT_SENT_NO_SMTP with
 * a preview of what would have been sent. Attendance warnings go to the participant and, when
 * the program says so, the supervisor; a person's notices are in their data export and go
 * with erasure. Empty install, SQLite or PostgreSQL.
 */
let server: RunningServer;
let admin: Client;
const people: Record<string, { id: string; version: number }> = {};
let cohortId: string;
let sessionId: string;

const NOTICES = `query($f: NotificationFilter) { notifications(first: 100, filter: $f) { totalCount nodes {
  kind status sentTo person { name } preview { subject text html } } } }`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
const hour = (h: number) => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + h * 3_600_000).toISOString();

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
}

beforeAll(async () => {
  server = await startServer({ seed: 'none', env: { LINTAS_NOTICE_POLL_MS: '50', LINTAS_REMINDER_HOURS: '0' } });
  ({ admin } = await newAcademy(server));
  const roster = (await server.gql('{ persons(first: 10) { nodes { id name version } } }')).data.persons.nodes;
  for (const [key, name] of [['bambang', 'Bambang Uji Baru'], ['hendra', 'Hendra Uji Baru']] as const) {
    const p = roster.find((r: any) => r.name === name);
    people[key] = p;
  }
  // Hendra is Bambang's supervisor; both have addresses; the program e-mails warnings to supervisors.
  const hendra = await mutate(server, 'updatePerson', UPDATE_PERSON, { i: { id: people.hendra!.id, version: people.hendra!.version, email: 'hendra@instansi.uji' } });
  expect(hendra.errors).toEqual([]);
  const bambang = await mutate(server, 'updatePerson', UPDATE_PERSON, { i: { id: people.bambang!.id, version: people.bambang!.version, email: 'bambang@instansi.uji', supervisorId: people.hendra!.id } });
  expect(bambang.errors).toEqual([]);
  const program = (await server.gql('{ programs(first: 5) { nodes { id version modules(first: 5) { nodes { id } } } } }')).data.programs.nodes[0];
  const updated = await mutate(server, 'updateProgram', UPDATE_PROGRAM, { i: { id: program.id, version: program.version, warnSupervisor: true } });
  expect(updated.errors).toEqual([]);
  const cohort = await mutate(server, 'createCohort', CREATE_COHORT, { i: { programId: program.id, code: 'DLA-UJI-KOTAK', name: 'DLA Kotak Keluar', startDate: day(-2), endDate: day(30), capacity: 20, online: true } });
  expect(cohort.errors).toEqual([]);
  cohortId = cohort.cohort.id;
  const enrolled = await server.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { code } } }', { c: cohortId, p: [people.bambang!.id] });
  expect(enrolled.data.enroll.errors).toEqual([]);
  // A session that is over, where Bambang was absent.
  const s = (await server.gql('mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { sessions { id } errors { code } } }', {
    i: { cohortId, moduleId: program.modules.nodes[0].id, startsAt: hour(-30), endsAt: hour(-27), onlineUrl: 'https://rapat.uji/dla', force: true },
  })).data.scheduleSession;
  expect(s.errors).toEqual([]);
  sessionId = s.sessions[0].id;
  const recorded = await server.gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }', {
    s: s.sessions[0].id, e: [{ personId: people.bambang!.id, status: 'ABSENT' }],
  });
  expect(recorded.data.recordAttendance.errors).toEqual([]);
}, 180_000);
afterAll(() => server?.stop());

describe('the outbox without SMTP', () => {
  it('keeps attendance warnings to the participant and the supervisor as would-have-been-sent, with a preview', async () => {
    const list = await until(() => server.gql(NOTICES, { f: { kind: 'ATTENDANCE_WARNING' } }).then((r) => r.data.notifications), (l) => l.nodes.every((n: any) => n.status !== 'PENDING'));
    expect(list.totalCount).toBe(2);
    const byName = Object.fromEntries(list.nodes.map((n: any) => [n.person.name, n]));
    expect(byName['Bambang Uji Baru']).toMatchObject({ status: 'NOT_SENT_NO_SMTP', sentTo: 'bambang@instansi.uji' });
    expect(byName['Bambang Uji Baru'].preview.subject).toBe('Peringatan kehadiran: DLA-UJI-KOTAK');
    expect(byName['Hendra Uji Baru'].preview.text).toContain('Peserta: Bambang Uji Baru');
    // Recording the same attendance again writes no second warning.
    const recorded = await server.gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }', {
      s: sessionId, e: [{ personId: people.bambang!.id, status: 'ABSENT', note: 'lagi' }],
    });
    expect(recorded.data.recordAttendance.errors).toEqual([]);
    const again = await server.gql(NOTICES, { f: { kind: 'ATTENDANCE_WARNING' } });
    expect(again.data.notifications.totalCount).toBe(2);
  });

  it('escapes names in the HTML part', async () => {
    const p = (await server.gql('{ persons(first: 10) { nodes { id name version } } }')).data.persons.nodes.find((x: any) => x.name === 'Hendra Uji Baru');
    expect((await mutate(server, 'updatePerson', UPDATE_PERSON, { i: { id: p.id, version: p.version, name: 'Hendra <b>Uji</b> Baru' } })).errors).toEqual([]);
    const inv = (await server.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: p.id })).data.createInvitation;
    expect(inv.errors).toEqual([]);
    const list = await until(() => server.gql(NOTICES, { f: { kind: 'INVITATION' } }).then((r) => r.data.notifications), (l) => l.totalCount === 1 && l.nodes[0].status !== 'PENDING');
    expect(list.nodes[0].status).toBe('NOT_SENT_NO_SMTP');
    expect(list.nodes[0].preview.html).toContain('Hendra &lt;b&gt;Uji&lt;/b&gt; Baru');
    expect(list.nodes[0].preview.html).not.toContain('<b>Uji</b>');
    // The code is not kept in the outbox once rendered for it.
    expect(list.nodes[0].preview.text).not.toContain(inv.code);
  });

  it("puts a person's address and notices in their data export, and erasure removes both", async () => {
    const exported = (await admin.gql('mutation($p: ID!) { exportPersonData(personId: $p) { data errors { code } } }', { p: people.bambang!.id })).data.exportPersonData;
    expect(exported.errors).toEqual([]);
    expect(exported.data.person.email).toBe('bambang@instansi.uji');
    expect(exported.data.notifications.map((n: any) => n.kind)).toEqual(['ATTENDANCE_WARNING']);
    const erased = (await admin.gql('mutation($p: ID!) { erasePerson(personId: $p) { errors { code } } }', { p: people.bambang!.id })).data.erasePerson;
    expect(erased.errors).toEqual([]);
    expect((await server.gql(NOTICES, { f: { personId: people.bambang!.id } })).data.notifications.totalCount).toBe(0);
    const after = (await admin.gql('mutation($p: ID!) { exportPersonData(personId: $p) { data } }', { p: people.bambang!.id })).data.exportPersonData.data;
    expect(after.person.email).toBeNull();
    expect(after.notifications).toEqual([]);
  });
});
