import { expect } from 'vitest';
import type { Client, RunningServer } from './server.js';

const APPLY = 'mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id jp } errors { code } } }';
const RECORD = 'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { field code } } }';
const ENROLL = 'mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji sertifikat" }) { errors { code } } }';
const UPDATE = 'mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { cohort { status } errors { code } } }';

async function ok(c: Client, query: string, variables: Record<string, unknown>) {
  const res = await c.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

/** The roster as the organizer sees it: name → id and NIP. */
export async function people(org: Client): Promise<Record<string, { id: string; nip: string }>> {
  const d = await ok(org, '{ persons(first: 100) { nodes { id name nip } } }', {});
  return Object.fromEntries(d.persons.nodes.map((p: any) => [p.name, { id: p.id, nip: p.nip }]));
}

/**
 * A cohort of the program with code `programCode`, on `day`, two sessions (one per module,
 * 4 JP each); `present` attend both, `absent` neither; then opened, run and closed (through
 * the API as the organizer does in the SPA). Returns the cohort id and the close's statements.
 */
export async function closedCohort(org: Client, programCode: string, code: string, day: string, present: string[], absent: string[]): Promise<{ id: string; statements: number }> {
  const programs = await ok(org, '{ programs(first: 20) { nodes { id code modules(first: 10) { nodes { id code } } } } }', {});
  const program = programs.programs.nodes.find((p: any) => p.code === programCode);
  const created = await ok(org, 'mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
    i: { programId: program.id, code, name: `Angkatan ${code}`, startDate: day, endDate: day, capacity: 30 },
  });
  expect(created.createCohort.errors).toEqual([]);
  const id = created.createCohort.cohort.id;
  expect((await ok(org, ENROLL, { c: id, p: [...present, ...absent] })).enroll.errors).toEqual([]);
  const at = (h: number, moduleId: string) => ({ moduleId, startsAt: `${day}T0${h}:00:00Z`, endsAt: new Date(Date.parse(`${day}T0${h}:00:00Z`) + 4 * 45 * 60_000).toISOString() });
  const modules = program.modules.nodes;
  const sessions = (await ok(org, APPLY, { c: id, ops: modules.slice(0, 2).map((m: any, k: number) => at(1 + k * 4, m.id)) })).applySchedule;
  expect(sessions.errors).toEqual([]);
  for (const s of sessions.sessions) {
    const entries = [...present.map((p) => ({ personId: p, status: 'PRESENT' })), ...absent.map((p) => ({ personId: p, status: 'ABSENT' }))];
    expect((await ok(org, RECORD, { s: s.id, e: entries })).recordAttendance.errors).toEqual([]);
  }
  for (const status of ['OPEN', 'RUNNING']) expect((await ok(org, UPDATE, { i: { id, status } })).updateCohort.errors).toEqual([]);
  const closed = await org.gql(UPDATE, { i: { id, status: 'CLOSED' } });
  expect(closed.data.updateCohort).toEqual({ cohort: { status: 'CLOSED' }, errors: [] });
  return { id, statements: closed.extensions!.sqlStatements as number };
}

/** A participant's session: an invitation from the organizer, redeemed with a password, then signed in. */
export async function participant(server: RunningServer, org: Client, person: { id: string; nip: string }, password: string): Promise<Client> {
  const invite = (await org.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: person.id })).data.createInvitation;
  expect(invite.errors).toEqual([]);
  const redeemed = await server.client().gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: person.nip, code: invite.code, password } });
  expect(redeemed.data.redeemInvitation.errors).toEqual([]);
  return server.signIn(person.nip, password);
}
