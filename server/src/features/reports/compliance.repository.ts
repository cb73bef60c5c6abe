import type { EntityManager } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import { ANNUAL_JP_RIGHT } from '@lintas/shared';
import { earnsJpSql } from '../attendance/jp.rules.js';
import { isPostgres } from '../../db/dialect.js';
import { executeRead } from '../../db/read.js';
import { LITERACY_THRESHOLD, peopleOf, type ReportScope } from './participation.repository.js';

/** Start of a year in WIB, where the national JP year is kept. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+07:00`);

/**
 * Digital literacy by eselon group for each year: the share of the roster whose latest
 * score up to the end of that year is at or above the line. One statement for all years.
 */
export async function literacyByYear(em: EntityManager, scope: ReportScope, years: number[]): Promise<{ year: number; eselonGroup: string; roster: number; literate: number }[]> {
  const platform = em.getPlatform();
  const cast = isPostgres(em) ? 'cast(? as timestamptz)' : '?';
  const people = peopleOf(scope);
  const values = years.map(() => `(?, ${cast})`).join(', ');
  // Each year's latest score per person: PostgreSQL reads them in (year, person) order, SQLite ranks them.
  const latest = isPostgres(em)
    ? `select distinct on (yr.y, x.person_id) yr.y, x.person_id, x.score from years yr join assessment x on x.assessed_at < yr.cutoff
      order by yr.y, x.person_id, x.assessed_at desc, x.id desc`
    : `select y, person_id, score from (
        select yr.y, x.person_id, x.score, row_number() over (partition by yr.y, x.person_id order by x.assessed_at desc, x.id desc) as rn
        from years yr join assessment x on x.assessed_at < yr.cutoff
      ) ranked where rn = 1`;
  // The people of the scope are read twice (roster, literate) rather than kept in a CTE, which both
  // databases would materialize: a national roster is then one index-only count per group.
  const scopePerson = `(select p.id, p.eselon_group from ${people.from} ${people.where})`;
  const sql = `
    with years(y, cutoff) as (values ${values}),
    roster as (select sp.eselon_group, count(*) as n from ${scopePerson} sp group by sp.eselon_group),
    latest as (${latest}),
    literate as (
      select l.y, sp.eselon_group, count(*) as n from latest l join ${scopePerson} sp on sp.id = l.person_id
      where l.score >= ${LITERACY_THRESHOLD} group by l.y, sp.eselon_group
    )
    select yr.y as year, ro.eselon_group, ro.n as roster, coalesce(li.n, 0) as literate
    from years yr cross join roster ro left join literate li on li.y = yr.y and li.eselon_group = ro.eselon_group`;
  const bindings = [...years.flatMap((y) => [y, platform.processDateProperty(yearStart(y + 1)) as string | number]), ...people.bind, ...people.bind];
  const rows: Record<string, unknown>[] = await executeRead(em, sql, bindings);
  return rows.map((r) => ({ year: Number(r.year), eselonGroup: String(r.eselon_group), roster: Number(r.roster), literate: Number(r.literate ?? 0) }));
}

/**
 * The JP-earned rule of the 20-JP right, as a CTE `earned (person_id, jp)`: present or late
 * at scheduled sessions starting in the year (WIB); `restrict` narrows the people.
 */
function earnedCte(em: EntityManager, year: number, restrict: string): { sql: string; bind: (string | number)[] } {
  const platform = em.getPlatform();
  return {
    sql: `earned as (
      select a.person_id, sum(s.jp) as jp from attendance a join session s on s.id = a.session_id
      where ${earnsJpSql('a')} and s.status = 'SCHEDULED' and s.starts_at >= ? and s.starts_at < ?${restrict}
      group by a.person_id
    )`,
    bind: [platform.processDateProperty(yearStart(year)) as string | number, platform.processDateProperty(yearStart(year + 1)) as string | number],
  };
}

/** The JP each person in scope earned in a year (present or late), for the 20-JP right. */
function earnedSql(em: EntityManager, scope: ReportScope, year: number) {
  const people = peopleOf(scope);
  const earned = earnedCte(em, year, people.filtered ? '\n        and a.person_id in (select id from scope_person)' : '');
  const sql = `
    with scope_person as (select p.id, p.name, p.eselon_group, p.agency_id from ${people.from} ${people.where}),
    ${earned.sql}`;
  return { sql, bind: [...people.bind, ...earned.bind] };
}

