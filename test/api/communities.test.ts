import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { ERROR_CODES } from '@lintas/shared';
import { CREATE_ACADEMY, CREATE_FACILITATOR, CREATE_VENUE, mutate } from '../support/catalogue.js';
import { cohortWithSession, participant, peopleByName, wibAt, wibDay } from '../support/communities.js';
import { newAcademy } from '../support/new-academy.js';
import { startServer, type Client, type RunningServer } from '../support/server.js';

/**
 * Communities of practice over HTTP, on an empty install built through the API: joining with
 * and without approval; meetings under the sessions' conflict rule and in the member's
 * calendar feed; micro-learning completed once, by a right answer only; communityMix against
 * a hand count; another academy sees none of it. Statement counts: sql-statements.test.ts.
 */
let server: RunningServer;
let org: Client;
let admin: Client;
let bambang: Client; // Gen X, eselon II
let dimas: Client; // Gen Z, pelaksana: the facilitator
let sari: Client; // Gen Y, JF
let rina: Client; // Gen Y, pelaksana: in no community
let people: Record<string, { id: string; nip: string }>;
let data: string; // asks for approval
let open: string; // does not

const CREATE = 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { community { id name requiresApproval memberCount } errors { field code } } }';
const JOIN = 'mutation($i: JoinCommunityInput!) { joinCommunity(input: $i) { member { id status role person { name } } errors { field code } } }';
const APPROVE = 'mutation($m: ID!, $a: Boolean) { approveCommunityMember(memberId: $m, approve: $a) { member { id status } errors { field code } } }';
const MEET = `mutation($i: ScheduleCommunityMeetingInput!) { scheduleCommunityMeeting(input: $i) {
  meeting { id title startsAt endsAt version } issues { code severity otherSessionId params { personCount otherCohortCode } } errors { field code } } }`;
const UNIT = 'mutation($i: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $i) { unit { id minutes questions { prompt choices } } errors { field code } } }';
const COMPLETE = 'mutation($i: CompleteMicroLearningInput!) { completeMicroLearning(input: $i) { minutesEarned unit { id completedByMe } errors { field code } } }';
const THREAD = 'mutation($i: CreateCommunityThreadInput!) { createCommunityThread(input: $i) { thread { id title authorName } errors { field code } } }';
const POST = 'mutation($i: AddCommunityPostInput!) { addCommunityPost(input: $i) { post { id body authorName } errors { field code } } }';
const MIX = `query($f: CommunityMixFilter) { communityMix(filter: $f) { communities
  byGeneration { generation members activeMembers postsAuthored postsConsumed unitsAuthored unitsConsumed itemsAuthored itemsConsumed consumedFromOtherGenerations }
  byEselon { group members activeMembers } } }`;
const ITEM = 'mutation($i: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $i) { item { id } errors { field code } } }';
const PUBLISH = 'mutation($id: ID!) { publishKnowledgeItem(id: $id) { item { status } errors { field code } } }';
const OPEN_ITEM = 'query($id: ID!) { node(id: $id) { ... on KnowledgeItem { title bodyHtml } } }';
const question = (answer: number) => ({ prompt: 'Apa langkah pertama analisis data?', choices: ['Menetapkan pertanyaan', 'Membuat grafik', 'Mencetak laporan'], answer });

let units: string[] = [];

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  ({ admin } = await newAcademy(server));
  org = server;
  people = await peopleByName(org);
  bambang = await participant(server, org, people['Bambang Uji Baru']!);
  dimas = await participant(server, org, people['Dimas Uji Baru']!);
  const d = (await org.gql(CREATE, { i: { name: 'Komunitas Keputusan Berbasis Data', competencyArea: 'DATA_DRIVEN_DECISIONS', requiresApproval: true, facilitatorIds: [people['Dimas Uji Baru']!.id], description: 'Belajar membaca data bersama, lintas generasi.' } })).data.createCommunity;
  expect(d.errors).toEqual([]);
  expect(d.community).toMatchObject({ requiresApproval: true, memberCount: 1 });
  data = d.community.id;
  const o = (await org.gql(CREATE, { i: { name: 'Komunitas Literasi Digital', competencyArea: 'DIGITAL_LITERACY', facilitatorIds: [] } })).data.createCommunity;
  expect(o.errors).toEqual([]);
  open = o.community.id;
}, 180_000);
afterAll(() => server?.stop());

