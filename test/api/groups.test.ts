import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { compareObjective, groupSizes, objective, type GroupCandidate, type Objective } from '../../server/src/features/groups/group-proposal.js';

/**
 * Groups (kelompok) over HTTP: proposals that mix generations (optimal against an
 * exhaustive search on a small cohort), applyGroups all or nothing with coded refusals,
 * groupMix equal to a hand count, and a per-group session whose sheet lists only its group.
 */
type P = { id: string; name: string; generation: string | null; eselonGroup: string };

let server: RunningServer;
let org: Client;
let programId: string;
let crossModuleId: string;
let roster: P[] = [];

const PROPOSE = 'mutation($c: ID!, $s: Int!) { proposeGroups(cohortId: $c, size: $s) { groups { number members { id generation eselonGroup } } errors { field code } } }';
const APPLY = 'mutation($c: ID!, $g: [[ID!]!]!, $f: Boolean) { applyGroups(cohortId: $c, groups: $g, force: $f) { groups { id number name members { id } } errors { field code } } }';
const MIX = 'query($c: ID!) { groupMix(cohortId: $c) { group { id number } size byGeneration { generation count } byEselonGroup { eselonGroup count } } }';
const GROUPS = 'query($c: ID!) { cohortGroups(cohortId: $c, first: 20) { nodes { id number members { id } } } }';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

async function cohortWith(code: string, people: P[]): Promise<string> {
  const created = await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
    i: { programId, code, name: `Uji kelompok ${code}`, startDate: day(-1), endDate: day(30), capacity: 40 },
  });
  expect(created.data.createCohort.errors).toEqual([]);
  const id = created.data.createCohort.cohort.id;
  const enrolled = await org.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji kelompok lintas generasi" }) { errors { code } } }', { c: id, p: people.map((p) => p.id) });
  expect(enrolled.data.enroll.errors).toEqual([]);
  return id;
}

/** `n` people, taking them round-robin over the given generations so each is well represented. */
function pick(generations: string[], perGeneration: number, skip = 0): P[] {
  return generations.flatMap((g) => roster.filter((p) => p.generation === g).slice(skip, skip + perGeneration));
}

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  org = await server.signIn(...DEMO.organizerBabel);
  const program = (await org.gql('{ programs(first: 10) { nodes { id code modules(first: 20) { nodes { id crossGeneration } } } } }')).data.programs.nodes.find((p: any) => p.code === 'DLA');
  programId = program.id;
  crossModuleId = program.modules.nodes.find((m: any) => m.crossGeneration).id;
  roster = (await org.gql('{ persons(first: 100) { nodes { id name generation eselonGroup } } }')).data.persons.nodes;
}, 90_000);
afterAll(() => server?.stop());

describe('proposeGroups', () => {
  it('gives each group three generations when the cohort spans three or more, sizes within one, the same every time', async () => {
    const people = pick(['GEN_X', 'GEN_Y', 'GEN_Z'], 4);
    expect(people).toHaveLength(12);
    const c = await cohortWith('DLA-UJI-KLP1', people);
    const first = (await org.gql(PROPOSE, { c, s: 4 })).data.proposeGroups;
    expect(first.errors).toEqual([]);
    expect(first.groups.map((g: any) => g.members.length)).toEqual([4, 4, 4]);
    for (const g of first.groups) expect(new Set(g.members.map((m: any) => m.generation)).size).toBeGreaterThanOrEqual(3);
    expect(first.groups.flatMap((g: any) => g.members.map((m: any) => m.id)).sort()).toEqual(people.map((p) => p.id).sort());
    expect((await org.gql(PROPOSE, { c, s: 4 })).data.proposeGroups).toEqual(first);
    // Nothing saved.
    expect((await org.gql(GROUPS, { c })).data.cohortGroups.nodes).toEqual([]);
    expect((await org.gql(PROPOSE, { c, s: 2 })).data.proposeGroups.errors).toEqual([{ field: 'size', code: ERROR_CODES.OUT_OF_RANGE }]);
  });

  it('is optimal on a small cohort: no partition found by exhaustive search scores better', async () => {
    const people = [...pick(['GEN_X'], 3, 4), ...pick(['GEN_Y'], 2, 4), ...pick(['GEN_Z'], 2, 4)];
    expect(people).toHaveLength(7);
    const c = await cohortWith('DLA-UJI-KLP2', people);
    const { groups } = (await org.gql(PROPOSE, { c, s: 4 })).data.proposeGroups;
    expect(groups).toHaveLength(2);
    const candidates: GroupCandidate[] = people.map((p, i) => ({ id: i, generation: p.generation, eselonGroup: p.eselonGroup }));
    const index = (id: string) => people.findIndex((p) => p.id === id);
    const got = objective(candidates, groups.map((g: any) => g.members.map((m: any) => index(m.id))));
    let best: Objective | null = null;
    const sizes = new Set(groupSizes(7, 2));
    for (let mask = 0; mask < 2 ** 7; mask++) {
      const parts = [0, 1].map((side) => candidates.map((_, i) => i).filter((i) => ((mask >> i) & 1) === side));
      if (!parts.every((p) => sizes.has(p.length))) continue;
      const score = objective(candidates, parts);
      if (!best || compareObjective(score, best) < 0) best = score;
    }
    expect(got).toEqual(best);
  });
});

