import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import type { Client, RunningServer } from '../support/server.js';
import {
  ARCHIVE, codes, CREATE_ACADEMY, CREATE_AGENCY, CREATE_COHORT, CREATE_FACILITATOR, CREATE_MODULE, CREATE_PROGRAM, CREATE_VENUE, createCatalogue,
  emptyServer, mutate, SETUP, steps, UPDATE_ACADEMY, UPDATE_AGENCY, UPDATE_FACILITATOR, UPDATE_MODULE, UPDATE_PERSON, UPDATE_PROGRAM, UPDATE_VENUE,
} from '../support/catalogue.js';

/**
 * Issue 17: an academy set up from an empty database through the API alone, with the rules
 * of the catalogue enforced on the server: the set-up checklist, unique codes, tenancy
 * across two academies, stale versions. Archived objects, people and the imports are in
 * catalogue-in-use.test.ts.
 */

let server: RunningServer;
let admin: Client;
let orgA: Client;
let orgB: Client;
let ids: Record<string, string> = {};

beforeAll(async () => {
  ({ server, admin } = await emptyServer());
});

afterAll(async () => {
  await server?.stop();
});

/** The checklist's counts after each step of the set-up, as the academy's own user sees them. */
const AFTER = {
  ACADEMY: { ACADEMY: 1, ORGANIZER: 0 },
  ORGANIZER: { ACADEMY: 1, ORGANIZER: 1, AGENCIES: 0 },
  AGENCIES: { AGENCIES: 1, PROGRAMS: 0 },
  PROGRAMS: { PROGRAMS: 1, MODULES: 0 },
  VENUES: { MODULES: 1, VENUES: 2, FACILITATORS: 1, ROSTER: 0 },
  ROSTER: { ROSTER: 1, COHORT: 0 },
};

describe('an academy from an empty database', () => {
  it('moves through the set-up checklist step by step', async () => {
    const empty = (await admin.gql(SETUP)).data.setupProgress;
    expect(empty.academy).toBeNull();
    expect(empty.complete).toBe(false);
    expect(empty.steps.map((s: { key: string }) => s.key)).toEqual(['ACADEMY', 'ORGANIZER', 'AGENCIES', 'PROGRAMS', 'MODULES', 'VENUES', 'FACILITATORS', 'ROSTER', 'COHORT']);
    expect(empty.steps.every((s: { done: boolean; count: number }) => !s.done && s.count === 0)).toBe(true);

    ({ orgA, orgB, ids } = await createCatalogue(server, admin, async (done, as) => {
      expect(await steps(as), done).toMatchObject(AFTER[done]);
    }));
    const done = (await orgA.gql(SETUP)).data.setupProgress;
    expect(done.complete).toBe(true);
    expect(done.academy).toEqual({ code: 'BPSDM-A' });
    // Organizer B's academy is still at its start.
    expect(await steps(orgB)).toMatchObject({ ACADEMY: 1, ORGANIZER: 1, AGENCIES: 0, ROSTER: 0 });
  });

  it('refuses a venue with neither an address nor a link', async () => {
    const nowhere = await mutate(orgA, 'createVenue', CREATE_VENUE, { i: { code: 'X', name: 'Nowhere', capacity: 10, timeZone: 'WIB' } });
    expect(nowhere.errors.map((e: { field: string }) => e.field)).toContain('address');
    expect(await steps(orgA)).toMatchObject({ VENUES: 2 });
  });
});

