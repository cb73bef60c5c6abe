import { expect } from 'vitest';
import { createAdmin, enrolAdmin } from './auth.js';
import { nip } from './roster.js';
import { startServer, type Client, type RunningServer } from './server.js';

/**
 * Issue 17's academy from an empty database, built through the API alone, for the catalogue
 * tests (test/api/catalogue*.test.ts): their operations, and the academies and catalogue
 * they start from.
 */

export const SETUP = '{ setupProgress { complete academy { code } steps { key done count } } }';
export const CREATE_ACADEMY = 'mutation($i: CreateAcademyInput!) { createAcademy(input: $i) { academy { id code version archivedAt certificatePrefix } errors { field code } } }';
export const UPDATE_ACADEMY = 'mutation($i: UpdateAcademyInput!) { updateAcademy(input: $i) { academy { id name version } errors { field code } } }';
export const CREATE_AGENCY = 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { agency { id code version academy { code } } errors { field code message } } }';
export const CREATE_AGENCIES = 'mutation($i: [CreateAgencyInput!]!) { createAgencies(input: $i) { agencies { id code } errors { field code } } }';
export const UPDATE_AGENCY = 'mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { agency { id name version } errors { field code } } }';
export const IMPORT_AGENCIES = 'mutation($csv: String!, $dry: Boolean) { importAgencies(csv: $csv, dryRun: $dry) { dryRun totalRows validRows created updated rejectedRows rowErrors { row field code message } errors { field code } } }';
export const CREATE_PROGRAM = 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id code kind completionThreshold version } errors { field code } } }';
export const UPDATE_PROGRAM = 'mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { program { id name version completionThreshold } errors { field code } } }';
export const CREATE_MODULE = 'mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { trainingModule { id code jp facilitators { name } } errors { field code } } }';
export const UPDATE_MODULE = 'mutation($i: UpdateTrainingModuleInput!) { updateTrainingModule(input: $i) { trainingModule { id version facilitators { name } } errors { field code } } }';
export const CREATE_VENUE = 'mutation($i: CreateVenueInput!) { createVenue(input: $i) { venue { id code timeZone onlineUrl } errors { field code } } }';
export const UPDATE_VENUE = 'mutation($i: UpdateVenueInput!) { updateVenue(input: $i) { venue { id name version } errors { field code } } }';
export const CREATE_FACILITATOR = 'mutation($i: CreateFacilitatorInput!) { createFacilitator(input: $i) { facilitator { id name email agency { code } } errors { field code } } }';
export const UPDATE_FACILITATOR = 'mutation($i: UpdateFacilitatorInput!) { updateFacilitator(input: $i) { facilitator { id phone version } errors { field code } } }';
export const CREATE_PERSON = 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id name eselon eselonGroup jobTitle email version supervisor { name } agency { code } } errors { field code message } } }';
export const UPDATE_PERSON = 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { id name eselon eselonGroup positionType version supervisor { name } } errors { field code message } } }';
export const ARCHIVE = 'mutation($id: ID!) { archive(id: $id) { node { id ... on Program { archivedAt } } errors { field code } } }';
export const RESTORE = 'mutation($id: ID!) { restore(id: $id) { node { id } errors { field code } } }';
export const CREATE_COHORT = 'mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id code completionThreshold } errors { field code } } }';
export const IMPORT_PERSONS = 'mutation($csv: String!, $dry: Boolean) { importPersons(csv: $csv, dryRun: $dry) { created validRows unknownAgencyCodes rowErrors { row field code message } errors { code } } }';
export const ENROLL = 'mutation($i: EnrollInput!) { enroll(input: $i) { errors { field code } } }';

export const PNS_1 = nip('1968-03-12', '1993-04', 'MALE', 11);
export const PNS_2 = nip('1990-07-01', '2015-02', 'FEMALE', 12);
export const PNS_3 = nip('1975-01-20', '2000-03', 'MALE', 13);

