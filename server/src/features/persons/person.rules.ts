import {
  EMPLOYMENT_TYPES, ERROR_CODES, JPT_CLASSES, POSITION_TYPES, eselonGroupOf, isEselon, jptClassGroup, normalizeJptClass, parseNip, textFault, textFaultMessage,
  type EmploymentType, type ErrorCode, type Eselon, type EselonGroup, type Gender, type Generation, type JptClass, type PositionType,
} from '@lintas/shared';

/** A roster row as submitted, before any checks (CSV cells or GraphQL input). */
export interface RawPerson {
  nip?: string | null;
  name?: string | null;
  employmentType?: string | null;
  positionType?: string | null;
  /** An eselon (`IIa`) or a position class as the registry names it (`JPT Pratama`, `ADMINISTRATOR`). */
  eselon?: string | null;
  /** A position class given apart from the eselon (the API's `jptClass`); a CSV names it in `eselon` or `position_type`. */
  positionClass?: string | null;
  jobTitle?: string | null;
  agencyCode?: string | null;
}

/** A checked roster row, with what the NIP tells. */
export interface PersonValues {
  nip: string;
  name: string;
  employmentType: EmploymentType;
  positionType: PositionType;
  eselon: Eselon | null;
  /** The position class as given (JPT Utama … Pengawas), null when only an eselon was. */
  positionClass: JptClass | null;
  eselonGroup: EselonGroup;
  jobTitle: string | null;
  agencyCode: string;
  birthDate: string;
  gender: Gender | null;
  generation: Generation | null;
}

export interface FieldError {
  field: keyof RawPerson;
  code: ErrorCode;
  message: string;
}

const NIP_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ERROR_CODES.NIP_FORMAT]: 'NIP must be exactly 18 digits',
  [ERROR_CODES.NIP_BIRTH_DATE]: "NIP's first 8 digits are not a real birth date",
  [ERROR_CODES.NIP_APPOINTMENT]: "NIP's digits 9–14 are not a real appointment month",
  [ERROR_CODES.NIP_APPOINTMENT_BEFORE_BIRTH]: "NIP's appointment month is not after the birth date",
  [ERROR_CODES.NIP_GENDER]: "NIP's 15th digit must be 1 or 2",
};

const POSITION_ALIASES: Record<string, PositionType> = {
  STRUKTURAL: 'STRUKTURAL', JPT: 'STRUKTURAL', ADMINISTRATOR: 'STRUKTURAL', PENGAWAS: 'STRUKTURAL',
  FUNGSIONAL: 'FUNGSIONAL', JF: 'FUNGSIONAL', PELAKSANA: 'PELAKSANA',
};

/** `IIa`, `ii.a`, `II/A`, `II a` → `IIa`. */
export function normalizeEselon(raw: string): Eselon | null {
  const m = /^(IV|I{1,3})\s*[./-]?\s*([AB])$/i.exec(raw.trim());
  if (!m) return null;
  const value = `${m[1]!.toUpperCase()}${m[2]!.toLowerCase()}`;
  return isEselon(value) ? value : null;
}

const blank = (v: string | null | undefined) => (v ?? '').trim();

/** A name or title that holds control characters or starts like a spreadsheet formula (shared textFault). */
function textError(field: keyof RawPerson, what: string, value: string, errors: FieldError[]) {
  const fault = textFault(value);
  if (fault) errors.push({ field, code: ERROR_CODES.INVALID_VALUE, message: textFaultMessage(what, fault) });
}

/**
 * Checks one roster row. Every problem is reported; no message repeats the
 * submitted NIP. Birth date, gender and generation come from the NIP only.
 */
