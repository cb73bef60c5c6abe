import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { CREATE_COHORT, UPDATE_AGENCY, UPDATE_PERSON, mutate } from '../support/catalogue.js';
import { newAcademy } from '../support/new-academy.js';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from '../support/smtp.js';

/**
 * E-mail notices through a real SMTP server started here (smtp-server), which refuses the
 * first attempts: schedule changes and cancellations with their ICS, reminders, an invitation
 * whose link works, opt-out, and a restart in the middle of the queue. Every message arrives
 * exactly once (counted by Message-ID). On an empty install, SQLite or PostgreSQL.
 */
let smtp: SmtpReceiver;
let server: RunningServer;
let cohortId: string;
let moduleId: string;
let venueId: string;
const people: Record<string, { id: string; nip: string; email: string }> = {};

const SCHEDULE = 'mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { sessions { id version } errors { code } } }';
const MOVE = 'mutation($i: MoveSessionInput!) { moveSession(input: $i) { sessions { id version } errors { code } } }';
const CANCEL = 'mutation($id: ID!) { deleteSession(id: $id) { errors { code } } }';
const NOTICES = `query($f: NotificationFilter) { notifications(first: 100, filter: $f) { totalCount nodes {
  kind status attempts messageId sentTo lastErrorCode person { name } preview { subject text attachments } } } }`;
const PREFS = 'mutation($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { person { noticesOff noticeLocale } errors { field code } } }';

/** Whole hours from now, as an instant on the hour (the cohort runs from yesterday for 30 days). */
const hoursAhead = (h: number) => new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + h * 3_600_000).toISOString();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
const to = (who: string) => (m: ReceivedMail) => m.to.includes(people[who]!.email);

async function schedule(startsIn: number, hours = 3): Promise<{ id: string; version: number }> {
  const res = (await server.gql(SCHEDULE, { i: { cohortId, moduleId, venueId, startsAt: hoursAhead(startsIn), endsAt: hoursAhead(startsIn + hours), force: true } })).data.scheduleSession;
  expect(res.errors).toEqual([]);
  return res.sessions[0];
}

beforeAll(async () => {
  smtp = await startSmtpReceiver({ refuseRcpt: 2, refuseData: 1 });
  server = await startServer({
    seed: 'none',
    env: {
      SMTP_URL: smtp.url, SMTP_FROM: 'Lintas Uji <lintas@uji.test>', LINTAS_PUBLIC_URL: 'http://lintas.uji',
      LINTAS_NOTICE_POLL_MS: '50', LINTAS_NOTICE_BACKOFF_MS: '50', LINTAS_NOTICE_BACKOFF_MAX_MS: '200', LINTAS_NOTICE_TIMEOUT_MS: '5000',
      LINTAS_REMINDER_HOURS: '24', LINTAS_REMINDER_SWEEP_MS: '100',
    },
  });
  await newAcademy(server);
  // Bambang works in Bangka (WIB) on the roster; his agency is moved to WITA so his notices are in his own zone, not the cohort's.
  const agencies = (await server.gql('{ agencies(first: 10) { nodes { id code version } } }')).data.agencies.nodes;
  const dinkes = agencies.find((a: any) => a.code === 'DINKES-UJI');
  expect((await mutate(server, 'updateAgency', UPDATE_AGENCY, { i: { id: dinkes.id, version: dinkes.version, timeZone: 'WITA' } })).errors).toEqual([]);
  const roster = (await server.gql('{ persons(first: 10) { nodes { id name nip version } } }')).data.persons.nodes;
  for (const [key, name] of [['bambang', 'Bambang Uji Baru'], ['hendra', 'Hendra Uji Baru']] as const) {
    const p = roster.find((r: any) => r.name === name);
    const email = `${key}@instansi.uji`;
    expect((await mutate(server, 'updatePerson', UPDATE_PERSON, { i: { id: p.id, version: p.version, email } })).errors).toEqual([]);
    people[key] = { id: p.id, nip: p.nip, email };
  }
  const program = (await server.gql('{ programs(first: 5) { nodes { id modules(first: 5) { nodes { id title } } } } }')).data.programs.nodes[0];
  moduleId = program.modules.nodes.find((m: any) => m.title === 'Kepemimpinan digital').id;
  venueId = (await server.gql('{ venues(first: 5) { nodes { id } } }')).data.venues.nodes[0].id;
  const cohort = await mutate(server, 'createCohort', CREATE_COHORT, { i: { programId: program.id, code: 'DLA-UJI-SUREL', name: 'DLA Angkatan Surel', startDate: day(-1), endDate: day(30), capacity: 20, venueId } });
  expect(cohort.errors).toEqual([]);
  cohortId = cohort.cohort.id;
  const enrolled = await server.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { code } } }', { c: cohortId, p: [people.bambang!.id, people.hendra!.id] });
  expect(enrolled.data.enroll.errors).toEqual([]);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

