import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { totpNow } from '../support/auth.js';
import { nip, rosterCsv } from '../support/roster.js';

/**
 * Issue 17: an academy set up from an empty database through the API alone, with every
 * rule of the catalogue enforced on the server: archived objects refused for new use,
 * stale versions, unique codes, tenancy across two academies, the agency import.
 */
const CLI = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));

let server: RunningServer;
let admin: Client;
let orgA: Client;
let orgB: Client;
const ids: Record<string, string> = {};

const SETUP = '{ setupProgress { complete academy { code } steps { key done count } } }';
async function steps(c: Client): Promise<Record<string, number>> {
  const r = await c.gql(SETUP);
  expect(r.errors).toBeUndefined();
  return Object.fromEntries(r.data.setupProgress.steps.map((s: { key: string; count: number }) => [s.key, s.count]));
}

/** Runs a mutation whose payload has `errors`; returns the payload. */
async function mutate(c: Client, field: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const r = await c.gql(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[field];
}
const codes = (p: { errors: { code: string }[] }) => p.errors.map((e) => e.code);

const CREATE_ACADEMY = 'mutation($i: CreateAcademyInput!) { createAcademy(input: $i) { academy { id code version archivedAt certificatePrefix } errors { field code } } }';
const UPDATE_ACADEMY = 'mutation($i: UpdateAcademyInput!) { updateAcademy(input: $i) { academy { id name version } errors { field code } } }';
const CREATE_AGENCY = 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { agency { id code version academy { code } } errors { field code message } } }';
const CREATE_AGENCIES = 'mutation($i: [CreateAgencyInput!]!) { createAgencies(input: $i) { agencies { id code } errors { field code } } }';
const UPDATE_AGENCY = 'mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { agency { id name version } errors { field code } } }';
const IMPORT_AGENCIES = 'mutation($csv: String!, $dry: Boolean) { importAgencies(csv: $csv, dryRun: $dry) { dryRun totalRows validRows created updated rejectedRows rowErrors { row field code message } errors { field code } } }';
const CREATE_PROGRAM = 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id code kind completionThreshold version } errors { field code } } }';
const UPDATE_PROGRAM = 'mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { program { id name version completionThreshold } errors { field code } } }';
const CREATE_MODULE = 'mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { trainingModule { id code jp facilitators { name } } errors { field code } } }';
const UPDATE_MODULE = 'mutation($i: UpdateTrainingModuleInput!) { updateTrainingModule(input: $i) { trainingModule { id version facilitators { name } } errors { field code } } }';
const CREATE_VENUE = 'mutation($i: CreateVenueInput!) { createVenue(input: $i) { venue { id code timeZone onlineUrl } errors { field code } } }';
const UPDATE_VENUE = 'mutation($i: UpdateVenueInput!) { updateVenue(input: $i) { venue { id name version } errors { field code } } }';
const CREATE_FACILITATOR = 'mutation($i: CreateFacilitatorInput!) { createFacilitator(input: $i) { facilitator { id name email agency { code } } errors { field code } } }';
const UPDATE_FACILITATOR = 'mutation($i: UpdateFacilitatorInput!) { updateFacilitator(input: $i) { facilitator { id phone version } errors { field code } } }';
const CREATE_PERSON = 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id name eselon eselonGroup jobTitle email version supervisor { name } agency { code } } errors { field code message } } }';
const UPDATE_PERSON = 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { id name eselon eselonGroup positionType version supervisor { name } } errors { field code message } } }';
const ARCHIVE = 'mutation($id: ID!) { archive(id: $id) { node { id ... on Program { archivedAt } } errors { field code } } }';
const RESTORE = 'mutation($id: ID!) { restore(id: $id) { node { id } errors { field code } } }';
const CREATE_COHORT = 'mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id code completionThreshold } errors { field code } } }';
const IMPORT_PERSONS = 'mutation($csv: String!, $dry: Boolean) { importPersons(csv: $csv, dryRun: $dry) { created validRows unknownAgencyCodes rowErrors { row field code message } errors { code } } }';

