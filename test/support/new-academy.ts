import { expect } from 'vitest';
import { createAdmin, enrolAdmin } from './auth.js';
import {
  CREATE_ACADEMY, CREATE_AGENCIES, CREATE_FACILITATOR, CREATE_MODULE, CREATE_PROGRAM, CREATE_VENUE, IMPORT_PERSONS, mutate,
} from './catalogue.js';
import { nip, rosterCsv } from './roster.js';
import type { Client, RunningServer } from './server.js';

/**
 * Issue 17's new academy as the browser tests walk it (test/browser/catalogue.test.ts sets
 * it up in the SPA; first-cohort.test.ts starts from the same academy, built here through
 * the API).
 */
export const NEW_ADMIN = ['admin@akademi-baru.test', 'admin-baru-2026!'] as const;
export const NEW_ORGANIZER = ['penyelenggara@akademi-baru.test', 'penyelenggara-2026!'] as const;

/** Creates the new academy's admin with the CLI, as its operator does on the empty database. */
export const createNewAdmin = (server: RunningServer) => createAdmin(server, NEW_ADMIN[0], 'Admin Akademi Baru', NEW_ADMIN[1]);

/** The two eselon II officials of the roster file. */
export const LEADERS = ['Bambang Uji Baru', 'Hendra Uji Baru'];

/** The roster file: five officials of three agencies, two of which (BAPPEDA-UJI, DINKES-UJI) the academy does not have yet. */
export const ROSTER_FILE = rosterCsv([
  { nip: nip('1968-03-02', '1992-03', 'MALE', 871), name: 'Bambang Uji Baru', positionType: 'STRUKTURAL', eselon: 'IIa', jobTitle: 'Kepala Dinas', agencyCode: 'DINKES-UJI' },
  { nip: nip('1986-07-11', '2011-01', 'MALE', 872), name: 'Sari Uji Baru', positionType: 'FUNGSIONAL', jobTitle: 'Analis Kebijakan', agencyCode: 'BAPPEDA-UJI' },
  { nip: nip('1999-02-20', '2023-04', 'MALE', 873), name: 'Dimas Uji Baru', positionType: 'PELAKSANA', jobTitle: 'Pengelola Data', agencyCode: 'DISKOMINFO-UJI' },
  { nip: nip('1990-05-05', '2015-03', 'MALE', 874), name: 'Rina Uji Baru', positionType: 'PELAKSANA', jobTitle: 'Pengadministrasi', agencyCode: 'DINKES-UJI' },
  { nip: nip('1971-09-14', '1996-03', 'MALE', 875), name: 'Hendra Uji Baru', positionType: 'STRUKTURAL', eselon: 'IIb', jobTitle: 'Sekretaris Dinas', agencyCode: 'DISKOMINFO-UJI' },
]);

/**
 * What the SPA walk leaves before its first cohort, made through the API: the academy, its
 * organizer (the server's own client from then on), the roster's agencies, the venue, the
 * facilitator, the program (its default threshold) with two modules, and the roster.
 */
export async function newAcademy(server: RunningServer): Promise<{ admin: Client }> {
  await createNewAdmin(server);
  const { client: admin } = await enrolAdmin(server, ...NEW_ADMIN);
  const academy = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'BPSDMD-UJI', name: 'BPSDMD Provinsi Uji', province: 'Kepulauan Bangka Belitung' } });
  expect(academy.errors).toEqual([]);
  const account = await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
    i: { email: NEW_ORGANIZER[0], name: 'Penyelenggara Uji', role: 'ORGANIZER', academyId: academy.academy.id, password: NEW_ORGANIZER[1] },
  });
  expect(account.data.createAccount.errors).toEqual([]);
  await server.useAccount(...NEW_ORGANIZER);

  const agencies = [['DISKOMINFO-UJI', 'Dinas Kominfo Provinsi Uji'], ['BAPPEDA-UJI', 'Bappeda Provinsi Uji'], ['DINKES-UJI', 'Dinas Kesehatan Provinsi Uji']];
  const made = await mutate(server, 'createAgencies', CREATE_AGENCIES, {
    i: agencies.map(([code, name]) => ({ code, name, level: 'DAERAH', province: 'Kepulauan Bangka Belitung', timeZone: 'WIB' })),
  });
  expect(made.errors).toEqual([]);
  const venue = await mutate(server, 'createVenue', CREATE_VENUE, { i: { code: 'AULA-1', name: 'Aula Utama BPSDMD', capacity: 40, timeZone: 'WIB', address: 'Jl. Pulau Bangka No. 1, Pangkalpinang' } });
  expect(venue.errors).toEqual([]);
  const facilitator = await mutate(server, 'createFacilitator', CREATE_FACILITATOR, { i: { name: 'Dr. Wulan Widyaiswara', kind: 'WIDYAISWARA', email: 'wulan@bpsdmd.test' } });
  expect(facilitator.errors).toEqual([]);
  const program = await mutate(server, 'createProgram', CREATE_PROGRAM, { i: { code: 'DLA', name: 'Digital Leadership Academy', kind: 'DLA', targetEselonGroups: ['II'] } });
  expect(program.errors).toEqual([]);
  for (const [code, title] of [['DLA-01', 'Kepemimpinan digital'], ['DLA-02', 'Keputusan berbasis data']]) {
    const module = await mutate(server, 'createTrainingModule', CREATE_MODULE, {
      i: { programId: program.program.id, code, title, competencyArea: 'DIGITAL_LITERACY', format: 'CLASSROOM', jp: 4, facilitatorIds: [facilitator.facilitator.id] },
    });
    expect(module.errors).toEqual([]);
  }
  const roster = await mutate(server, 'importPersons', IMPORT_PERSONS, { csv: ROSTER_FILE });
  expect(roster).toMatchObject({ created: 5, unknownAgencyCodes: [], rowErrors: [] });
  return { admin };
}
