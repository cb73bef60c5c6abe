import type { CohortStatus, CompetencyArea, EselonGroup, Generation, ModuleFormat, ProgramKind, TrainingKind } from '@lintas/shared';

/** The province academy of the demo: Bangka Belitung, 6,319 ASN (context/003). */
export const BABEL = {
  academy: { code: 'BKPSDMD-BABEL', name: 'BKPSDMD Provinsi Kepulauan Bangka Belitung', province: 'Kepulauan Bangka Belitung' },
  roster: 6319,
  /** Shares of the roster by generation. */
  generations: { BOOMER: 0.04, GEN_X: 0.33, GEN_Y: 0.49, GEN_Z: 0.14 } satisfies Partial<Record<Generation, number>>,
  agencies: [
    ['SETDA', 'Sekretariat Daerah'], ['SETWAN', 'Sekretariat DPRD'], ['INSPEKTORAT', 'Inspektorat Daerah'],
    ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah'], ['BKPSDMD', 'Badan Kepegawaian dan Pengembangan SDM Daerah'],
    ['BAKEUDA', 'Badan Keuangan Daerah'], ['BAPENDA', 'Badan Pendapatan Daerah'], ['BPBD', 'Badan Penanggulangan Bencana Daerah'],
    ['KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik'], ['DISKOMINFO', 'Dinas Komunikasi, Informatika dan Statistik'],
    ['DISDIK', 'Dinas Pendidikan'], ['DINKES', 'Dinas Kesehatan'], ['RSUD', 'RSUD Dr. (H.C.) Ir. Soekarno'],
    ['DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'], ['DISTAN', 'Dinas Pertanian, Pangan dan Perikanan'],
    ['DKP', 'Dinas Kelautan dan Perikanan'], ['DINSOS', 'Dinas Sosial'], ['DISHUB', 'Dinas Perhubungan'],
    ['DISPAR', 'Dinas Pariwisata, Kebudayaan, Pemuda dan Olahraga'], ['DLH', 'Dinas Lingkungan Hidup'],
    ['SATPOLPP', 'Satuan Polisi Pamong Praja'], ['DPMPTSP', 'Dinas Penanaman Modal dan PTSP'],
    ['DISPERINDAG', 'Dinas Perindustrian dan Perdagangan'], ['DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil'],
    ['DESDM', 'Dinas Energi dan Sumber Daya Mineral'],
  ] as const,
  venues: [
    ['Aula Serumpun Sebalai', 60, 'Komplek Perkantoran Gubernur, Air Itam, Pangkalpinang'],
    ['Ruang Kelas Melati', 30, 'Gedung BKPSDMD Lt. 2, Pangkalpinang'],
    ['Laboratorium Digital Diskominfo', 24, 'Gedung Diskominfo, Pangkalpinang'],
    ['Ruang Rapat Bappeda', 20, 'Gedung Bappeda Lt. 1, Pangkalpinang'],
  ] as const,
  facilitators: [
    ['Dr. Rusli Hamdani, M.Si.', 'WIDYAISWARA', 'Kepemimpinan strategis'],
    ['Ir. Maria Ulfa Siregar, M.T.', 'WIDYAISWARA', 'SPBE dan arsitektur pemerintahan digital'],
    ['Dra. Hj. Nurhayati, M.AP.', 'WIDYAISWARA', 'Manajemen ASN'],
    ['Bagus Pratama, S.Kom.', 'MENTOR', 'Media sosial dan layanan digital'],
    ['Citra Lestari, S.T., M.Kom.', 'COACH', 'Analitik data'],
    ['Fadli Ramadhan, S.Kom.', 'MENTOR', 'Keamanan siber'],
    ['Prof. Agus Setiawan, Ph.D.', 'EXTERNAL', 'Kecerdasan artifisial'],
    ['Yuliana Putri, M.Psi.', 'COACH', 'Growth mindset dan komunikasi lintas generasi'],
  ] as const,
};

/** A second, smaller academy in another zone (WITA), so tenancy and time zones have something to show. */
export const SULSEL = {
  academy: { code: 'BPSDMD-SULSEL', name: 'BPSDMD Provinsi Sulawesi Selatan', province: 'Sulawesi Selatan' },
  roster: 420,
  agencies: [
    ['SETDA', 'Sekretariat Daerah'], ['DISKOMINFO', 'Dinas Komunikasi, Informatika, Statistik dan Persandian'],
    ['BKD', 'Badan Kepegawaian Daerah'], ['DINKES', 'Dinas Kesehatan'],
  ] as const,
};

