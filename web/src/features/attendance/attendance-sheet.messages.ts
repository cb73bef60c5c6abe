/**
 * UI strings of the printable attendance sheet (daftar hadir), Indonesian first. Spread
 * into `i18n/messages.ts` as the top-level section `attendanceSheet`.
 * Avoid `@` and `|` in texts (vue-i18n link and plural syntax).
 */
const id = {
  attendanceSheet: {
    title: 'Daftar hadir',
    link: 'Daftar hadir',
    lead: 'Kehadiran setiap peserta di setiap sesi terjadwal, dengan jumlah per peserta dan per sesi.',
    print: 'Cetak',
    downloadCsv: 'Unduh CSV',
    downloadXlsx: 'Unduh Excel (XLSX)',
    back: 'Kembali ke angkatan',
    empty: 'Belum ada peserta atau sesi terjadwal di angkatan ini. Daftarkan peserta di halaman angkatan dan susun jadwalnya dulu.',
    notFound: 'Angkatan ini tidak ditemukan.',
    legend: 'Keterangan',
    no: 'No.',
    person: 'Peserta',
    session: 'Sesi {n}',
    jp: '{jp} JP',
    totals: 'Jumlah',
    jpEarned: 'JP diperoleh',
    rate: 'Kehadiran',
    completion: 'Capaian',
    result: 'Hasil',
    completed: 'Lulus',
    meets: 'Memenuhi ambang',
    below: 'Di bawah ambang',
    withdrawn: 'mengundurkan diri',
    perSession: 'Jumlah per sesi',
    notRecorded: 'Belum dicatat',
    threshold: 'Ambang kelulusan {pct} dari JP terjadwal (izin dan dinas luar tidak dihitung).',
    printedAt: 'Dicetak {at}',
    signature: 'Penyelenggara',
    letter: { PRESENT: 'H', LATE: 'T', EXCUSED: 'I', SICK: 'S', OFFICIAL_DUTY: 'DL', ABSENT: 'A', NONE: '–' },
  },
};

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

const en: Same<typeof id> = {
  attendanceSheet: {
    title: 'Attendance sheet',
    link: 'Attendance sheet',
    lead: 'Each participant’s attendance at each scheduled session, with totals per participant and per session.',
    print: 'Print',
    downloadCsv: 'Download CSV',
    downloadXlsx: 'Download Excel (XLSX)',
    back: 'Back to the cohort',
    empty: 'This cohort has no participants or scheduled sessions yet. Enrol participants on the cohort page and build the schedule first.',
    notFound: 'This cohort was not found.',
    legend: 'Legend',
    no: 'No.',
    person: 'Participant',
    session: 'Session {n}',
    jp: '{jp} JP',
    totals: 'Totals',
    jpEarned: 'JP earned',
    rate: 'Attendance',
    completion: 'Progress',
    result: 'Result',
    completed: 'Completed',
    meets: 'Meets threshold',
    below: 'Below threshold',
    withdrawn: 'withdrawn',
    perSession: 'Totals per session',
    notRecorded: 'Not recorded',
    threshold: 'Completion threshold {pct} of scheduled JP (excused and official duty are left out).',
    printedAt: 'Printed {at}',
    signature: 'Organizer',
    letter: { PRESENT: 'P', LATE: 'L', EXCUSED: 'E', SICK: 'S', OFFICIAL_DUTY: 'OD', ABSENT: 'A', NONE: '–' },
  },
};

export const attendanceSheetMessages = { id, en };