describe('joining', () => {
  it('waits for a facilitator when the community asks for approval, and is at once when it does not', async () => {
    const asked = (await bambang.gql(JOIN, { i: { communityId: data } })).data.joinCommunity;
    expect(asked).toMatchObject({ member: { status: 'PENDING', role: 'MEMBER', person: { name: 'Bambang Uji Baru' } }, errors: [] });
    // Not a facilitator: cannot approve himself.
    expect((await bambang.gql(APPROVE, { m: asked.member.id })).data.approveCommunityMember.errors).toEqual([{ field: 'memberId', code: ERROR_CODES.COMMUNITY_NOT_FACILITATOR }]);
    // Pending: cannot write yet.
    expect((await bambang.gql(THREAD, { i: { communityId: data, title: 'Halo', body: 'Halo semua' } })).data.createCommunityThread.errors).toEqual([{ field: 'communityId', code: ERROR_CODES.COMMUNITY_NOT_MEMBER }]);
    expect((await dimas.gql(APPROVE, { m: asked.member.id })).data.approveCommunityMember).toEqual({ member: { id: asked.member.id, status: 'ACTIVE' }, errors: [] });
    expect((await dimas.gql(APPROVE, { m: asked.member.id })).data.approveCommunityMember.errors).toEqual([{ field: 'memberId', code: ERROR_CODES.COMMUNITY_WRONG_STATE }]);
    expect((await bambang.gql(JOIN, { i: { communityId: data } })).data.joinCommunity.errors).toEqual([{ field: 'personId', code: ERROR_CODES.COMMUNITY_ALREADY_MEMBER }]);

    const direct = (await bambang.gql(JOIN, { i: { communityId: open } })).data.joinCommunity;
    expect(direct.member.status).toBe('ACTIVE');
    // Staff add anyone of the academy, active at once; a participant cannot add someone else.
    expect((await org.gql(JOIN, { i: { communityId: open, personId: people['Sari Uji Baru']!.id } })).data.joinCommunity.member.status).toBe('ACTIVE');
    expect((await dimas.gql(JOIN, { i: { communityId: open, personId: people['Rina Uji Baru']!.id } })).data.joinCommunity.errors).toEqual([{ field: 'personId', code: ERROR_CODES.NOT_FOUND }]);
    // A participant lists the academy's communities, with their own membership.
    const seen = (await bambang.gql('{ communities(first: 10) { totalCount nodes { name memberCount myMembership { status } } } }')).data.communities;
    expect(seen.totalCount).toBe(2);
    expect(seen.nodes.map((c: any) => [c.name, c.memberCount, c.myMembership?.status])).toEqual([
      ['Komunitas Keputusan Berbasis Data', 2, 'ACTIVE'], ['Komunitas Literasi Digital', 2, 'ACTIVE'],
    ]);
  });

  it('refusing a request removes it', async () => {
    rina = await participant(server, org, people['Rina Uji Baru']!);
    const asked = (await rina.gql(JOIN, { i: { communityId: data } })).data.joinCommunity;
    expect(asked.member.status).toBe('PENDING');
    expect((await org.gql(APPROVE, { m: asked.member.id, a: false })).data.approveCommunityMember).toEqual({ member: null, errors: [] });
    expect((await rina.gql(`{ communities(first: 10) { nodes { name myMembership { status } } } }`)).data.communities.nodes.every((c: any) => c.myMembership === null)).toBe(true);
  });
});

