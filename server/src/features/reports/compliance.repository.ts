import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ANNUAL_JP_RIGHT, JP_EARNING_STATUSES } from '@lintas/shared';
import { isPostgres } from '../../db/dialect.js';
import { LITERACY_THRESHOLD, peopleOf, type ReportScope } from './participation.repository.js';

/** Start of a year in WIB, where the national JP year is kept. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+07:00`);

/**
 * Digital literacy by eselon group for each year: the share of the roster whose latest
 * score up to the end of that year is at or above the line. One statement for all years.
 */
export async function literacyByYear(em: EntityManager, scope: ReportScope, years: number[]): Promise<{ year: number; eselonGroup: string; roster: number; literate: number }[]> {
  const sqlEm = em as SqlEntityManager;
  const platform = em.getPlatform();
  const cast = isPostgres(em) ? 'cast(? as timestamptz)' : '?';
  const { where, bind } = peopleOf(scope);
  const values = years.map(() => `(?, ${cast})`).join(', ');
  const sql = `
    with years(y, cutoff) as (values ${values}),
    scope_person as (select p.id, p.eselon_group from person p join agency ag on ag.id = p.agency_id ${where}),
    latest as (
      select yr.y, x.person_id, x.score from years yr join assessment x on x.assessed_at < yr.cutoff
      where x.person_id in (select id from scope_person)
        and not exists (select 1 from assessment z where z.person_id = x.person_id and z.assessed_at < yr.cutoff
          and (z.assessed_at > x.assessed_at or (z.assessed_at = x.assessed_at and z.id > x.id)))
    )
    select yr.y as year, sp.eselon_group, count(*) as roster, sum(case when l.score >= ${LITERACY_THRESHOLD} then 1 else 0 end) as literate
    from years yr cross join scope_person sp left join latest l on l.y = yr.y and l.person_id = sp.id
    group by yr.y, sp.eselon_group`;
  const bindings = [...years.flatMap((y) => [y, platform.processDateProperty(yearStart(y + 1)) as string | number]), ...bind];
  const rows: Record<string, unknown>[] = await sqlEm.execute(sqlEm.getKnex().raw(sql, bindings));
  return rows.map((r) => ({ year: Number(r.year), eselonGroup: String(r.eselon_group), roster: Number(r.roster), literate: Number(r.literate ?? 0) }));
}

/** The JP each person in scope earned in a year (present or late), for the 20-JP right. */
function earnedSql(em: EntityManager, scope: ReportScope, year: number) {
  const platform = em.getPlatform();
  const { where, bind } = peopleOf(scope);
  const earning = JP_EARNING_STATUSES.map((s) => `'${s}'`).join(', ');
  const sql = `
    with scope_person as (select p.id, p.name, p.eselon_group, p.agency_id from person p join agency ag on ag.id = p.agency_id ${where}),
    earned as (
      select a.person_id, sum(s.jp) as jp from attendance a join session s on s.id = a.session_id
      where a.status in (${earning}) and s.status = 'SCHEDULED' and s.starts_at >= ? and s.starts_at < ?
        and a.person_id in (select id from scope_person)
      group by a.person_id
    )`;
  return { sql, bind: [...bind, platform.processDateProperty(yearStart(year)) as string | number, platform.processDateProperty(yearStart(year + 1)) as string | number] };
}

export async function jpComplianceByGroup(em: EntityManager, scope: ReportScope, year: number): Promise<{ eselonGroup: string; roster: number; reached: number }[]> {
  const sqlEm = em as SqlEntityManager;
  const { sql, bind } = earnedSql(em, scope, year);
  const rows: Record<string, unknown>[] = await sqlEm.execute(sqlEm.getKnex().raw(`${sql}
    select sp.eselon_group, count(*) as roster, sum(case when coalesce(e.jp, 0) >= ${ANNUAL_JP_RIGHT} then 1 else 0 end) as reached
    from scope_person sp left join earned e on e.person_id = sp.id group by sp.eselon_group`, bind));
  return rows.map((r) => ({ eselonGroup: String(r.eselon_group), roster: Number(r.roster), reached: Number(r.reached ?? 0) }));
}

/** A page of the people below 20 JP in the year, by name, with the total. */
export async function jpShortfall(em: EntityManager, scope: ReportScope, year: number, first: number, offset: number): Promise<{ total: number; rows: { id: number; jp: number }[] }> {
  const sqlEm = em as SqlEntityManager;
  const { sql, bind } = earnedSql(em, scope, year);
  const rows: Record<string, unknown>[] = await sqlEm.execute(sqlEm.getKnex().raw(`${sql}
    select sp.id, coalesce(e.jp, 0) as jp, count(*) over () as total
    from scope_person sp left join earned e on e.person_id = sp.id
    where coalesce(e.jp, 0) < ${ANNUAL_JP_RIGHT}
    order by sp.name, sp.id limit ? offset ?`, [...bind, first, offset]));
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map((r) => ({ id: Number(r.id), jp: Number(r.jp) })) };
}