describe('applyGroups and groupMix', () => {
  let c: string;
  let people: P[];
  beforeAll(async () => {
    people = pick(['GEN_X', 'GEN_Y', 'GEN_Z'], 3, 8);
    c = await cohortWith('DLA-UJI-KLP3', people);
  });

  it('refuses, with a code and nothing saved, an outsider, a duplicate or an empty group', async () => {
    const outsider = roster.find((p) => !people.some((q) => q.id === p.id))!;
    const ids = people.map((p) => p.id);
    const cases: [string[][], string][] = [
      [[ids.slice(0, 4), [...ids.slice(4), outsider.id]], ERROR_CODES.GROUP_PERSON_NOT_SEATED],
      [[ids.slice(0, 5), ids.slice(4)], ERROR_CODES.GROUP_DUPLICATE_PERSON],
      [[ids, []], ERROR_CODES.GROUP_EMPTY],
    ];
    for (const [groups, code] of cases) {
      const r = (await org.gql(APPLY, { c, g: groups })).data.applyGroups;
      expect(r.groups).toEqual([]);
      expect(r.errors.map((e: any) => e.code)).toEqual([code]);
    }
    expect((await org.gql(APPLY, { c, g: [[ids[0], 'bm90LWFuLWlk']] })).data.applyGroups.errors).toEqual([{ field: 'groups.0.1', code: ERROR_CODES.GROUP_PERSON_NOT_SEATED }]);
    expect((await org.gql(GROUPS, { c })).data.cohortGroups.nodes).toEqual([]);
  });

  it('replaces the groups as a whole, and groupMix equals a hand count', async () => {
    const proposal = (await org.gql(PROPOSE, { c, s: 3 })).data.proposeGroups.groups;
    const groups: string[][] = proposal.map((g: any) => g.members.map((m: any) => m.id));
    // Move one person from group 1 to group 2, as the organizer would.
    groups[1]!.push(groups[0]!.pop()!);
    const applied = (await org.gql(APPLY, { c, g: groups })).data.applyGroups;
    expect(applied.errors).toEqual([]);
    expect(applied.groups.map((g: any) => [g.number, g.name, g.members.map((m: any) => m.id).sort()])).toEqual(groups.map((g, i) => [i + 1, `Kelompok ${i + 1}`, [...g].sort()]));
    const mix = (await org.gql(MIX, { c })).data.groupMix;
    expect(mix.map((m: any) => m.group.number)).toEqual([1, 2, 3]);
    mix.forEach((m: any, i: number) => {
      const members = groups[i]!.map((id) => people.find((p) => p.id === id)!);
      expect(m.size).toBe(members.length);
      const hand = (key: 'generation' | 'eselonGroup') => Object.entries(members.reduce<Record<string, number>>((acc, p) => ({ ...acc, [String(p[key])]: (acc[String(p[key])] ?? 0) + 1 }), {})).sort();
      expect(m.byGeneration.map((x: any) => [String(x.generation), x.count]).sort()).toEqual(hand('generation'));
      expect(m.byEselonGroup.map((x: any) => [x.eselonGroup, x.count]).sort()).toEqual(hand('eselonGroup'));
    });
    // Applying again with two groups keeps numbers 1–2 (same ids) and drops group 3.
    const before = applied.groups.map((g: any) => g.id);
    const two = (await org.gql(APPLY, { c, g: [groups[0]!, [...groups[1]!, ...groups[2]!]] })).data.applyGroups;
    expect(two.errors).toEqual([]);
    expect(two.groups.map((g: any) => g.id)).toEqual(before.slice(0, 2));
  });

  it('gives a cross-generation session to one group: the sheet, its totals and Jadwal Saya count only that group', async () => {
    const groups = (await org.gql(GROUPS, { c })).data.cohortGroups.nodes;
    const group = groups[0];
    const start = new Date(`${day(1)}T02:00:00.000Z`);
    const ops = [
      { moduleId: crossModuleId, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(), groupId: group.id },
      // The other group at the same time: not a double booking of the cohort's people.
      { moduleId: crossModuleId, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(), groupId: groups[1].id },
    ];
    const res = (await org.gql(`mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops) {
      sessions { id group { id } } issues { code } errors { code } } }`, { c, ops })).data.applySchedule;
    expect(res.errors).toEqual([]);
    expect(res.issues.map((i: any) => i.code)).not.toContain(ERROR_CODES.PERSON_DOUBLE_BOOKED);
    expect(res.sessions.map((s: any) => s.group?.id)).toEqual([group.id, groups[1].id]);
    const sheet = (await org.gql(`query($c: ID!) { cohortAttendanceSheet(cohortId: $c) {
      sessions { id group { id } totals { notRecorded } } rows { person { id } group { id } jpScheduled cells { sessionId applies } } } }`, { c })).data.cohortAttendanceSheet;
    const column = sheet.sessions.find((s: any) => s.id === res.sessions[0].id);
    expect(column.group.id).toBe(group.id);
    expect(sheet.sessions.find((s: any) => s.id === res.sessions[1].id).group.id).toBe(groups[1].id);
    expect(column.totals.notRecorded).toBe(group.members.length);
    const forIt = sheet.rows.filter((r: any) => r.cells.find((x: any) => x.sessionId === column.id).applies).map((r: any) => r.person.id).sort();
    expect(forIt).toEqual(group.members.map((m: any) => m.id).sort());
    for (const r of sheet.rows) expect(r.group?.id === group.id ? r.jpScheduled : 2).toBe(2);
    // Jadwal Saya of a member of group 2: their group's session and its name, not group 1's.
    const member = groups[1].members[0].id;
    const nip = (await org.gql('query($id: ID!) { node(id: $id) { ... on Person { nip } } }', { id: member })).data.node.nip;
    const code = (await org.gql('mutation($p: ID!) { createInvitation(personId: $p) { code } }', { p: member })).data.createInvitation.code;
    await server.client().gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip, code, password: 'kata-sandi-uji-1' } });
    const me = await server.signIn(nip, 'kata-sandi-uji-1');
    const mine = (await me.gql('query($a: DateTimeISO!, $b: DateTimeISO!) { mySchedule(from: $a, to: $b) { session { id } groupName cohortCode } }', {
      a: new Date(start.getTime() - 3_600_000).toISOString(), b: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
    })).data.mySchedule.filter((e: any) => e.cohortCode === 'DLA-UJI-KLP3');
    expect(mine.map((e: any) => [e.session.id, e.groupName])).toEqual([[res.sessions[1].id, 'Kelompok 2']]);
    // Their calendar feed (ICS) likewise: group 2's session, not group 1's.
    const feed = (await me.gql('mutation { issueCalendarFeed { url errors { code } } }')).data.issueCalendarFeed.url;
    const ics = await (await fetch(feed)).text();
    const local = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
    expect(ics).toContain(`UID:session-${local(res.sessions[1].id)}@lintas`);
    expect(ics).not.toContain(`UID:session-${local(res.sessions[0].id)}@lintas`);
    // A group's session with a group of another cohort is refused.
    const other = await cohortWith('DLA-UJI-KLP4', pick(['GEN_Y'], 1, 12));
    const wrong = (await org.gql(`mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops) { errors { field code } } }`, {
      c: other, ops: [{ ...ops[0], groupId: group.id }],
    })).data.applySchedule;
    expect(wrong.errors).toEqual([{ field: 'operations.0.groupId', code: ERROR_CODES.GROUP_NOT_OF_COHORT }]);
  });
});