/** Runs a mutation whose payload has `errors`; returns the payload. */
export async function mutate(c: Client, field: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const r = await c.gql(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[field];
}
export const codes = (p: { errors: { code: string }[] }) => p.errors.map((e) => e.code);

/** The set-up checklist as this client sees it: each step's count. */
export async function steps(c: Client): Promise<Record<string, number>> {
  const r = await c.gql(SETUP);
  expect(r.errors).toBeUndefined();
  return Object.fromEntries(r.data.setupProgress.steps.map((s: { key: string; count: number }) => [s.key, s.count]));
}

/** A server on an empty database whose one admin was made by the CLI and has enrolled an authenticator. */
export async function emptyServer(): Promise<{ server: RunningServer; admin: Client }> {
  const server = await startServer({ seed: 'none' });
  await createAdmin(server, 'ops@lintas.test', 'Operator', 'operator-password-1');
  return { server, admin: (await enrolAdmin(server, 'ops@lintas.test', 'operator-password-1')).client };
}

export interface Catalogue {
  /** Organizers of academies A and B. */
  orgA: Client;
  orgB: Client;
  /** academyA, academyB, agencyA, programA, facilitatorA, moduleA, venueA, personA, cohortA. */
  ids: Record<string, string>;
}

/** A step of the set-up checklist just done, and a client of the academy it was done for. */
export type AfterStep = (done: 'ACADEMY' | 'ORGANIZER' | 'AGENCIES' | 'PROGRAMS' | 'VENUES' | 'ROSTER', as: Client) => Promise<void>;

/**
 * Academies A and B, an organizer each, and A's catalogue in the order of the set-up
 * checklist: an agency, a program (75 % to complete), a facilitator, a module, a venue and
 * an online one, a person and a cohort. Each answer is checked; `after` runs after each step.
 */
export async function createCatalogue(server: RunningServer, admin: Client, after: AfterStep = async () => {}): Promise<Catalogue> {
  const ids: Record<string, string> = {};
  const a = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'bpsdm-a', name: 'BPSDM A', province: 'Kepulauan Bangka Belitung', certificatePrefix: 'STTP-A' } });
  expect(a.errors).toEqual([]);
  expect(a.academy).toMatchObject({ code: 'BPSDM-A', version: 1, archivedAt: null, certificatePrefix: 'STTP-A' });
  ids.academyA = a.academy.id;
  await after('ACADEMY', admin);

  const b = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'BPSDM-B', name: 'BPSDM B', timeZone: 'WITA' } });
  ids.academyB = b.academy.id;
  for (const [key, email, academyId] of [['A', 'org-a@lintas.test', ids.academyA], ['B', 'org-b@lintas.test', ids.academyB]] as const) {
    const made = await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
      i: { email, name: `Organizer ${key}`, role: 'ORGANIZER', academyId, password: 'organizer-password-1' },
    });
    expect(made.data.createAccount.errors).toEqual([]);
  }
  const orgA = await server.signIn('org-a@lintas.test', 'organizer-password-1');
  const orgB = await server.signIn('org-b@lintas.test', 'organizer-password-1');
  await after('ORGANIZER', orgA);

  const ag = await mutate(orgA, 'createAgency', CREATE_AGENCY, { i: { code: 'diskominfo-a', name: 'Diskominfo A', level: 'DAERAH', province: 'Kepulauan Bangka Belitung', timeZone: 'WIB' } });
  expect(ag.errors).toEqual([]);
  expect(ag.agency).toMatchObject({ code: 'DISKOMINFO-A', version: 1, academy: { code: 'BPSDM-A' } });
  ids.agencyA = ag.agency.id;
  await after('AGENCIES', orgA);

  const p = await mutate(orgA, 'createProgram', CREATE_PROGRAM, { i: { code: 'DLA', name: 'Digital Leadership Academy', kind: 'DLA', targetEselonGroups: ['I', 'II', 'III'], completionThreshold: 0.75 } });
  expect(p.errors).toEqual([]);
  expect(p.program).toMatchObject({ code: 'DLA', kind: 'DLA', completionThreshold: 0.75, version: 1 });
  ids.programA = p.program.id;
  await after('PROGRAMS', orgA);

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
  await after('VENUES', orgA);

  const person = await mutate(orgA, 'createPerson', CREATE_PERSON, {
    i: { nip: PNS_1, name: 'Budi Santoso', employmentType: 'PNS', positionType: 'STRUKTURAL', jptClass: 'JPT_PRATAMA', position: 'Kepala Dinas', agencyId: ids.agencyA, email: 'budi@example.test' },
  });
  expect(person.errors).toEqual([]);
  expect(person.person).toMatchObject({ name: 'Budi Santoso', eselon: 'IIa', eselonGroup: 'II', jobTitle: 'Kepala Dinas', email: 'budi@example.test', version: 1 });
  ids.personA = person.person.id;
  await after('ROSTER', orgA);

  const cohort = await mutate(orgA, 'createCohort', CREATE_COHORT, { i: { programId: ids.programA, code: 'DLA-2027-01', name: 'DLA I', startDate: '2027-02-01', endDate: '2027-02-05', capacity: 30 } });
  expect(cohort.errors).toEqual([]);
  // A new cohort takes its program's threshold.
  expect(cohort.cohort.completionThreshold).toBe(0.75);
  ids.cohortA = cohort.cohort.id;
  return { orgA, orgB, ids };
}