const PNS_1 = nip('1968-03-12', '1993-04', 'MALE', 11);
const PNS_2 = nip('1990-07-01', '2015-02', 'FEMALE', 12);
const PNS_3 = nip('1975-01-20', '2000-03', 'MALE', 13);

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  await promisify(execFile)(process.execPath, [CLI, 'admin:create', '--email', 'ops@lintas.test', '--name', 'Operator'], {
    env: { ...process.env, DATABASE_URL: server.databaseUrl, LINTAS_ADMIN_PASSWORD: 'operator-password-1' },
  });
  const c = await server.signIn('ops@lintas.test', 'operator-password-1');
  const secret = (await c.gql('mutation { startMfaEnrolment { secret } }')).data.startMfaEnrolment.secret as string;
  const confirmed = await c.gql('mutation($code: String!) { confirmMfaEnrolment(code: $code) { errors { code } } }', { code: totpNow(secret) });
  expect(confirmed.data.confirmMfaEnrolment.errors).toEqual([]);
  admin = c;
});

afterAll(async () => {
  await server?.stop();
});

describe('an academy from an empty database', () => {
  it('moves through the set-up checklist step by step', async () => {
    const empty = (await admin.gql(SETUP)).data.setupProgress;
    expect(empty.academy).toBeNull();
    expect(empty.complete).toBe(false);
    expect(empty.steps.map((s: { key: string }) => s.key)).toEqual(['ACADEMY', 'ORGANIZER', 'AGENCIES', 'PROGRAMS', 'MODULES', 'VENUES', 'FACILITATORS', 'ROSTER', 'COHORT']);
    expect(empty.steps.every((s: { done: boolean; count: number }) => !s.done && s.count === 0)).toBe(true);

    const a = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'bpsdm-a', name: 'BPSDM A', province: 'Kepulauan Bangka Belitung', certificatePrefix: 'STTP-A' } });
    expect(a.errors).toEqual([]);
    expect(a.academy).toMatchObject({ code: 'BPSDM-A', version: 1, archivedAt: null, certificatePrefix: 'STTP-A' });
    ids.academyA = a.academy.id;
    expect(await steps(admin)).toMatchObject({ ACADEMY: 1, ORGANIZER: 0 });

    const b = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'BPSDM-B', name: 'BPSDM B', timeZone: 'WITA' } });
    ids.academyB = b.academy.id;
    const dup = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'BPSDM-A', name: 'Again' } });
    expect(codes(dup)).toEqual([ERROR_CODES.CODE_TAKEN]);

    for (const [key, email, academyId] of [['A', 'org-a@lintas.test', ids.academyA], ['B', 'org-b@lintas.test', ids.academyB]] as const) {
      const made = await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
        i: { email, name: `Organizer ${key}`, role: 'ORGANIZER', academyId, password: 'organizer-password-1' },
      });
      expect(made.data.createAccount.errors).toEqual([]);
    }
    orgA = await server.signIn('org-a@lintas.test', 'organizer-password-1');
    orgB = await server.signIn('org-b@lintas.test', 'organizer-password-1');
    expect(await steps(orgA)).toMatchObject({ ACADEMY: 1, ORGANIZER: 1, AGENCIES: 0 });

    const ag = await mutate(orgA, 'createAgency', CREATE_AGENCY, { i: { code: 'diskominfo-a', name: 'Diskominfo A', level: 'DAERAH', province: 'Kepulauan Bangka Belitung', timeZone: 'WIB' } });
    expect(ag.errors).toEqual([]);
    expect(ag.agency).toMatchObject({ code: 'DISKOMINFO-A', version: 1, academy: { code: 'BPSDM-A' } });
    ids.agencyA = ag.agency.id;
    expect(await steps(orgA)).toMatchObject({ AGENCIES: 1, PROGRAMS: 0 });

    const p = await mutate(orgA, 'createProgram', CREATE_PROGRAM, { i: { code: 'DLA', name: 'Digital Leadership Academy', kind: 'DLA', targetEselonGroups: ['I', 'II', 'III'], completionThreshold: 0.75 } });
    expect(p.errors).toEqual([]);
    expect(p.program).toMatchObject({ code: 'DLA', kind: 'DLA', completionThreshold: 0.75, version: 1 });
    ids.programA = p.program.id;
    expect(await steps(orgA)).toMatchObject({ PROGRAMS: 1, MODULES: 0 });

    const f = await mutate(orgA, 'createFacilitator', CREATE_FACILITATOR, { i: { name: 'Dr. Widya', kind: 'WIDYAISWARA', agencyId: ids.agencyA, email: 'widya@example.test' } });
    expect(f.errors).toEqual([]);
    expect(f.facilitator).toMatchObject({ name: 'Dr. Widya', email: 'widya@example.test', agency: { code: 'DISKOMINFO-A' } });
    ids.facilitatorA = f.facilitator.id;

    const m = await mutate(orgA, 'createTrainingModule', CREATE_MODULE, {
      i: { programId: ids.programA, code: 'dla-01', title: 'Kepemimpinan Digital', competencyArea: 'DIGITAL_LITERACY', format: 'CLASSROOM', jp: 2, facilitatorIds: [ids.facilitatorA] },
    });
    expect(m.errors).toEqual([]);
    expect(m.trainingModule).toMatchObject({ code: 'DLA-01', jp: 2, facilitators: [{ name: 'Dr. Widya' }] });
    ids.moduleA = m.trainingModule.id;

    const v = await mutate(orgA, 'createVenue', CREATE_VENUE, { i: { code: 'aula-1', name: 'Aula', capacity: 40, timeZone: 'WIB', address: 'Jl. Pahlawan 12' } });
    expect(v.errors).toEqual([]);
    ids.venueA = v.venue.id;
    const online = await mutate(orgA, 'createVenue', CREATE_VENUE, { i: { code: 'zoom', name: 'Kelas daring', capacity: 300, timeZone: 'WIB', onlineUrl: 'https://meet.example.test/dla' } });
    expect(online.venue).toMatchObject({ code: 'ZOOM', onlineUrl: 'https://meet.example.test/dla' });
    const nowhere = await mutate(orgA, 'createVenue', CREATE_VENUE, { i: { code: 'X', name: 'Nowhere', capacity: 10, timeZone: 'WIB' } });
    expect(nowhere.errors.map((e: { field: string }) => e.field)).toContain('address');
    expect(await steps(orgA)).toMatchObject({ MODULES: 1, VENUES: 2, FACILITATORS: 1, ROSTER: 0 });

    const person = await mutate(orgA, 'createPerson', CREATE_PERSON, {
      i: { nip: PNS_1, name: 'Budi Santoso', employmentType: 'PNS', positionType: 'STRUKTURAL', jptClass: 'JPT_PRATAMA', position: 'Kepala Dinas', agencyId: ids.agencyA, email: 'budi@example.test' },
    });
    expect(person.errors).toEqual([]);
    expect(person.person).toMatchObject({ name: 'Budi Santoso', eselon: 'IIa', eselonGroup: 'II', jobTitle: 'Kepala Dinas', email: 'budi@example.test', version: 1 });
    ids.personA = person.person.id;
    expect(await steps(orgA)).toMatchObject({ ROSTER: 1, COHORT: 0 });

    const cohort = await mutate(orgA, 'createCohort', CREATE_COHORT, { i: { programId: ids.programA, code: 'DLA-2027-01', name: 'DLA I', startDate: '2027-02-01', endDate: '2027-02-05', capacity: 30 } });
    expect(cohort.errors).toEqual([]);
    // A new cohort takes its program's threshold.
    expect(cohort.cohort.completionThreshold).toBe(0.75);
    ids.cohortA = cohort.cohort.id;
    const done = (await orgA.gql(SETUP)).data.setupProgress;
    expect(done.complete).toBe(true);
    expect(done.academy).toEqual({ code: 'BPSDM-A' });
    // Organizer B's academy is still at its start.
    expect(await steps(orgB)).toMatchObject({ ACADEMY: 1, ORGANIZER: 1, AGENCIES: 0, ROSTER: 0 });
  });
});

