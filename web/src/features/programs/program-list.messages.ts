/** UI strings of the program list and the module table. Spread into `i18n/messages.ts` as the sections `programs`, `module`. */
const id = {
  programs: {
    title: 'Program',
    lead: 'Jenis pelatihan beserta sasaran eselon dan mata pelatihannya.',
    emptyTitle: 'Belum ada program',
    empty: 'Tambahkan program pertama akademi Anda (mis. Digital Leadership Academy), lalu mata pelatihannya. Setelah itu angkatan dapat dibuka.',
    targets: 'Sasaran',
    everyone: 'Semua ASN',
    totalJp: 'Total JP',
    cohortCount: 'Angkatan',
    academy: 'Penyelenggara',
    pagerLabel: 'Halaman program',
    detailTitle: 'Program',
    notFound: 'Program tidak ditemukan.',
    modules: 'Mata pelatihan',
    noModules: 'Program ini belum punya mata pelatihan. Tambahkan mata pelatihan beserta JP-nya; jadwal angkatan disusun dari sini.',
    cohorts: 'Angkatan',
    noCohorts: 'Program ini belum punya angkatan. Setelah mata pelatihannya ada, buka angkatan pertama.',
  },
  module: {
    code: 'Kode',
    title: 'Mata pelatihan',
    competency: 'Kompetensi',
    format: 'Bentuk',
    targetGenerations: 'Sasaran generasi',
    allGenerations: 'Semua',
    crossGeneration: 'Lintas generasi',
  },
};

const en: typeof id = {
  programs: {
    title: 'Programs',
    lead: 'Kinds of training with their target eselon groups and modules.',
    emptyTitle: 'No programs yet',
    empty: 'Add your academy’s first program (e.g. Digital Leadership Academy), then its training modules. Then a cohort can be opened.',
    targets: 'Targets',
    everyone: 'All civil servants',
    totalJp: 'Total JP',
    cohortCount: 'Cohorts',
    academy: 'Academy',
    pagerLabel: 'Program pages',
    detailTitle: 'Program',
    notFound: 'Program not found.',
    modules: 'Training modules',
    noModules: 'This program has no modules yet. Add its training modules with their JP; cohort schedules are built from them.',
    cohorts: 'Cohorts',
    noCohorts: 'This program has no cohorts yet. Once it has modules, open its first cohort.',
  },
  module: {
    code: 'Code',
    title: 'Module',
    competency: 'Competency',
    format: 'Format',
    targetGenerations: 'Target generations',
    allGenerations: 'All',
    crossGeneration: 'Cross-generation',
  },
};

export const programListMessages = { id, en };
