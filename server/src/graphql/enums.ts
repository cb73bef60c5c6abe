import { registerEnumType } from 'type-graphql';
import {
  AGENCY_LEVELS, ATTENDANCE_STATUSES, COHORT_STATUSES, COMPETENCY_AREAS, EMPLOYMENT_TYPES, ENROLLMENT_STATUSES,
  ESELONS, ESELON_GROUPS, FACILITATOR_KINDS, GENERATION_CODES, MODULE_FORMATS, POSITION_TYPES, ROLES, TIME_ZONES,
  TRAINING_KINDS, TRAINING_KIND_CODES, PROGRAM_KINDS, JPT_CLASS_CODES, SETUP_STEPS, PASS_VERDICTS,
} from '@lintas/shared';

/** GraphQL enums are built from the vocabulary in `@lintas/shared`, so server and SPA cannot drift. */
export function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const EselonEnum = enumOf(ESELONS);
export const EselonGroupEnum = enumOf(ESELON_GROUPS);
export const GenerationEnum = enumOf(GENERATION_CODES);
export const EmploymentTypeEnum = enumOf(EMPLOYMENT_TYPES);
export const PositionTypeEnum = enumOf(POSITION_TYPES);
export const GenderEnum = enumOf(['MALE', 'FEMALE'] as const);
export const CohortStatusEnum = enumOf(COHORT_STATUSES);
export const EnrollmentStatusEnum = enumOf(ENROLLMENT_STATUSES);
export const AttendanceStatusEnum = enumOf(ATTENDANCE_STATUSES);
export const ModuleFormatEnum = enumOf(MODULE_FORMATS);
export const CompetencyAreaEnum = enumOf(COMPETENCY_AREAS);
export const FacilitatorKindEnum = enumOf(FACILITATOR_KINDS);
export const AgencyLevelEnum = enumOf(AGENCY_LEVELS);
export const RoleEnum = enumOf(ROLES);
export const ProgramKindEnum = enumOf(PROGRAM_KINDS);
export const JptClassEnum = enumOf(JPT_CLASS_CODES);
export const PassVerdictCodeEnum = enumOf(PASS_VERDICTS);
export const SetupStepKeyEnum = enumOf(SETUP_STEPS);
export const TimeZoneEnum = enumOf(TIME_ZONES.map((z) => z.code) as unknown as ['WIB', 'WITA', 'WIT']);