describe('meetings', () => {
  it("follow the sessions' conflict rule, and sit in the member's calendar feed", async () => {
    // Bambang is seated in a cohort with a session 10:00–12:00 WIB in 10 days.
    const { sessionId } = await cohortWithSession(org, 'KOM-2026', 8, [people['Bambang Uji Baru']!.id], { startsAt: wibAt(10, 10), endsAt: wibAt(10, 12) });
    // A member seated in a session then is a warning only: a voluntary meeting does not block training, nor does training block it.
    const warned = (await dimas.gql(MEET, { i: { communityId: data, title: 'Kopi pagi', startsAt: wibAt(10, 11), endsAt: wibAt(10, 12), onlineUrl: 'https://meet.example.test/komunitas' } })).data.scheduleCommunityMeeting;
    expect(warned.errors).toEqual([]);
    expect(warned.issues).toEqual([{ code: ERROR_CODES.MEMBER_IN_COMMUNITY_MEETING, severity: 'WARNING', otherSessionId: sessionId, params: { personCount: 1, otherCohortCode: 'KOM-2026' } }]);
    // Another meeting of his communities at the same time is a double booking.
    const clash = (await dimas.gql(MEET, { i: { communityId: data, title: 'Membaca dasbor', startsAt: wibAt(10, 11, 30), endsAt: wibAt(10, 12, 30), onlineUrl: 'https://meet.example.test/komunitas' } })).data.scheduleCommunityMeeting;
    expect(clash.meeting).toBeNull();
    expect(clash.errors).toEqual([{ field: 'startsAt', code: ERROR_CODES.COMMUNITY_MEETING_CONFLICT }]);
    expect(clash.issues.map((i: any) => [i.code, i.severity, i.params.otherCohortCode])).toEqual([
      [ERROR_CODES.MEMBER_IN_COMMUNITY_MEETING, 'WARNING', 'KOM-2026'], [ERROR_CODES.PERSON_DOUBLE_BOOKED, 'CONFLICT', 'Komunitas Keputusan Berbasis Data'],
    ]);
    // Touching ends do not overlap; an end before the start is refused even when forced.
    const after = (await dimas.gql(MEET, { i: { communityId: data, title: 'Membaca dasbor', startsAt: wibAt(10, 12), endsAt: wibAt(10, 13), onlineUrl: 'https://meet.example.test/komunitas' } })).data.scheduleCommunityMeeting;
    expect(after.errors).toEqual([]);
    expect(after.issues).toEqual([]);
    const backwards = (await dimas.gql(MEET, { i: { communityId: data, title: 'Salah', startsAt: wibAt(11, 13), endsAt: wibAt(11, 12), force: true } })).data.scheduleCommunityMeeting;
    expect(backwards.issues.map((i: any) => i.code)).toEqual([ERROR_CODES.END_NOT_AFTER_START]);
    expect(backwards.meeting).toBeNull();
    // Another community's meeting at the same time clashes for the member of both; forced, it is scheduled.
    const other = (await org.gql(MEET, { i: { communityId: open, title: 'Literasi', startsAt: wibAt(10, 12, 30), endsAt: wibAt(10, 13, 30) } })).data.scheduleCommunityMeeting;
    expect(other.errors.map((e: any) => e.code)).toEqual([ERROR_CODES.COMMUNITY_MEETING_CONFLICT]);
    expect(other.issues.map((i: any) => [i.code, i.params.otherCohortCode])).toEqual([[ERROR_CODES.PERSON_DOUBLE_BOOKED, 'Komunitas Keputusan Berbasis Data']]);
    expect((await org.gql(MEET, { i: { communityId: open, title: 'Literasi', startsAt: wibAt(10, 12, 30), endsAt: wibAt(10, 13, 30), force: true } })).data.scheduleCommunityMeeting.errors).toEqual([]);
    // A participant who is not a facilitator cannot schedule.
    expect((await bambang.gql(MEET, { i: { communityId: data, title: 'X', startsAt: wibAt(12, 9), endsAt: wibAt(12, 10) } })).data.scheduleCommunityMeeting.errors).toEqual([{ field: 'communityId', code: ERROR_CODES.COMMUNITY_NOT_FACILITATOR }]);

    const url = (await bambang.gql('mutation { issueCalendarFeed { url errors { code } } }')).data.issueCalendarFeed.url;
    const events = Object.values(ical.sync.parseICS(await (await fetch(url)).text())).filter((x: any) => x.type === 'VEVENT') as any[];
    const meetingId = Buffer.from(after.meeting.id, 'base64url').toString().split(':')[1];
    const ev = events.find((e) => e.uid === `community-meeting-${meetingId}@lintas`);
    expect(ev).toBeDefined();
    expect(new Date(ev.start).toISOString()).toBe(after.meeting.startsAt);
    expect(String(ev.summary)).toContain('Membaca dasbor');
    // Sessions stay in the feed beside the meetings: one session, three meetings (two of one community, one of the other).
    expect(events.filter((e) => String(e.uid).startsWith('session-'))).toHaveLength(1);
    expect(events.filter((e) => String(e.uid).startsWith('community-meeting-'))).toHaveLength(3);
  });

  it('are seen by sessions and the automatic schedule: a venue or a facilitator taken is hard, members in a meeting a warning', async () => {
    const SCHEDULE = `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { sessions { id } issues { code severity params { personCount otherCohortCode venueName facilitatorName } } errors { code } } }`;
    const madeVenue = await mutate(org, 'createVenue', CREATE_VENUE, { i: { code: 'ruang-komunitas', name: 'Ruang Komunitas', capacity: 30, timeZone: 'WIB', address: 'Jl. Merdeka 1' } });
    expect(madeVenue.errors).toEqual([]);
    const venue = madeVenue.venue.id;
    // Dimas, who facilitates the data community, also teaches sessions.
    const madeFacilitator = await mutate(org, 'createFacilitator', CREATE_FACILITATOR, { i: { name: 'Dimas Uji Baru', kind: 'WIDYAISWARA', personId: people['Dimas Uji Baru']!.id } });
    expect(madeFacilitator.errors).toEqual([]);
    const facilitator = madeFacilitator.facilitator.id;
    // A cohort of Hendra (in no community) from day 20, its first working day taken by a meeting of the data community in that venue, 08:00–15:00.
    const firstWorkday = [20, 21, 22, 23].find((o) => ![0, 6].includes(new Date(`${wibDay(o)}T12:00:00+07:00`).getUTCDay()))!;
    const last = firstWorkday + 1;
    const { cohortId } = await cohortWithSession(org, 'KOM-2027', firstWorkday, [people['Hendra Uji Baru']!.id], { startsAt: wibAt(firstWorkday + 4, 14), endsAt: wibAt(firstWorkday + 4, 15) });
    const meeting = (await dimas.gql(MEET, { i: { communityId: data, title: 'Lokakarya dasbor', startsAt: wibAt(firstWorkday, 8), endsAt: wibAt(firstWorkday, 15), venueId: venue } })).data.scheduleCommunityMeeting;
    expect(meeting.errors).toEqual([]);
    const dla = (await org.gql('{ programs(first: 10) { nodes { code modules(first: 5) { nodes { id } } } } }')).data.programs.nodes.find((p: any) => p.code === 'DLA');
    const moduleId = dla.modules.nodes[0].id;
    const at = { cohortId, moduleId, startsAt: wibAt(firstWorkday, 9), endsAt: wibAt(firstWorkday, 11) };
    const byVenue = (await org.gql(SCHEDULE, { i: { ...at, venueId: venue } })).data.scheduleSession;
    expect(byVenue.errors.map((e: any) => e.code)).toEqual([ERROR_CODES.HARD_CONFLICTS]);
    expect(byVenue.issues.filter((i: any) => i.severity === 'CONFLICT').map((i: any) => [i.code, i.params.otherCohortCode, i.params.venueName])).toEqual([[ERROR_CODES.VENUE_DOUBLE_BOOKED, 'Komunitas Keputusan Berbasis Data', 'Ruang Komunitas']]);
    const byFacilitator = (await org.gql(SCHEDULE, { i: { ...at, facilitatorId: facilitator, onlineUrl: 'https://meet.example.test/kelas' } })).data.scheduleSession;
    expect(byFacilitator.issues.filter((i: any) => i.severity === 'CONFLICT').map((i: any) => [i.code, i.params.otherCohortCode, i.params.facilitatorName])).toEqual([[ERROR_CODES.FACILITATOR_DOUBLE_BOOKED, 'Komunitas Keputusan Berbasis Data', 'Dimas Uji Baru']]);
    // Neither: Hendra is in no community, so nothing about the meeting.
    const free = (await org.gql(SCHEDULE, { i: { ...at, onlineUrl: 'https://meet.example.test/kelas', force: true } })).data.scheduleSession;
    expect(free.issues.filter((i: any) => i.params.otherCohortCode === 'Komunitas Keputusan Berbasis Data')).toEqual([]);
    // Bambang's cohort at the time of the 12:00–13:00 meeting (data) and the 12:30–13:30 one (literacy): a warning each, saved without force.
    const kom = (await org.gql('{ cohorts(first: 50) { nodes { id code } } }')).data.cohorts.nodes.find((c: any) => c.code === 'KOM-2026').id;
    const warned = (await org.gql(SCHEDULE, { i: { cohortId: kom, moduleId, startsAt: wibAt(10, 12), endsAt: wibAt(10, 13), onlineUrl: 'https://meet.example.test/kelas' } })).data.scheduleSession;
    expect(warned.issues.filter((i: any) => i.code === ERROR_CODES.MEMBER_IN_COMMUNITY_MEETING).map((i: any) => [i.severity, i.params.personCount, i.params.otherCohortCode]).sort((a: any, b: any) => a[2].localeCompare(b[2])))
      .toEqual([['WARNING', 1, 'Komunitas Keputusan Berbasis Data'], ['WARNING', 1, 'Komunitas Literasi Digital']]);
    expect(warned.errors).toEqual([]);
    expect(warned.sessions).toHaveLength(1);

    // The other way: Dimas teaches KOM-2027 on its last day 09:00–11:00, so his community cannot meet then (hard), unless forced.
    expect((await org.gql(SCHEDULE, { i: { ...at, startsAt: wibAt(last, 9), endsAt: wibAt(last, 11), facilitatorId: facilitator, onlineUrl: 'https://meet.example.test/kelas', force: true } })).data.scheduleSession.errors).toEqual([]);
    const taught = (await dimas.gql(MEET, { i: { communityId: data, title: 'Bentrok', startsAt: wibAt(last, 10), endsAt: wibAt(last, 12), onlineUrl: 'https://meet.example.test/komunitas' } })).data.scheduleCommunityMeeting;
    expect(taught.errors).toEqual([{ field: 'startsAt', code: ERROR_CODES.COMMUNITY_MEETING_CONFLICT }]);
    expect(taught.issues.map((i: any) => [i.code, i.severity, i.params.otherCohortCode])).toEqual([[ERROR_CODES.FACILITATOR_DOUBLE_BOOKED, 'CONFLICT', 'KOM-2027']]);

    // autoSchedule with only that venue and that facilitator leaves the meeting's hours alone.
    const AUTO = 'mutation($c: ID!, $o: AutoScheduleOptions) { autoSchedule(cohortId: $c, options: $o) { proposal { startsAt endsAt venue { id } facilitator { id } } errors { code } } }';
    const byVenueOnly = (await org.gql(AUTO, { c: cohortId, o: { venueIds: [venue] } })).data.autoSchedule;
    const byFacilitatorOnly = (await org.gql(AUTO, { c: cohortId, o: { facilitatorIds: [facilitator] } })).data.autoSchedule;
    const held = { startsAt: new Date(wibAt(firstWorkday, 8)), endsAt: new Date(wibAt(firstWorkday, 15)) };
    for (const auto of [byVenueOnly, byFacilitatorOnly]) {
      expect(auto.errors).toEqual([]);
      expect(auto.proposal.length).toBeGreaterThan(0);
      expect(auto.proposal.filter((p: any) => new Date(p.startsAt) < held.endsAt && held.startsAt < new Date(p.endsAt))).toEqual([]);
    }
    expect(byVenueOnly.proposal.every((p: any) => p.venue?.id === venue)).toBe(true);
    expect(byFacilitatorOnly.proposal.every((p: any) => p.facilitator?.id === facilitator)).toBe(true);
  });
});

