import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { ERROR_CODES, JP_MINUTES, SCHEDULE_ISSUE_PARAM_NAMES, SCHEDULE_ISSUES, isScheduleIssueCode } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { adminClient } from '../support/auth.js';

let server: RunningServer;
let org: Client;

const PARAMS = `params { ${SCHEDULE_ISSUE_PARAM_NAMES.join(' ')} }`;
const ISSUES = `query($c: ID!) { scheduleConflicts(cohortId: $c) { code severity message sessionId otherSessionId otherCohortCode personCount ${PARAMS} } }`;
const APPLY = `mutation($c: ID!, $ops: [ScheduleOperationInput!]!, $force: Boolean) {
  applySchedule(cohortId: $c, operations: $ops, force: $force) {
    sessions { id version status startsAt endsAt } issues { code severity message otherCohortCode otherSessionId index ${PARAMS} } errors { field code }
  }
}`;

/** Every issue has a code of the shared list, its severity, every param that code promises and no other. */
function expectWordable(issues: any[]) {
  for (const i of issues) {
    expect(isScheduleIssueCode(i.code), i.code).toBe(true);
    const spec = SCHEDULE_ISSUES[i.code as keyof typeof SCHEDULE_ISSUES];
    expect(i.severity, i.code).toBe(spec.severity);
    const promised: readonly string[] = spec.params;
    const filled = Object.entries(i.params).filter(([, v]) => v !== null).map(([k]) => k).sort();
    expect(filled, i.code).toEqual([...promised].sort());
  }
}
const cohort = async (code: string) =>
  (await org.gql(`query($c: String!) { cohort(code: $c) { id startDate endDate timeZone program { modules(first: 20) { nodes { id code jp crossGeneration } } }
    sessions(first: 100) { totalCount nodes { id version startsAt endsAt module { id code } venue { id name } facilitator { id name } } } } }`, { c: code })).data.cohort;

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  org = await server.signIn(...DEMO.organizerBabel);
}, 60_000);
afterAll(() => server?.stop());

describe('the demo schedule', () => {
  it('gives every running cohort a complete, conflict-free schedule', async () => {
    for (const code of ['DLA-2026-02', 'PKN-II-2026-01', 'PKP-2026-02']) {
      const c = await cohort(code);
      expect(c.sessions.totalCount).toBeGreaterThan(0);
      const issues = (await org.gql(ISSUES, { c: c.id })).data.scheduleConflicts;
      expect(issues.filter((i: any) => i.severity === 'CONFLICT')).toEqual([]);
      expect(issues.filter((i: any) => i.code === ERROR_CODES.JP_MISMATCH)).toEqual([]);
    }
  });
});

