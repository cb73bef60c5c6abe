import { registerEnumType } from 'type-graphql';
import {
  AGENCY_LEVELS, ATTENDANCE_STATUSES, COHORT_STATUSES, COMPETENCY_AREAS, EMPLOYMENT_TYPES, ENROLLMENT_STATUSES,
  ESELONS, ESELON_GROUPS, FACILITATOR_KINDS, GENERATION_CODES, MODULE_FORMATS, POSITION_TYPES, ROLES, TIME_ZONES,
  TRAINING_KINDS, TRAINING_KIND_CODES,
} from '@lintas/shared';

/** GraphQL enums are built from the vocabulary in `@lintas/shared`, so server and SPA cannot drift. */
function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
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
export const TimeZoneEnum = enumOf(TIME_ZONES.map((z) => z.code) as unknown as ['WIB', 'WITA', 'WIT']);

registerEnumType(EselonEnum, { name: 'Eselon', description: 'Structural rank (eselon) of a leadership post; V is obsolete.' });
registerEnumType(EselonGroupEnum, {
  name: 'EselonGroup',
  description: 'Report group: eselon I–IV for structural posts, JF for functional posts, PELAKSANA for executors.',
});
registerEnumType(GenerationEnum, {
  name: 'Generation',
  description: 'Generation by birth year: Boomers 1946–1964, Gen X 1965–1979, Gen Y 1980–1994, Gen Z 1995–2012, Gen Alpha 2013–.',
});
registerEnumType(EmploymentTypeEnum, { name: 'EmploymentType', description: 'PNS (permanent civil servant) or PPPK (contract).' });
registerEnumType(PositionTypeEnum, { name: 'PositionType', description: 'Structural (with an eselon), functional (JF) or executor (pelaksana).' });
registerEnumType(GenderEnum, { name: 'Gender', description: 'Derived from a PNS NIP; personal data.' });
registerEnumType(CohortStatusEnum, { name: 'CohortStatus', description: 'Life of a cohort (angkatan): draft → open → running → closed.' });
registerEnumType(EnrollmentStatusEnum, { name: 'EnrollmentStatus', description: 'Place of a person in a cohort.' });
registerEnumType(AttendanceStatusEnum, {
  name: 'AttendanceStatus',
  description: 'hadir, terlambat, izin, sakit, dinas luar, alpa. PRESENT and LATE earn JP; EXCUSED and OFFICIAL_DUTY leave the session out of the denominator.',
});
registerEnumType(ModuleFormatEnum, { name: 'ModuleFormat', description: 'How a training module is delivered.' });
registerEnumType(CompetencyAreaEnum, { name: 'CompetencyArea', description: 'Competency a training module builds.' });
registerEnumType(FacilitatorKindEnum, { name: 'FacilitatorKind', description: 'Widyaiswara (government trainer), coach, mentor or external speaker.' });
registerEnumType(AgencyLevelEnum, { name: 'AgencyLevel', description: 'Central (pusat) or regional (daerah) agency.' });
registerEnumType(TimeZoneEnum, { name: 'TimeZone', description: 'WIB (Asia/Jakarta, +7), WITA (Asia/Makassar, +8), WIT (Asia/Jayapura, +9).' });
registerEnumType(RoleEnum, { name: 'Role', description: 'ADMIN runs the system; ORGANIZER (penyelenggara) runs one academy; PARTICIPANT (peserta) sees their own schedule.' });
export const TrainingKindEnum = enumOf(TRAINING_KIND_CODES);
registerEnumType(TrainingKindEnum, {
  name: 'TrainingKind',
  description: "Kind of training (jenis diklat) as the civil-service registry (SIASN) lists it; `siasnJenisDiklatId` on a course record carries the registry's number.",
  valuesConfig: Object.fromEntries(TRAINING_KINDS.map((k) => [k.code, { description: `${k.label} (SIASN jenisDiklatId ${k.siasnId}).` }])),
});
