import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES, RETIREMENT_AGE_RANGE, RETIREMENT_HORIZONS, retirementAge, retirementDate, type EselonGroup, type PositionType } from '@lintas/shared';
import { isPostgres } from '../../db/dialect.js';
import { executeRead } from '../../db/read.js';
import { tryLocalId } from '../../graphql/ids.js';
import { checkPageSize, offsetCursor, readOffsetCursor, toConnection, type ConnectionShape } from '../../graphql/relay.js';
import { requestError } from '../../graphql/user-error.js';
import { academyOf, type Viewer } from '../../graphql/viewer.js';
import { Person } from '../persons/person.entity.js';
import type { RetirementRisk, RetirementRiskFilter } from './knowledge.inputs.js';

/** Today in WIB, `YYYY-MM-DD`. */
export const todayWib = (now = Date.now()) => new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
const addYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

export interface RetiringRow { id: number; name: string; birthDate: string; positionType: PositionType; eselonGroup: EselonGroup; jobTitle: string | null }

/**
 * Who of `rows` retires after `today` and at most `years` later, soonest first (then by name):
 * the one retirement rule of @lintas/shared applied to each.
 */
export function retiringWithin(rows: readonly RetiringRow[], today: string, years: number): { row: RetiringRow; age: number; date: string }[] {
  const until = addYears(today, years);
  return rows.map((row) => {
    const age = retirementAge(row);
    return { row, age, date: retirementDate(row.birthDate, age) };
  }).filter((r) => r.date > today && r.date <= until)
    .sort((a, b) => a.date.localeCompare(b.date) || a.row.name.localeCompare(b.row.name) || a.row.id - b.row.id);
}

/**
 * `Query.retirementRisk`: the caller's academy's active people who retire within 1, 3 or 5
 * years and are in no published knowledge item (as author, contributor or interviewee).
 * SQL narrows by the birth dates any retirement age allows and by the undocumented; the
 * shared rule decides. Two statements whatever the page's length.
 */
export async function retirementRisk(em: EntityManager, viewer: Viewer, args: { first: number; after?: string | null; filter: RetirementRiskFilter }, today = todayWib()): Promise<ConnectionShape<RetirementRisk>> {
  checkPageSize(args.first);
  const offset = readOffsetCursor(args.after);
  const years = args.filter.withinYears;
  if (!(RETIREMENT_HORIZONS as readonly number[]).includes(years)) throw requestError(ERROR_CODES.OUT_OF_RANGE, 'withinYears must be 1, 3 or 5');
  const where = ['p.archived_at is null', 'p.birth_date > ?', 'p.birth_date <= ?',
    `not exists (select 1 from knowledge_item_person kp join knowledge_item k on k.id = kp.item_id where kp.person_id = p.id and k.status = 'PUBLISHED')`];
  // Born late enough not to have retired at the oldest age, early enough to retire in time at the youngest.
  const bind: unknown[] = [addYears(today, -RETIREMENT_AGE_RANGE.max - 1), addYears(today, years - RETIREMENT_AGE_RANGE.min)];
  const academy = academyOf(viewer);
  if (academy !== null) (where.push('ag.academy_id = ?'), bind.push(academy));
  const agencies = args.filter.agencyIds ?? [];
  if (agencies.length) (where.push(`p.agency_id in (${agencies.map(() => '?').join(', ')})`), bind.push(...agencies.map((a) => tryLocalId(a, 'Agency') ?? -1)));
  const groups = args.filter.eselonGroups ?? [];
  if (groups.length) (where.push(`p.eselon_group in (${groups.map(() => '?').join(', ')})`), bind.push(...groups));
  const rows = await executeRead<{ id: number; name: string; birth_date: string; position_type: PositionType; eselon_group: EselonGroup; job_title: string | null }>(em,
    `select p.id, p.name, ${isPostgres(em) ? 'p.birth_date::text' : 'p.birth_date'} as birth_date, p.position_type, p.eselon_group, p.job_title from person p join agency ag on ag.id = p.agency_id where ${where.join(' and ')}`, bind);
  const retiring = retiringWithin(rows.map((r) => ({
    id: Number(r.id), name: r.name, birthDate: String(r.birth_date).slice(0, 10),
    positionType: r.position_type, eselonGroup: r.eselon_group, jobTitle: r.job_title,
  })), today, years);
  const page = retiring.slice(offset, offset + args.first);
  const people = page.length ? await em.find(Person, { id: { $in: page.map((r) => r.row.id) } }) : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const items = page.map((r) => ({ person: byId.get(r.row.id)!, retirementAge: r.age, retirementDate: r.date }));
  return toConnection({
    items, cursors: items.map((_, i) => offsetCursor(offset + i + 1)), totalCount: retiring.length,
    hasNextPage: offset + args.first < retiring.length, hasPreviousPage: offset > 0,
  });
}