describe('conflicts', () => {
  it('refuse a double-booked venue and facilitator unless forced, naming both sides', async () => {
    const dla = await cohort('DLA-2026-02');
    const pkp = await cohort('PKP-2026-02');
    const other = pkp.sessions.nodes[0];
    const module = dla.program.modules.nodes[0];
    const op = { moduleId: module.id, startsAt: other.startsAt, endsAt: other.endsAt, venueId: other.venue.id, facilitatorId: other.facilitator.id };
    const refused = (await org.gql(APPLY, { c: dla.id, ops: [op] })).data.applySchedule;
    expect(refused.errors).toEqual([{ field: 'force', code: ERROR_CODES.HARD_CONFLICTS }]);
    expect(refused.sessions).toEqual([]);
    const codes = refused.issues.filter((i: any) => i.severity === 'CONFLICT').map((i: any) => i.code);
    expect(codes).toEqual(expect.arrayContaining([ERROR_CODES.VENUE_DOUBLE_BOOKED, ERROR_CODES.FACILITATOR_DOUBLE_BOOKED]));
    const venue = refused.issues.find((i: any) => i.code === ERROR_CODES.VENUE_DOUBLE_BOOKED);
    expect(venue).toMatchObject({ otherCohortCode: 'PKP-2026-02', otherSessionId: other.id, index: 0 });
    expect(venue.message).toContain(other.venue.name);
    expectWordable(refused.issues);
    expect(venue.params).toMatchObject({ venueName: other.venue.name, otherCohortCode: 'PKP-2026-02', otherStartsAt: other.startsAt });
    const facilitator = refused.issues.find((i: any) => i.code === ERROR_CODES.FACILITATOR_DOUBLE_BOOKED);
    expect(facilitator.params).toMatchObject({ facilitatorName: other.facilitator.name, otherCohortCode: 'PKP-2026-02', otherStartsAt: other.startsAt });
    expect((await cohort('DLA-2026-02')).sessions.totalCount).toBe(dla.sessions.totalCount);
    const forced = (await org.gql(APPLY, { c: dla.id, ops: [op], force: true })).data.applySchedule;
    expect(forced.errors).toEqual([]);
    expect(forced.sessions).toHaveLength(1);
    const current = (await org.gql(ISSUES, { c: dla.id })).data.scheduleConflicts;
    expectWordable(current);
    const now = current.map((i: any) => i.code);
    expect(now).toEqual(expect.arrayContaining([ERROR_CODES.VENUE_DOUBLE_BOOKED, ERROR_CODES.FACILITATOR_DOUBLE_BOOKED]));
    // The module now has more JP than planned: the warning gives both numbers.
    const jp = current.find((i: any) => i.code === ERROR_CODES.JP_MISMATCH && i.params.moduleCode === module.code);
    const extra = Math.round(((Date.parse(other.endsAt) - Date.parse(other.startsAt)) / 60_000 / JP_MINUTES) * 100) / 100;
    expect(jp.params).toMatchObject({ plannedJp: module.jp, scheduledJp: module.jp + extra });
    // Cancel it again: the schedule is clean.
    await org.gql(APPLY, { c: dla.id, ops: [{ id: forced.sessions[0].id, cancel: true }] });
    expect((await org.gql(ISSUES, { c: dla.id })).data.scheduleConflicts.filter((i: any) => i.severity === 'CONFLICT')).toEqual([]);
  });

  it('refuse sessions outside the cohort, ending before they start, or overlapping the cohort itself; warn on holidays, hours and JP', async () => {
    const dla = await cohort('DLA-2026-02');
    const mod = dla.program.modules.nodes[1].id;
    const first = dla.sessions.nodes[0];
    const res = (await org.gql(APPLY, { c: dla.id, ops: [
      { moduleId: mod, startsAt: '2027-06-01T02:00:00Z', endsAt: '2027-06-01T03:00:00Z' },
      { moduleId: mod, startsAt: '2026-11-25T03:00:00Z', endsAt: '2026-11-25T02:00:00Z' },
      { moduleId: mod, startsAt: first.startsAt, endsAt: first.endsAt },
      { moduleId: mod, startsAt: '2026-11-28T13:00:00Z', endsAt: '2026-11-28T14:00:00Z' },
      { moduleId: mod, startsAt: '2026-12-25T02:00:00Z', endsAt: '2026-12-25T03:30:00Z' },
    ] })).data.applySchedule;
    expectWordable(res.issues);
    const param = (i: number, code: string) => res.issues.find((x: any) => x.index === i && x.code === code)?.params;
    expect(param(0, ERROR_CODES.OUTSIDE_COHORT_DATES)).toMatchObject({ cohortStartDate: dla.startDate, cohortEndDate: dla.endDate });
    expect(param(2, ERROR_CODES.PERSON_DOUBLE_BOOKED)).toMatchObject({ otherCohortCode: 'DLA-2026-02', otherStartsAt: first.startsAt });
    expect(param(2, ERROR_CODES.PERSON_DOUBLE_BOOKED).personCount).toBeGreaterThan(0);
    expect(param(3, ERROR_CODES.OUTSIDE_WORKING_HOURS)).toMatchObject({ timeZone: dla.timeZone, workdayStart: '07:30', workdayEnd: '16:00' });
    expect(param(4, ERROR_CODES.HOLIDAY)).toMatchObject({ date: '2026-12-25', holidayName: 'Hari Raya Natal' });
    // JP of the module as the schedule would be: its planned JP (the demo is complete) plus the new sessions' (the reversed one counts 0).
    const m1 = dla.program.modules.nodes[1];
    const added = (60 + (Date.parse(first.endsAt) - Date.parse(first.startsAt)) / 60_000 + 60 + 90) / JP_MINUTES;
    const jp = res.issues.find((x: any) => x.code === ERROR_CODES.JP_MISMATCH);
    expect(jp).toMatchObject({ severity: 'WARNING', index: null, params: { moduleCode: m1.code, plannedJp: m1.jp, scheduledJp: Math.round((m1.jp + added) * 100) / 100 } });
    expect(jp.message).toContain(`${jp.params.scheduledJp} JP scheduled, ${m1.jp} JP planned`);
    const by = (i: number) => res.issues.filter((x: any) => x.index === i).map((x: any) => x.code);
    expect(by(0)).toContain(ERROR_CODES.OUTSIDE_COHORT_DATES);
    expect(by(1)).toContain(ERROR_CODES.END_NOT_AFTER_START);
    expect(by(2)).toContain(ERROR_CODES.PERSON_DOUBLE_BOOKED);
    expect(by(3)).toContain(ERROR_CODES.OUTSIDE_WORKING_HOURS);
    expect(res.issues.map((x: any) => x.code)).toContain(ERROR_CODES.JP_MISMATCH);
    expect(res.sessions).toEqual([]);
  });

  it('finds an enrolled person double-booked across cohorts and academies', async () => {
    const admin = (await adminClient(server)).client;
    const dla = await cohort('DLA-2026-02');
    const pkn = await cohort('PKN-II-2026-01');
    const someone = (await org.gql(`{ cohort(code: "DLA-2026-02") { enrollments(first: 1, statuses: [ENROLLED]) { nodes { person { id } } } } }`)).data.cohort.enrollments.nodes[0].person.id;
    const enrolled = await admin.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji" }) { enrollments { status } errors { code } } }', { c: pkn.id, p: [someone] });
    expect(enrolled.data.enroll.errors).toEqual([]);
    const issues = (await org.gql(ISSUES, { c: dla.id })).data.scheduleConflicts.filter((i: any) => i.code === ERROR_CODES.PERSON_DOUBLE_BOOKED);
    const overlapping = dla.sessions.nodes.some((a: any) => pkn.sessions.nodes.some((b: any) => a.startsAt < b.endsAt && b.startsAt < a.endsAt));
    if (overlapping) {
      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]).toMatchObject({ otherCohortCode: 'PKN-II-2026-01', personCount: 1, params: { otherCohortCode: 'PKN-II-2026-01', personCount: 1 } });
      expectWordable(issues);
    } else {
      // The demo keeps them apart; make an overlap on purpose.
      const s = pkn.sessions.nodes[0];
      const res = (await org.gql(APPLY, { c: dla.id, ops: [{ moduleId: dla.program.modules.nodes[0].id, startsAt: s.startsAt, endsAt: s.endsAt }] })).data.applySchedule;
      expect(res.issues).toContainEqual(expect.objectContaining({ code: ERROR_CODES.PERSON_DOUBLE_BOOKED, otherCohortCode: 'PKN-II-2026-01' }));
      expect(res.issues.find((i: any) => i.otherCohortCode === 'PKN-II-2026-01').params).toMatchObject({ otherCohortCode: 'PKN-II-2026-01', personCount: 1, otherStartsAt: s.startsAt });
      expectWordable(res.issues);
    }
  });

  it('refuses a move with a stale version', async () => {
    const dla = await cohort('DLA-2026-02');
    const s = dla.sessions.nodes.at(-1);
    const MOVE = 'mutation($i: MoveSessionInput!) { moveSession(input: $i) { sessions { version } errors { code } } }';
    const later = (d: string, min: number) => new Date(new Date(d).getTime() + min * 60_000).toISOString();
    const moved = (await org.gql(MOVE, { i: { id: s.id, version: s.version, startsAt: later(s.startsAt, 0), endsAt: later(s.endsAt, -45) } })).data.moveSession;
    expect(moved.errors).toEqual([]);
    expect(moved.sessions[0].version).toBe(s.version + 1);
    const stale = (await org.gql(MOVE, { i: { id: s.id, version: s.version, startsAt: s.startsAt, endsAt: s.endsAt } })).data.moveSession;
    expect(stale.errors).toEqual([{ code: ERROR_CODES.VERSION_CONFLICT }]);
  });
});