describe('codes', () => {
  it('are unique per academy for programs, modules, cohorts and venues, and nationally for academies and agencies', async () => {
    const dup = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'BPSDM-A', name: 'Again' } });
    expect(codes(dup)).toEqual([ERROR_CODES.CODE_TAKEN]);
    expect(codes(await mutate(orgA, 'createProgram', CREATE_PROGRAM, { i: { code: 'dla', name: 'Again', kind: 'OTHER', targetEselonGroups: [] } }))).toEqual([ERROR_CODES.CODE_TAKEN]);
    expect(codes(await mutate(orgA, 'createVenue', CREATE_VENUE, { i: { code: 'AULA-1', name: 'Again', capacity: 5, timeZone: 'WIB', address: 'x' } }))).toEqual([ERROR_CODES.CODE_TAKEN]);
    const p2 = await mutate(orgA, 'createProgram', CREATE_PROGRAM, { i: { code: 'PKA', name: 'PKA', kind: 'PKA', targetEselonGroups: ['III'] } });
    // Module codes are unique across the academy's programs.
    expect(codes(await mutate(orgA, 'createTrainingModule', CREATE_MODULE, { i: { programId: p2.program.id, code: 'DLA-01', title: 'x', competencyArea: 'ARTIFICIAL_INTELLIGENCE', format: 'ONLINE', jp: 1 } }))).toEqual([ERROR_CODES.CODE_TAKEN]);
    expect(codes(await mutate(orgA, 'createCohort', CREATE_COHORT, { i: { programId: ids.programA, code: 'DLA-2027-01', name: 'x', startDate: '2027-03-01', endDate: '2027-03-02', capacity: 5 } }))).toEqual([ERROR_CODES.CODE_TAKEN]);

    // Academy B may use the same program, module, venue and cohort codes…
    const agB = await mutate(orgB, 'createAgency', CREATE_AGENCY, { i: { code: 'BKD-B', name: 'BKD B', level: 'PUSAT', timeZone: 'WITA' } });
    expect(agB.errors).toEqual([]);
    ids.agencyB = agB.agency.id;
    const pB = await mutate(orgB, 'createProgram', CREATE_PROGRAM, { i: { code: 'DLA', name: 'DLA B', kind: 'DLA', targetEselonGroups: [] } });
    expect(pB.errors).toEqual([]);
    ids.programB = pB.program.id;
    expect((await mutate(orgB, 'createTrainingModule', CREATE_MODULE, { i: { programId: ids.programB, code: 'DLA-01', title: 'x', competencyArea: 'ARTIFICIAL_INTELLIGENCE', format: 'ONLINE', jp: 1 } })).errors).toEqual([]);
    expect((await mutate(orgB, 'createVenue', CREATE_VENUE, { i: { code: 'AULA-1', name: 'Aula B', capacity: 20, timeZone: 'WITA', address: 'Makassar' } })).errors).toEqual([]);
    expect((await mutate(orgB, 'createCohort', CREATE_COHORT, { i: { programId: ids.programB, code: 'DLA-2027-01', name: 'DLA B I', startDate: '2027-02-01', endDate: '2027-02-05', capacity: 30, timeZone: 'WITA' } })).errors).toEqual([]);
    // …but not an agency code of another academy: agency codes are national.
    const taken = await mutate(orgB, 'createAgency', CREATE_AGENCY, { i: { code: 'DISKOMINFO-A', name: 'x', level: 'PUSAT', timeZone: 'WIB' } });
    expect(taken.errors).toEqual([{ field: 'code', code: ERROR_CODES.CODE_TAKEN, message: expect.any(String) }]);
  });
});

describe('codes taken at the same moment', () => {
  it('answer cohort/code-taken to all but one of simultaneous requests, never a server error', async () => {
    const tries = await Promise.all(Array.from({ length: 8 }, (_, i) => orgA.gql(CREATE_VENUE, { i: { code: 'SAMA', name: `Ruang ${i}`, capacity: 10, timeZone: 'WIB', address: 'x' } })));
    for (const t of tries) expect(t.errors).toBeUndefined();
    const outcomes = tries.map((t) => t.data.createVenue.errors.map((e: { code: string }) => e.code).join() || 'created');
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'created')).toEqual(Array(7).fill(ERROR_CODES.CODE_TAKEN));
    const agencies = await Promise.all(Array.from({ length: 6 }, () => orgA.gql(CREATE_AGENCY, { i: { code: 'SERENTAK', name: 'x', level: 'PUSAT', timeZone: 'WIB' } })));
    expect(agencies.filter((t) => t.data.createAgency.agency)).toHaveLength(1);
    expect(agencies.every((t) => !t.errors)).toBe(true);
  });
});

