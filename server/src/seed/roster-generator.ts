import { Faker, id_ID, en, base } from '@faker-js/faker';
import {
  eselonGroupOf, formatNip, generationOfYear, GENERATIONS,
  type EmploymentType, type Eselon, type EselonGroup, type Gender, type Generation, type PositionType,
} from '@lintas/shared';
import type { PersonValues } from '../features/persons/person.rules.js';

/** A roster row as the import would write it, with the agency as an index into the caller's list. */
export type GeneratedPerson = Omit<PersonValues, 'agencyCode'> & { agencyIndex: number };

export interface RosterSpec {
  count: number;
  agencyCount: number;
  /** Shares of the roster by generation; must add up to 1. */
  generations: Partial<Record<Generation, number>>;
  /** Share of PPPK among non-structural staff. */
  pppkShare?: number;
  seed: number;
  /** The year the roster is read in; ages count from it. */
  year?: number;
}

/** Structural posts per 6,319 ASN, the shape of a province government (few I–II, more III–IV). */
const POSTS_PER_6319: [Eselon, number][] = [
  ['Ib', 1], ['IIa', 3], ['IIb', 32], ['IIIa', 55], ['IIIb', 95], ['IVa', 260], ['IVb', 140],
];
/** Who holds a post of each eselon, by generation. */
const HOLDERS: Record<'I' | 'II' | 'III' | 'IV', Partial<Record<Generation, number>>> = {
  I: { BOOMER: 0.3, GEN_X: 0.7 },
  II: { BOOMER: 0.15, GEN_X: 0.8, GEN_Y: 0.05 },
  III: { BOOMER: 0.05, GEN_X: 0.6, GEN_Y: 0.35 },
  IV: { GEN_X: 0.35, GEN_Y: 0.6, GEN_Z: 0.05 },
};
const JF_TITLES = [
  'Pranata Komputer', 'Analis Kebijakan', 'Perencana', 'Auditor', 'Analis Keuangan Pusat dan Daerah', 'Dokter', 'Perawat',
  'Statistisi', 'Arsiparis', 'Pustakawan', 'Analis SDM Aparatur', 'Penyuluh Pertanian', 'Pengawas Sekolah', 'Widyaiswara',
];
const JF_LEVELS = ['Ahli Pertama', 'Ahli Muda', 'Ahli Madya', 'Terampil', 'Mahir'];
const PELAKSANA_TITLES = [
  'Pengadministrasi Umum', 'Pengelola Data', 'Operator Layanan Operasional', 'Pengolah Data dan Informasi',
  'Penata Layanan Operasional', 'Pengelola Keuangan', 'Pengemudi', 'Pramu Bakti',
];

function pad(n: number, w = 2) {
  return String(n).padStart(w, '0');
}

/**
 * A deterministic roster: the same spec gives the same people, with valid NIPs
 * consistent with their birth dates, generations in the given shares and a
 * realistic eselon pyramid.
 */
export function generateRoster(spec: RosterSpec): GeneratedPerson[] {
  const faker = new Faker({ locale: [id_ID, en, base], seed: spec.seed });
  const year = spec.year ?? 2026;
  const pppkShare = spec.pppkShare ?? 0.25;
  const oldest = year - 65;
  const youngest = year - 19;
  const gens = Object.entries(spec.generations).map(([code, weight]) => ({ value: code as Generation, weight: weight! }));
  const nips = new Set<string>();

  const people = Array.from({ length: spec.count }, () => {
    const generation = faker.helpers.weightedArrayElement(gens);
    const range = GENERATIONS.find((g) => g.code === generation)!;
    const from = Math.max(range.from, oldest);
    const to = Math.min(range.to, youngest);
    const birthYear = faker.number.int({ min: from, max: to });
    const birth = new Date(Date.UTC(birthYear, faker.number.int({ min: 0, max: 11 }), faker.number.int({ min: 1, max: 28 })));
    const appointYear = Math.min(year - 1, birthYear + faker.number.int({ min: 21, max: 33 }));
    const appointment = new Date(Date.UTC(Math.max(appointYear, birthYear + 19), faker.number.int({ min: 0, max: 11 }), 1));
    const gender: Gender = faker.datatype.boolean() ? 'MALE' : 'FEMALE';
    let serial = faker.number.int({ min: 1, max: 999 });
    let nip = formatNip({ birth, appointment, gender, serial });
    while (nips.has(nip)) nip = formatNip({ birth, appointment, gender, serial: (serial = (serial % 999) + 1) });
    nips.add(nip);
    return {
      nip,
      name: `${faker.person.firstName(gender === 'MALE' ? 'male' : 'female')} ${faker.person.lastName(gender === 'MALE' ? 'male' : 'female')}`,
      birthDate: `${birthYear}-${pad(birth.getUTCMonth() + 1)}-${pad(birth.getUTCDate())}`,
      gender,
      generation: generationOfYear(birthYear) ?? generation,
      agencyIndex: faker.number.int({ min: 0, max: spec.agencyCount - 1 }),
      employmentType: 'PNS' as EmploymentType,
      positionType: 'PELAKSANA' as PositionType,
      eselon: null as Eselon | null,
      positionClass: null,
      eselonGroup: 'PELAKSANA' as EselonGroup,
      jobTitle: '',
    };
  });

  // Structural posts go to people of the generations that hold them.
  const free = new Map<Generation, number[]>();
  people.forEach((p, i) => free.set(p.generation, [...(free.get(p.generation) ?? []), i]));
  for (const [eselon, per6319] of POSTS_PER_6319) {
    const group = eselonGroupOf('STRUKTURAL', eselon) as 'I' | 'II' | 'III' | 'IV';
    const posts = Math.max(1, Math.round((per6319 * spec.count) / 6319));
    const holders = Object.entries(HOLDERS[group]).map(([g, weight]) => ({ value: g as Generation, weight: weight! }));
    for (let k = 0; k < posts; k++) {
      let pool = free.get(faker.helpers.weightedArrayElement(holders));
      if (!pool?.length) pool = [...free.values()].find((p) => p.length > 0);
      if (!pool?.length) break;
      const i = pool.splice(faker.number.int({ min: 0, max: pool.length - 1 }), 1)[0]!;
      const p = people[i]!;
      p.positionType = 'STRUKTURAL';
      p.eselon = eselon;
      p.eselonGroup = group;
      p.jobTitle = group === 'I' ? 'Sekretaris Daerah' : group === 'II' ? 'Kepala Dinas/Badan' : group === 'III' ? faker.helpers.arrayElement(['Kepala Bidang', 'Sekretaris Dinas', 'Kepala Bagian']) : faker.helpers.arrayElement(['Kepala Seksi', 'Kepala Subbagian', 'Kepala UPTD']);
    }
  }
  for (const p of people) {
    if (p.positionType === 'STRUKTURAL') continue;
    const jf = faker.number.float() < (p.generation === 'GEN_Z' ? 0.35 : 0.52);
    p.positionType = jf ? 'FUNGSIONAL' : 'PELAKSANA';
    p.eselonGroup = jf ? 'JF' : 'PELAKSANA';
    p.employmentType = faker.number.float() < pppkShare ? 'PPPK' : 'PNS';
    p.jobTitle = jf ? `${faker.helpers.arrayElement(JF_TITLES)} ${faker.helpers.arrayElement(JF_LEVELS)}` : faker.helpers.arrayElement(PELAKSANA_TITLES);
  }
  return people;
}
