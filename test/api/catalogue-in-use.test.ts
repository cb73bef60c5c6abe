import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import type { Client, RunningServer } from '../support/server.js';
import { nip, rosterCsv } from '../support/roster.js';
import {
  ARCHIVE, codes, CREATE_AGENCIES, CREATE_AGENCY, CREATE_COHORT, CREATE_MODULE, CREATE_PERSON, CREATE_PROGRAM, createCatalogue, emptyServer, ENROLL,
  IMPORT_AGENCIES, IMPORT_PERSONS, mutate, PNS_1, PNS_2, PNS_3, RESTORE, UPDATE_PERSON, UPDATE_PROGRAM,
} from '../support/catalogue.js';

/**
 * Issue 17, the catalogue in use, on the academies of catalogue.test.ts built afresh:
 * archived objects stay readable and are refused for new use until restored; people are
 * added and changed with the import's checks; agencies and rosters are imported.
 */

let server: RunningServer;
let admin: Client;
let orgA: Client;
let orgB: Client;
let ids: Record<string, string>;

beforeAll(async () => {
  ({ server, admin } = await emptyServer());
  ({ orgA, orgB, ids } = await createCatalogue(server, admin));
  // A second program of A's, and B's agency, whose code A may not take.
  expect((await mutate(orgA, 'createProgram', CREATE_PROGRAM, { i: { code: 'PKA', name: 'PKA', kind: 'PKA', targetEselonGroups: ['III'] } })).errors).toEqual([]);
  const agB = await mutate(orgB, 'createAgency', CREATE_AGENCY, { i: { code: 'BKD-B', name: 'BKD B', level: 'PUSAT', timeZone: 'WITA' } });
  expect(agB.errors).toEqual([]);
  ids.agencyB = agB.agency.id;
});

afterAll(async () => {
  await server?.stop();
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
    expect(junior.person.supervisor).toEqual({ name: 'Budi Santoso' });
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
    const together = [{ id: pair.pair.id, mentor: { name: 'Putri' }, mentee: { name: 'Budi Santoso' } }];
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
    expect(agencies.map((a: { code: string }) => a.code).sort()).toEqual(['DINKES-A', 'DISKOMINFO-A', 'KEMENKOMINFO']);
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
