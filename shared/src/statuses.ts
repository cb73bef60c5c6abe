export const COHORT_STATUSES = ['DRAFT', 'OPEN', 'RUNNING', 'CLOSED'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const ENROLLMENT_STATUSES = ['ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
/**
 * Enrolment statuses that hold a seat in the cohort ("seated"): they count against its
 * capacity, are expected at its sessions and get its schedule. The server's one rule over
 * them is `features/enrollments/enrollment.rules.ts`.
 */
export const SEATED_STATUSES: readonly EnrollmentStatus[] = ['ENROLLED', 'COMPLETED'];
/** The status of an enrolment that met its cohort's completion threshold when the cohort closed. */
export const COMPLETED_STATUS: EnrollmentStatus = 'COMPLETED';

/** hadir, terlambat, izin, sakit, dinas luar, alpa. */
export const ATTENDANCE_STATUSES = ['PRESENT', 'LATE', 'EXCUSED', 'SICK', 'OFFICIAL_DUTY', 'ABSENT'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
/** Statuses that earn the session's JP. */
export const JP_EARNING_STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'LATE'];
/** Statuses that take a session out of the completion denominator. */
export const JP_EXEMPT_STATUSES: readonly AttendanceStatus[] = ['EXCUSED', 'OFFICIAL_DUTY'];

export const MODULE_FORMATS = [
  'CLASSROOM', 'ONLINE', 'BLENDED', 'MICRO_LEARNING', 'REVERSE_MENTORING', 'COMMUNITY_OF_PRACTICE', 'ACTION_LEARNING',
] as const;
export type ModuleFormat = (typeof MODULE_FORMATS)[number];

export const COMPETENCY_AREAS = [
  'DIGITAL_LITERACY', 'DATA_DRIVEN_DECISIONS', 'CYBERSECURITY', 'ARTIFICIAL_INTELLIGENCE', 'SPBE',
  'GROWTH_MINDSET', 'LEARNING_ORGANIZATION', 'CROSS_GENERATION_COMMUNICATION', 'LEADERSHIP',
] as const;
export type CompetencyArea = (typeof COMPETENCY_AREAS)[number];

export const FACILITATOR_KINDS = ['WIDYAISWARA', 'COACH', 'MENTOR', 'EXTERNAL'] as const;
export type FacilitatorKind = (typeof FACILITATOR_KINDS)[number];

export const AGENCY_LEVELS = ['PUSAT', 'DAERAH'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** AGENCY_HR: the HR officer of one agency (instansi), who nominates its officials. */
export const ROLES = ['ADMIN', 'ORGANIZER', 'PARTICIPANT', 'AGENCY_HR'] as const;
export type Role = (typeof ROLES)[number];

/** One JP (jam pelajaran) is 45 minutes. */
export const JP_MINUTES = 45;
/** Every PNS has a right to at least 20 JP of competency development a year. */
export const ANNUAL_JP_RIGHT = 20;
/** Share of the scheduled JP (exempt sessions left out) a participant must earn to complete, unless the program or cohort says otherwise. */
export const DEFAULT_COMPLETION_THRESHOLD = 0.8;

/**
 * Kind of training (jenis diklat) in the civil-service registry's reference list
 * (SIASN `jenisDiklatId`), so a course record can be pushed without reshaping.
 * STRUKTURAL is the leadership training (PKN, PKA, PKP) formerly called diklat struktural.
 */
export const TRAINING_KINDS = [
  { code: 'STRUKTURAL', siasnId: 1, label: 'Diklat Struktural' },
  { code: 'FUNGSIONAL', siasnId: 2, label: 'Diklat Fungsional' },
  { code: 'TEKNIS', siasnId: 3, label: 'Diklat Teknis' },
  { code: 'WORKSHOP', siasnId: 4, label: 'Workshop' },
  { code: 'MANAJERIAL', siasnId: 5, label: 'Pelatihan Manajerial' },
  { code: 'SOSIAL_KULTURAL', siasnId: 6, label: 'Pelatihan Sosial Kultural' },
  { code: 'SOSIALISASI', siasnId: 7, label: 'Sosialisasi' },
  { code: 'BIMBINGAN_TEKNIS', siasnId: 8, label: 'Bimbingan Teknis' },
  { code: 'SEMINAR', siasnId: 9, label: 'Seminar' },
  { code: 'MAGANG', siasnId: 10, label: 'Magang' },
] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number]['code'];
export const TRAINING_KIND_CODES = TRAINING_KINDS.map((k) => k.code) as unknown as readonly [TrainingKind, ...TrainingKind[]];
export const DEFAULT_TRAINING_KIND: TrainingKind = 'MANAJERIAL';

/** What a bulk export writes: the roster, enrolments, attendance or training history (riwayat diklat). */
export const BULK_EXPORT_KINDS = ['PERSONS', 'ENROLLMENTS', 'ATTENDANCE', 'TRAINING_HISTORY'] as const;
export type BulkExportKind = (typeof BULK_EXPORT_KINDS)[number];
export const BULK_EXPORT_FORMATS = ['JSONL', 'CSV'] as const;
export type BulkExportFormat = (typeof BULK_EXPORT_FORMATS)[number];
export const BULK_OPERATION_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED'] as const;
export type BulkOperationStatus = (typeof BULK_OPERATION_STATUSES)[number];
/** Life of a roster upload (`POST /imports/persons`): QUEUED → RUNNING → COMPLETED or FAILED. */
export const PERSON_IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type PersonImportStatus = (typeof PERSON_IMPORT_STATUSES)[number];

/** What a program is, for set-up and reports: the leadership programs of the ASN law and the rest. */
export const PROGRAM_KINDS = ['DLA', 'PKN_II', 'PKA', 'PKP', 'DIGITAL_LITERACY', 'OTHER'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export const DEFAULT_PROGRAM_KIND: ProgramKind = 'OTHER';

/**
 * The one mapping from Lintas's programs to the civil-service registry (SIASN). The
 * structural leadership programs (PKN II, PKA, PKP) are recorded as riwayat diklat with
 * the registry's `latihanStrukturalId`; every other program as riwayat kursus, whose
 * `jenisKursusId` is the program's training kind (`TRAINING_KINDS[].siasnId`).
 */
export const REGISTRY_DIKLAT_OF_PROGRAM_KIND: Partial<Record<ProgramKind, { latihanStrukturalId: string; label: string }>> = {
  PKN_II: { latihanStrukturalId: '4', label: 'Pelatihan Kepemimpinan Nasional Tingkat II' },
  PKA: { latihanStrukturalId: '5', label: 'Pelatihan Kepemimpinan Administrator' },
  PKP: { latihanStrukturalId: '6', label: 'Pelatihan Kepemimpinan Pengawas' },
};

/** How a completed training of this program kind and training kind goes to the registry. */
export function registryMapping(programKind: ProgramKind, trainingKind: TrainingKind): { record: 'diklat'; latihanStrukturalId: string } | { record: 'kursus'; jenisKursusId: number } {
  const diklat = REGISTRY_DIKLAT_OF_PROGRAM_KIND[programKind];
  if (diklat) return { record: 'diklat', latihanStrukturalId: diklat.latihanStrukturalId };
  return { record: 'kursus', jenisKursusId: TRAINING_KINDS.find((k) => k.code === trainingKind)?.siasnId ?? 0 };
}

/** A YYYY-MM-DD date as the registry writes it: DD-MM-YYYY. */
export function registryDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}

/**
 * Position classes under the ASN law: the eselon each stands for when no eselon is
 * given (registry exports name the class, not the rank) and the eselon group every
 * rule and report counts it in. The one mapping from class to group.
 */
export const JPT_CLASSES = [
  { code: 'JPT_UTAMA', eselon: 'Ia', group: 'I' },
  { code: 'JPT_MADYA', eselon: 'Ib', group: 'I' },
  { code: 'JPT_PRATAMA', eselon: 'IIa', group: 'II' },
  { code: 'ADMINISTRATOR', eselon: 'IIIa', group: 'III' },
  { code: 'PENGAWAS', eselon: 'IVa', group: 'IV' },
] as const;
export type JptClass = (typeof JPT_CLASSES)[number]['code'];
export const JPT_CLASS_CODES = JPT_CLASSES.map((c) => c.code) as unknown as readonly [JptClass, ...JptClass[]];

/** Steps of setting up an academy, in order: what it needs before its first cohort runs. */
export const SETUP_STEPS = ['ACADEMY', 'ORGANIZER', 'AGENCIES', 'PROGRAMS', 'MODULES', 'VENUES', 'FACILITATORS', 'ROSTER', 'COHORT'] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

/**
 * The agency import's CSV columns (header required, any order): the server reads them,
 * the SPA offers a sample file with them. `level` is PUSAT or DAERAH, `time_zone` WIB, WITA or WIT.
 */
export const AGENCY_CSV_COLUMNS = ['code', 'name', 'level', 'province', 'time_zone'] as const;
export type AgencyCsvColumn = (typeof AGENCY_CSV_COLUMNS)[number];
/** Columns an agency CSV must have; province may be left out (central agencies have none). */
export const AGENCY_CSV_REQUIRED: readonly AgencyCsvColumn[] = ['code', 'name', 'level', 'time_zone'];

/**
 * The roster import's CSV columns (header required, any order): the server reads them,
 * the SPA lists them and writes its sample file with them.
 */
export const ROSTER_CSV_COLUMNS = ['nip', 'name', 'employment_type', 'position_type', 'eselon', 'job_title', 'agency_code'] as const;
export type RosterCsvColumn = (typeof ROSTER_CSV_COLUMNS)[number];
/** Columns a roster CSV may leave out (non-structural staff have no eselon). */
export const ROSTER_CSV_OPTIONAL: readonly RosterCsvColumn[] = ['eselon', 'job_title'];

/** Words the registry writes before a class name (`Jabatan Pimpinan Tinggi Pratama` = `JPT Pratama`). */
const JPT_SPELLED = /^JABATAN\s*PIMPINAN\s*TINGGI/;
const JPT_SPELLED_ADMIN = /^JABATAN\s*(ADMINISTRATOR|PENGAWAS)$/;

/**
 * The class a cell names, or null: `JPT Pratama`, `JPT PRATAMA`, `jpt_pratama`,
 * `Jabatan Pimpinan Tinggi Pratama`, `ADMINISTRATOR`, `Jabatan Pengawas` …
 * (case, spaces, `_`, `-` and `.` are not told apart).
 */
export function normalizeJptClass(raw: string): JptClass | null {
  let key = raw.trim().toUpperCase().replace(/[\s_.\-]+/g, ' ');
  key = key.replace(JPT_SPELLED, 'JPT').replace(JPT_SPELLED_ADMIN, '$1').replace(/\s+/g, '_');
  return JPT_CLASSES.find((c) => c.code === key)?.code ?? null;
}

/** The eselon group a class is counted in (JPT Utama and Madya → I … Pengawas → IV). */
export const jptClassGroup = (c: JptClass) => JPT_CLASSES.find((x) => x.code === c)!.group;

/**
 * A participant's verdict (jp.rules.ts passVerdict): already passed whatever comes; on
 * track (the rate so far meets the threshold); attend N more sessions to pass; or can no
 * longer pass. The SPA words each code.
 */
export const PASS_VERDICTS = ['PASSED', 'ON_TRACK', 'ATTEND_MORE', 'CANNOT_PASS'] as const;
export type PassVerdictCode = (typeof PASS_VERDICTS)[number];

/** Kinds of knowledge item: best-practice report, video tutorial, FAQ entry, documented interview, procedure (SOP). */
export const KNOWLEDGE_KINDS = ['BEST_PRACTICE', 'VIDEO_TUTORIAL', 'FAQ', 'INTERVIEW', 'PROCEDURE'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** A knowledge item's review state: draft → published → archived (an archived item may be published again). */
export const KNOWLEDGE_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** How a person of the roster took part in a knowledge item. */
export const KNOWLEDGE_ROLES = ['AUTHOR', 'CONTRIBUTOR', 'INTERVIEWEE'] as const;
export type KnowledgeRole = (typeof KNOWLEDGE_ROLES)[number];
