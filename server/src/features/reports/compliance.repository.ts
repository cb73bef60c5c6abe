import type { EntityManager } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import { ANNUAL_JP_RIGHT } from '@lintas/shared';
import { earnsJpSql } from '../attendance/jp.rules.js';
import { isPostgres } from '../../db/dialect.js';
import { executeRead } from '../../db/read.js';
import { lintasDuplicateSql, microJpSql } from '../communities/learning.rules.js';
import { LITERACY_THRESHOLD, peopleOf, type ReportScope } from './participation.repository.js';

/** Start of a year in WIB, where the national JP year is kept. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+07:00`);

/**
 * Digital literacy by eselon group for each year: the share of the roster whose latest
 * score up to the end of that year is at or above the line. One statement for all years.
 */
export async function literacyByYear(em: EntityManager, scope: ReportScope, years: number[]): Promise<{ year: number; eselonGroup: string; roster: number; literate: number }[]> {
  const { sql, bindings } = literacySql(em, scope, years);
  const rows: Record<string, unknown>[] = await executeRead(em, sql, bindings);
  return rows.map((r) => ({ year: Number(r.year), eselonGroup: String(r.eselon_group), roster: Number(r.roster), literate: Number(r.literate ?? 0) }));
}

/** The statement of `literacyByYear`, and its values. */
export function literacySql(em: EntityManager, scope: ReportScope, years: number[]): { sql: string; bindings: (string | number)[] } {
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
  // The literate of the national roster are found from the latest scores, each probing its
  // person by id: `cross join` keeps that order on SQLite, which otherwise scans the whole
  // roster against an automatic index of the scores (1.8 × the hand-written SQL at 1,000,000
  // people). A narrower scope is left to the planner, as it reads fewer people. PostgreSQL
  // plans either as any join.
  const scopePerson = `(select p.id, p.eselon_group from ${people.from} ${people.where})`;
  const sql = `
    with years(y, cutoff) as (values ${values}),
    roster as (select sp.eselon_group, count(*) as n from ${scopePerson} sp group by sp.eselon_group),
    latest as (${latest}),
    literate as (
      select l.y, sp.eselon_group, count(*) as n from latest l ${people.filtered ? ',' : 'cross join'} ${scopePerson} sp
      where sp.id = l.person_id and l.score >= ${LITERACY_THRESHOLD} group by l.y, sp.eselon_group
    )
    select yr.y as year, ro.eselon_group, ro.n as roster, coalesce(li.n, 0) as literate
    from years yr cross join roster ro left join literate li on li.y = yr.y and li.eselon_group = ro.eselon_group`;
  const bindings = [...years.flatMap((y) => [y, platform.processDateProperty(yearStart(y + 1)) as string | number]), ...people.bind, ...people.bind];
  return { sql, bindings };
}

/** Narrows the people `earnedCte` counts: SQL over a person-id column, and its bindings. */
export interface PersonRestrict {
  sql: (personColumn: string) => string;
  bind: (string | number)[];
}
const EVERYONE: PersonRestrict = { sql: () => '', bind: [] };

/**
 * THE JP-earned rule of the 20-JP right, as two CTEs: `earned_source (person_id, source, jp)`,
 * one row per person and source, and `earned (person_id, jp)`, their sum. A UNION ALL of
 * three sources, each counted once, per person, in the year (WIB):
 * - LINTAS: present or late at scheduled sessions starting in the year;
 * - MICRO_LEARNING: minutes of the units completed in the year, summed, then floor(÷ 45)
 *   (`microJpSql`, communities/learning.rules.ts);
 * - EXTERNAL: external learning records ending in the year, minus those that duplicate a
 *   Lintas cohort (`lintasDuplicateSql`: the same learning is never counted twice).
 * `restrict` narrows the people (applied in each source, so every scan stays an index range).
 */
