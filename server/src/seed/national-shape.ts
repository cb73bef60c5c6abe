import type { EselonGroup, Generation, TimeZoneCode } from '@lintas/shared';

/**
 * The shape of the national dataset (see national.ts): the shares, the provinces and
 * central agencies, the program kinds and names, and the few hundred rows of academies,
 * agencies, programs and modules written from here rather than by set-based statements.
 */
export const NATIONAL_ROSTER = 4_734_041;
/** Share of each eselon group in the roster (Pelaksana takes what is left). */
export const ESELON_SHARES: Record<Exclude<EselonGroup, 'PELAKSANA'>, number> = { I: 0.00012, II: 0.0036, III: 0.018, IV: 0.055, JF: 0.47 };
export const GENERATION_SHARES: Record<'BOOMER' | 'GEN_X' | 'GEN_Y' | 'GEN_Z', number> = { BOOMER: 0.044, GEN_X: 0.31, GEN_Y: 0.56, GEN_Z: 0.086 };
export const PNS_SHARE = 0.753;
export const REGIONAL_SHARE = 0.78;
/** Cohorts per person in the roster, over the two generated years. */
export const COHORTS_PER_PERSON = 0.003;
export const SESSIONS_PER_COHORT = 10;
export const SEATS = 42;
/** Who holds a structural post, by generation. */
const HOLDERS: Record<'I' | 'II' | 'III' | 'IV', Partial<Record<Generation, number>>> = {
  I: { BOOMER: 0.3, GEN_X: 0.7 },
  II: { BOOMER: 0.15, GEN_X: 0.8, GEN_Y: 0.05 },
  III: { BOOMER: 0.05, GEN_X: 0.6, GEN_Y: 0.35 },
  IV: { GEN_X: 0.35, GEN_Y: 0.6, GEN_Z: 0.05 },
};
/** Birth years in service in 2026 (ages 19–65), per generation. */
export const BIRTH_YEARS: Record<keyof typeof GENERATION_SHARES, [number, number]> = { BOOMER: [1961, 1964], GEN_X: [1965, 1979], GEN_Y: [1980, 1994], GEN_Z: [1995, 2007] };

