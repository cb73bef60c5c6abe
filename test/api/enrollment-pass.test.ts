import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, GENERATION_CODES, SCHEDULE_ISSUE_PARAM_NAMES } from '@lintas/shared';
import { adminClient } from '../support/auth.js';
import { DEMO, startServer, type RunningServer } from '../support/server.js';

// Issue 20, parts 2–5: conflicts at enrolment, enrolment in one pass with per-person
// results, a traceable override that survives re-enrolment, and target generations that count.

type Client = Awaited<ReturnType<RunningServer['signIn']>>;
let server: RunningServer;
let org: Client;
let admin: Awaited<ReturnType<typeof adminClient>>['client'];

const ENROLL = `mutation E($input: EnrollInput!) { enroll(input: $input) {
  enrollments { id status overrideReason overrideBy overrideAt person { id } }
  errors { field code message }
  results { index personId status overridden enrollment { id status } errors { field code } conflicts { personId sessionId otherCohortId otherCohortCode otherSessionId startsAt endsAt otherStartsAt otherEndsAt } }
  conflicts { personId otherCohortCode }
} }`;
const WITHDRAW = `mutation W($input: WithdrawInput!) { withdraw(input: $input) { enrollment { id status } errors { code } } }`;
const APPLY = `mutation($c: ID!, $ops: [ScheduleOperationInput!]!, $force: Boolean) {
  applySchedule(cohortId: $c, operations: $ops, force: $force) {
    sessions { id } issues { code severity index moduleId params { ${SCHEDULE_ISSUE_PARAM_NAMES.join(' ')} } } errors { field code }
  }
}`;
const COHORT = `query($c: String!) { cohort(code: $c) { id enrolledCount
  enrollments(first: 50) { nodes { id status overrideReason overrideBy overrideAt person { id } } }
  moduleTargeting { module { id code } targeted seated share outsideGenerations } } }`;
const PEOPLE = `query P($groups: [EselonGroup!]) { persons(first: 100, filter: { eselonGroups: $groups }) { nodes { id nip eselonGroup generation } } }`;

const ok = async (c: Pick<Client, 'gql'>, query: string, variables?: Record<string, unknown>) => {
  const res = await c.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res;
};

let dla: { id: string; modules: { id: string; code: string }[] };
let a: { id: string; sessionId: string };
let b: { id: string; sessionId: string };
let leaders: { id: string; nip: string; generation: string | null }[];
let jf: { id: string; nip: string; generation: string | null };

/** A DLA cohort in August 2027 with one session, Tuesday 3 August 08:00–11:00 WIB. */
async function cohortWithSession(code: string) {
  const created = (await ok(org, `mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } errors { code } } }`, {
    input: { programId: dla.id, code, name: `Uji ${code}`, startDate: '2027-08-02', endDate: '2027-08-13', capacity: 10 },
  })).data.createCohort;
  expect(created.errors).toEqual([]);
  const applied = (await ok(org, APPLY, {
    c: created.cohort.id, force: true,
    ops: [{ moduleId: dla.modules[0]!.id, startsAt: '2027-08-03T01:00:00.000Z', endsAt: '2027-08-03T04:00:00.000Z' }],
  })).data.applySchedule;
  expect(applied.errors).toEqual([]);
  return { id: created.cohort.id as string, sessionId: applied.sessions[0].id as string };
}

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  org = await server.signIn(...DEMO.organizerBabel);
  admin = (await adminClient(server)).client;
  const program = (await ok(org, `{ programs(first: 20) { nodes { id code modules(first: 20) { nodes { id code } } } } }`)).data.programs.nodes.find((p: any) => p.code === 'DLA');
  dla = { id: program.id, modules: program.modules.nodes };
  const busy = new Set<string>();
  for (const code of ['DLA-2026-01', 'DLA-2026-02', 'DLA-2027-01']) {
    for (const e of (await ok(org, COHORT, { c: code })).data.cohort.enrollments.nodes) busy.add(e.person.id);
  }
  leaders = (await ok(org, PEOPLE, { groups: ['I', 'II'] })).data.persons.nodes.filter((p: any) => !busy.has(p.id));
  jf = (await ok(org, PEOPLE, { groups: ['JF'] })).data.persons.nodes[0];
  expect(leaders.length).toBeGreaterThanOrEqual(6);
  a = await cohortWithSession('UJI-A-2027');
  b = await cohortWithSession('UJI-B-2027');
  // One leader is seated in cohort A, whose session overlaps cohort B's.
  const seated = (await ok(org, ENROLL, { input: { cohortId: a.id, personIds: [leaders[1]!.id] } })).data.enroll;
  expect(seated.errors).toEqual([]);
}, 120_000);
afterAll(() => server?.stop());