export function checkPerson(raw: RawPerson): { ok: true; value: PersonValues } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const name = blank(raw.name);
  if (!name) errors.push({ field: 'name', code: ERROR_CODES.REQUIRED, message: 'name is required' });
  else if (name.length > 200) errors.push({ field: 'name', code: ERROR_CODES.OUT_OF_RANGE, message: 'name is longer than 200 characters' });
  else textError('name', 'name', name, errors);

  const employment = blank(raw.employmentType).toUpperCase();
  const employmentType = (EMPLOYMENT_TYPES as readonly string[]).includes(employment) ? (employment as EmploymentType) : null;
  if (!employment) errors.push({ field: 'employmentType', code: ERROR_CODES.REQUIRED, message: 'employment type is required' });
  else if (!employmentType) errors.push({ field: 'employmentType', code: ERROR_CODES.INVALID_VALUE, message: `employment type must be one of ${EMPLOYMENT_TYPES.join(', ')}` });

  const nip = blank(raw.nip);
  let nipInfo = null;
  if (!nip) errors.push({ field: 'nip', code: ERROR_CODES.REQUIRED, message: 'NIP is required' });
  else {
    const parsed = parseNip(nip, employmentType ?? 'PNS');
    if (parsed.ok) nipInfo = parsed.value;
    else errors.push({ field: 'nip', code: parsed.code, message: NIP_MESSAGES[parsed.code] ?? 'NIP is not valid' });
  }

  const position = blank(raw.positionType).toUpperCase();
  // A registry export may name the class where the position type goes (`JPT Pratama`, `ADMINISTRATOR`): a structural post of that class.
  const classInPosition = position ? normalizeJptClass(position) : null;
  const positionType = POSITION_ALIASES[position] ?? (classInPosition ? 'STRUKTURAL' : null);
  if (!position) errors.push({ field: 'positionType', code: ERROR_CODES.REQUIRED, message: 'position type is required' });
  else if (!positionType) errors.push({ field: 'positionType', code: ERROR_CODES.INVALID_VALUE, message: `position type must be one of ${POSITION_TYPES.join(', ')}` });

  const eselonRaw = blank(raw.eselon);
  const classRaw = blank(raw.positionClass);
  const givenEselon = eselonRaw ? normalizeEselon(eselonRaw) : null;
  const classInEselon = eselonRaw && !givenEselon ? normalizeJptClass(eselonRaw) : null;
  const givenClass = classRaw ? normalizeJptClass(classRaw) : null;
  const positionClass = givenClass ?? classInEselon ?? classInPosition;
  // A class without an eselon stands for its eselon (JPT_CLASSES); the class is kept as given.
  const eselon = givenEselon ?? (positionClass ? JPT_CLASSES.find((c) => c.code === positionClass)!.eselon : null);
  if (eselonRaw && !givenEselon && !classInEselon) {
    errors.push({ field: 'eselon', code: ERROR_CODES.INVALID_VALUE, message: 'eselon must be one of Ia, Ib, IIa, IIb, IIIa, IIIb, IVa, IVb or a position class (JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas)' });
  } else if (classRaw && !givenClass) {
    errors.push({ field: 'positionClass', code: ERROR_CODES.INVALID_VALUE, message: 'position class must be one of JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas' });
  } else if (positionType === 'STRUKTURAL' && !eselon) {
    errors.push({ field: 'eselon', code: ERROR_CODES.ESELON_MISMATCH, message: 'a structural position needs an eselon' });
  } else if (positionType && positionType !== 'STRUKTURAL' && (eselon || positionClass)) {
    errors.push({ field: 'eselon', code: ERROR_CODES.ESELON_MISMATCH, message: 'only structural positions have an eselon' });
  } else if (givenEselon && positionClass && eselonGroupOf('STRUKTURAL', givenEselon) !== jptClassGroup(positionClass)) {
    errors.push({ field: 'eselon', code: ERROR_CODES.ESELON_MISMATCH, message: 'the eselon and the position class name different eselon groups' });
  } else if (givenClass && (classInEselon ?? classInPosition) && givenClass !== (classInEselon ?? classInPosition)) {
    errors.push({ field: 'eselon', code: ERROR_CODES.ESELON_MISMATCH, message: 'two different position classes are given' });
  }

  const jobTitle = blank(raw.jobTitle) || null;
  if (jobTitle && jobTitle.length > 200) errors.push({ field: 'jobTitle', code: ERROR_CODES.OUT_OF_RANGE, message: 'job title is longer than 200 characters' });
  else if (jobTitle) textError('jobTitle', 'job title', jobTitle, errors);

  const agencyCode = blank(raw.agencyCode);
  if (!agencyCode) errors.push({ field: 'agencyCode', code: ERROR_CODES.REQUIRED, message: 'agency code is required' });
  // Checked here, so a code no agency could have (a NUL, a formula) never reaches the lookup, whichever way the file came.
  else textError('agencyCode', 'agency code', agencyCode, errors);

  if (errors.length > 0 || !nipInfo || !employmentType || !positionType) return { ok: false, errors };
  return {
    ok: true,
    value: {
      nip, name, employmentType, positionType, eselon, positionClass,
      eselonGroup: positionClass ? jptClassGroup(positionClass) : eselonGroupOf(positionType, eselon), jobTitle, agencyCode,
      birthDate: nipInfo.birthDate, gender: nipInfo.gender, generation: nipInfo.generation,
    },
  };
}
