import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type RunningServer } from '../support/server.js';

const COHORT = `query C($code: String!) {
  cohort(code: $code) {
    id capacity enrolledCount waitlistedCount
    enrollments(first: 100) { totalCount nodes { id status waitlistPosition overrideReason person { id eselonGroup } } }
  }
}`;
const ENROLL = `mutation E($input: EnrollInput!) { enroll(input: $input) { enrollments { id status waitlistPosition overrideReason person { id } } errors { field code message } } }`;
const WITHDRAW = `mutation W($input: WithdrawInput!) { withdraw(input: $input) { enrollment { id status } promoted { id status person { id } } errors { field code } } }`;
const PEOPLE = `query P($groups: [EselonGroup!]) { persons(first: 100, filter: { eselonGroups: $groups }) { nodes { id eselonGroup } } }`;

let server: RunningServer;
const cohort = async (code: string) => {
  const res = await server.gql(COHORT, { code });
  if (!res.data?.cohort) console.log(JSON.stringify(res));
  return res.data.cohort;
};

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  await server.useAccount(...DEMO.organizerBabel);
});
afterAll(() => server?.stop());

describe('enrol and withdraw', () => {
  let leaders: { id: string }[];
  let jf: { id: string };

  beforeAll(async () => {
    const dla = await cohort('DLA-2027-01');
    const inDla = new Set(dla.enrollments.nodes.map((e: any) => e.person.id));
    leaders = (await server.gql(PEOPLE, { groups: ['I', 'II'] })).data.persons.nodes.filter((p: any) => !inDla.has(p.id));
    jf = (await server.gql(PEOPLE, { groups: ['JF'] })).data.persons.nodes[0];
  });

  it('starts from the demo: a full cohort with two on the waitlist', async () => {
    const dla = await cohort('DLA-2027-01');
    expect(dla).toMatchObject({ capacity: 8, enrolledCount: 8, waitlistedCount: 2 });
    const waiting = dla.enrollments.nodes.filter((e: any) => e.status === 'WAITLISTED').map((e: any) => e.waitlistPosition);
    expect(waiting).toEqual([1, 2]);
  });

  it('puts an eligible person on the waitlist of a full cohort, next in line', async () => {
    const dla = await cohort('DLA-2027-01');
    const res = (await server.gql(ENROLL, { input: { cohortId: dla.id, personIds: [leaders[0]!.id] } })).data.enroll;
    expect(res.errors).toEqual([]);
    expect(res.enrollments).toMatchObject([{ status: 'WAITLISTED', waitlistPosition: 3, person: { id: leaders[0]!.id } }]);
    expect((await cohort('DLA-2027-01')).waitlistedCount).toBe(3);
  });

  it('refuses someone outside the target eselon groups unless a reason is given, and records the reason', async () => {
    const dla = await cohort('DLA-2027-01');
    const refused = (await server.gql(ENROLL, { input: { cohortId: dla.id, personIds: [jf.id] } })).data.enroll;
    expect(refused).toMatchObject({ enrollments: [], errors: [{ field: 'personIds.0', code: ERROR_CODES.NOT_ELIGIBLE }] });
    expect((await cohort('DLA-2027-01')).waitlistedCount).toBe(3);
    const allowed = (await server.gql(ENROLL, { input: { cohortId: dla.id, personIds: [jf.id], overrideReason: 'Pranata komputer pendamping reverse mentoring' } })).data.enroll;
    expect(allowed.errors).toEqual([]);
    expect(allowed.enrollments[0]).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 4, overrideReason: 'Pranata komputer pendamping reverse mentoring' });
  });

  it('refuses a second enrolment of the same person in one cohort', async () => {
    const dla = await cohort('DLA-2027-01');
    const res = (await server.gql(ENROLL, { input: { cohortId: dla.id, personIds: [leaders[0]!.id] } })).data.enroll;
    expect(res.errors).toMatchObject([{ field: 'personIds.0', code: ERROR_CODES.ALREADY_ENROLLED }]);
  });

  it('enrols all or none: one unknown person leaves the others out too', async () => {
    const dla = await cohort('DLA-2027-01');
    const unknown = Buffer.from('Person:99999999').toString('base64url');
    const res = (await server.gql(ENROLL, { input: { cohortId: dla.id, personIds: [leaders[1]!.id, unknown] } })).data.enroll;
    expect(res).toMatchObject({ enrollments: [], errors: [{ field: 'personIds.1', code: ERROR_CODES.NOT_FOUND }] });
    const after = await cohort('DLA-2027-01');
    expect(after.enrollments.nodes.some((e: any) => e.person.id === leaders[1]!.id)).toBe(false);
  });

  it('gives a freed seat to the first on the waitlist and closes up the line', async () => {
    const before = await cohort('DLA-2027-01');
    const seated = before.enrollments.nodes.find((e: any) => e.status === 'ENROLLED');
    const first = before.enrollments.nodes.find((e: any) => e.waitlistPosition === 1);
    const res = (await server.gql(WITHDRAW, { input: { enrollmentId: seated.id, reason: 'Tugas dinas luar negeri' } })).data.withdraw;
    expect(res).toMatchObject({ errors: [], enrollment: { id: seated.id, status: 'WITHDRAWN' }, promoted: { id: first.id, status: 'ENROLLED' } });
    const after = await cohort('DLA-2027-01');
    expect(after).toMatchObject({ enrolledCount: 8, waitlistedCount: 3 });
    const line = after.enrollments.nodes.filter((e: any) => e.status === 'WAITLISTED').map((e: any) => e.waitlistPosition).sort();
    expect(line).toEqual([1, 2, 3]);
    const again = (await server.gql(WITHDRAW, { input: { enrollmentId: seated.id } })).data.withdraw;
    expect(again.errors).toMatchObject([{ code: ERROR_CODES.NOT_WITHDRAWABLE }]);
  });

  it('seats the head of the waitlist when the capacity grows', async () => {
    const before = await cohort('DLA-2027-01');
    const res = await server.gql(`mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { cohort { capacity } errors { code } } }`, { input: { id: before.id, capacity: before.capacity + 2 } });
    expect(res.data.updateCohort).toEqual({ cohort: { capacity: before.capacity + 2 }, errors: [] });
    const after = await cohort('DLA-2027-01');
    expect(after).toMatchObject({ enrolledCount: before.enrolledCount + 2, waitlistedCount: before.waitlistedCount - 2 });
    const line = after.enrollments.nodes.filter((e: any) => e.status === 'WAITLISTED').map((e: any) => e.waitlistPosition);
    expect(line).toEqual(Array.from({ length: before.waitlistedCount - 2 }, (_, i) => i + 1));
  });

  it('seats people directly while a cohort has room', async () => {
    const pka = await cohort('PKA-2027-01');
    const eselon3 = (await server.gql(PEOPLE, { groups: ['III'] })).data.persons.nodes;
    const taken = new Set(pka.enrollments.nodes.map((e: any) => e.person.id));
    const fresh = eselon3.filter((p: any) => !taken.has(p.id)).slice(0, 3).map((p: any) => p.id);
    const res = (await server.gql(ENROLL, { input: { cohortId: pka.id, personIds: fresh } })).data.enroll;
    expect(res.enrollments.map((e: any) => e.status)).toEqual(['ENROLLED', 'ENROLLED', 'ENROLLED']);
    expect((await cohort('PKA-2027-01')).enrolledCount).toBe(pka.enrolledCount + 3);
  });

  it('takes no enrolment into a closed cohort', async () => {
    const closed = await cohort('PKA-2026-01');
    const eselon3 = (await server.gql(PEOPLE, { groups: ['III'] })).data.persons.nodes;
    const taken = new Set(closed.enrollments.nodes.map((e: any) => e.person.id));
    const person = eselon3.find((p: any) => !taken.has(p.id));
    const res = (await server.gql(ENROLL, { input: { cohortId: closed.id, personIds: [person.id] } })).data.enroll;
    expect(res.errors).toMatchObject([{ field: 'cohortId', code: ERROR_CODES.COHORT_NOT_OPEN }]);
  });
});
