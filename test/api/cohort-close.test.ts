import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '@lintas/shared';
import { jpTotals, meetsThreshold } from '../../server/src/features/attendance/jp.rules.js';
import { fromGlobalId } from '../../server/src/graphql/global-id.js';
import { DEMO, startServer, type RunningServer } from '../support/server.js';

// Closing a cohort decides who completed (attendance/jp.rules.ts) and numbers their
// certificates (enrollments/certificate.ts) in set-based statements: as many for 700
// enrolments as for 10.

const APPLY = 'mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id jp } errors { code } } }';
const RECORD = 'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { field code } } }';
const ENROLL = 'mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji penutupan" }) { errors { code } } }';
const UPDATE = 'mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { cohort { status } errors { code } } }';
const ENROLMENTS = `query($c: ID!, $after: String) { node(id: $c) { ... on Cohort { enrollments(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id status certificateNumber person { id } } } } } }`;

const DAY = '2029-01-15';
const THRESHOLD = 0.75;
/** Sessions' JP, and per person (cycling) a status or nothing for each session. */
const JP = [2, 1, 1];
const PATTERNS: (AttendanceStatus | null)[][] = [
  ['PRESENT', 'PRESENT', 'PRESENT'],
  ['PRESENT', 'EXCUSED', 'ABSENT'],
  ['LATE', 'PRESENT', 'PRESENT'],
  ['PRESENT', 'OFFICIAL_DUTY', 'SICK'],
  [null, null, null],
  ['EXCUSED', 'EXCUSED', 'OFFICIAL_DUTY'],
  ['ABSENT', 'PRESENT', 'LATE'],
  ['PRESENT', null, 'PRESENT'],
];

let server: RunningServer;
let programId: string;
let moduleId: string;
let people: string[] = [];
let prefix: string;
/** Certificate numbers of the program's year given so far by the tests (they run in order on one server). */
let issued = 0;

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
const localId = (id: string) => fromGlobalId(id)!.id;

async function gqlOk(query: string, variables: Record<string, unknown>) {
  const res = await server.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res;
}

/** A PKP cohort of `size` people (from `offset` in the roster), its three sessions and their attendance; still running. */
async function cohortOf(code: string, offset: number, size: number, day = DAY): Promise<{ id: string; who: string[] }> {
  const created = await gqlOk('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
    i: { programId, code, name: `PKP uji tutup ${size}`, startDate: day, endDate: day, capacity: size, completionThreshold: THRESHOLD },
  });
  const id = created.data.createCohort.cohort.id;
  const who = people.slice(offset, offset + size);
  expect(who).toHaveLength(size);
  for (const batch of chunks(who, 100)) expect((await gqlOk(ENROLL, { c: id, p: batch })).data.enroll.errors).toEqual([]);
  const at = (h: number, jp: number) => ({ moduleId, startsAt: `${day}T0${h}:00:00Z`, endsAt: new Date(Date.parse(`${day}T0${h}:00:00Z`) + jp * 45 * 60_000).toISOString() });
  const sessions = (await gqlOk(APPLY, { c: id, ops: [at(1, JP[0]!), at(3, JP[1]!), at(5, JP[2]!)] })).data.applySchedule.sessions;
  expect(sessions.map((s: any) => s.jp)).toEqual(JP);
  for (let k = 0; k < JP.length; k++) {
    const entries = who.flatMap((p, i) => (PATTERNS[i % PATTERNS.length]![k] ? [{ personId: p, status: PATTERNS[i % PATTERNS.length]![k] }] : []));
    for (const batch of chunks(entries, 100)) expect((await gqlOk(RECORD, { s: sessions[k].id, e: batch })).data.recordAttendance.errors).toEqual([]);
  }
  for (const status of ['OPEN', 'RUNNING']) expect((await gqlOk(UPDATE, { i: { id, status } })).data.updateCohort.errors).toEqual([]);
  return { id, who };
}

/** Closes the cohort; the statements the request ran. */
async function close(id: string): Promise<number> {
  const res = await gqlOk(UPDATE, { i: { id, status: 'CLOSED' } });
  expect(res.data.updateCohort).toEqual({ cohort: { status: 'CLOSED' }, errors: [] });
  return res.extensions!.sqlStatements as number;
}

async function enrolments(id: string): Promise<{ id: string; status: string; certificateNumber: string | null; person: { id: string } }[]> {
  const out = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await gqlOk(ENROLMENTS, { c: id, after })).data.node.enrollments;
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

/** What the rule says: person i (in roster order) completes when their pattern meets the threshold. */
const completes = (i: number) => meetsThreshold(jpTotals(JP.map((jp, k) => ({ jp, status: PATTERNS[i % PATTERNS.length]![k] }))), THRESHOLD);