describe('codes', () => {
  it('are unique per academy for programs, modules, cohorts and venues, and nationally for agencies', async () => {
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

describe('archived objects', () => {
  it('stay readable, leave the lists, and are refused for new use until restored', async () => {
    const archived = await mutate(orgA, 'archive', ARCHIVE, { id: ids.programA });
    expect(archived.errors).toEqual([]);
    expect(archived.node.archivedAt).toEqual(expect.any(String));
    // History: the cohort still shows its program; the list leaves it out unless asked.
    const read = (await orgA.gql('query($id: ID!) { cohort(id: $id) { program { code archivedAt } } programs(first: 10) { nodes { code } } all: programs(first: 10, includeArchived: true) { nodes { code } } }', { id: ids.cohortA })).data;
    expect(read.cohort.program).toEqual({ code: 'DLA', archivedAt: expect.any(String) });
    expect(read.programs.nodes.map((p: { code: string }) => p.code)).toEqual(['PKA']);
    expect(read.all.nodes.map((p: { code: string }) => p.code)).toEqual(['DLA', 'PKA']);
    expect(codes(await mutate(orgA, 'createCohort', CREATE_COHORT, { i: { programId: ids.programA, code: 'DLA-2027-02', name: 'x', startDate: '2027-03-01', endDate: '2027-03-02', capacity: 5 } }))).toEqual([ERROR_CODES.ARCHIVED]);
    expect(codes(await mutate(orgA, 'createTrainingModule', CREATE_MODULE, { i: { programId: ids.programA, code: 'DLA-09', title: 'x', competencyArea: 'ARTIFICIAL_INTELLIGENCE', format: 'ONLINE', jp: 1 } }))).toEqual([ERROR_CODES.ARCHIVED]);
    // An archived object is not edited either.
    const version = (await orgA.gql('query($id: ID!) { node(id: $id) { ... on Program { version } } }', { id: ids.programA })).data.node.version;
    expect(codes(await mutate(orgA, 'updateProgram', UPDATE_PROGRAM, { i: { id: ids.programA, version, name: 'x' } }))).toEqual([ERROR_CODES.ARCHIVED]);
    // An edit opened before the archive (its version is now behind) hears the same: archived, not stale.
    expect(codes(await mutate(orgA, 'updateProgram', UPDATE_PROGRAM, { i: { id: ids.programA, version: version - 1, name: 'x' } }))).toEqual([ERROR_CODES.ARCHIVED]);
    expect((await mutate(orgA, 'restore', RESTORE, { id: ids.programA })).errors).toEqual([]);
    expect((await mutate(orgA, 'createCohort', CREATE_COHORT, { i: { programId: ids.programA, code: 'DLA-2027-02', name: 'DLA II', startDate: '2027-02-01', endDate: '2027-02-05', capacity: 5 } })).errors).toEqual([]);
  });

  it('refuses an archived module, venue and facilitator in a session', async () => {
    const SCHEDULE = 'mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { sessions { id } errors { field code } } }';
    const base = { cohortId: ids.cohortA, moduleId: ids.moduleA, startsAt: '2027-02-01T01:00:00Z', endsAt: '2027-02-01T02:30:00Z', venueId: ids.venueA, facilitatorId: ids.facilitatorA };
    for (const id of [ids.moduleA, ids.venueA, ids.facilitatorA]) {
      expect((await mutate(orgA, 'archive', ARCHIVE, { id })).errors).toEqual([]);
      const refused = await mutate(orgA, 'scheduleSession', SCHEDULE, { i: base });
      expect(codes(refused)).toEqual([ERROR_CODES.ARCHIVED]);
      expect((await mutate(orgA, 'restore', RESTORE, { id })).errors).toEqual([]);
    }
    const ok = await mutate(orgA, 'scheduleSession', SCHEDULE, { i: base });
    expect(ok.errors).toEqual([]);
  });

  it("treats a facilitator's unavailability as a hard conflict", async () => {
    const ADD = 'mutation($i: UnavailabilityInput!) { addUnavailability(input: $i) { facilitatorUnavailability { id facilitator { name } } errors { code } } }';
    const added = await mutate(orgA, 'addUnavailability', ADD, { i: { facilitatorId: ids.facilitatorA, startsAt: '2027-02-02T00:00:00Z', endsAt: '2027-02-02T09:00:00Z', reason: 'Mengajar di tempat lain' } });
    expect(added.errors).toEqual([]);
    expect(added.facilitatorUnavailability.facilitator).toEqual({ name: 'Dr. Widya' });
    expect((await mutate(orgB, 'addUnavailability', ADD, { i: { facilitatorId: ids.facilitatorA, startsAt: '2027-02-02T00:00:00Z', endsAt: '2027-02-02T09:00:00Z' } })).errors).toEqual([{ code: ERROR_CODES.NOT_FOUND }]);
    const listed = (await orgA.gql('query($id: ID!) { node(id: $id) { ... on Facilitator { unavailability(first: 5) { totalCount nodes { reason } } } } }', { id: ids.facilitatorA })).data.node;
    expect(listed.unavailability).toEqual({ totalCount: 1, nodes: [{ reason: 'Mengajar di tempat lain' }] });
    const SCHEDULE = 'mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { sessions { id } issues { code severity } errors { code } } }';
    const refused = await orgA.gql(SCHEDULE, { i: { cohortId: ids.cohortA, moduleId: ids.moduleA, startsAt: '2027-02-02T01:00:00Z', endsAt: '2027-02-02T02:30:00Z', facilitatorId: ids.facilitatorA } });
    expect(refused.errors).toBeUndefined();
    const payload = refused.data.scheduleSession;
    expect(payload.sessions).toEqual([]);
    expect(payload.errors.map((e: { code: string }) => e.code)).toEqual([ERROR_CODES.HARD_CONFLICTS]);
    expect(payload.issues).toContainEqual({ code: ERROR_CODES.FACILITATOR_UNAVAILABLE, severity: 'CONFLICT' });
    const REMOVE = 'mutation($id: ID!) { removeUnavailability(id: $id) { errors { code } } }';
    expect((await mutate(orgB, 'removeUnavailability', REMOVE, { id: added.facilitatorUnavailability.id })).errors).toEqual([{ code: ERROR_CODES.NOT_FOUND }]);
    expect((await mutate(orgA, 'removeUnavailability', REMOVE, { id: added.facilitatorUnavailability.id })).errors).toEqual([]);
  });

  it('refuses enrolling an archived person and people on an archived agency', async () => {
    const ENROLL = 'mutation($i: EnrollInput!) { enroll(input: $i) { errors { field code } } }';
    expect((await mutate(orgA, 'archive', ARCHIVE, { id: ids.personA })).errors).toEqual([]);
    expect(codes(await mutate(orgA, 'enroll', ENROLL, { i: { cohortId: ids.cohortA, personIds: [ids.personA] } }))).toEqual([ERROR_CODES.ARCHIVED]);
    const roster = (await orgA.gql('{ persons(first: 10) { totalCount } all: persons(first: 10, includeArchived: true) { totalCount } }')).data;
    expect(roster).toEqual({ persons: { totalCount: 0 }, all: { totalCount: 1 } });
    const reimport = await mutate(orgA, 'importPersons', IMPORT_PERSONS, { csv: rosterCsv([{ nip: PNS_1, name: 'Budi', positionType: 'PELAKSANA', agencyCode: 'DISKOMINFO-A' }]) });
    expect(reimport.rowErrors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['nip:object/archived']);
    expect(JSON.stringify(reimport)).not.toContain(PNS_1);
    expect((await mutate(orgA, 'restore', RESTORE, { id: ids.personA })).errors).toEqual([]);
    expect((await mutate(orgA, 'enroll', ENROLL, { i: { cohortId: ids.cohortA, personIds: [ids.personA] } })).errors).toEqual([]);

    expect((await mutate(orgA, 'archive', ARCHIVE, { id: ids.agencyA })).errors).toEqual([]);
    const onArchived = await mutate(orgA, 'createPerson', CREATE_PERSON, { i: { nip: PNS_2, name: 'Sari', employmentType: 'PNS', positionType: 'PELAKSANA', agencyId: ids.agencyA } });
    expect(codes(onArchived)).toEqual([ERROR_CODES.ARCHIVED]);
    const imported = await mutate(orgA, 'importPersons', IMPORT_PERSONS, { csv: rosterCsv([{ nip: PNS_2, name: 'Sari', positionType: 'PELAKSANA', agencyCode: 'DISKOMINFO-A' }]) });
    expect(imported.rowErrors.map((e: { code: string }) => e.code)).toEqual([ERROR_CODES.ARCHIVED]);
    expect(imported.created).toBe(0);
    expect((await mutate(orgA, 'restore', RESTORE, { id: ids.agencyA })).errors).toEqual([]);
  });

  it('answers not-archivable for other kinds', async () => {
    expect(codes(await mutate(orgA, 'archive', ARCHIVE, { id: ids.cohortA }))).toEqual([ERROR_CODES.NOT_ARCHIVABLE]);
  });
});

describe('people', () => {
  it('are added and changed with the import checks, never echoing the NIP', async () => {
    const bad = await mutate(orgA, 'createPerson', CREATE_PERSON, { i: { nip: '19681312199304101X', name: 'Salah', employmentType: 'PNS', positionType: 'STRUKTURAL', agencyId: ids.agencyA } });
    expect(bad.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['eselon:person/eselon-mismatch', 'nip:nip/format'].sort());
    const badDate = nip('1968-03-12', '1993-04', 'MALE', 14).replace(/^19680312/, '19681332');
    const r = await mutate(orgA, 'createPerson', CREATE_PERSON, { i: { nip: badDate, name: 'Salah', employmentType: 'PNS', positionType: 'PELAKSANA', agencyId: ids.agencyA } });
    expect(codes(r)).toEqual([ERROR_CODES.NIP_BIRTH_DATE]);
    expect(JSON.stringify(r)).not.toContain(badDate);
    const dup = await mutate(orgA, 'createPerson', CREATE_PERSON, { i: { nip: PNS_1, name: 'Budi lagi', employmentType: 'PNS', positionType: 'PELAKSANA', agencyId: ids.agencyA } });
    expect(codes(dup)).toEqual([ERROR_CODES.NIP_DUPLICATE]);
    expect(JSON.stringify(dup)).not.toContain(PNS_1);
    // B may not take A's person.
    const other = await mutate(orgB, 'createPerson', CREATE_PERSON, { i: { nip: PNS_1, name: 'Budi', employmentType: 'PNS', positionType: 'PELAKSANA', agencyId: ids.agencyB } });
    expect(codes(other)).toEqual([ERROR_CODES.OTHER_ROSTER]);
    expect(JSON.stringify(other)).not.toContain(PNS_1);
    expect(codes(await mutate(orgA, 'createPerson', CREATE_PERSON, { i: { nip: PNS_3, name: 'x', employmentType: 'PNS', positionType: 'PELAKSANA', agencyId: ids.agencyA, email: 'not-an-address' } }))).toEqual([ERROR_CODES.INVALID_VALUE]);

    const junior = await mutate(orgA, 'createPerson', CREATE_PERSON, { i: { nip: PNS_3, name: 'Agus', employmentType: 'PNS', positionType: 'FUNGSIONAL', agencyId: ids.agencyA, supervisorId: ids.personA } });
    expect(junior.errors).toEqual([]);
    expect(junior.person.supervisor).toEqual({ name: 'Budi Santoso, M.Si.' });
    const id = junior.person.id;
    const promoted = await mutate(orgA, 'updatePerson', UPDATE_PERSON, { i: { id, version: 1, positionType: 'STRUKTURAL', eselon: 'IIIa' } });
    expect(promoted.errors).toEqual([]);
    expect(promoted.person).toMatchObject({ positionType: 'STRUKTURAL', eselon: 'IIIa', eselonGroup: 'III', version: 2 });
    const noEselon = await mutate(orgA, 'updatePerson', UPDATE_PERSON, { i: { id, version: 2, eselon: null, positionType: 'PELAKSANA' } });
    expect(noEselon.person).toMatchObject({ positionType: 'PELAKSANA', eselon: null, eselonGroup: 'PELAKSANA' });
    expect(codes(await mutate(orgA, 'updatePerson', UPDATE_PERSON, { i: { id, version: 3, supervisorId: id } }))).toEqual([ERROR_CODES.NOT_FOUND]);
    const audit = (await admin.gql('{ auditEvents(first: 100) { nodes { action } } }')).data.auditEvents.nodes.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['mutation.createPerson', 'mutation.updatePerson']));
  });

  it("shows a person's JP this year (present or late, by the report's rule) and mentoring pairs", async () => {
    // A cohort early in the current year (WIB), one 2-JP session attended, one 1-JP session excused.
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    const cohort = await mutate(orgA, 'createCohort', CREATE_COHORT, { i: { programId: ids.programA, code: `DLA-${year}-00`, name: 'DLA 0', startDate: `${year}-01-02`, endDate: `${year}-01-03`, capacity: 5 } });
    expect(cohort.errors).toEqual([]);
    const ENROLL = 'mutation($i: EnrollInput!) { enroll(input: $i) { errors { field code } } }';
    expect((await mutate(orgA, 'enroll', ENROLL, { i: { cohortId: cohort.cohort.id, personIds: [ids.personA], overrideReason: 'uji' } })).errors).toEqual([]);
    const SCHEDULE = 'mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { sessions { id } errors { code } } }';
    const RECORD = 'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }';
    for (const [day, hours, status] of [['02', 1.5, 'PRESENT'], ['03', 0.75, 'EXCUSED']] as const) {
      const start = new Date(`${year}-01-${day}T01:00:00Z`);
      const s = await mutate(orgA, 'scheduleSession', SCHEDULE, { i: { cohortId: cohort.cohort.id, moduleId: ids.moduleA, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * 3_600_000).toISOString(), force: true } });
      expect(s.errors).toEqual([]);
      expect((await mutate(orgA, 'recordAttendance', RECORD, { s: s.sessions[0].id, e: [{ personId: ids.personA, status }] })).errors).toEqual([]);
    }
    // Warnings carry their values, for the SPA to word: 3 JP scheduled of the module's 2.
    const issues = (await orgA.gql('query($c: ID!) { scheduleConflicts(cohortId: $c) { code moduleId params { scheduledJp plannedJp } } }', { c: cohort.cohort.id })).data.scheduleConflicts;
    expect(issues).toContainEqual({ code: ERROR_CODES.JP_MISMATCH, moduleId: ids.moduleA, params: { scheduledJp: 3, plannedJp: 2 } });
    // A younger mentor (Gen Z) for the senior, in the year's cohort.
    const mentor = await mutate(orgA, 'createPerson', CREATE_PERSON, { i: { nip: nip('1997-04-04', '2021-01', 'FEMALE', 31), name: 'Putri', employmentType: 'PNS', positionType: 'FUNGSIONAL', agencyId: ids.agencyA } });
    expect(mentor.errors).toEqual([]);
    const pair = await mutate(orgA, 'createMentoringPair', 'mutation($c: ID!, $m: ID!, $e: ID!) { createMentoringPair(cohortId: $c, mentorId: $m, menteeId: $e) { pair { id } errors { code } } }', {
      c: cohort.cohort.id, m: mentor.person.id, e: ids.personA,
    });
    expect(pair.errors).toEqual([]);
    const PERSON = 'query($id: ID!) { node(id: $id) { ... on Person { jpThisYear mentoringPairs { id mentor { name } mentee { name } } enrollments(first: 5) { totalCount } } } }';
    const r = await orgA.gql(PERSON, { id: ids.personA });
    expect(r.errors).toBeUndefined();
    const together = [{ id: pair.pair.id, mentor: { name: 'Putri' }, mentee: { name: 'Budi Santoso, M.Si.' } }];
    expect(r.data.node).toEqual({ jpThisYear: 2, mentoringPairs: together, enrollments: { totalCount: 2 } });
    expect((await orgA.gql(PERSON, { id: mentor.person.id })).data.node).toEqual({ jpThisYear: 0, mentoringPairs: together, enrollments: { totalCount: 0 } });
  });
});

describe('agency import', () => {
  const CSV = [
    'code;name;level;province;time_zone',
    'DINKES-A;Dinas Kesehatan A;DAERAH;Kepulauan Bangka Belitung;WIB',
    'KEMENKOMINFO;Kementerian Komunikasi;PUSAT;;WIB',
    'BAD CODE!;x;DAERAH;x;WIB',
    'DINSOS-A;Dinas Sosial;REGIONAL;;WIT',
    'BKD-B;Taken by B;PUSAT;;WIB',
    'DISKOMINFO-A;Diskominfo A (impor);DAERAH;Kepulauan Bangka Belitung;WIB',
  ].join('\n');

  it('previews on a dry run and writes nothing', async () => {
    const dry = await mutate(orgA, 'importAgencies', IMPORT_AGENCIES, { csv: CSV, dry: true });
    expect(dry).toMatchObject({ dryRun: true, totalRows: 6, validRows: 3, created: 2, updated: 1, rejectedRows: 3, errors: [] });
    expect(JSON.stringify(dry.rowErrors)).not.toContain('BAD CODE');
    expect(dry.rowErrors.map((e: { row: number; field: string; code: string }) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '4:code:input/invalid-value', '5:level:input/invalid-value', '6:code:cohort/code-taken',
    ]);
    const agencies = (await orgA.gql('{ agencies(first: 50) { nodes { code } } }')).data.agencies.nodes.map((a: { code: string }) => a.code);
    expect(agencies).not.toContain('DINKES-A');
  });

  it('writes the good rows and reports the bad ones', async () => {
    const run = await mutate(orgA, 'importAgencies', IMPORT_AGENCIES, { csv: CSV });
    expect(run).toMatchObject({ dryRun: false, created: 2, updated: 1, rejectedRows: 3 });
    const agencies = (await orgA.gql('{ agencies(first: 50) { nodes { code name level province } } }')).data.agencies.nodes;
    expect(agencies.map((a: { code: string }) => a.code).sort()).toEqual(['DINKES-A', 'DISKOMINFO-A', 'KEMENKOMINFO', 'SERENTAK']);
    expect(agencies.find((a: { code: string }) => a.code === 'DISKOMINFO-A').name).toBe('Diskominfo A (impor)');
    const missing = await mutate(orgA, 'importAgencies', IMPORT_AGENCIES, { csv: 'code,name\nX,y' });
    expect(missing.errors).toEqual([{ field: 'csv.level', code: ERROR_CODES.CSV_MISSING_COLUMN }]);
  });

  it('createAgencies is all or nothing', async () => {
    const refused = await mutate(orgA, 'createAgencies', CREATE_AGENCIES, {
      i: [{ code: 'BAPPEDA-A', name: 'Bappeda', level: 'DAERAH', province: 'Babel', timeZone: 'WIB' }, { code: 'DINKES-A', name: 'Again', level: 'PUSAT', timeZone: 'WIB' }],
    });
    expect(refused).toEqual({ agencies: [], errors: [{ field: 'input.1.code', code: ERROR_CODES.CODE_TAKEN }] });
    const codesNow = (await orgA.gql('{ agencies(first: 50) { nodes { code } } }')).data.agencies.nodes.map((a: { code: string }) => a.code);
    expect(codesNow).not.toContain('BAPPEDA-A');
  });
});

describe('roster import', () => {
  it('lists the unknown agency codes once each, sorted, and imports after they are created', async () => {
    const rows = [
      { nip: nip('1985-05-10', '2010-03', 'FEMALE', 21), name: 'Satu', positionType: 'PELAKSANA', agencyCode: 'DISPAR-A' },
      { nip: nip('1986-05-10', '2011-03', 'MALE', 22), name: 'Dua', positionType: 'PELAKSANA', agencyCode: 'BAPPEDA-A' },
      { nip: nip('1987-05-10', '2012-03', 'FEMALE', 23), name: 'Tiga', positionType: 'PELAKSANA', agencyCode: 'DISPAR-A' },
      { nip: nip('1988-05-10', '2013-03', 'MALE', 24), name: 'Empat', positionType: 'PELAKSANA', agencyCode: 'DINKES-A' },
      { nip: nip('1989-05-10', '2014-03', 'FEMALE', 25), name: 'Lima', positionType: 'PELAKSANA', agencyCode: 'BKD-B' },
    ];
    const dry = await mutate(orgA, 'importPersons', IMPORT_PERSONS, { csv: rosterCsv(rows), dry: true });
    // BKD-B is another academy's: to A it is as unknown as a code nobody has.
    expect(dry.unknownAgencyCodes).toEqual(['BAPPEDA-A', 'BKD-B', 'DISPAR-A']);
    const made = await mutate(orgA, 'createAgencies', CREATE_AGENCIES, {
      i: dry.unknownAgencyCodes.filter((c: string) => c !== 'BKD-B').map((code: string) => ({ code, name: code, level: 'PUSAT', timeZone: 'WIB' })),
    });
    expect(made.errors).toEqual([]);
    const again = await mutate(orgA, 'importPersons', IMPORT_PERSONS, { csv: rosterCsv(rows.slice(0, 4)) });
    expect(again).toMatchObject({ created: 4, unknownAgencyCodes: [], rowErrors: [] });
  });
});