export interface ModuleSeed {
  code: string;
  title: string;
  area: CompetencyArea;
  format: ModuleFormat;
  jp: number;
  generations?: Generation[];
  cross?: boolean;
}

export interface ProgramSeed {
  code: string;
  name: string;
  description: string;
  targets: EselonGroup[];
  /** Jenis diklat in the registry; leadership training (PKN, PKA, PKP) is the former diklat struktural. */
  kind: TrainingKind;
  /** What the program is (DLA, PKN Tingkat II, PKA, PKP, digital literacy). */
  programKind: ProgramKind;
  modules: ModuleSeed[];
}

export const PROGRAMS: ProgramSeed[] = [
  {
    code: 'DLA',
    programKind: 'DLA',
    kind: 'MANAJERIAL',
    name: 'Digital Leadership Academy',
    description: 'Kepemimpinan digital bagi pejabat pimpinan tinggi: memimpin transformasi digital, bukan sekadar memakai aplikasi.',
    targets: ['I', 'II'],
    modules: [
      { code: 'DLA-01', title: 'Kepemimpinan di Era Digital', area: 'LEADERSHIP', format: 'CLASSROOM', jp: 6 },
      { code: 'DLA-02', title: 'Keputusan Berbasis Data', area: 'DATA_DRIVEN_DECISIONS', format: 'BLENDED', jp: 8 },
      { code: 'DLA-03', title: 'Keamanan Siber bagi Pimpinan', area: 'CYBERSECURITY', format: 'CLASSROOM', jp: 4 },
      { code: 'DLA-04', title: 'AI Generatif untuk Layanan Publik', area: 'ARTIFICIAL_INTELLIGENCE', format: 'BLENDED', jp: 6 },
      { code: 'DLA-05', title: 'SPBE dan Arsitektur Pemerintahan Digital', area: 'SPBE', format: 'CLASSROOM', jp: 6 },
      { code: 'DLA-06', title: 'Reverse Mentoring: Belajar dari Generasi Muda', area: 'CROSS_GENERATION_COMMUNICATION', format: 'REVERSE_MENTORING', jp: 8, cross: true },
      { code: 'DLA-07', title: 'Growth Mindset dalam 10 Menit Sehari', area: 'GROWTH_MINDSET', format: 'MICRO_LEARNING', jp: 2 },
      { code: 'DLA-08', title: 'Komunitas Praktik Transformasi Digital', area: 'LEARNING_ORGANIZATION', format: 'COMMUNITY_OF_PRACTICE', jp: 4, cross: true },
      { code: 'DLA-09', title: 'Proyek Perubahan Digital', area: 'LEADERSHIP', format: 'ACTION_LEARNING', jp: 8 },
    ],
  },
  {
    code: 'PKN-II',
    programKind: 'PKN_II',
    kind: 'STRUKTURAL',
    name: 'Pelatihan Kepemimpinan Nasional Tingkat II',
    description: 'Pelatihan kepemimpinan bagi pejabat pimpinan tinggi pratama (eselon II).',
    targets: ['II'],
    modules: [
      { code: 'PKN-01', title: 'Wawasan Kebangsaan dan Nilai Bela Negara', area: 'LEADERSHIP', format: 'CLASSROOM', jp: 6 },
      { code: 'PKN-02', title: 'Kepemimpinan Strategis', area: 'LEADERSHIP', format: 'CLASSROOM', jp: 8 },
      { code: 'PKN-03', title: 'Transformasi Digital Instansi', area: 'SPBE', format: 'BLENDED', jp: 6 },
      { code: 'PKN-04', title: 'Komunikasi Lintas Generasi', area: 'CROSS_GENERATION_COMMUNICATION', format: 'CLASSROOM', jp: 4, cross: true },
      { code: 'PKN-05', title: 'Proyek Perubahan', area: 'LEADERSHIP', format: 'ACTION_LEARNING', jp: 10 },
    ],
  },
  {
    code: 'PKA',
    programKind: 'PKA',
    kind: 'STRUKTURAL',
    name: 'Pelatihan Kepemimpinan Administrator',
    description: 'Pelatihan kepemimpinan bagi pejabat administrator (eselon III).',
    targets: ['III'],
    modules: [
      { code: 'PKA-01', title: 'Kepemimpinan Kinerja', area: 'LEADERSHIP', format: 'CLASSROOM', jp: 6 },
      { code: 'PKA-02', title: 'Literasi Data dan Statistik Sektoral', area: 'DATA_DRIVEN_DECISIONS', format: 'BLENDED', jp: 6 },
      { code: 'PKA-03', title: 'Organisasi Pembelajar', area: 'LEARNING_ORGANIZATION', format: 'COMMUNITY_OF_PRACTICE', jp: 4, cross: true },
      { code: 'PKA-04', title: 'Aksi Perubahan', area: 'LEADERSHIP', format: 'ACTION_LEARNING', jp: 8 },
    ],
  },
  {
    code: 'PKP',
    programKind: 'PKP',
    kind: 'STRUKTURAL',
    name: 'Pelatihan Kepemimpinan Pengawas',
    description: 'Pelatihan kepemimpinan bagi pejabat pengawas (eselon IV).',
    targets: ['IV'],
    modules: [
      { code: 'PKP-01', title: 'Kepemimpinan Pelayanan', area: 'LEADERSHIP', format: 'CLASSROOM', jp: 6 },
      { code: 'PKP-02', title: 'Literasi Digital untuk Pengawas', area: 'DIGITAL_LITERACY', format: 'ONLINE', jp: 4 },
      { code: 'PKP-03', title: 'Keamanan Informasi Sehari-hari', area: 'CYBERSECURITY', format: 'MICRO_LEARNING', jp: 2 },
      { code: 'PKP-04', title: 'Mentoring Lintas Generasi', area: 'CROSS_GENERATION_COMMUNICATION', format: 'REVERSE_MENTORING', jp: 4, cross: true },
      { code: 'PKP-05', title: 'Aksi Perubahan', area: 'LEADERSHIP', format: 'ACTION_LEARNING', jp: 8 },
    ],
  },
  {
    code: 'LITDIG',
    programKind: 'DIGITAL_LITERACY',
    kind: 'TEKNIS',
    name: 'Literasi Digital ASN',
    description: 'Pelatihan daring literasi digital bagi pejabat fungsional dan pelaksana: keamanan siber, data, AI generatif dan layanan publik digital.',
    targets: ['JF', 'PELAKSANA'],
    modules: [
      { code: 'LITDIG-01', title: 'Literasi Digital Dasar bagi ASN', area: 'DIGITAL_LITERACY', format: 'ONLINE', jp: 4 },
      { code: 'LITDIG-02', title: 'Keamanan Siber dan Pelindungan Data Pribadi', area: 'CYBERSECURITY', format: 'ONLINE', jp: 4 },
      { code: 'LITDIG-03', title: 'Mengolah dan Menyajikan Data dengan Spreadsheet', area: 'DATA_DRIVEN_DECISIONS', format: 'ONLINE', jp: 4 },
      { code: 'LITDIG-04', title: 'AI Generatif untuk Pekerjaan Sehari-hari', area: 'ARTIFICIAL_INTELLIGENCE', format: 'ONLINE', jp: 4 },
      { code: 'LITDIG-05', title: 'Layanan Publik Digital dan SPBE', area: 'SPBE', format: 'ONLINE', jp: 4 },
      { code: 'LITDIG-06', title: 'Kolaborasi Daring dan Budaya Kerja Digital', area: 'LEARNING_ORGANIZATION', format: 'ONLINE', jp: 4 },
    ],
  },
];