registerEnumType(EselonEnum, {
  name: 'Eselon',
  description: 'Structural rank (eselon) of a leadership post, from Ia (highest) to IVb; V is obsolete. Under the ASN law JPT Utama/Madya ≈ I, JPT Pratama ≈ II, Administrator ≈ III, Pengawas ≈ IV.',
  valuesConfig: {
    Ia: { description: 'Eselon Ia, the highest structural rank (JPT Utama or Madya).' },
    Ib: { description: 'Eselon Ib (JPT Madya).' },
    IIa: { description: 'Eselon IIa (JPT Pratama), e.g. head of a provincial agency.' },
    IIb: { description: 'Eselon IIb (JPT Pratama), e.g. head of a regency agency.' },
    IIIa: { description: 'Eselon IIIa (Administrator).' },
    IIIb: { description: 'Eselon IIIb (Administrator).' },
    IVa: { description: 'Eselon IVa (Pengawas, supervisor).' },
    IVb: { description: 'Eselon IVb (Pengawas, supervisor).' },
  },
});
registerEnumType(EselonGroupEnum, {
  name: 'EselonGroup',
  description: 'Report group: eselon I–IV for structural posts, JF for functional posts, PELAKSANA for executors.',
  valuesConfig: {
    I: { description: 'Eselon Ia and Ib: the top structural leaders.' },
    II: { description: 'Eselon IIa and IIb: heads of agencies and directorates; with I, the leaders who decide.' },
    III: { description: 'Eselon IIIa and IIIb: administrators.' },
    IV: { description: 'Eselon IVa and IVb: supervisors.' },
    JF: { description: 'Jabatan fungsional: functional posts without an eselon (e.g. analysts, auditors, teachers).' },
    PELAKSANA: { description: 'Pelaksana: executors, staff without a structural or functional post.' },
  },
});
registerEnumType(GenerationEnum, {
  name: 'Generation',
  description: 'Generation (generasi) by birth year (read from the NIP): Boomers 1946–1964, Gen X 1965–1979, Gen Y 1980–1994, Gen Z 1995–2012, Gen Alpha 2013–.',
  valuesConfig: {
    BOOMER: { description: 'Baby Boomers, born 1946–1964.' },
    GEN_X: { description: 'Generation X, born 1965–1979.' },
    GEN_Y: { description: 'Generation Y (millennials), born 1980–1994.' },
    GEN_Z: { description: 'Generation Z, born 1995–2012.' },
    GEN_ALPHA: { description: 'Generation Alpha, born 2013 or later.' },
  },
});
registerEnumType(EmploymentTypeEnum, {
  name: 'EmploymentType',
  description: 'Kind of civil servant (ASN): PNS (permanent) or PPPK (contract).',
  valuesConfig: {
    PNS: { description: 'Pegawai Negeri Sipil: permanent civil servant, with a NIP validated strictly.' },
    PPPK: { description: 'Pegawai Pemerintah dengan Perjanjian Kerja: government employee on contract, with an 18-digit NI PPPK.' },
  },
});
registerEnumType(PositionTypeEnum, {
  name: 'PositionType',
  description: 'Structural (with an eselon), functional (JF) or executor (pelaksana).',
  valuesConfig: {
    STRUKTURAL: { description: 'Structural (leadership) post; the person has an eselon.' },
    FUNGSIONAL: { description: 'Functional post (jabatan fungsional, JF); no eselon.' },
    PELAKSANA: { description: 'Executor (pelaksana); no eselon.' },
  },
});
registerEnumType(GenderEnum, {
  name: 'Gender',
  description: 'Derived from the NIP (digit 15: 1 male, 2 female); personal data.',
  valuesConfig: { MALE: { description: 'Male (NIP gender digit 1).' }, FEMALE: { description: 'Female (NIP gender digit 2).' } },
});
registerEnumType(CohortStatusEnum, {
  name: 'CohortStatus',
  description: 'Life of a cohort (angkatan): draft → open → running → closed.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared: dates, capacity and schedule can still change; may go back from OPEN.' },
    OPEN: { description: 'Open for enrolment.' },
    RUNNING: { description: 'Under way; sessions are held and attendance recorded.' },
    CLOSED: { description: 'Finished; those at the completion threshold were marked completed. Takes no enrolments.' },
  },
});
registerEnumType(EnrollmentStatusEnum, {
  name: 'EnrollmentStatus',
  description: 'Place of a person in a cohort.',
  valuesConfig: {
    ENROLLED: { description: 'Holds a seat in the cohort.' },
    WAITLISTED: { description: 'On the waitlist (the cohort is at capacity); promoted in order when a seat frees.' },
    WITHDRAWN: { description: 'Left the cohort (with a reason); the seat went to the first waitlisted person.' },
    COMPLETED: { description: 'Earned at least the cohort\'s completion threshold of its scheduled JP.' },
  },
});
registerEnumType(AttendanceStatusEnum, {
  name: 'AttendanceStatus',
  description: 'hadir, terlambat, izin, sakit, dinas luar, alpa. PRESENT and LATE earn JP; EXCUSED and OFFICIAL_DUTY leave the session out of the denominator.',
  valuesConfig: {
    PRESENT: { description: 'Hadir: attended; earns the session\'s JP.' },
    LATE: { description: 'Terlambat: attended, checked in more than 15 minutes late; earns the session\'s JP.' },
    EXCUSED: { description: 'Izin: excused; the session is left out of the completion denominator.' },
    SICK: { description: 'Sakit: sick; earns nothing and stays in the denominator.' },
    OFFICIAL_DUTY: { description: 'Dinas luar: away on official duty; the session is left out of the completion denominator.' },
    ABSENT: { description: 'Alpa: absent without notice; earns nothing.' },
  },
});
registerEnumType(ModuleFormatEnum, {
  name: 'ModuleFormat',
  description: 'How a training module is delivered.',
  valuesConfig: {
    CLASSROOM: { description: 'Face to face in a classroom (klasikal).' },
    ONLINE: { description: 'Online, live (synchronous) through a meeting link.' },
    BLENDED: { description: 'Partly classroom, partly online.' },
    MICRO_LEARNING: { description: 'Short units of a few minutes, taken at one\'s own pace.' },
    REVERSE_MENTORING: { description: 'A younger mentor (Gen Y/Z) coaches a senior mentee (Boomer/Gen X) in pairs.' },
    COMMUNITY_OF_PRACTICE: { description: 'A group of peers that meets to share practice on a topic.' },
    ACTION_LEARNING: { description: 'Learning by working on a real problem of the participant\'s agency.' },
  },
});
registerEnumType(CompetencyAreaEnum, {
  name: 'CompetencyArea',
  description: 'Competency a training module builds.',
  valuesConfig: {
    DIGITAL_LITERACY: { description: 'Digital literacy: using digital tools and information well and safely.' },
    DATA_DRIVEN_DECISIONS: { description: 'Deciding from data: reading, questioning and using evidence.' },
    CYBERSECURITY: { description: 'Cybersecurity and data protection.' },
    ARTIFICIAL_INTELLIGENCE: { description: 'Artificial intelligence: what it can do for government, and its risks.' },
    SPBE: { description: 'SPBE (Sistem Pemerintahan Berbasis Elektronik): e-government.' },
    GROWTH_MINDSET: { description: 'Growth mindset: openness to learning and change.' },
    LEARNING_ORGANIZATION: { description: 'Building a learning organization.' },
    CROSS_GENERATION_COMMUNICATION: { description: 'Communication and collaboration across generations.' },
    LEADERSHIP: { description: 'Leadership in general.' },
  },
});
registerEnumType(FacilitatorKindEnum, {
  name: 'FacilitatorKind',
  description: 'Widyaiswara (government trainer), coach, mentor or external speaker.',
  valuesConfig: {
    WIDYAISWARA: { description: 'Widyaiswara: a civil servant whose functional post is teaching in government training.' },
    COACH: { description: 'A coach who accompanies participants through the program.' },
    MENTOR: { description: 'A mentor, usually a senior official or a reverse mentor.' },
    EXTERNAL: { description: 'An external speaker or trainer from outside the civil service.' },
  },
});
registerEnumType(AgencyLevelEnum, {
  name: 'AgencyLevel',
  description: 'Central (pusat) or regional (daerah) agency.',
  valuesConfig: {
    PUSAT: { description: 'Central government: a ministry or national agency.' },
    DAERAH: { description: 'Regional government: a province, regency or city, with its province.' },
  },
});
registerEnumType(TimeZoneEnum, {
  name: 'TimeZone',
  description: 'WIB (Asia/Jakarta, +7), WITA (Asia/Makassar, +8), WIT (Asia/Jayapura, +9); none has daylight saving.',
  valuesConfig: {
    WIB: { description: 'Waktu Indonesia Barat, Asia/Jakarta, UTC+7 (Sumatra, Java, West and Central Kalimantan).' },
    WITA: { description: 'Waktu Indonesia Tengah, Asia/Makassar, UTC+8 (Bali, Nusa Tenggara, Sulawesi, East Kalimantan).' },
    WIT: { description: 'Waktu Indonesia Timur, Asia/Jayapura, UTC+9 (Maluku, Papua).' },
  },
});
registerEnumType(RoleEnum, {
  name: 'Role',
  description: "ADMIN runs the system; ORGANIZER (penyelenggara) runs one academy; AGENCY_HR nominates one agency's officials; PARTICIPANT (peserta) sees their own schedule.",
  valuesConfig: {
    ADMIN: { description: 'Runs the system: academies, accounts, API tokens, audit log; must use an authenticator app.' },
    ORGANIZER: { description: 'Penyelenggara: runs one academy\'s roster, programs, cohorts, schedule, attendance and reports.' },
    PARTICIPANT: { description: 'Peserta: a civil servant who sees their own schedule, checks in and reads their own progress.' },
    AGENCY_HR: { description: "The HR officer of one agency (instansi): sees that agency's people, nominates them for open cohorts and follows the results and the agency's quotas." },
  },
});
export const TrainingKindEnum = enumOf(TRAINING_KIND_CODES);
registerEnumType(TrainingKindEnum, {
  name: 'TrainingKind',
  description: "Kind of training (jenis diklat) as the civil-service registry (SIASN) lists it; `siasnJenisDiklatId` on a course record carries the registry's number.",
  valuesConfig: Object.fromEntries(TRAINING_KINDS.map((k) => [k.code, { description: `${k.label} (SIASN jenisDiklatId ${k.siasnId}).` }])),
});
registerEnumType(ProgramKindEnum, {
  name: 'ProgramKind',
  description: 'What a program is: one of the leadership programs of the ASN law, digital literacy, or another kind.',
  valuesConfig: {
    DLA: { description: 'Digital Leadership Academy (eselon I–II).' },
    PKN_II: { description: 'Pelatihan Kepemimpinan Nasional Tingkat II (JPT Pratama, eselon II).' },
    PKA: { description: 'Pelatihan Kepemimpinan Administrator (eselon III).' },
    PKP: { description: 'Pelatihan Kepemimpinan Pengawas (eselon IV).' },
    DIGITAL_LITERACY: { description: 'Digital literacy training for any ASN.' },
    OTHER: { description: 'Any other program.' },
  },
});
registerEnumType(PassVerdictCodeEnum, {
  name: 'PassVerdictCode',
  description: "Where a participant stands against the cohort's completion threshold (PASS_VERDICTS in @lintas/shared).",
  valuesConfig: {
    PASSED: { description: 'The threshold is met even if every remaining session is missed.' },
    ON_TRACK: { description: 'The rate so far meets the threshold; attending the sessions still needed passes.' },
    ATTEND_MORE: { description: 'Behind: attending `sessionsNeeded` more sessions (`jpNeeded` JP) still passes.' },
    CANNOT_PASS: { description: 'Even attending every remaining session cannot reach the threshold; contact the organizer.' },
  },
});
registerEnumType(JptClassEnum, {
  name: 'JptClass',
  description: 'Position class under the ASN law, as registry exports name it; stands for an eselon when none is given.',
  valuesConfig: {
    JPT_UTAMA: { description: 'JPT Utama (≈ eselon Ia).' },
    JPT_MADYA: { description: 'JPT Madya (≈ eselon Ib).' },
    JPT_PRATAMA: { description: 'JPT Pratama (≈ eselon IIa).' },
    ADMINISTRATOR: { description: 'Administrator (≈ eselon IIIa).' },
    PENGAWAS: { description: 'Pengawas (≈ eselon IVa).' },
  },
});
registerEnumType(SetupStepKeyEnum, {
  name: 'SetupStepKey',
  description: 'A step of setting up an academy for its first cohort, in order.',
  valuesConfig: {
    ACADEMY: { description: 'The academy exists.' },
    ORGANIZER: { description: 'It has an organizer account.' },
    AGENCIES: { description: 'Agencies (instansi) are on its roster.' },
    PROGRAMS: { description: 'It has a program.' },
    MODULES: { description: 'Its programs have training modules.' },
    VENUES: { description: 'It has a venue.' },
    FACILITATORS: { description: 'It has a facilitator.' },
    ROSTER: { description: 'People (ASN) are on its roster.' },
    COHORT: { description: 'It has a cohort.' },
  },
});
