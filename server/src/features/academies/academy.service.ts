import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../graphql/viewer.js';
import { archivedError, checkCode, checkText, codeTaken, targetAcademy } from '../catalogue/catalogue.rules.js';
import { editVersioned, saveNew, type Edited } from '../catalogue/catalogue.service.js';
import type { CreateAcademyInput, CreateAgencyInput, UpdateAcademyInput, UpdateAgencyInput } from './academy.inputs.js';
import { Academy } from './academy.entity.js';
import { Agency } from './agency.entity.js';
import { checkAgency, type AgencyValues, type RawAgency } from './agency.rules.js';
import type { AgencyCsvRow } from './agency-csv.js';

function checkPrefix(raw: string | null | undefined, errors: UserError[]): string | null {
  const value = (raw ?? '').trim().toUpperCase();
  if (value && !/^[A-Z0-9][A-Z0-9./-]{0,39}$/.test(value)) errors.push(new UserError('certificatePrefix', ERROR_CODES.INVALID_VALUE, 'certificate prefix must be up to 40 letters, digits, dots, slashes or dashes'));
  return value || null;
}

export async function createAcademy(em: EntityManager, input: CreateAcademyInput): Promise<Edited<Academy>> {
  const errors: UserError[] = [];
  const code = checkCode(input.code, 'code', errors);
  const name = checkText(input.name, 'name', 200, errors);
  const province = checkText(input.province, 'province', 100, errors, false);
  const certificatePrefix = checkPrefix(input.certificatePrefix, errors);
  if (code && (await em.count(Academy, { code }))) errors.push(codeTaken('code', 'academy'));
  if (errors.length > 0) return { value: null, errors };
  return saveNew(em, 'academy', 'code', async (tem) => tem.create(Academy, { code, name: name!, province, timeZone: input.timeZone ?? 'WIB', certificatePrefix }));
}

export function updateAcademy(em: EntityManager, viewer: Viewer, id: number | null, input: UpdateAcademyInput): Promise<Edited<Academy>> {
  return editVersioned(em, (tem) => (id === null ? Promise.resolve(null) : tem.findOne(Academy, scoped(viewer, 'Academy', [{ id }]))), input.version, async (tem, academy) => {
    const errors: UserError[] = [];
    const code = input.code != null ? checkCode(input.code, 'code', errors) : null;
    const name = input.name != null ? checkText(input.name, 'name', 200, errors) : null;
    const province = input.province != null ? checkText(input.province, 'province', 100, errors, false) : undefined;
    const prefix = input.certificatePrefix != null ? checkPrefix(input.certificatePrefix, errors) : undefined;
    if (code && code !== academy.code && (await tem.count(Academy, { code }))) errors.push(codeTaken('code', 'academy'));
    if (errors.length > 0) return errors;
    if (code) academy.code = code;
    if (name) academy.name = name;
    if (province !== undefined) academy.province = province;
    if (input.timeZone) academy.timeZone = input.timeZone;
    if (prefix !== undefined) academy.certificatePrefix = prefix;
    return [];
  }, 'academy');
}

/** Agencies already holding these codes (any academy: codes are national). */
async function agenciesByCode(em: EntityManager, codes: string[]): Promise<Map<string, Agency>> {
  const found = codes.length ? await em.find(Agency, { code: { $in: [...new Set(codes)] } }) : [];
  return new Map(found.map((a) => [a.code, a]));
}

/** Creates several agencies, all or none (the roster import offers its unknown codes this way). */
export async function createAgencies(em: EntityManager, viewer: Viewer, inputs: CreateAgencyInput[], prefix: (i: number) => string): Promise<{ agencies: Agency[]; errors: UserError[] }> {
  const errors: UserError[] = [];
  const checked: { index: number; value: AgencyValues; academyId: string | null | undefined }[] = [];
  inputs.forEach((input, index) => {
    const result = checkAgency(input as RawAgency, prefix(index));
    if (!result.ok) errors.push(...result.errors);
    else checked.push({ index, value: result.value, academyId: input.academyId });
  });
  const taken = await agenciesByCode(em, checked.map((c) => c.value.code));
  const seen = new Set<string>();
  const academies: Academy[] = [];
  // Each academy named is looked up once, however many rows name it.
  const byAsked = new Map<string, Promise<{ academy: Academy | null; errors: UserError[] }>>();
  for (const c of checked) {
    if (taken.has(c.value.code) || seen.has(c.value.code)) errors.push(codeTaken(`${prefix(c.index)}code`, 'agency'));
    seen.add(c.value.code);
    const key = c.academyId ?? '';
    if (!byAsked.has(key)) {
      const found: UserError[] = [];
      byAsked.set(key, targetAcademy(em, viewer, c.academyId, found).then((academy) => ({ academy, errors: found })));
    }
    const target = await byAsked.get(key)!;
    errors.push(...target.errors.map((e) => new UserError(`${prefix(c.index)}${e.field}`, e.code as ErrorCode, e.message)));
    if (target.academy) academies.push(target.academy);
  }
  if (errors.length > 0) return { agencies: [], errors };
  const saved = await saveNew(em, 'agency', `${prefix(0)}code`, async (tem) => {
    const made = checked.map((c, i) => tem.create(Agency, { ...c.value, academy: tem.getReference(Academy, academies[i]!.id) }));
    await tem.flush();
    return made;
  });
  return { agencies: saved.value ?? [], errors: saved.errors };
}