describe('reverse-mentoring suggestions', () => {
  it('prefer a mentor from the senior\'s own group', async () => {
    const local = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    const senior = roster.find((p) => p.generation === 'GEN_X' && ['II', 'III'].includes(p.eselonGroup))!;
    const mentors = roster.filter((p) => ['GEN_Y', 'GEN_Z'].includes(p.generation ?? '') && ['JF', 'PELAKSANA', 'IV'].includes(p.eselonGroup))
      .sort((a, b) => local(a.id) - local(b.id));
    expect(mentors.length).toBeGreaterThan(2);
    // The last candidate by id: without groups the suggestion takes an earlier one.
    const mentor = mentors.at(-1)!;
    const c = await cohortWith('DLA-UJI-KLP5', [senior, mentor]);
    const SUGGEST = 'query($c: ID!) { suggestMentoringPairs(cohortId: $c) { mentor { id } mentee { id } } }';
    const before = (await org.gql(SUGGEST, { c })).data.suggestMentoringPairs;
    expect(before.find((p: any) => p.mentee.id === senior.id)?.mentor.id).not.toBe(mentor.id);
    expect((await org.gql(APPLY, { c, g: [[senior.id, mentor.id]] })).data.applyGroups.errors).toEqual([]);
    const after = (await org.gql(SUGGEST, { c })).data.suggestMentoringPairs;
    expect(after.find((p: any) => p.mentee.id === senior.id)?.mentor.id).toBe(mentor.id);
  });
});
