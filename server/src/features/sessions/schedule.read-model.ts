import type { EntityManager } from '@mikro-orm/core';
import type { TimeZoneCode } from '@lintas/shared';
import { readRow } from '../../db/map-row.js';
import { seatedSql } from '../enrollments/enrollment.rules.js';
import { Session } from './session.entity.js';
import { sessionForSql } from '../groups/session-audience.js';

/**
 * A participant's seated cohorts' sessions in a window, in time order, with what the
 * entry shows (module title, venue, cohort code) and the zone of their agency.
 */
const MY_SCHEDULE_SQL = `select s.*, m.title as "_title", v.name as "_venue", c.code as "_cohort_code", ag.time_zone as "_zone", g.name as "_group"
  from enrollment e
  join person p on p.id = e.person_id
  left join agency ag on ag.id = p.agency_id
  join cohort c on c.id = e.cohort_id
  join session s on s.cohort_id = c.id
  join training_module m on m.id = s.module_id
  left join venue v on v.id = s.venue_id
  left join cohort_group_member gm on gm.cohort_id = c.id and gm.person_id = e.person_id
  left join cohort_group g on g.id = gm.group_id
  where e.person_id = ? and ${seatedSql('e')} and ${sessionForSql('s', 'e.person_id')} and s.starts_at < ? and s.ends_at > ?
  order by s.starts_at, s.id
  limit 500`;

/** One entry of a participant's schedule, before it is put in their zone. */
export interface MyScheduleRow {
  session: Session;
  title: string;
  venue: string | null;
  cohortCode: string;
  /** The person's group (kelompok) in the cohort; null when in none. */
  groupName: string | null;
  /** Their agency's zone; null when they have none. */
  zone: TimeZoneCode | null;
}

/** The sessions of a person's seated cohorts between two instants: one fixed statement, rows read without hydration. */
export async function myScheduleRows(em: EntityManager, personId: number, from: Date, to: Date): Promise<MyScheduleRow[]> {
  const platform = em.getPlatform();
  // A plain read: a read replica serves it when there is one (as em.find did).
  const rows: Record<string, unknown>[] = await em.getConnection('read').execute(
    MY_SCHEDULE_SQL, [personId, platform.processDateProperty(to), platform.processDateProperty(from)], 'all',
  );
  return rows.map((row) => ({
    session: readRow(em, Session, row), title: row._title as string, venue: (row._venue as string | null) ?? null,
    cohortCode: row._cohort_code as string, groupName: (row._group as string | null) ?? null, zone: (row._zone as TimeZoneCode | null) ?? null,
  }));
}
