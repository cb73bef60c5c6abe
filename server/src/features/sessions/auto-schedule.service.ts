import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { JP_MINUTES } from '@lintas/shared';
import type { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';
import { countSeated, seatedPersonIds, whereSeated } from '../enrollments/enrollment.rules.js';
import { autoSchedule, type Interval, type SolverResult } from './auto-schedule.js';
import { instantOf, workingDays } from './local-time.js';
import { Session } from './session.entity.js';
import { meetingsBookingSql } from './community-meetings.js';
import { MAX_SESSION_MS } from './conflicts.js';

export interface AutoScheduleOptions {
  venueIds?: number[] | null;
  facilitatorIds?: number[] | null;
  moduleFacilitators?: { moduleId: number; facilitatorIds: number[] }[] | null;
  blocks?: { start: number; jp: number }[] | null;
  maxJpPerSession?: number | null;
  nodeLimit?: number;
}

export const DEFAULT_BLOCKS = [{ start: 8 * 60, jp: 5 }, { start: 13 * 60, jp: 4 }];

export interface Proposal {
  result: SolverResult;
  modules: Map<number, TrainingModule>;
  venues: Map<number, Venue>;
  facilitators: Map<number, Facilitator>;
}

/**
 * Gathers what constrains a cohort's schedule — its working days (Mon–Fri, not on
 * national holidays), the JP each module still lacks, the venues and facilitators and
 * when they are taken, when its people are elsewhere or unavailable — and asks the
 * solver for a proposal. Nothing is written.
 */
export async function proposeSchedule(em: EntityManager, cohort: Cohort, options: AutoScheduleOptions = {}): Promise<Proposal> {
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const platform = em.getPlatform();
  const modules = await em.find(TrainingModule, { program: cohort.program.id, archivedAt: null }, { orderBy: { position: 'asc' } });
  const scheduled = await em.find(Session, { cohort, status: 'SCHEDULED' });
  const scheduledJp = new Map<number, number>();
  for (const s of scheduled) scheduledJp.set(s.module.id, (scheduledJp.get(s.module.id) ?? 0) + (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000 / JP_MINUTES);

  const seated = await countSeated(em, cohort.id);
  // Venues large enough for the cohort: the ones asked for, else its own, else any of the academy's, smallest first.
  const roomy = (vs: Venue[]) => vs.filter((v) => v.capacity >= seated);
  const own = cohort.venue ? roomy([await em.findOneOrFail(Venue, cohort.venue.id)]) : [];
  const venueList = options.venueIds?.length
    ? roomy(await em.find(Venue, { id: { $in: options.venueIds }, academy: cohort.academy.id, archivedAt: null }))
    : cohort.online ? [] : own.length ? own
    : await em.find(Venue, { academy: cohort.academy.id, capacity: { $gte: seated }, archivedAt: null }, { orderBy: { capacity: 'asc', id: 'asc' } });
  const venueIds = options.venueIds?.length ? options.venueIds.filter((id) => venueList.some((v) => v.id === id)) : venueList.map((v) => v.id);
  const pool = options.facilitatorIds?.length
    ? await em.find(Facilitator, { id: { $in: options.facilitatorIds }, academy: cohort.academy.id, archivedAt: null }, { orderBy: { id: 'asc' } })
    : await em.find(Facilitator, { academy: cohort.academy.id, archivedAt: null }, { orderBy: { id: 'asc' } });
  const perModule = new Map((options.moduleFacilitators ?? []).map((m) => [m.moduleId, m.facilitatorIds]));
  const extra = [...new Set([...perModule.values()].flat())].filter((id) => !pool.some((f) => f.id === id));
  const facilitatorList = [...pool, ...(extra.length ? await em.find(Facilitator, { id: { $in: extra }, academy: cohort.academy.id, archivedAt: null }) : [])];

  const lo = instantOf(cohort.startDate, 0, cohort.timeZone);
  const hi = instantOf(cohort.endDate, 24 * 60, cohort.timeZone);
  const window = (q: ReturnType<typeof knex>) => q.where('s.status', 'SCHEDULED').where('s.starts_at', '<', platform.processDateProperty(hi)).where('s.ends_at', '>', platform.processDateProperty(lo));
  const asInterval = (r: { starts_at: number | Date; ends_at: number | Date }): Interval => ({ start: new Date(r.starts_at as never).getTime(), end: new Date(r.ends_at as never).getTime() });
  const group = (rows: { key: number; starts_at: number | Date; ends_at: number | Date }[]) => {
    const m = new Map<number, Interval[]>();
    for (const r of rows) m.set(Number(r.key), [...(m.get(Number(r.key)) ?? []), asInterval(r)]);
    return m;
  };
  // Community meetings at those venues, or facilitated by those facilitators' persons, are as busy as sessions (SESSION_MEETING_RULE).
  const meetings: { venue_id: number | null; facilitator_id: number | null; starts_at: number | Date; ends_at: number | Date }[] = venueIds.length || facilitatorList.length
    ? await sqlEm.execute(meetingsBookingSql(knex, platform.processDateProperty(new Date(lo.getTime() - MAX_SESSION_MS)) as string, platform.processDateProperty(hi) as string, venueIds, facilitatorList.map((f) => f.id)))
    : [];
  const meetingsBy = (key: 'venue_id' | 'facilitator_id', ids: readonly number[]) =>
    meetings.filter((m) => m[key] !== null && ids.includes(Number(m[key]))).map((m) => ({ key: Number(m[key]), starts_at: m.starts_at, ends_at: m.ends_at }));
  const busyVenue = venueIds.length
    ? group([...await sqlEm.execute<{ key: number; starts_at: number | Date; ends_at: number | Date }[]>(window(knex('session as s')).select('s.venue_id as key', 's.starts_at', 's.ends_at').whereIn('s.venue_id', venueIds)), ...meetingsBy('venue_id', venueIds)])
    : new Map();
  const busyFacilitator = facilitatorList.length
    ? group([
        ...meetingsBy('facilitator_id', facilitatorList.map((f) => f.id)),
        ...await sqlEm.execute<{ key: number; starts_at: number | Date; ends_at: number | Date }[]>(window(knex('session as s')).select('s.facilitator_id as key', 's.starts_at', 's.ends_at').whereIn('s.facilitator_id', facilitatorList.map((f) => f.id))),
        // Windows the facilitators marked as unavailable are as busy as their sessions.
        ...await sqlEm.execute<{ key: number; starts_at: number | Date; ends_at: number | Date }[]>(knex('facilitator_unavailability as s').select('s.facilitator_id as key', 's.starts_at', 's.ends_at')
          .where('s.starts_at', '<', platform.processDateProperty(hi)).where('s.ends_at', '>', platform.processDateProperty(lo)).whereIn('s.facilitator_id', facilitatorList.map((f) => f.id))),
      ])
    : new Map();
  const seatedIds = seatedPersonIds(knex, cohort.id);
  const elsewhere: { starts_at: number | Date; ends_at: number | Date }[] = await sqlEm.execute(
    whereSeated(window(knex('session as s')).distinct('s.id', 's.starts_at', 's.ends_at').join('enrollment as e', 'e.cohort_id', 's.cohort_id'), 'e')
      .whereIn('e.person_id', seatedIds).whereNot('s.cohort_id', cohort.id),
  );
  const away: { starts_at: number | Date; ends_at: number | Date }[] = await sqlEm.execute(
    knex('unavailability').select('starts_at', 'ends_at').whereIn('person_id', seatedIds.clone())
      .where('starts_at', '<', platform.processDateProperty(hi)).where('ends_at', '>', platform.processDateProperty(lo)),
  );
  const busyCohort = [...scheduled.map((s) => ({ start: s.startsAt.getTime(), end: s.endsAt.getTime() })), ...elsewhere.map(asInterval), ...away.map(asInterval)];

  const days = workingDays(cohort.startDate, cohort.endDate);
  const result = autoSchedule({
    days,
    blocks: options.blocks?.length ? options.blocks : DEFAULT_BLOCKS,
    modules: modules
      .map((m) => ({
        id: m.id, jp: Math.max(0, Math.round(m.jp - (scheduledJp.get(m.id) ?? 0))), crossGeneration: m.crossGeneration,
        facilitatorIds: perModule.get(m.id) ?? facilitatorList.filter((f) => pool.includes(f)).map((f) => f.id),
      }))
      .filter((m) => m.jp > 0),
    venueIds, busyVenue, busyFacilitator, busyCohort,
    instant: (date, minutes) => instantOf(date, minutes, cohort.timeZone).getTime(),
    maxJpPerSession: options.maxJpPerSession ?? 4,
    nodeLimit: options.nodeLimit ?? 200_000,
  });
  return {
    result,
    modules: new Map(modules.map((m) => [m.id, m])),
    venues: new Map(venueList.map((v) => [v.id, v])),
    facilitators: new Map(facilitatorList.map((f) => [f.id, f])),
  };
}