/** Provinces: name, population in millions (≈ 2024), time zone. */
const PROVINCES: [string, number, TimeZoneCode][] = [
  ['Aceh', 5.5, 'WIB'], ['Sumatera Utara', 15.6, 'WIB'], ['Sumatera Barat', 5.8, 'WIB'], ['Riau', 6.7, 'WIB'], ['Jambi', 3.7, 'WIB'],
  ['Sumatera Selatan', 8.8, 'WIB'], ['Bengkulu', 2.1, 'WIB'], ['Lampung', 9.3, 'WIB'], ['Kepulauan Bangka Belitung', 1.5, 'WIB'],
  ['Kepulauan Riau', 2.2, 'WIB'], ['DKI Jakarta', 10.7, 'WIB'], ['Jawa Barat', 50.3, 'WIB'], ['Jawa Tengah', 37.9, 'WIB'],
  ['DI Yogyakarta', 3.7, 'WIB'], ['Jawa Timur', 41.8, 'WIB'], ['Banten', 12.4, 'WIB'], ['Bali', 4.4, 'WITA'],
  ['Nusa Tenggara Barat', 5.6, 'WITA'], ['Nusa Tenggara Timur', 5.6, 'WITA'], ['Kalimantan Barat', 5.6, 'WIB'],
  ['Kalimantan Tengah', 2.8, 'WIB'], ['Kalimantan Selatan', 4.2, 'WITA'], ['Kalimantan Timur', 4.0, 'WITA'],
  ['Kalimantan Utara', 0.7, 'WITA'], ['Sulawesi Utara', 2.7, 'WITA'], ['Sulawesi Tengah', 3.1, 'WITA'],
  ['Sulawesi Selatan', 9.4, 'WITA'], ['Sulawesi Tenggara', 2.8, 'WITA'], ['Gorontalo', 1.2, 'WITA'], ['Sulawesi Barat', 1.5, 'WITA'],
  ['Maluku', 1.9, 'WIT'], ['Maluku Utara', 1.4, 'WIT'], ['Papua', 1.1, 'WIT'], ['Papua Barat', 0.6, 'WIT'], ['Papua Selatan', 0.5, 'WIT'],
  ['Papua Tengah', 1.4, 'WIT'], ['Papua Pegunungan', 1.4, 'WIT'], ['Papua Barat Daya', 0.6, 'WIT'],
];
/** Regencies and cities in all (kabupaten/kota), spread over the provinces by population. */
const REGENCIES = 514;
/** Central agencies and their relative size. */
const CENTRAL: [string, string, number][] = [
  ['KEMENAG', 'Kementerian Agama', 10], ['KEMENDIKDASMEN', 'Kementerian Pendidikan Dasar dan Menengah', 4], ['KEMENKEU', 'Kementerian Keuangan', 8],
  ['KEMENKES', 'Kementerian Kesehatan', 5], ['KEMENKUM', 'Kementerian Hukum', 5], ['POLRI-PNS', 'Kepolisian Negara RI (PNS)', 3],
  ['KEMHAN', 'Kementerian Pertahanan', 5], ['KEMENDAGRI', 'Kementerian Dalam Negeri', 1], ['KOMDIGI', 'Kementerian Komunikasi dan Digital', 1],
  ['KEMENPUPR', 'Kementerian Pekerjaan Umum', 2], ['KEMENTAN', 'Kementerian Pertanian', 2], ['KEMENHUB', 'Kementerian Perhubungan', 2],
  ['BPS', 'Badan Pusat Statistik', 2], ['BKN', 'Badan Kepegawaian Negara', 0.5], ['LAN', 'Lembaga Administrasi Negara', 0.3],
  ['KEMENPANRB', 'Kementerian PAN-RB', 0.2], ['BPN', 'Kementerian ATR/BPN', 2], ['KEMNAKER', 'Kementerian Ketenagakerjaan', 0.5],
  ['KEMENSOS', 'Kementerian Sosial', 0.5], ['KLHK', 'Kementerian Lingkungan Hidup', 1],
];
/** Academies of the central government; central agencies train with them in turn. */
const CENTRAL_ACADEMIES: [string, string][] = [
  ['LAN-PUSAT', 'Lembaga Administrasi Negara'], ['BPSDM-KEMENDAGRI', 'BPSDM Kementerian Dalam Negeri'], ['BPSDM-KOMDIGI', 'BPSDM Komdigi'],
  ['BPPK-KEMENKEU', 'BPPK Kementerian Keuangan'], ['PUSBANG-BKN', 'Pusat Pengembangan ASN BKN'],
];
/** Program kinds each academy runs: code, name, target groups, share of the cohorts (per mille, cumulative order). */
export const KINDS: { code: string; name: string; targets: EselonGroup[]; perMille: number }[] = [
  { code: 'LDA', name: 'Literasi Digital ASN', targets: ['I', 'II', 'III', 'IV', 'JF', 'PELAKSANA'], perMille: 750 },
  { code: 'PKP', name: 'Pelatihan Kepemimpinan Pengawas', targets: ['IV'], perMille: 180 },
  { code: 'PKA', name: 'Pelatihan Kepemimpinan Administrator', targets: ['III'], perMille: 60 },
  { code: 'PKN-II', name: 'Pelatihan Kepemimpinan Nasional Tingkat II', targets: ['II'], perMille: 6 },
  { code: 'DLA', name: 'Digital Leadership Academy', targets: ['I', 'II'], perMille: 4 },
];
const MODULE_AREAS = ['DIGITAL_LITERACY', 'DATA_DRIVEN_DECISIONS', 'LEADERSHIP', 'SPBE', 'CROSS_GENERATION_COMMUNICATION'];
export const FIRST = ['Agus', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gita', 'Hadi', 'Indah', 'Joko', 'Kartika', 'Lestari', 'Made', 'Nur', 'Oktavia',
  'Putu', 'Rahmat', 'Sari', 'Teguh', 'Utami', 'Wahyu', 'Yanti', 'Zainal', 'Andi', 'Bayu', 'Cahya', 'Dimas', 'Endang', 'Fajar', 'Gusti',
  'Hendra', 'Ika', 'Kadek', 'Lukman', 'Maya', 'Nyoman', 'Rina', 'Siti', 'Taufik', 'Wulan'];
export const LAST = ['Saputra', 'Wijaya', 'Nugroho', 'Lestari', 'Siregar', 'Nasution', 'Harahap', 'Simanjuntak', 'Pratama', 'Kurniawan', 'Hidayat',
  'Setiawan', 'Susanto', 'Wibowo', 'Rahman', 'Hasibuan', 'Lubis', 'Sihombing', 'Pangaribuan', 'Tanjung', 'Daulay', 'Manurung', 'Sitorus',
  'Purba', 'Ginting', 'Tarigan', 'Sembiring', 'Mahendra', 'Permana', 'Syahputra', 'Utomo', 'Santoso', 'Halim', 'Rangkuti', 'Pohan',
  'Anwar', 'Yusuf', 'Ismail', 'Latuconsina', 'Wenda'];

/** "Today" of the generated data (the demo's): attendance is recorded before it. */
export const TODAY = '2026-11-24';
export const FIRST_COHORT_DAY = '2025-01-06';
export const COHORT_SPREAD_DAYS = 725;
export const STAMP = Date.UTC(2026, 10, 23, 17); // created_at / updated_at of every row: 2026-11-24 00:00 WIB
export const MOD = 2147483647;
export const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const roundShares = (n: number, shares: number[]) => shares.map((s) => Math.round(n * s));

