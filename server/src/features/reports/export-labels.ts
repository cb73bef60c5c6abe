import type { AttendanceStatus, EnrollmentStatus } from '@lintas/shared';

/** Column headers and words of the exports, Indonesian (default) and English. */
const id = {
  titles: {
    'participation-by-eselon': 'Partisipasi per kelompok eselon',
    'participation-by-generation': 'Partisipasi per generasi',
    'participation-matrix': 'Partisipasi per kelompok eselon × generasi',
    'literacy-target': 'Literasi digital terhadap target 90 % pada 2029',
    'jp-compliance': 'Pemenuhan 20 JP per tahun',
    'jp-compliance-below': 'ASN di bawah 20 JP',
    'attendance-sheet': 'Daftar hadir',
    'assessment-gain': 'Peningkatan skor pola pikir digital (pra → pasca) per kelompok eselon × generasi',
    'evaluation-summary': 'Hasil evaluasi angkatan',
    'facilitator-scores': 'Nilai evaluasi pengajar/widyaiswara',
  },
  sheets: { questions: 'Per pertanyaan', groups: 'Per kelompok', report: 'Laporan', trend: 'Tren per tahun', below: 'Di bawah 20 JP', sheet: 'Daftar hadir', sessions: 'Rekap per sesi' },
  about: {
    period: 'Periode', all: 'semua', until: 's.d.', academy: 'Akademi', program: 'Program', cohort: 'Angkatan', agency: 'Instansi',
    province: 'Provinsi', year: 'Tahun', generated: 'Dibuat', dates: 'Tanggal', timeZone: 'Zona waktu', threshold: 'Ambang kelulusan',
    target: 'Target', targetValue: '{share} ASN melek digital pada {year}', now: 'Capaian saat ini', gap: 'Kekurangan', required: 'Hak minimal',
  },
  col: {
    eselonGroup: 'Kelompok eselon', generation: 'Generasi', roster: 'Jumlah ASN', enrolled: 'Terdaftar', attended: 'Pernah hadir', completed: 'Lulus',
    participationRate: 'Tingkat partisipasi', completionRate: 'Tingkat kelulusan', attendanceRate: 'Tingkat kehadiran', jpEarned: 'JP diperoleh',
    jpScheduled: 'JP terjadwal', digitalLiteracyRate: 'Tingkat literasi digital', literate: 'Melek digital (skor ≥ 70)', literacyRate: 'Tingkat literasi',
    year: 'Tahun', reached: 'Mencapai 20 JP', reachedRate: 'Tingkat pemenuhan', name: 'Nama', nip: 'NIP', agency: 'Instansi', no: 'No.',
    enrollmentStatus: 'Status', notRecorded: 'Belum dicatat', jpExempt: 'JP dikecualikan', completionShare: 'Capaian kelulusan',
    meetsThreshold: 'Memenuhi ambang', startsAt: 'Mulai', endsAt: 'Selesai', moduleCode: 'Kode mata pelatihan', moduleTitle: 'Mata pelatihan', jp: 'JP',
    paired: 'Pasangan pra–pasca', meanPre: 'Rata-rata skor pra', meanPost: 'Rata-rata skor pasca', meanGain: 'Rata-rata peningkatan (poin)',
    crossed: 'Melewati ambang 70', crossedRate: 'Persentase melewati ambang',
    form: 'Formulir', target: 'Yang dinilai', question: 'Pertanyaan', respondents: 'Responden', eligible: 'Dapat menjawab', responseRate: 'Tingkat respons',
    mean: 'Rata-rata (1–5)', distribution: 'Sebaran jawaban', suppressed: 'Disembunyikan (< 5 responden)', grouping: 'Pengelompokan', group: 'Kelompok',
    facilitator: 'Pengajar', cohortRunning: 'Penyelenggaraan angkatan', respondent: 'Peran responden', unknown: 'tidak diketahui',
  },
  status: { PRESENT: 'Hadir', LATE: 'Terlambat', EXCUSED: 'Izin', SICK: 'Sakit', OFFICIAL_DUTY: 'Dinas luar', ABSENT: 'Alpa' } as Record<AttendanceStatus, string>,
  enrollment: { ENROLLED: 'Terdaftar', WAITLISTED: 'Daftar tunggu', WITHDRAWN: 'Mengundurkan diri', COMPLETED: 'Lulus' } as Record<EnrollmentStatus, string>,
  yes: 'Ya',
  no: 'Tidak',
};