export function updateAgency(em: EntityManager, viewer: Viewer, id: number | null, input: UpdateAgencyInput): Promise<Edited<Agency>> {
  return editVersioned(em, (tem) => (id === null ? Promise.resolve(null) : tem.findOne(Agency, scoped(viewer, 'Agency', [{ id }]))), input.version, async (tem, agency) => {
    const merged: RawAgency = {
      code: input.code ?? agency.code, name: input.name ?? agency.name, level: input.level ?? agency.level,
      province: input.province ?? agency.province, timeZone: input.timeZone ?? agency.timeZone,
    };
    const result = checkAgency(merged);
    if (!result.ok) return result.errors;
    const v = result.value;
    if (v.code !== agency.code && (await tem.count(Agency, { code: v.code }))) return [codeTaken('code', 'agency')];
    Object.assign(agency, v);
    return [];
  }, 'agency');
}

export interface AgencyImportResult {
  total: number;
  valid: number;
  created: number;
  updated: number;
  errors: { row: number; field: string | null; code: UserError['code']; message: string }[];
}

/**
 * Imports agencies by code into one academy: new codes are created, the academy's own
 * agencies updated. Rows are checked on their own, against earlier rows and against the
 * agencies of the country (another academy's code, an archived agency); bad rows are
 * reported and not written, good rows are written in one transaction, unless `dryRun`.
 */
export async function importAgencies(em: EntityManager, academy: Academy, rows: AgencyCsvRow[], dryRun: boolean): Promise<AgencyImportResult> {
  const result: AgencyImportResult = { total: rows.length, valid: 0, created: 0, updated: 0, errors: [] };
  const good: { line: number; value: AgencyValues }[] = [];
  const seen = new Set<string>();
  for (const { line, agency, wrongWidth } of rows) {
    if (wrongWidth) {
      result.errors.push({ row: line, field: null, code: ERROR_CODES.CSV_MALFORMED, message: 'the row has another number of cells than the header' });
      continue;
    }
    const checked = checkAgency(agency);
    if (!checked.ok) {
      for (const e of checked.errors) result.errors.push({ row: line, field: e.field, code: e.code as UserError['code'], message: e.message });
      continue;
    }
    if (seen.has(checked.value.code)) {
      result.errors.push({ row: line, field: 'code', code: ERROR_CODES.CODE_TAKEN, message: 'this code appears on an earlier row of the same import' });
      continue;
    }
    seen.add(checked.value.code);
    good.push({ line, value: checked.value });
  }
  const known = await agenciesByCode(em, good.map((g) => g.value.code));
  const writes: { value: AgencyValues; existing: Agency | null }[] = [];
  for (const { line, value } of good) {
    const existing = known.get(value.code) ?? null;
    if (existing && existing.academy?.id !== academy.id) {
      result.errors.push({ row: line, field: 'code', code: ERROR_CODES.CODE_TAKEN, message: "another academy's agency has this code" });
    } else if (existing?.archivedAt) {
      result.errors.push({ row: line, field: 'code', code: ERROR_CODES.ARCHIVED, message: archivedError('code', 'agency').message });
    } else {
      writes.push({ value, existing });
      if (existing) result.updated++;
      else result.created++;
    }
  }
  result.valid = writes.length;
  result.errors.sort((a, b) => a.row - b.row);
  if (!dryRun && writes.length > 0) {
    await writeTransaction(em, async (tem) => {
      const ids = writes.flatMap((w) => (w.existing ? [w.existing.id] : []));
      const current = new Map((ids.length ? await tem.find(Agency, { id: { $in: ids } }) : []).map((a) => [a.id, a]));
      for (const { value, existing } of writes) {
        if (existing) Object.assign(current.get(existing.id)!, value);
        else tem.create(Agency, { ...value, academy: tem.getReference(Academy, academy.id) });
      }
      await tem.flush();
    });
  }
  return result;
}