function earnedCte(em: EntityManager, year: number, restrict: PersonRestrict = EVERYONE): { sql: string; bind: (string | number)[] } {
  const platform = em.getPlatform();
  const from = platform.processDateProperty(yearStart(year)) as string | number;
  const to = platform.processDateProperty(yearStart(year + 1)) as string | number;
  const duplicate = lintasDuplicateSql({ person: 'r.person_id', title: 'lower(r.title)', start: 'r.start_date', end: 'r.end_date', cohort: 'null' });
  return {
    sql: `earned_source as (
      select a.person_id, 'LINTAS' as source, sum(s.jp) as jp from attendance a join session s on s.id = a.session_id
      where ${earnsJpSql('a')} and s.status = 'SCHEDULED' and s.starts_at >= ? and s.starts_at < ?${restrict.sql('a.person_id')}
      group by a.person_id
      union all
      select m.person_id, 'MICRO_LEARNING' as source, ${microJpSql('sum(m.minutes)')} as jp from micro_learning_completion m
      where m.completed_at >= ? and m.completed_at < ?${restrict.sql('m.person_id')}
      group by m.person_id
      union all
      select r.person_id, 'EXTERNAL' as source, sum(r.jp) as jp from external_learning_record r
      where r.end_date >= ? and r.end_date < ?${restrict.sql('r.person_id')} and not ${duplicate}
      group by r.person_id
    ),
    earned as (select person_id, sum(jp) as jp from earned_source group by person_id)`,
    bind: [from, to, ...restrict.bind, from, to, ...restrict.bind, `${year}-01-01`, `${year + 1}-01-01`, ...restrict.bind],
  };
}

const inSql = (subquery: string): PersonRestrict => ({ sql: (c) => `\n        and ${c} in (${subquery})`, bind: [] });
const inIds = (ids: readonly number[]): PersonRestrict => ({ sql: (c) => ` and ${c} in (${ids.map(() => '?').join(', ')})`, bind: [...ids] });

/** The JP each person in scope earned in a year (present or late), for the 20-JP right. */
function earnedSql(em: EntityManager, scope: ReportScope, year: number) {
  const people = peopleOf(scope);
  const earned = earnedCte(em, year, people.filtered ? inSql('select id from scope_person') : EVERYONE);
  const sql = `
    with scope_person as (select p.id, p.name, p.eselon_group, p.agency_id from ${people.from} ${people.where}),
    ${earned.sql}`;
  return { sql, bind: [...people.bind, ...earned.bind] };
}

/** JP these people earned in a year, by the same rule as the compliance report (one statement). */
export async function jpEarnedInYear(em: EntityManager, personIds: readonly number[], year: number): Promise<number[]> {
  return (await jpEarnedBySource(em, personIds, year)).map((p) => p.total);
}

/** A person's JP of a year by source (whole JP each) and their total. */
export interface JpBySource { lintas: number; microLearning: number; external: number; total: number }

/** JP these people earned in a year, by source and in total, by the rule above (one statement). */
export async function jpEarnedBySource(em: EntityManager, personIds: readonly number[], year: number): Promise<JpBySource[]> {
  const zero = (): JpBySource => ({ lintas: 0, microLearning: 0, external: 0, total: 0 });
  if (personIds.length === 0) return [];
  const earned = earnedCte(em, year, inIds(personIds));
  const rows: { person_id: number | string; source: string; jp: number | string | null }[] = await executeRead(em, `with ${earned.sql} select person_id, source, jp from earned_source`, earned.bind);
  const byId = new Map<number, JpBySource>();
  for (const r of rows) {
    const p = byId.get(Number(r.person_id)) ?? zero();
    const jp = Number(r.jp ?? 0);
    if (r.source === 'LINTAS') p.lintas += jp; else if (r.source === 'MICRO_LEARNING') p.microLearning += jp; else p.external += jp;
    p.total += jp;
    byId.set(Number(r.person_id), p);
  }
  return personIds.map((id) => byId.get(id) ?? zero());
}

/** JP earned in the scope in a year, per source: the JP summed and the people who earned any from it. */
export async function jpSourcesInScope(em: EntityManager, scope: ReportScope, year: number): Promise<{ source: string; jp: number; people: number }[]> {
  const { sql, bind } = earnedSql(em, scope, year);
  const rows: Record<string, unknown>[] = await executeRead(em, `${sql}
    select es.source, sum(es.jp) as jp, sum(case when es.jp > 0 then 1 else 0 end) as people
    from earned_source es join scope_person sp on sp.id = es.person_id group by es.source`, bind);
  return rows.map((r) => ({ source: String(r.source), jp: Number(r.jp ?? 0), people: Number(r.people ?? 0) }));
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
  const earned = earnedCte(em, year, inSql('select id from page'));
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