/** Checks statuses and certificate numbers against the rule; returns the last number given. */
async function expectOutcome(id: string, who: string[], lastBefore: number): Promise<number> {
  const rows = await enrolments(id);
  expect(rows).toHaveLength(who.length);
  const byPerson = new Map(rows.map((r) => [r.person.id, r]));
  const done = who.filter((_p, i) => completes(i));
  expect(done.length).toBeGreaterThan(0);
  expect(done.length).toBeLessThan(who.length);
  who.forEach((p, i) => {
    const r = byPerson.get(p)!;
    expect(r.status).toBe(completes(i) ? 'COMPLETED' : 'ENROLLED');
    if (!completes(i)) expect(r.certificateNumber).toBeNull();
  });
  // The next numbers of the academy, program and year, in enrolment order.
  const inOrder = done.map((p) => byPerson.get(p)!).sort((a, b) => localId(a.id) - localId(b.id));
  expect(inOrder.map((r) => r.certificateNumber)).toEqual(inOrder.map((_r, i) => `${prefix}${lastBefore + i + 1}`));
  return lastBefore + inOrder.length;
}

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  await server.useAccount(...DEMO.organizerBabel);
  const program = (await gqlOk('{ programs(first: 10) { nodes { id code academy { code certificatePrefix } modules(first: 1) { nodes { id } } } } }', {})).data.programs.nodes.find((p: any) => p.code === 'PKP');
  programId = program.id;
  moduleId = program.modules.nodes[0].id;
  prefix = `${program.academy.certificatePrefix || program.academy.code}/PKP/2029/`;
  let after: string | null = null;
  while (people.length < 710) {
    const page: any = (await gqlOk('query($after: String) { persons(first: 100, after: $after) { pageInfo { endCursor } nodes { id } } }', { after })).data.persons;
    people.push(...page.nodes.map((n: any) => n.id));
    after = page.pageInfo.endCursor;
  }
}, 60_000);
afterAll(() => server?.stop());

describe('closing a cohort', () => {
  it('takes as many statements for 700 enrolments as for 10, and completes and numbers exactly whom the rule says', async () => {
    const small = await cohortOf('PKP-UJI-TUTUP-10', 0, 10);
    const large = await cohortOf('PKP-UJI-TUTUP-700', 10, 700);
    const counts = [await close(small.id)];
    const last = await expectOutcome(small.id, small.who, 0);
    counts.push(await close(large.id));
    issued = await expectOutcome(large.id, large.who, last);
    // Session lookup, cost budget, the cohort (locked), its flush, the certificate
    // sequence (program, academy, numbers taken), the one UPDATE, the webhook
    // subscriptions, and the audit record: not one per enrolment.
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(15);
  }, 240_000);
});

describe('a server killed in the middle of closing a cohort', () => {
  const COHORT_STATUS = 'query($c: ID!) { node(id: $c) { ... on Cohort { status } } }';

  it('leaves the close whole or absent, and closing again completes exactly whom the rule says', async () => {
    // How long a close of 700 takes here, so the kills land inside one.
    const timed = await cohortOf('PKP-UJI-BUNUH-UKUR', 0, 700, '2029-02-15');
    const t0 = performance.now();
    await close(timed.id);
    const took = performance.now() - t0;
    issued = await expectOutcome(timed.id, timed.who, issued);

    const outcomes: string[] = [];
    for (const [k, share] of [0.3, 0.6, 0.9, 1.2].entries()) {
      const victim = await cohortOf(`PKP-UJI-BUNUH-${k}`, 0, 700, `2029-03-${String(10 + k).padStart(2, '0')}`);
      // The request dies with the process: its answer (or the lost connection) does not matter.
      const pending = server.gql(UPDATE, { i: { id: victim.id, status: 'CLOSED' } }).catch(() => null);
      await new Promise((r) => setTimeout(r, took * share));
      await server.restart('SIGKILL');
      await pending;
      const status = (await gqlOk(COHORT_STATUS, { c: victim.id })).data.node.status;
      if (status === 'CLOSED') {
        // Whole: everyone the rule completes is completed and numbered.
        issued = await expectOutcome(victim.id, victim.who, issued);
        outcomes.push('whole');
      } else {
        // Absent: nothing of the close was written.
        expect(status).toBe('RUNNING');
        const rows = await enrolments(victim.id);
        expect(rows).toHaveLength(700);
        expect(rows.every((r) => r.status === 'ENROLLED' && r.certificateNumber === null)).toBe(true);
        outcomes.push('absent');
        await close(victim.id);
        issued = await expectOutcome(victim.id, victim.who, issued);
      }
    }
    console.info(`closes killed after ${[0.3, 0.6, 0.9, 1.2].map((s) => Math.round(took * s)).join(', ')} ms of ${Math.round(took)}: ${outcomes.join(', ')}`);
  }, 600_000);
});