describe('autoSchedule', () => {
  it('proposes a complete, conflict-free schedule that applySchedule accepts, the same every time', async () => {
    const c = await cohort('PKA-2027-01');
    const AUTO = 'mutation($c: ID!) { autoSchedule(cohortId: $c) { complete proposal { module { id } startsAt endsAt jp venue { id } facilitator { id } } unplaced { reason } errors { code } } }';
    const one = (await org.gql(AUTO, { c: c.id })).data.autoSchedule;
    const two = (await org.gql(AUTO, { c: c.id })).data.autoSchedule;
    expect(one.complete).toBe(true);
    expect(one).toEqual(two);
    const planned = c.program.modules.nodes.reduce((n: number, m: any) => n + m.jp, 0);
    expect(one.proposal.reduce((n: number, p: any) => n + p.jp, 0)).toBe(planned);
    const ops = one.proposal.map((p: any) => ({ moduleId: p.module.id, startsAt: p.startsAt, endsAt: p.endsAt, venueId: p.venue?.id ?? null, facilitatorId: p.facilitator?.id ?? null }));
    const applied = (await org.gql(APPLY, { c: c.id, ops })).data.applySchedule;
    expect(applied.errors).toEqual([]);
    expect(applied.issues.filter((i: any) => i.severity === 'CONFLICT')).toEqual([]);
    expect((await org.gql(ISSUES, { c: c.id })).data.scheduleConflicts).toEqual([]);
  });
});