describe('tenancy', () => {
  it("makes another academy's objects look missing, for reads and edits", async () => {
    for (const [mutation, query, input] of [
      ['updateProgram', UPDATE_PROGRAM, { id: ids.programA, version: 1, name: 'x' }],
      ['updateAgency', UPDATE_AGENCY, { id: ids.agencyA, version: 1, name: 'x' }],
      ['updateVenue', UPDATE_VENUE, { id: ids.venueA, version: 1, name: 'x' }],
      ['updateFacilitator', UPDATE_FACILITATOR, { id: ids.facilitatorA, version: 1, phone: '0812 3456 7890' }],
      ['updateTrainingModule', UPDATE_MODULE, { id: ids.moduleA, version: 1, title: 'x' }],
      ['updatePerson', UPDATE_PERSON, { id: ids.personA, version: 1, name: 'x' }],
    ] as const) {
      const p = await mutate(orgB, mutation, query, { i: input });
      expect(codes(p), mutation).toEqual([ERROR_CODES.NOT_FOUND]);
    }
    for (const id of [ids.programA, ids.agencyA, ids.venueA, ids.personA]) {
      expect(codes(await mutate(orgB, 'archive', ARCHIVE, { id }))).toEqual([ERROR_CODES.NOT_FOUND]);
    }
    // B cannot hang its things on A's agency or program.
    expect(codes(await mutate(orgB, 'createTrainingModule', CREATE_MODULE, { i: { programId: ids.programA, code: 'B-X', title: 'x', competencyArea: 'ARTIFICIAL_INTELLIGENCE', format: 'ONLINE', jp: 1 } }))).toEqual([ERROR_CODES.NOT_FOUND]);
    expect(codes(await mutate(orgB, 'createFacilitator', CREATE_FACILITATOR, { i: { name: 'x', kind: 'COACH', agencyId: ids.agencyA } }))).toEqual([ERROR_CODES.NOT_FOUND]);
    expect(codes(await mutate(orgB, 'createAgency', CREATE_AGENCY, { i: { code: 'B-INTO-A', name: 'x', level: 'PUSAT', timeZone: 'WIB', academyId: ids.academyA } }))).toEqual([ERROR_CODES.NOT_FOUND]);
    const lists = (await orgB.gql('{ programs(first: 10) { nodes { code academy { code } } } agencies(first: 10) { nodes { code } } venues(first: 10) { totalCount } }')).data;
    expect(lists.programs.nodes.every((p: { academy: { code: string } }) => p.academy.code === 'BPSDM-B')).toBe(true);
    expect(lists.agencies.nodes.map((a: { code: string }) => a.code)).toEqual(['BKD-B']);
    expect((await orgB.gql('query($id: ID!) { node(id: $id) { id } }', { id: ids.programA })).data.node).toBeNull();
    // Academies are created and changed by admins only.
    expect((await orgA.gql(CREATE_ACADEMY, { i: { code: 'X', name: 'x' } })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
    expect((await orgA.gql(ARCHIVE, { id: ids.academyA })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
  });
});

describe('versions', () => {
  it('refuse a stale edit and answer the current object, on every catalogue type', async () => {
    const cases = [
      ['updateAcademy', UPDATE_ACADEMY, 'academy', admin, { id: ids.academyA, name: 'BPSDM A (baru)' }],
      ['updateAgency', UPDATE_AGENCY, 'agency', orgA, { id: ids.agencyA, name: 'Diskominfo A (baru)' }],
      ['updateProgram', UPDATE_PROGRAM, 'program', orgA, { id: ids.programA, name: 'DLA (baru)' }],
      ['updateVenue', UPDATE_VENUE, 'venue', orgA, { id: ids.venueA, name: 'Aula (baru)' }],
      ['updateFacilitator', UPDATE_FACILITATOR, 'facilitator', orgA, { id: ids.facilitatorA, phone: '+62 812 0000 1111' }],
      ['updateTrainingModule', UPDATE_MODULE, 'trainingModule', orgA, { id: ids.moduleA, title: 'Kepemimpinan Digital (baru)' }],
      ['updatePerson', UPDATE_PERSON, 'person', orgA, { id: ids.personA, name: 'Budi Santoso, M.Si.' }],
    ] as const;
    for (const [mutation, query, key, who, input] of cases) {
      const first = await mutate(who, mutation, query, { i: { ...input, version: 1 } });
      expect(first.errors, mutation).toEqual([]);
      expect(first[key].version, mutation).toBe(2);
      // The second editor read version 1 too.
      const stale = await mutate(who, mutation, query, { i: { ...input, version: 1 } });
      expect(codes(stale), mutation).toEqual([ERROR_CODES.STALE_VERSION]);
      expect(stale[key], mutation).toMatchObject({ id: input.id, version: 2 });
    }
  });

  it('move with a change of qualified facilitators alone', async () => {
    const f2 = await mutate(orgA, 'createFacilitator', CREATE_FACILITATOR, { i: { name: 'Coach Rina', kind: 'COACH' } });
    const moved = await mutate(orgA, 'updateTrainingModule', UPDATE_MODULE, { i: { id: ids.moduleA, version: 2, facilitatorIds: [ids.facilitatorA, f2.facilitator.id] } });
    expect(moved.errors).toEqual([]);
    expect(moved.trainingModule.version).toBe(3);
    expect(moved.trainingModule.facilitators.map((f: { name: string }) => f.name)).toEqual(['Coach Rina', 'Dr. Widya']);
  });
});