/** JP these people earned in a year, by the same rule as the compliance report (one statement). */
export async function jpEarnedInYear(em: EntityManager, personIds: readonly number[], year: number): Promise<number[]> {
  const earned = earnedCte(em, year, ` and a.person_id in (${personIds.map(() => '?').join(', ')})`);
  const rows: { person_id: number | string; jp: number | string | null }[] = await executeRead(em, `with ${earned.sql} select person_id, jp from earned`, [...earned.bind, ...personIds]);
  const byId = new Map(rows.map((r) => [Number(r.person_id), Number(r.jp ?? 0)]));
  return personIds.map((id) => byId.get(id) ?? 0);
}

/** The year (in WIB, where the national JP year is kept) an instant falls in. */
export function jpYearOf(at: Date): number {
  return DateTime.fromJSDate(at, { zone: 'Asia/Jakarta' }).year;
}

export async function jpComplianceByGroup(em: EntityManager, scope: ReportScope, year: number): Promise<{ eselonGroup: string; roster: number; reached: number }[]> {
  const { sql, bind } = earnedSql(em, scope, year);
  const rows: Record<string, unknown>[] = await executeRead(em, `${sql}
    select sp.eselon_group, count(*) as roster, sum(case when coalesce(e.jp, 0) >= ${ANNUAL_JP_RIGHT} then 1 else 0 end) as reached
    from scope_person sp left join earned e on e.person_id = sp.id group by sp.eselon_group`, bind);
  return rows.map((r) => ({ eselonGroup: String(r.eselon_group), roster: Number(r.roster), reached: Number(r.reached ?? 0) }));
}

/** A page of the people below 20 JP in the year, by name, with the total. */
export async function jpShortfall(em: EntityManager, scope: ReportScope, year: number, first: number, offset: number): Promise<{ total: number; rows: { id: number; jp: number }[] }> {
  const { sql, bind } = earnedSql(em, scope, year);
  const rows: Record<string, unknown>[] = await executeRead(em, `${sql}
    select sp.id, coalesce(e.jp, 0) as jp, count(*) over () as total
    from scope_person sp left join earned e on e.person_id = sp.id
    where coalesce(e.jp, 0) < ${ANNUAL_JP_RIGHT}
    order by sp.name, sp.id limit ? offset ?`, [...bind, first, offset]);
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map((r) => ({ id: Number(r.id), jp: Number(r.jp) })) };
}

/** How many people in scope are below 20 JP in the year: the length of the list before its first row. */
export async function jpShortfallCount(em: EntityManager, scope: ReportScope, year: number): Promise<number> {
  const { sql, bind } = earnedSql(em, scope, year);
  const rows: Record<string, unknown>[] = await executeRead(em, `${sql}
    select count(*) as n from scope_person sp left join earned e on e.person_id = sp.id where coalesce(e.jp, 0) < ${ANNUAL_JP_RIGHT}`, bind);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Everyone below 20 JP in the year, by name, a page of the roster at a time: each page is the
 * next `size` people after the last one read (keyset on name and id), their JP earned by the
 * rule above restricted to them, and only those below the line are yielded. Memory and each
 * statement's work follow the page, not the roster, so a national list streams in linear time.
 */
export async function* jpShortfallPages(em: EntityManager, scope: ReportScope, year: number, size: number): AsyncIterable<{ id: number; jp: number }[]> {
  const people = peopleOf(scope);
  const earned = earnedCte(em, year, ' and a.person_id in (select id from page)');
  let after: { name: string; id: number } | null = null;
  for (;;) {
    const keyset = after ? `${people.where ? `${people.where} and` : 'where'} (p.name > ? or (p.name = ? and p.id > ?))` : people.where;
    const rows: Record<string, unknown>[] = await executeRead(em, `
      with page as (select p.id, p.name from ${people.from} ${keyset} order by p.name, p.id limit ?),
      ${earned.sql}
      select page.id, page.name, coalesce(e.jp, 0) as jp, case when coalesce(e.jp, 0) < ${ANNUAL_JP_RIGHT} then 1 else 0 end as below
      from page left join earned e on e.person_id = page.id order by page.name, page.id`,
    [...people.bind, ...(after ? [after.name, after.name, after.id] : []), size, ...earned.bind]);
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = { name: String(last.name), id: Number(last.id) };
    const below = rows.filter((r) => Number(r.below) === 1).map((r) => ({ id: Number(r.id), jp: Number(r.jp) }));
    if (below.length) yield below;
    if (rows.length < size) return;
  }
}