describe("a participant's own schedule", () => {
  it('comes in their zone with the zone named, and as an iCalendar feed with stable UIDs', async () => {
    const admin = (await adminClient(server)).client;
    // A participant enrolled in a cohort (the demo's coach also signs in as a participant, with no sessions of her own).
    const p = (await admin.gql('{ accounts(first: 20) { nodes { role person { nip enrollments(first: 1) { totalCount } } } } }')).data.accounts.nodes
      .filter((a: any) => a.role === 'PARTICIPANT' && a.person.enrollments.totalCount > 0)[0].person.nip;
    const me = await server.signIn(p, DEMO.participantPassword);
    const entries = (await me.gql(`{ mySchedule(from: "2020-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z") { date startTime endTime zone title place cohortCode session { id startsAt endsAt version module { title } venue { name } cohort { code } } } }`)).data.mySchedule;
    expect(entries.length).toBeGreaterThan(0);
    // In time order, each entry naming its own session's module, venue and cohort.
    expect(entries.map((e: any) => e.session.startsAt)).toEqual([...entries.map((e: any) => e.session.startsAt)].sort());
    for (const e of entries) {
      expect(e.title).toBe(e.session.module.title);
      expect(e.cohortCode).toBe(e.session.cohort.code);
      if (e.session.venue) expect(e.place).toBe(e.session.venue.name);
    }
    // A window holds exactly the sessions that overlap it.
    const [one] = entries;
    const narrow = (await me.gql(`query($from: DateTimeISO!, $to: DateTimeISO!) { mySchedule(from: $from, to: $to) { session { id } } }`, { from: one.session.startsAt, to: one.session.endsAt })).data.mySchedule;
    const overlapping = entries.filter((e: any) => e.session.startsAt < one.session.endsAt && e.session.endsAt > one.session.startsAt).map((e: any) => e.session.id);
    expect(narrow.map((e: any) => e.session.id)).toEqual(overlapping);
    for (const e of entries) {
      expect(e.zone).toBe('WIB');
      const utc = new Date(e.session.startsAt);
      const local = new Date(utc.getTime() + 7 * 3_600_000);
      expect(e.startTime).toBe(local.toISOString().slice(11, 16));
      expect(e.date).toBe(local.toISOString().slice(0, 10));
    }
    const url = (await me.gql('mutation { issueCalendarFeed { url errors { code } } }')).data.issueCalendarFeed.url;
    expect(url).toMatch(/\/calendar\/[\w-]+\.ics$/);
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await res.text();
    expect(text).toMatch(/BEGIN:VTIMEZONE[\s\S]*TZID:Asia\/Jakarta/);
    const parsed = Object.values(ical.sync.parseICS(text)).filter((x: any) => x.type === 'VEVENT') as any[];
    // Every session of the schedule is in the feed; the rest are the person's community meetings.
    expect(parsed.filter((x) => String(x.uid).startsWith('session-'))).toHaveLength(entries.length);
    expect(parsed.filter((x) => !String(x.uid).startsWith('session-')).every((x) => String(x.uid).startsWith('community-meeting-'))).toBe(true);
    for (const e of entries) {
      const ev = parsed.find((x) => x.uid === `session-${Buffer.from(e.session.id, 'base64url').toString().split(':')[1]}@lintas`);
      expect(ev).toBeDefined();
      expect(new Date(ev.start).toISOString()).toBe(new Date(e.session.startsAt).toISOString());
      expect(Number(ev.sequence)).toBe(e.session.version);
    }
    // A cancelled session stays in the feed, marked cancelled, with its SEQUENCE bumped.
    const target = entries.find((e: any) => new Date(e.session.startsAt) > new Date('2026-11-25T00:00:00Z')) ?? entries.at(-1);
    const cancelled = (await org.gql('mutation($id: ID!) { deleteSession(id: $id) { sessions { status version } errors { code } } }', { id: target.session.id })).data.deleteSession;
    expect(cancelled).toEqual({ sessions: [{ status: 'CANCELLED', version: target.session.version + 1 }], errors: [] });
    const after = Object.values(ical.sync.parseICS(await (await fetch(url)).text())).find((x: any) => x.uid === `session-${Buffer.from(target.session.id, 'base64url').toString().split(':')[1]}@lintas`) as any;
    expect(after.status).toBe('CANCELLED');
    expect(Number(after.sequence)).toBe(target.session.version + 1);
    // A new address retires the old one.
    const again = (await me.gql('mutation { issueCalendarFeed { url } }')).data.issueCalendarFeed.url;
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(again)).status).toBe(200);
  });

  it('shows a WITA participant their times in WITA', async () => {
    const admin = (await adminClient(server)).client;
    const sulselParticipant = (await admin.gql('{ accounts(first: 20) { nodes { role person { nip agency { timeZone } } } } }')).data.accounts.nodes.find((a: any) => a.role === 'PARTICIPANT' && a.person.agency.timeZone === 'WITA');
    expect(sulselParticipant).toBeDefined();
    // Enrol them in a running Babel cohort (an academy may take people from elsewhere).
    const dla = await cohort('DLA-2026-02');
    const person = (await admin.gql('query($n: String!) { person(nip: $n) { id } }', { n: sulselParticipant.person.nip })).data.person;
    const r = await admin.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { enrollments { status } errors { code } } }', { c: dla.id, p: [person.id] });
    expect(r.data.enroll.errors).toEqual([]);
    const me = await server.signIn(sulselParticipant.person.nip, DEMO.participantPassword);
    const entries = (await me.gql('{ mySchedule(from: "2026-11-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { startTime zone session { startsAt } } }')).data.mySchedule;
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.zone).toBe('WITA');
      expect(e.startTime).toBe(new Date(new Date(e.session.startsAt).getTime() + 8 * 3_600_000).toISOString().slice(11, 16));
    }
    const feed = (await me.gql('mutation { issueCalendarFeed { url } }')).data.issueCalendarFeed.url;
    expect(await (await fetch(feed)).text()).toMatch(/TZID:Asia\/Makassar/);
  });
});