describe('conflicts at enrolment', () => {
  it('refuses a person seated in an overlapping session of another cohort, listing it by person id, and enrols them when forced', async () => {
    const [p1, p2] = [leaders[0]!, leaders[1]!];
    const refused = (await ok(org, ENROLL, { input: { cohortId: b.id, personIds: [p1.id, p2.id] } })).data.enroll;
    expect(refused.enrollments).toEqual([]);
    expect(refused.errors).toMatchObject([{ field: 'personIds.1', code: ERROR_CODES.ENROLLMENT_SCHEDULE_CONFLICT }]);
    expect(refused.results).toMatchObject([
      { index: 0, personId: p1.id, status: 'READY', errors: [], conflicts: [] },
      { index: 1, personId: p2.id, status: 'REFUSED', errors: [{ code: ERROR_CODES.ENROLLMENT_SCHEDULE_CONFLICT }] },
    ]);
    expect(refused.results[1].conflicts).toEqual([{
      personId: p2.id, sessionId: b.sessionId, otherCohortId: a.id, otherCohortCode: 'UJI-A-2027', otherSessionId: a.sessionId,
      startsAt: '2027-08-03T01:00:00.000Z', endsAt: '2027-08-03T04:00:00.000Z', otherStartsAt: '2027-08-03T01:00:00.000Z', otherEndsAt: '2027-08-03T04:00:00.000Z',
    }]);
    expect(refused.conflicts).toEqual([{ personId: p2.id, otherCohortCode: 'UJI-A-2027' }]);
    expect(JSON.stringify(refused)).not.toContain(p2.nip);
    expect((await ok(org, COHORT, { c: 'UJI-B-2027' })).data.cohort.enrolledCount).toBe(0);

    const forced = (await ok(org, ENROLL, { input: { cohortId: b.id, personIds: [p2.id], force: true } })).data.enroll;
    expect(forced.errors).toEqual([]);
    expect(forced.results).toMatchObject([{ personId: p2.id, status: 'ENROLLED', conflicts: [{ otherCohortCode: 'UJI-A-2027' }] }]);
    expect((await ok(org, COHORT, { c: 'UJI-B-2027' })).data.cohort.enrolledCount).toBe(1);
  });

  it('checks the conflicts of many people in as many statements as of one', async () => {
    const one = await ok(org, ENROLL, { input: { cohortId: a.id, personIds: [leaders[1]!.id] } });
    const many = await ok(org, ENROLL, { input: { cohortId: a.id, personIds: [leaders[1]!.id, ...leaders.slice(2, 6).map((p) => p.id)] } });
    expect(one.data.enroll.errors.length).toBeGreaterThan(0);
    expect(many.data.enroll.errors.length).toBeGreaterThan(0);
    expect(many.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});

describe('enrolment in one pass', () => {
  it('enrols the eligible and the overridden, and reports the others by person id, with partial: true', async () => {
    const [p3, p4] = [leaders[2]!, leaders[3]!];
    // p4 is seated in cohort A, so in conflict with cohort B.
    expect((await ok(org, ENROLL, { input: { cohortId: a.id, personIds: [p4.id] } })).data.enroll.errors).toEqual([]);
    const all = (await ok(org, ENROLL, { input: { cohortId: b.id, personIds: [p3.id, jf.id, p4.id] } })).data.enroll;
    expect(all.enrollments).toEqual([]);
    expect(all.results.map((r: any) => [r.personId, r.status, r.errors.map((e: any) => e.code)])).toEqual([
      [p3.id, 'READY', []], [jf.id, 'REFUSED', [ERROR_CODES.NOT_ELIGIBLE]], [p4.id, 'REFUSED', [ERROR_CODES.ENROLLMENT_SCHEDULE_CONFLICT]],
    ]);

    const reason = 'Pranata komputer pendamping reverse mentoring';
    const pass = (await ok(org, ENROLL, {
      input: { cohortId: b.id, personIds: [p3.id, jf.id, p4.id], overrides: [{ personId: jf.id, reason }], partial: true },
    })).data.enroll;
    expect(pass.results.map((r: any) => [r.personId, r.status, r.overridden])).toEqual([
      [p3.id, 'ENROLLED', false], [jf.id, 'ENROLLED', true], [p4.id, 'REFUSED', false],
    ]);
    expect(pass.errors).toMatchObject([{ field: 'personIds.2', code: ERROR_CODES.ENROLLMENT_SCHEDULE_CONFLICT }]);
    expect(pass.enrollments.map((e: any) => e.person.id)).toEqual([p3.id, jf.id]);
    expect(pass.enrollments[1]).toMatchObject({ overrideReason: reason, overrideBy: expect.stringMatching(/^account:\d+$/) });
    const nodes = (await ok(org, COHORT, { c: 'UJI-B-2027' })).data.cohort.enrollments.nodes;
    expect(nodes.map((e: any) => e.person.id).sort()).toEqual([leaders[1]!.id, p3.id, jf.id].sort());
  });
});

describe('a traceable override', () => {
  it('writes an audit entry naming the enrolment, the person id, the actor and the reason (no NIP), and keeps the reason across withdraw and re-enrol', async () => {
    const before = (await ok(org, COHORT, { c: 'UJI-B-2027' })).data.cohort.enrollments.nodes.find((e: any) => e.person.id === jf.id);
    const events = (await ok(admin, `{ auditEvents(first: 10, filter: { action: "enrollment.override" }) { nodes { action actor targetType targetId details } } }`)).data.auditEvents.nodes;
    const entry = events.find((e: any) => e.details.enrollmentId === before.id);
    expect(entry).toMatchObject({
      action: 'enrollment.override', targetType: 'Enrollment', actor: before.overrideBy,
      details: { enrollmentId: before.id, personId: jf.id, reason: 'Pranata komputer pendamping reverse mentoring', overrideBy: before.overrideBy },
    });
    expect(JSON.stringify(events)).not.toContain(jf.nip);

    expect((await ok(org, WITHDRAW, { input: { enrollmentId: before.id, reason: 'Tugas dinas' } })).data.withdraw.errors).toEqual([]);
    const again = (await ok(org, ENROLL, { input: { cohortId: b.id, personIds: [jf.id] } })).data.enroll;
    expect(again.errors).toEqual([]);
    expect(again.enrollments[0]).toMatchObject({ id: before.id, overrideReason: before.overrideReason, overrideBy: before.overrideBy, overrideAt: before.overrideAt });
    expect(again.results[0].overridden).toBe(false);

    // A new reason replaces it, with a new entry.
    await ok(org, WITHDRAW, { input: { enrollmentId: before.id } });
    const renewed = (await ok(org, ENROLL, { input: { cohortId: b.id, personIds: [jf.id], overrides: [{ personId: jf.id, reason: 'Narasumber muda' }] } })).data.enroll;
    expect(renewed.enrollments[0].overrideReason).toBe('Narasumber muda');
    const after = (await ok(admin, `{ auditEvents(first: 10, filter: { action: "enrollment.override" }) { nodes { details } } }`)).data.auditEvents.nodes;
    expect(after.filter((e: any) => e.details.enrollmentId === before.id).map((e: any) => e.details.reason).sort()).toEqual(['Narasumber muda', 'Pranata komputer pendamping reverse mentoring']);
  });
});

describe('target generations that count', () => {
  it("warns, without refusing, when a module's target generations leave out seated people, with the same numbers as Cohort.moduleTargeting", async () => {
    const cohort = (await ok(org, COHORT, { c: 'UJI-B-2027' })).data.cohort;
    const seatedIds = new Set(cohort.enrollments.nodes.filter((e: any) => e.status === 'ENROLLED').map((e: any) => e.person.id));
    const everyone = [...leaders, jf].filter((p) => seatedIds.has(p.id));
    expect(everyone).toHaveLength(seatedIds.size);
    // Target one generation of the seated people (another one when they are all of it): the others are outside.
    const present = GENERATION_CODES.filter((g) => everyone.some((p) => p.generation === g));
    const target = present.length > 1 ? present[0]! : GENERATION_CODES.find((g) => g !== present[0])!;
    const outside = everyone.filter((p) => p.generation !== target);
    expect(outside.length).toBeGreaterThan(0);
    const module = dla.modules[1]!;
    const version = (await ok(org, `query($id: ID!) { node(id: $id) { ... on TrainingModule { version } } }`, { id: module.id })).data.node.version;
    const updated = (await ok(org, `mutation($input: UpdateTrainingModuleInput!) { updateTrainingModule(input: $input) { errors { code } } }`, {
      input: { id: module.id, version, targetGenerations: [target] },
    })).data.updateTrainingModule;
    expect(updated.errors).toEqual([]);

    const applied = (await ok(org, APPLY, { c: b.id, ops: [{ moduleId: module.id, startsAt: '2027-08-04T01:00:00.000Z', endsAt: '2027-08-04T04:00:00.000Z' }] })).data.applySchedule;
    expect(applied.errors).toEqual([]);
    expect(applied.sessions).toHaveLength(1);
    const warnings = applied.issues.filter((i: any) => i.code === ERROR_CODES.OUTSIDE_TARGET_GENERATIONS);
    const expectedGenerations = GENERATION_CODES.filter((g) => outside.some((p) => p.generation === g));
    expect(warnings).toMatchObject([{ severity: 'WARNING', index: 0, moduleId: module.id, params: { moduleCode: module.code, personCount: outside.length, outsideGenerations: expectedGenerations } }]);
    const targeting = (await ok(org, COHORT, { c: 'UJI-B-2027' })).data.cohort.moduleTargeting;
    expect(targeting.map((t: any) => t.module.code)).toEqual(dla.modules.map((m) => m.code));
    expect(targeting[1]).toEqual({
      module: { id: module.id, code: module.code }, targeted: everyone.length - outside.length, seated: everyone.length,
      share: (everyone.length - outside.length) / everyone.length, outsideGenerations: expectedGenerations,
    });
    expect(targeting[0]).toMatchObject({ targeted: everyone.length, seated: everyone.length, share: 1, outsideGenerations: [] });
  });
});