export interface CohortSeed {
  program: string;
  code: string;
  name: string;
  start: string;
  end: string;
  status: CohortStatus;
  capacity: number;
  /** People of the program's target groups in it; past `capacity` they wait in order. */
  fill: number;
  /** Index into `BABEL.venues`; null for an online cohort. */
  venue: number | null;
  /** Eselon III officials of the succession talent pool, seated outside the targets with `TALENT_POOL_REASON` (after the others). */
  talent?: number;
  /** Only leaders who already take part elsewhere and are not in another running cohort: the same few come back. */
  returning?: boolean;
}

/**
 * Cohorts of the demo, around today (late November 2026): some closed, some running, some
 * open, one draft. They tell the story of context/000: the online digital-literacy classes
 * fill up with young JF and pelaksana staff, while the leaders' own programs (DLA, PKN II)
 * reach 9 of the 36 eselon I–II officials and fill their empty seats from the eselon III
 * talent pool. Nobody sits the same program twice.
 */
export const COHORTS: CohortSeed[] = [
  { program: 'DLA', code: 'DLA-2026-01', name: 'DLA Angkatan I 2026', start: '2026-03-02', end: '2026-03-13', status: 'CLOSED', capacity: 20, fill: 2, talent: 3, venue: 0 },
  { program: 'DLA', code: 'DLA-2026-02', name: 'DLA Angkatan II 2026', start: '2026-11-16', end: '2026-12-04', status: 'RUNNING', capacity: 20, fill: 5, talent: 3, venue: 2 },
  { program: 'DLA', code: 'DLA-2027-01', name: 'DLA Angkatan I 2027', start: '2027-02-01', end: '2027-02-12', status: 'OPEN', capacity: 8, fill: 2, talent: 8, venue: 2 },
  { program: 'PKN-II', code: 'PKN-II-2026-01', name: 'PKN Tingkat II Angkatan I 2026', start: '2026-10-05', end: '2026-12-11', status: 'RUNNING', capacity: 20, fill: 4, returning: true, venue: 3 },
  { program: 'PKA', code: 'PKA-2026-01', name: 'PKA Angkatan I 2026', start: '2026-05-04', end: '2026-07-31', status: 'CLOSED', capacity: 40, fill: 38, venue: 0 },
  { program: 'PKA', code: 'PKA-2027-01', name: 'PKA Angkatan I 2027', start: '2027-03-01', end: '2027-05-28', status: 'OPEN', capacity: 40, fill: 12, venue: 0 },
  { program: 'PKP', code: 'PKP-2026-02', name: 'PKP Angkatan II 2026', start: '2026-11-02', end: '2026-12-18', status: 'RUNNING', capacity: 40, fill: 40, venue: 0 },
  { program: 'PKP', code: 'PKP-2027-01', name: 'PKP Angkatan I 2027', start: '2027-04-05', end: '2027-06-25', status: 'DRAFT', capacity: 40, fill: 0, venue: 0 },
  { program: 'LITDIG', code: 'LITDIG-2026-01', name: 'Literasi Digital ASN Angkatan I 2026', start: '2026-02-09', end: '2026-02-20', status: 'CLOSED', capacity: 800, fill: 720, venue: null },
  { program: 'LITDIG', code: 'LITDIG-2026-02', name: 'Literasi Digital ASN Angkatan II 2026', start: '2026-05-11', end: '2026-05-22', status: 'CLOSED', capacity: 800, fill: 740, venue: null },
  { program: 'LITDIG', code: 'LITDIG-2026-03', name: 'Literasi Digital ASN Angkatan III 2026', start: '2026-08-10', end: '2026-08-21', status: 'CLOSED', capacity: 800, fill: 730, venue: null },
  { program: 'LITDIG', code: 'LITDIG-2026-04', name: 'Literasi Digital ASN Angkatan IV 2026', start: '2026-11-23', end: '2026-12-04', status: 'RUNNING', capacity: 800, fill: 750, venue: null },
  { program: 'LITDIG', code: 'LITDIG-2027-01', name: 'Literasi Digital ASN Angkatan I 2027', start: '2027-01-11', end: '2027-01-22', status: 'OPEN', capacity: 320, fill: 385, venue: null },
];