/** The eselon groups' id ranges: people are numbered group by group (I first), so a program draws from its range. */
export function eselonRanges(persons: number): { group: EselonGroup; lo: number; hi: number }[] {
  const groups = Object.keys(ESELON_SHARES) as Exclude<EselonGroup, 'PELAKSANA'>[];
  const sizes = roundShares(persons, groups.map((g) => ESELON_SHARES[g]));
  const out: { group: EselonGroup; lo: number; hi: number }[] = [];
  let next = 1;
  groups.forEach((group, i) => {
    out.push({ group, lo: next, hi: next + sizes[i]! - 1 });
    next += sizes[i]!;
  });
  out.push({ group: 'PELAKSANA', lo: next, hi: persons });
  return out;
}

/** Generation shares within each eselon group, so that the roster as a whole has GENERATION_SHARES. */
export function generationsByGroup(): Record<EselonGroup, [Generation, number][]> {
  const gens = Object.keys(GENERATION_SHARES) as (keyof typeof GENERATION_SHARES)[];
  const structural = (['I', 'II', 'III', 'IV'] as const);
  const rest = 1 - structural.reduce((a, g) => a + ESELON_SHARES[g], 0);
  const residual = gens.map((gen) => Math.max(0, GENERATION_SHARES[gen] - structural.reduce((a, g) => a + ESELON_SHARES[g] * (HOLDERS[g][gen] ?? 0), 0)) / rest);
  const total = residual.reduce((a, b) => a + b, 0);
  const nonStructural = gens.map((gen, i) => [gen, residual[i]! / total] as [Generation, number]);
  const of = (g: 'I' | 'II' | 'III' | 'IV') => gens.filter((gen) => HOLDERS[g][gen]).map((gen) => [gen, HOLDERS[g][gen]!] as [Generation, number]);
  return { I: of('I'), II: of('II'), III: of('III'), IV: of('IV'), JF: nonStructural, PELAKSANA: nonStructural };
}

/** A row of a small table, written as it is. */
export type Row = Record<string, unknown>;

/**
 * The academies (central ones first, then one per province), their agencies with the share
 * of the roster each employs (`weights`, by agency id order), the programs (one per kind and
 * academy) and their five modules each, with explicit ids.
 */
export function nationalCatalogue(): { academies: Row[]; agencies: Row[]; weights: number[]; programs: Row[]; modules: Row[] } {
  const academies: Row[] = [];
  const agencies: Row[] = [];
  const weights: number[] = [];
  const popTotal = PROVINCES.reduce((a, [, w]) => a + w, 0);
  CENTRAL_ACADEMIES.forEach(([code, name]) => academies.push({ id: academies.length + 1, code, name, province: null, time_zone: 'WIB' }));
  const centralWeight = CENTRAL.reduce((a, [, , w]) => a + w, 0);
  CENTRAL.forEach(([code, name, w], i) => {
    agencies.push({ id: agencies.length + 1, code, name, level: 'PUSAT', province: null, time_zone: 'WIB', academy_id: (i % CENTRAL_ACADEMIES.length) + 1 });
    weights.push((1 - REGIONAL_SHARE) * (w / centralWeight));
  });
  PROVINCES.forEach(([province, pop, zone], p) => {
    const academyId = academies.length + 1;
    const code = `P${String(p + 1).padStart(2, '0')}`;
    academies.push({ id: academyId, code: `BPSDMD-${code}`, name: `BPSDMD Provinsi ${province}`, province, time_zone: zone });
    const share = REGIONAL_SHARE * (pop / popTotal);
    const regencies = Math.max(1, Math.round((pop / popTotal) * REGENCIES));
    agencies.push({ id: agencies.length + 1, code: `PEMPROV-${code}`, name: `Pemerintah Provinsi ${province}`, level: 'DAERAH', province, time_zone: zone, academy_id: academyId });
    weights.push(share * 0.2);
    for (let r = 1; r <= regencies; r++) {
      agencies.push({ id: agencies.length + 1, code: `PEMDA-${code}-${String(r).padStart(2, '0')}`, name: `Pemerintah Kabupaten/Kota ${province} ${r}`, level: 'DAERAH', province, time_zone: zone, academy_id: academyId });
      weights.push((share * 0.8) / regencies);
    }
  });
  const programs: Row[] = [];
  const modules: Row[] = [];
  academies.forEach((a) => KINDS.forEach((k) => {
    const programId = programs.length + 1;
    programs.push({ id: programId, code: k.code, name: k.name, description: null, target_eselon_groups: JSON.stringify(k.targets), academy_id: a.id });
    for (let m = 1; m <= 5; m++) {
      modules.push({ id: modules.length + 1, program_id: programId, code: `M${m}`, title: `${k.name} — modul ${m}`, competency_area: MODULE_AREAS[m - 1],
        format: m === 5 ? 'REVERSE_MENTORING' : 'CLASSROOM', jp: 8, target_generations: '[]', cross_generation: m === 5, position: m });
    }
  }));
  return { academies, agencies, weights, programs, modules };
}