export type ExportLabels = typeof id;

const en: ExportLabels = {
  titles: {
    'participation-by-eselon': 'Participation by eselon group',
    'participation-by-generation': 'Participation by generation',
    'participation-matrix': 'Participation by eselon group × generation',
    'literacy-target': 'Digital literacy against the 90 %-by-2029 target',
    'jp-compliance': 'The 20 JP a year',
    'jp-compliance-below': 'Civil servants below 20 JP',
    'attendance-sheet': 'Attendance sheet',
    'assessment-gain': 'Digital-mindset gain (pre → post) by eselon group × generation',
    'evaluation-summary': 'Cohort evaluation results',
    'facilitator-scores': 'Facilitator evaluation scores',
  },
  sheets: { questions: 'Per question', groups: 'Per group', report: 'Report', trend: 'Trend per year', below: 'Below 20 JP', sheet: 'Attendance sheet', sessions: 'Per session' },
  about: {
    period: 'Period', all: 'all', until: 'to', academy: 'Academy', program: 'Program', cohort: 'Cohort', agency: 'Agency',
    province: 'Province', year: 'Year', generated: 'Generated', dates: 'Dates', timeZone: 'Time zone', threshold: 'Completion threshold',
    target: 'Target', targetValue: '{share} of ASN digitally literate by {year}', now: 'Now', gap: 'Gap', required: 'Minimum right',
  },
  col: {
    eselonGroup: 'Eselon group', generation: 'Generation', roster: 'Roster', enrolled: 'Enrolled', attended: 'Attended', completed: 'Completed',
    participationRate: 'Participation rate', completionRate: 'Completion rate', attendanceRate: 'Attendance rate', jpEarned: 'JP earned',
    jpScheduled: 'JP scheduled', digitalLiteracyRate: 'Digital literacy rate', literate: 'Digitally literate (score ≥ 70)', literacyRate: 'Literacy rate',
    year: 'Year', reached: 'Reached 20 JP', reachedRate: 'Share reached', name: 'Name', nip: 'NIP', agency: 'Agency', no: 'No.',
    enrollmentStatus: 'Status', notRecorded: 'Not recorded', jpExempt: 'JP exempt', completionShare: 'Completion progress',
    meetsThreshold: 'Meets threshold', startsAt: 'Starts', endsAt: 'Ends', moduleCode: 'Module code', moduleTitle: 'Training module', jp: 'JP',
    paired: 'Pre–post pairs', meanPre: 'Mean pre score', meanPost: 'Mean post score', meanGain: 'Mean gain (points)',
    crossed: 'Crossed the 70 threshold', crossedRate: 'Share crossed',
    form: 'Form', target: 'About', question: 'Question', respondents: 'Respondents', eligible: 'Could answer', responseRate: 'Response rate',
    mean: 'Mean (1–5)', distribution: 'Answers per value', suppressed: 'Hidden (< 5 respondents)', grouping: 'Grouping', group: 'Group',
    facilitator: 'Facilitator', cohortRunning: 'Running of the cohort', respondent: 'Respondent role', unknown: 'unknown',
  },
  status: { PRESENT: 'Present', LATE: 'Late', EXCUSED: 'Excused', SICK: 'Sick', OFFICIAL_DUTY: 'Official duty', ABSENT: 'Absent' },
  enrollment: { ENROLLED: 'Enrolled', WAITLISTED: 'Waitlisted', WITHDRAWN: 'Withdrawn', COMPLETED: 'Completed' },
  yes: 'Yes',
  no: 'No',
};

export const EXPORT_LABELS = { id, en } as const;
export type ExportLang = keyof typeof EXPORT_LABELS;
export type ExportName = keyof ExportLabels['titles'];