/** The online digital-literacy program: its cohorts fill by sign-up (`LITERACY_UPTAKE`), not by a draw. */
export const LITERACY_PROGRAM = 'LITDIG';

/**
 * Who signs up for the digital-literacy classes (LITDIG): the share of the JF and pelaksana
 * staff of each generation who take one (context/000: the young are reached first).
 */
export const LITERACY_UPTAKE: Partial<Record<Generation, number>> = { BOOMER: 0.1, GEN_X: 0.3, GEN_Y: 0.72, GEN_Z: 0.82 };

/** Why eselon III officials sit in a program for eselon I–II. */
export const TALENT_POOL_REASON = 'Kelompok rencana suksesi (talent pool) calon JPT Pratama';

/** Sign-in accounts of the demo data (and only of it); the README lists them. */
export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@lintas.test', name: 'Admin Lintas', password: 'admin-demo-2026' },
  organizerBabel: { email: 'penyelenggara@babel.lintas.test', name: 'Rahmawati (BKPSDMD Babel)', password: 'babel-demo-2026' },
  organizerSulsel: { email: 'penyelenggara@sulsel.lintas.test', name: 'Andi Makkasau (BPSDMD Sulsel)', password: 'sulsel-demo-2026' },
  participantPassword: 'peserta-demo-2026',
  /** The HR officer (AGENCY_HR) of Babel's Diskominfo, who nominates its officials. */
  agencyHrBabel: { email: 'sdm.diskominfo@babel.lintas.test', name: 'Yuliana (SDM Diskominfo Babel)', password: 'instansi-demo-2026', agency: 'DISKOMINFO' },
} as const;
