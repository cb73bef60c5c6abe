import { ERROR_CODES, TIME_ZONES, isEmailAddress, textFault, textFaultMessage, type TimeZoneCode } from '@lintas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { UserError } from '../../graphql/user-error.js';
import { tryLocalId } from '../../graphql/ids.js';
import { Academy } from '../academies/academy.entity.js';
import { academyOf, type Viewer } from '../../graphql/viewer.js';

/** Codes of the catalogue: upper case, letters, digits, dots, dashes and underscores, 2–40 long. */
const CODE = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;

/** The code as stored (trimmed, upper case), or an error naming `field`. */
export function checkCode(raw: string | null | undefined, field: string, errors: UserError[]): string {
  const code = (raw ?? '').trim().toUpperCase();
  if (!code) errors.push(new UserError(field, ERROR_CODES.REQUIRED, 'code is required'));
  else if (!CODE.test(code)) errors.push(new UserError(field, ERROR_CODES.INVALID_VALUE, 'code must be 2–40 letters, digits, dots, dashes or underscores'));
  return code;
}

/**
 * A required text (trimmed), at most `max` characters, without control characters; a
 * single line (a name, a title) neither breaks nor starts like a spreadsheet formula,
 * a `paragraph` (a description) may.
 */
export function checkText(raw: string | null | undefined, field: string, max: number, errors: UserError[], required = true, paragraph = false): string | null {
  const value = (raw ?? '').trim();
  if (!value) {
    if (required) errors.push(new UserError(field, ERROR_CODES.REQUIRED, `${field} is required`));
    return null;
  }
  if (value.length > max) errors.push(new UserError(field, ERROR_CODES.OUT_OF_RANGE, `${field} is longer than ${max} characters`));
  else {
    const fault = textFault(value, paragraph);
    if (fault) errors.push(new UserError(field, ERROR_CODES.INVALID_VALUE, textFaultMessage(field, fault)));
  }
  return value;
}

const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** Contact details: an e-mail address and a phone number, both optional; the messages never repeat them. */
export function checkContact(email: string | null | undefined, phone: string | null | undefined, errors: UserError[], prefix = ''): { email: string | null; phone: string | null } {
  const e = (email ?? '').trim() || null;
  const p = (phone ?? '').trim() || null;
  if (e && (e.length > 200 || !isEmailAddress(e))) errors.push(new UserError(`${prefix}email`, ERROR_CODES.INVALID_VALUE, 'e-mail address is not valid'));
  if (p && !PHONE.test(p)) errors.push(new UserError(`${prefix}phone`, ERROR_CODES.INVALID_VALUE, 'phone number must be 6–20 digits, spaces, dashes or brackets, with an optional leading +'));
  return { email: e, phone: p };
}

/** An online link: absolute http(s). */
export function checkUrl(raw: string | null | undefined, field: string, errors: UserError[]): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  let ok = false;
  try {
    const url = new URL(value);
    ok = (url.protocol === 'https:' || url.protocol === 'http:') && value.length <= 500;
  } catch {
    ok = false;
  }
  if (!ok) errors.push(new UserError(field, ERROR_CODES.INVALID_VALUE, 'the link must be an absolute http(s) address of at most 500 characters'));
  return value;
}

export const isTimeZone = (v: string): v is TimeZoneCode => TIME_ZONES.some((z) => z.code === v);

/** Refused for new use: the object (named by `field`) is archived. */
export function archivedError(field: string, what: string): UserError {
  return new UserError(field, ERROR_CODES.ARCHIVED, `the ${what} is archived; restore it first`);
}

export function staleError(): UserError {
  return new UserError('version', ERROR_CODES.STALE_VERSION, 'someone changed this since you read it; the payload holds the current version');
}

export function codeTaken(field: string, what: string): UserError {
  return new UserError(field, ERROR_CODES.CODE_TAKEN, `another ${what} has this code`);
}

/**
 * The academy a new catalogue object belongs to: an organizer's own (a given id must be
 * it), or for admins the one named by `academyId`. Missing or another tenant's: not found;
 * archived: refused.
 */
export async function targetAcademy(em: EntityManager, viewer: Viewer, academyId: string | null | undefined, errors: UserError[], field = 'academyId'): Promise<Academy | null> {
  const own = academyOf(viewer);
  const asked = academyId ? tryLocalId(academyId, 'Academy') ?? -1 : null;
  let id: number | null;
  if (own === null) {
    if (asked === null) {
      errors.push(new UserError(field, ERROR_CODES.REQUIRED, 'an admin names the academy'));
      return null;
    }
    id = asked;
  } else {
    id = asked === null || asked === own ? own : -1;
  }
  const academy = id > 0 ? await em.findOne(Academy, id) : null;
  if (!academy) errors.push(new UserError(field, ERROR_CODES.NOT_FOUND, 'no such academy'));
  else if (academy.archivedAt) errors.push(archivedError(field, 'academy'));
  return academy;
}