describe('micro-learning', () => {
  it('is at most 15 minutes, with a link or a text and a check of 1–3 questions', async () => {
    const bad = (await dimas.gql(UNIT, { i: { communityId: data, title: 'Terlalu panjang', minutes: 20, questions: [] } })).data.createMicroLearningUnit;
    expect(bad.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['minutes', ERROR_CODES.MICRO_LEARNING_INVALID], ['body', ERROR_CODES.MICRO_LEARNING_INVALID], ['questions', ERROR_CODES.MICRO_LEARNING_INVALID],
    ]);
    expect((await bambang.gql(UNIT, { i: { communityId: data, title: 'Bukan fasilitator', minutes: 5, body: 'Teks', questions: [question(0)] } })).data.createMicroLearningUnit.errors)
      .toEqual([{ field: 'communityId', code: ERROR_CODES.COMMUNITY_NOT_FACILITATOR }]);
    for (const [minutes, title] of [[10, 'Pertanyaan sebelum grafik'], [15, 'Membaca median'], [15, 'Data terbuka'], [10, 'Dasbor untuk pimpinan']] as const) {
      const made = (await dimas.gql(UNIT, { i: { communityId: data, title, minutes, body: 'Mulailah dari pertanyaan yang ingin dijawab.', url: 'https://belajar.example.test/unit', questions: [question(0), { ...question(2), prompt: 'Apa yang terakhir?' }] } })).data.createMicroLearningUnit;
      expect(made.errors).toEqual([]);
      // The check is shown without its answers.
      expect(made.unit.questions[0]).toEqual({ prompt: 'Apa langkah pertama analisis data?', choices: ['Menetapkan pertanyaan', 'Membuat grafik', 'Mencetak laporan'] });
      units.push(made.unit.id);
    }
  });

  it('is completed by a right answer only, once, and its minutes sum to JP per year (floor of ÷ 45)', async () => {
    const JP = `query($id: ID!) { node(id: $id) { ... on Person { jpThisYear jpEarned { lintas microLearning microLearningMinutes external total } } } }`;
    const wrong = (await bambang.gql(COMPLETE, { i: { unitId: units[0], answers: [0, 1] } })).data.completeMicroLearning;
    expect(wrong).toEqual({ minutesEarned: 0, unit: null, errors: [{ field: 'answers.1', code: ERROR_CODES.MICRO_LEARNING_WRONG_ANSWER }] });
    const right = (await bambang.gql(COMPLETE, { i: { unitId: units[0], answers: [0, 2] } })).data.completeMicroLearning;
    expect(right).toEqual({ minutesEarned: 10, unit: { id: units[0], completedByMe: true }, errors: [] });
    expect((await bambang.gql(COMPLETE, { i: { unitId: units[0], answers: [0, 2] } })).data.completeMicroLearning.errors).toEqual([{ field: 'unitId', code: ERROR_CODES.MICRO_LEARNING_ALREADY_COMPLETED }]);
    // Only members complete a community's units; staff are not participants.
    sari = await participant(server, org, people['Sari Uji Baru']!);
    expect((await sari.gql(COMPLETE, { i: { unitId: units[0], answers: [0, 2] } })).data.completeMicroLearning.errors).toEqual([{ field: 'unitId', code: ERROR_CODES.COMMUNITY_NOT_MEMBER }]);
    expect((await org.gql(COMPLETE, { i: { unitId: units[0], answers: [0, 2] } })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
    // 10 + 15 + 15 = 40 minutes: no JP yet; with 10 more, 50 minutes: 1 JP.
    for (const u of units.slice(1, 3)) expect((await bambang.gql(COMPLETE, { i: { unitId: u, answers: [0, 2] } })).data.completeMicroLearning.errors).toEqual([]);
    expect((await org.gql(JP, { id: people['Bambang Uji Baru']!.id })).data.node.jpEarned).toEqual({ lintas: 0, microLearning: 0, microLearningMinutes: 40, external: 0, total: 0 });
    expect((await bambang.gql(COMPLETE, { i: { unitId: units[3], answers: [0, 2] } })).data.completeMicroLearning.errors).toEqual([]);
    const after = (await org.gql(JP, { id: people['Bambang Uji Baru']!.id })).data.node;
    expect(after.jpEarned).toEqual({ lintas: 0, microLearning: 1, microLearningMinutes: 50, external: 0, total: 1 });
    expect(after.jpThisYear).toBe(1);
  });
});

describe('threads and communityMix', () => {
  it('counts members, active members and what each generation authored and consumed, as by hand', async () => {
    const t = (await bambang.gql(THREAD, { i: { communityId: data, title: 'Dasbor dinas', body: 'Bagaimana membaca dasbor <b>kesehatan</b>?' } })).data.createCommunityThread;
    expect(t).toMatchObject({ thread: { title: 'Dasbor dinas', authorName: 'Bambang Uji Baru' }, errors: [] });
    const reply = (await dimas.gql(POST, { i: { threadId: t.thread.id, body: 'Mulai dari pertanyaannya, Pak.' } })).data.addCommunityPost;
    expect(reply.errors).toEqual([]);
    const posts = (await org.gql('query($c: ID!) { node(id: $c) { ... on Community { threads(first: 5) { nodes { posts(first: 5) { nodes { body authorName } } } } } } }', { c: data })).data.node.threads.nodes[0].posts.nodes;
    // Plain text, as written.
    expect(posts).toEqual([{ body: 'Bagaimana membaca dasbor <b>kesehatan</b>?', authorName: 'Bambang Uji Baru' }, { body: 'Mulai dari pertanyaannya, Pak.', authorName: 'Dimas Uji Baru' }]);

    // Knowledge items, which belong to the academy: A by Bambang with Dimas as contributor, B by Rina (in no community), C a draft.
    const item = async (i: Record<string, unknown>, publish = true) => {
      const made = (await org.gql(ITEM, { i: { kind: 'BEST_PRACTICE', body: 'Mulailah dari *pertanyaan*.', ...i } })).data.createKnowledgeItem;
      expect(made.errors).toEqual([]);
      if (publish) expect((await org.gql(PUBLISH, { id: made.item.id })).data.publishKnowledgeItem.errors).toEqual([]);
      return made.item.id as string;
    };
    const a = await item({ title: 'Dasbor kesehatan', authorIds: [people['Bambang Uji Baru']!.id], contributorIds: [people['Dimas Uji Baru']!.id] });
    const b = await item({ title: 'Arsip digital', authorIds: [people['Rina Uji Baru']!.id] });
    const c = await item({ title: 'Draf', authorIds: [people['Hendra Uji Baru']!.id] }, false);
    // Opening is reading the body: Sari opens A twice (read once), lists B without opening it, and cannot see the draft.
    expect((await sari.gql(OPEN_ITEM, { id: a })).data.node.bodyHtml).toContain('<em>pertanyaan</em>');
    expect((await sari.gql(OPEN_ITEM, { id: a })).data.node.title).toBe('Dasbor kesehatan');
    expect((await sari.gql('{ knowledgeItems(first: 10) { nodes { title summary } } }')).data.knowledgeItems.nodes.map((n: any) => n.title).sort()).toEqual(['Arsip digital', 'Dasbor kesehatan']);
    expect((await sari.gql(OPEN_ITEM, { id: c })).data.node).toBeNull();
    // Dimas opens A (which he wrote: no read) and B (Rina's); Rina opens A but is in no community; staff opening records nothing.
    await dimas.gql(OPEN_ITEM, { id: a });
    await dimas.gql(OPEN_ITEM, { id: b });
    await rina.gql(OPEN_ITEM, { id: a });
    await org.gql(OPEN_ITEM, { id: a });

    // By hand. Members: Bambang (Gen X, II) in both, counted once; Dimas (Gen Z, pelaksana); Sari (Gen Y, JF).
    // Active: Bambang (posted, completed, wrote A), Dimas (made units, replied, read B), Sari (read A).
    // Posts: Bambang 1 (his thread), Dimas 1 (a reply to Bambang's thread: consumed across generations).
    // Units: Dimas made 4; Bambang completed 4, all made by another generation.
    // Items: A written by Bambang and Dimas (B's author Rina is in no community); Sari read A (Bambang's, Gen X),
    // Dimas read B (Rina's, Gen Y): both across generations.
    const mix = (await org.gql(MIX)).data.communityMix;
    expect(mix.communities).toBe(2);
    const z = { postsAuthored: 0, postsConsumed: 0, unitsAuthored: 0, unitsConsumed: 0, itemsAuthored: 0, itemsConsumed: 0, consumedFromOtherGenerations: 0 };
    expect(mix.byGeneration).toEqual([
      { generation: 'BOOMER', members: 0, activeMembers: 0, ...z },
      { generation: 'GEN_X', members: 1, activeMembers: 1, ...z, postsAuthored: 1, unitsConsumed: 4, itemsAuthored: 1, consumedFromOtherGenerations: 4 },
      { generation: 'GEN_Y', members: 1, activeMembers: 1, ...z, itemsConsumed: 1, consumedFromOtherGenerations: 1 },
      { generation: 'GEN_Z', members: 1, activeMembers: 1, ...z, postsAuthored: 1, postsConsumed: 1, unitsAuthored: 4, itemsAuthored: 1, itemsConsumed: 1, consumedFromOtherGenerations: 2 },
      { generation: 'GEN_ALPHA', members: 0, activeMembers: 0, ...z },
    ]);
    expect(mix.byEselon).toEqual([
      { group: 'I', members: 0, activeMembers: 0 }, { group: 'II', members: 1, activeMembers: 1 }, { group: 'III', members: 0, activeMembers: 0 },
      { group: 'IV', members: 0, activeMembers: 0 }, { group: 'JF', members: 1, activeMembers: 1 }, { group: 'PELAKSANA', members: 1, activeMembers: 1 },
    ]);
    // One community: the open one has Bambang and Sari, no posts or units of its own; their items count for them.
    const one = (await org.gql(MIX, { f: { communityId: open } })).data.communityMix;
    expect(one.communities).toBe(1);
    expect(one.byGeneration.filter((g: any) => g.members > 0).map((g: any) => [g.generation, g.members, g.activeMembers, g.postsAuthored, g.itemsAuthored, g.itemsConsumed]))
      .toEqual([['GEN_X', 1, 1, 0, 1, 0], ['GEN_Y', 1, 1, 0, 0, 1]]);
    // A period before any of it: members stay, nobody is active.
    const before = (await org.gql(MIX, { f: { from: '2020-01-01T00:00:00Z', to: '2020-12-31T00:00:00Z' } })).data.communityMix;
    expect(before.byGeneration.reduce((n: number, g: any) => n + g.activeMembers + g.postsAuthored + g.unitsConsumed + g.itemsAuthored + g.itemsConsumed, 0)).toBe(0);
    expect(before.byGeneration.reduce((n: number, g: any) => n + g.members, 0)).toBe(3);
    // Participants do not read the report.
    expect((await bambang.gql(MIX)).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
  });
});

describe('leaving', () => {
  it('removes only one\'s own membership, withdraws a request, and allows joining again', async () => {
    const LEAVE = 'mutation($c: ID!) { leaveCommunity(communityId: $c) { community { id memberCount myMembership { status } } errors { field code } } }';
    // Sari leaves the open community; what she read stays counted, she can join again.
    const left = (await sari.gql(LEAVE, { c: open })).data.leaveCommunity;
    expect(left).toEqual({ community: { id: open, memberCount: 1, myMembership: null }, errors: [] });
    expect((await sari.gql(LEAVE, { c: open })).data.leaveCommunity.errors).toEqual([{ field: 'communityId', code: ERROR_CODES.COMMUNITY_NOT_MEMBER }]);
    expect((await sari.gql(JOIN, { i: { communityId: open } })).data.joinCommunity.member.status).toBe('ACTIVE');
    // Rina withdraws a request that waits for approval.
    expect((await rina.gql(JOIN, { i: { communityId: data } })).data.joinCommunity.member.status).toBe('PENDING');
    expect((await rina.gql(LEAVE, { c: data })).data.leaveCommunity.errors).toEqual([]);
    expect((await org.gql('query($c: ID!) { node(id: $c) { ... on Community { members(first: 20) { nodes { person { name } } } } } }', { c: data })).data.node.members.nodes.map((m: any) => m.person.name)).not.toContain('Rina Uji Baru');
    // Staff have no membership to leave; an unknown community looks missing.
    expect((await org.gql(LEAVE, { c: open })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
    expect((await sari.gql(LEAVE, { c: 'bm9uZTox' })).data.leaveCommunity.errors).toEqual([{ field: 'communityId', code: ERROR_CODES.NOT_FOUND }]);
  });
});

describe('tenancy', () => {
  it("another academy's organizer sees none of it, and its ids look missing", async () => {
    const other = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'BPSDM-LAIN', name: 'BPSDM Lain' } });
    expect(other.errors).toEqual([]);
    const acc = await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
      i: { email: 'lain@akademi-lain.test', name: 'Penyelenggara Lain', role: 'ORGANIZER', academyId: other.academy.id, password: 'penyelenggara-lain-2026!' },
    });
    expect(acc.data.createAccount.errors).toEqual([]);
    const stranger = await server.signIn('lain@akademi-lain.test', 'penyelenggara-lain-2026!');
    expect((await stranger.gql('{ communities(first: 10) { totalCount } }')).data.communities.totalCount).toBe(0);
    expect((await stranger.gql('query($id: ID!) { node(id: $id) { id } }', { id: data })).data.node).toBeNull();
    expect((await stranger.gql(JOIN, { i: { communityId: data, personId: people['Rina Uji Baru']!.id } })).data.joinCommunity.errors).toEqual([{ field: 'communityId', code: ERROR_CODES.NOT_FOUND }]);
    expect((await stranger.gql(UNIT, { i: { communityId: data, title: 'X', minutes: 5, body: 'x', questions: [question(0)] } })).data.createMicroLearningUnit.errors).toEqual([{ field: 'communityId', code: ERROR_CODES.NOT_FOUND }]);
    const mix = (await stranger.gql(MIX)).data.communityMix;
    expect(mix.communities).toBe(0);
    expect(mix.byGeneration.reduce((n: number, g: any) => n + g.members, 0)).toBe(0);
    // Its own organizer cannot name the other academy's people as facilitators.
    const made = (await stranger.gql(CREATE, { i: { name: 'Komunitas Lain', competencyArea: 'SPBE', facilitatorIds: [people['Dimas Uji Baru']!.id] } })).data.createCommunity;
    expect(made.errors).toEqual([{ field: 'facilitatorIds.0', code: ERROR_CODES.NOT_FOUND }]);
  });
});