describe('e-mail notices through a real SMTP server', () => {
  it('tells each participant of a moved session once, in their own zone, with an ICS update, despite refused attempts', async () => {
    const s = await schedule(24 * 10);
    const moved = (await server.gql(MOVE, { i: { id: s.id, version: s.version, startsAt: hoursAhead(24 * 11), endsAt: hoursAhead(24 * 11 + 3), force: true } })).data.moveSession;
    expect(moved.errors).toEqual([]);
    const mails = await smtp.waitFor((m) => m.filter((x) => x.subject.startsWith('Jadwal berubah')).length >= 2);
    expect(smtp.refusals()).toBeGreaterThanOrEqual(3);
    const mail = mails.find((m) => m.subject.startsWith('Jadwal berubah') && to('bambang')(m))!;
    expect(mail.subject).toBe('Jadwal berubah: Kepemimpinan digital');
    // The session's start is on the hour in UTC; Bambang reads it in WITA (UTC+8), Hendra in WIB.
    const start = new Date(hoursAhead(24 * 11));
    const wita = `${String((start.getUTCHours() + 8) % 24).padStart(2, '0')}.00`;
    expect(mail.text).toContain(`${wita}–`);
    expect(mail.text).toMatch(/ WITA\b/);
    expect(mail.text).toContain('Aula Utama BPSDMD');
    expect(mail.html).toContain('<strong>Tempat:</strong>');
    const hendra = mails.find((m) => m.subject.startsWith('Jadwal berubah') && to('hendra')(m))!;
    expect(hendra.text).toMatch(/ WIB\b/);
    const ics = mail.attachments.find((a) => a.filename.endsWith('.ics'))!;
    expect(ics.content).toContain('METHOD:REQUEST');
    const events = Object.values(ical.sync.parseICS(ics.content)).filter((e: any) => e.type === 'VEVENT') as any[];
    expect(events).toHaveLength(1);
    expect(new Date(events[0].start).toISOString()).toBe(start.toISOString());
    expect(events[0].uid).toMatch(/^session-\d+@lintas$/);
    expect(events[0].location).toBe('Aula Utama BPSDMD');
  });

  it('tells of a cancellation with an ICS CANCEL', async () => {
    const s = await schedule(24 * 12);
    expect((await server.gql(CANCEL, { id: s.id })).data.deleteSession.errors).toEqual([]);
    const mails = await smtp.waitFor((m) => m.filter((x) => x.subject.startsWith('Sesi dibatalkan')).length >= 2);
    const mail = mails.find((m) => m.subject.startsWith('Sesi dibatalkan') && to('hendra')(m))!;
    const ics = mail.attachments.find((a) => a.filename.endsWith('.ics'))!;
    expect(ics.content).toContain('METHOD:CANCEL');
    expect(ics.content).toContain('STATUS:CANCELLED');
  });

  it('reminds each participant of a session starting within 24 hours, once', async () => {
    await schedule(3);
    const mails = await smtp.waitFor((m) => m.filter((x) => x.subject.startsWith('Pengingat')).length >= 2);
    const reminders = mails.filter((x) => x.subject.startsWith('Pengingat'));
    expect(reminders.map((m) => m.to).sort()).toEqual([people.bambang!.email, people.hendra!.email]);
    // The sweep runs every 100 ms; more sweeps write nothing more.
    await new Promise((r) => setTimeout(r, 600));
    const listed = (await server.gql(NOTICES, { f: { kind: 'SESSION_REMINDER' } })).data.notifications;
    expect(listed.totalCount).toBe(2);
  });

  it('sends an invitation link that sets a password, and keeps no code once sent', async () => {
    const inv = (await server.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: people.hendra!.id })).data.createInvitation;
    expect(inv.errors).toEqual([]);
    const [mail] = (await smtp.waitFor((m) => m.some((x) => x.subject.startsWith('Undangan Lintas')))).filter((x) => x.subject.startsWith('Undangan Lintas'));
    expect(mail!.to).toBe(people.hendra!.email);
    const link = /http:\/\/lintas\.uji\/undangan\?kode=([A-Za-z0-9%-]+)/.exec(mail!.text);
    expect(link).not.toBeNull();
    const code = decodeURIComponent(link![1]!);
    const anonymous = server.client({});
    const REDEEM = 'mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { viewer { role } errors { code } } }';
    const redeemed = (await anonymous.gql(REDEEM, { i: { nip: people.hendra!.nip, code, password: 'sandi-dari-surel-2026' } })).data.redeemInvitation;
    expect(redeemed).toEqual({ viewer: { role: 'PARTICIPANT' }, errors: [] });
    const row = (await server.gql(NOTICES, { f: { kind: 'INVITATION' } })).data.notifications.nodes[0];
    expect(row.status).toBe('SENT');
    expect(row.sentTo).toBe(people.hendra!.email);
    expect(row.preview.text).not.toContain(code);
  });

  it('respects an opt-out, records the skip, and refuses to turn off a mandatory kind', async () => {
    const hendra: Client = await server.signIn(people.hendra!.nip, 'sandi-dari-surel-2026');
    expect((await hendra.gql(PREFS, { i: { off: ['SESSION_CANCELLED'] } })).data.setNotificationPreferences.errors).toEqual([{ field: 'off', code: ERROR_CODES.NOTICE_MANDATORY }]);
    const set = (await hendra.gql(PREFS, { i: { off: ['SESSION_REMINDER'], locale: 'en' } })).data.setNotificationPreferences;
    expect(set).toEqual({ person: { noticesOff: ['SESSION_REMINDER'], noticeLocale: 'en' }, errors: [] });
    const before = smtp.received.length;
    await schedule(5);
    await smtp.waitFor((m) => m.slice(before).some((x) => x.subject.startsWith('Pengingat') && to('bambang')(x)));
    const skipped = (await server.gql(NOTICES, { f: { personId: people.hendra!.id, kind: 'SESSION_REMINDER', status: 'SKIPPED_OPTED_OUT' } })).data.notifications;
    expect(skipped.totalCount).toBe(1);
    expect(smtp.received.slice(before).filter(to('hendra'))).toEqual([]);
    // The participant sees their own notices only, and in English from now on.
    const own = (await hendra.gql(NOTICES, {})).data.notifications.nodes;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((n: any) => n.person.name === 'Hendra Uji Baru')).toBe(true);
    const s = await schedule(24 * 13);
    expect((await server.gql(CANCEL, { id: s.id })).data.deleteSession.errors).toEqual([]);
    const mails = await smtp.waitFor((m) => m.some((x) => x.subject.startsWith('Session cancelled') && to('hendra')(x)));
    expect(mails.find((x) => x.subject.startsWith('Session cancelled'))!.text).toMatch(/ WIB\b/);
  });

  it('a restart in the middle of the queue loses nothing and sends nothing twice', async () => {
    smtp.slowDown(150);
    const before = smtp.received.length;
    const sessions = [await schedule(24 * 14), await schedule(24 * 15), await schedule(24 * 16)];
    for (const s of sessions) expect((await server.gql(CANCEL, { id: s.id })).data.deleteSession.errors).toEqual([]);
    await smtp.waitFor((m) => m.length > before);
    await server.restart('SIGTERM');
    await smtp.waitFor((m) => m.slice(before).filter((x) => x.subject.startsWith('Sesi dibatalkan') || x.subject.startsWith('Session cancelled')).length >= 6);
    smtp.slowDown(0);
    const sent = (await server.gql(NOTICES, { f: { status: 'SENT' } })).data.notifications;
    const ids = smtp.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(sent.nodes.map((n: any) => n.messageId).sort());
    expect((await server.gql(NOTICES, { f: { status: 'PENDING' } })).data.notifications.totalCount).toBe(0);
  });

  it('masks addresses for a token without the roster scope, and shows them to the academy', async () => {
    const made = (await server.gql('mutation { createApiToken(input: { name: "jadwal", scopes: ["schedule:read"] }) { token errors { code } } }')).data.createApiToken;
    expect(made.errors).toEqual([]);
    const reader = server.client({ authorization: `Bearer ${made.token}` });
    const Q = 'query($id: ID!) { node(id: $id) { ... on Person { email } } }';
    expect((await reader.gql(Q, { id: people.bambang!.id })).data.node).toEqual({ email: 'b***@instansi.uji' });
    expect((await server.gql(Q, { id: people.bambang!.id })).data.node).toEqual({ email: people.bambang!.email });
  });
});
