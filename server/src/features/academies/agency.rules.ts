import { AGENCY_LEVELS, ERROR_CODES, type AgencyLevel, type TimeZoneCode } from '@lintas/shared';
import { UserError } from '../../graphql/user-error.js';
import { checkCode, checkText, isTimeZone } from '../catalogue/catalogue.rules.js';

/** An agency as submitted (a CSV row or GraphQL input), before any checks. */
export interface RawAgency {
  code?: string | null;
  name?: string | null;
  level?: string | null;
  province?: string | null;
  timeZone?: string | null;
}

export interface AgencyValues {
  code: string;
  name: string;
  level: AgencyLevel;
  province: string | null;
  timeZone: TimeZoneCode;
}

/** Checks one agency; every problem is reported, with `prefix` before each field name. */
export function checkAgency(raw: RawAgency, prefix = ''): { ok: true; value: AgencyValues } | { ok: false; errors: UserError[] } {
  const errors: UserError[] = [];
  const code = checkCode(raw.code, `${prefix}code`, errors);
  const name = checkText(raw.name, `${prefix}name`, 200, errors);
  const levelRaw = (raw.level ?? '').trim().toUpperCase();
  const level = (AGENCY_LEVELS as readonly string[]).includes(levelRaw) ? (levelRaw as AgencyLevel) : null;
  if (!levelRaw) errors.push(new UserError(`${prefix}level`, ERROR_CODES.REQUIRED, 'level is required'));
  else if (!level) errors.push(new UserError(`${prefix}level`, ERROR_CODES.INVALID_VALUE, `level must be one of ${AGENCY_LEVELS.join(', ')}`));
  const province = checkText(raw.province, `${prefix}province`, 100, errors, false);
  const zoneRaw = (raw.timeZone ?? '').trim().toUpperCase();
  if (!zoneRaw) errors.push(new UserError(`${prefix}timeZone`, ERROR_CODES.REQUIRED, 'time zone is required'));
  else if (!isTimeZone(zoneRaw)) errors.push(new UserError(`${prefix}timeZone`, ERROR_CODES.INVALID_VALUE, 'time zone must be WIB, WITA or WIT'));
  if (level === 'DAERAH' && !province && !errors.some((e) => e.field === `${prefix}province`)) {
    errors.push(new UserError(`${prefix}province`, ERROR_CODES.REQUIRED, 'a regional agency needs its province'));
  }
  if (errors.length > 0 || !name || !level || !isTimeZone(zoneRaw)) return { ok: false, errors };
  return { ok: true, value: { code, name, level, province, timeZone: zoneRaw } };
}
