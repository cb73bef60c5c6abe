import type { EntityManager } from '@mikro-orm/core';
import { CohortGroupMember } from '../groups/cohort-group.entity.js';
import { maySharepeople, sessionForSql } from '../groups/session-audience.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES, JP_MINUTES, SCHEDULE_ISSUE_PARAM_NAMES, SCHEDULE_ISSUES, type ScheduleIssueCode } from '@lintas/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';
import { seatedByGeneration, seatedPersonIds, whereSeated } from '../enrollments/enrollment.rules.js';
import { targetShare, type GenerationCounts } from '../programs/module-targeting.js';
import { Session } from './session.entity.js';
import { IssueSeverity, ScheduleIssue, ScheduleIssueParams } from './schedule-issue.js';
import { meetingsBookingSql, meetingsOfPeopleSql, SESSION_MEETING_RULE, type MeetingRow } from './community-meetings.js';
import { nationalHoliday, wallClock, WORKING_HOURS } from './local-time.js';

/** Longest session the interval queries look back for: keeps every scan a bounded index range. */
export const MAX_SESSION_MS = 12 * 3_600_000;

/** A session as it would be: saved (`id`) or proposed. */
export interface Candidate {
  id?: number;
  moduleId: number;
  startsAt: Date;
  endsAt: Date;
  venueId: number | null;
  facilitatorId: number | null;
  /** The group of the cohort the session is for; null or absent for the whole cohort. */
  groupId?: number | null;
}

/** The overlap rule: two time spans overlap when each starts before the other ends (touching ends do not). */
export const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

const NO_PARAMS = Object.fromEntries(SCHEDULE_ISSUE_PARAM_NAMES.map((n) => [n, null])) as unknown as ScheduleIssueParams;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** An issue of the shared list: its severity from there, its params (the rest null), and the English message for integrators. */
export function issue(
  code: ScheduleIssueCode, message: string, at: { index: number | null; id?: number }, params: Partial<ScheduleIssueParams> = {},
  more: Partial<Pick<ScheduleIssue, 'otherSessionId' | 'moduleId' | 'personIds'>> = {},
): ScheduleIssue {
  const full = { ...NO_PARAMS, ...params };
  return {
    code, severity: SCHEDULE_ISSUES[code].severity as IssueSeverity, message, index: at.index, sessionId: at.id ? toGlobalId('Session', at.id) : null,
    otherSessionId: null, moduleId: null, personIds: [], ...more,
    // The older flat fields keep their documented meaning: people double-booked or unavailable only.
    otherCohortCode: full.otherCohortCode, personCount: code === ERROR_CODES.VENUE_TOO_SMALL || code === ERROR_CODES.OUTSIDE_TARGET_GENERATIONS ? null : full.personCount, params: full,
  };
}

/**
 * Every conflict and warning of a cohort's sessions as they would be after a change:
 * `candidates` replace the sessions with their ids (and `removed` ones), the rest of the
 * schedule stays. A fixed number of indexed interval queries, whatever the size of the
 * database: other sessions are read only in the candidates' time window, by venue,
 * facilitator or the cohort's people.
 */
export async function findIssues(
  em: EntityManager,
  cohort: Cohort,
  candidates: Candidate[],
  options: { removed?: number[]; jpCheck?: boolean } = {},
): Promise<ScheduleIssue[]> {
  const issues: ScheduleIssue[] = [];
  const zone = cohort.timeZone;
  candidates.forEach((c, index) => {
    const at = { index, id: c.id };
    if (!(c.endsAt > c.startsAt)) issues.push(issue(ERROR_CODES.END_NOT_AFTER_START, 'the session does not end after it starts', at));
    const start = wallClock(c.startsAt, zone);
    const end = wallClock(new Date(c.endsAt.getTime() - 1), zone);
    if (start.date < cohort.startDate || end.date > cohort.endDate) {
      issues.push(issue(ERROR_CODES.OUTSIDE_COHORT_DATES, `the session is outside the cohort's dates ${cohort.startDate} – ${cohort.endDate}`, at, {
        cohortStartDate: cohort.startDate, cohortEndDate: cohort.endDate,
      }));
    }
    const holiday = nationalHoliday(start.date);
    if (holiday) issues.push(issue(ERROR_CODES.HOLIDAY, `${start.date} is a national holiday: ${holiday}`, at, { date: start.date, holidayName: holiday }));
    const endMinutes = wallClock(c.endsAt, zone).minutes || 24 * 60;
    if (!(WORKING_HOURS.days as readonly number[]).includes(start.weekday) || start.minutes < WORKING_HOURS.start || endMinutes > WORKING_HOURS.end || start.date !== end.date) {
      issues.push(issue(ERROR_CODES.OUTSIDE_WORKING_HOURS, `the session is outside working hours (Mon–Fri ${hhmm(WORKING_HOURS.start)}–${hhmm(WORKING_HOURS.end)} ${zone})`, at, {
        timeZone: zone, workdayStart: hhmm(WORKING_HOURS.start), workdayEnd: hhmm(WORKING_HOURS.end),
      }));
    }
  });
  if (candidates.length === 0 && !options.jpCheck) return issues;

  const replaced = new Set([...candidates.map((c) => c.id).filter((id): id is number => !!id), ...(options.removed ?? [])]);
  const valid = candidates.filter((c) => c.endsAt > c.startsAt);
  const lo = new Date(Math.min(...valid.map((c) => c.startsAt.getTime())) - MAX_SESSION_MS);
  const hi = new Date(Math.max(...valid.map((c) => c.endsAt.getTime())));
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const platform = em.getPlatform();
  const inWindow = valid.length > 0;

  // Venues and facilitators booked elsewhere (and in this cohort), in the window.
  const venueIds = [...new Set(valid.map((c) => c.venueId).filter((v): v is number => v !== null))];
  const facilitatorIds = [...new Set(valid.map((c) => c.facilitatorId).filter((v): v is number => v !== null))];
  const busy = inWindow && (venueIds.length || facilitatorIds.length)
    ? await em.find(Session, {
        status: 'SCHEDULED', startsAt: { $gte: lo, $lt: hi }, id: { $nin: [...replaced, 0] },
        $or: [...(venueIds.length ? [{ venue: { $in: venueIds } }] : []), ...(facilitatorIds.length ? [{ facilitator: { $in: facilitatorIds } }] : [])],
      }, { populate: ['cohort'] })
    : [];
  // Sessions of other cohorts that the cohort's seated people attend, in the window.
  const seatedIds = seatedPersonIds(knex, cohort.id);
  const personRows: { id: number; cohort_code: string; starts_at: number | Date; ends_at: number | Date; person_id: number }[] = inWindow
    ? await sqlEm.execute(
        whereSeated(knex('session as s').join('enrollment as e', 'e.cohort_id', 's.cohort_id').join('cohort as c', 'c.id', 's.cohort_id')
          .select('s.id', 'c.code as cohort_code', 's.starts_at', 's.ends_at', 'e.person_id')
          .where('s.status', 'SCHEDULED').where('s.starts_at', '>=', platform.processDateProperty(lo)).where('s.starts_at', '<', platform.processDateProperty(hi))
          .whereNot('s.cohort_id', cohort.id).whereRaw(sessionForSql('s', 'e.person_id')), 'e').whereIn('e.person_id', seatedIds),
      )
    : [];
  const away: { person_id: number; starts_at: number | Date; ends_at: number | Date; reason: string | null }[] = inWindow
    ? await sqlEm.execute(
        knex('unavailability').select('person_id', 'starts_at', 'ends_at', 'reason').whereIn('person_id', seatedIds.clone())
          .where('starts_at', '<', platform.processDateProperty(hi)).where('ends_at', '>', platform.processDateProperty(lo)),
      )
    : [];
  // Windows the candidates' facilitators cannot teach.
  const facilitatorAway: { facilitator_id: number; starts_at: number | Date; ends_at: number | Date }[] = inWindow && facilitatorIds.length
    ? await sqlEm.execute(
        knex('facilitator_unavailability').select('facilitator_id', 'starts_at', 'ends_at').whereIn('facilitator_id', facilitatorIds)
          .where('starts_at', '<', platform.processDateProperty(hi)).where('ends_at', '>', platform.processDateProperty(lo)),
      )
    : [];
  // Community meetings in the window: at the candidates' venues or facilitated by their facilitators (hard), or of communities of the seated people (a warning).
  const meetingBookings: (MeetingRow & { venue_id: number | null; facilitator_id: number | null })[] = inWindow && (venueIds.length || facilitatorIds.length)
    ? await sqlEm.execute(meetingsBookingSql(knex, platform.processDateProperty(lo) as string, platform.processDateProperty(hi) as string, venueIds, facilitatorIds))
    : [];
  const meetingPeople: (MeetingRow & { person_id: number })[] = inWindow
    ? await sqlEm.execute(meetingsOfPeopleSql(knex, platform.processDateProperty(lo) as string, platform.processDateProperty(hi) as string, seatedIds.clone()))
    : [];
  // Members of the groups the candidates are given to: a group's session concerns them alone.
  const groupIds = [...new Set(candidates.map((c) => c.groupId).filter((g): g is number => !!g))];
  const memberRows = groupIds.length ? await em.find(CohortGroupMember, { group: { $in: groupIds } }) : [];
  const audience = (c: Candidate) => (c.groupId ? new Set(memberRows.filter((m) => m.group.id === c.groupId).map((m) => m.person.id)) : null);
  // The cohort's own schedule, as it stays.
  const own = await em.find(Session, { cohort, status: 'SCHEDULED', id: { $nin: [...replaced, 0] } });
  const [venues, facilitators, byGeneration] = await Promise.all([
    venueIds.length ? em.find(Venue, { id: { $in: venueIds } }) : [],
    facilitatorIds.length ? em.find(Facilitator, { id: { $in: facilitatorIds } }) : [],
    seatedByGeneration(em, cohort.id),
  ]);
  const seatedCount = byGeneration.reduce((n, g) => n + g.count, 0);
  const fmt = (d: Date) => { const w = wallClock(d, zone); return `${w.date} ${w.time} ${zone}`; };

  candidates.forEach((c, index) => {
    if (!(c.endsAt > c.startsAt)) return;
    const at = { index, id: c.id };
    const forWhom = audience(c);
    const inAudience = (personId: number) => !forWhom || forWhom.has(personId);
    const people = forWhom ? forWhom.size : seatedCount;
    const venue = venues.find((v) => v.id === c.venueId);
    if (venue && venue.capacity < people) {
      issues.push(issue(ERROR_CODES.VENUE_TOO_SMALL, `${venue.name} seats ${venue.capacity}, the session has ${people} people`, at, {
        venueName: venue.name, venueCapacity: venue.capacity, personCount: people,
      }));
    }
    for (const other of busy) {
      if (!overlaps(c, other)) continue;
      const more = { otherSessionId: toGlobalId('Session', other.id) };
      const otherCohortCode = other.cohort.getEntity().code;
      const when = { otherCohortCode, otherStartsAt: other.startsAt };
      if (c.venueId !== null && other.venue?.id === c.venueId) {
        const venueName = venue?.name ?? '';
        issues.push(issue(ERROR_CODES.VENUE_DOUBLE_BOOKED, `${venueName || 'the venue'} is taken by ${otherCohortCode} at ${fmt(other.startsAt)}`, at, { ...when, venueName }, more));
      }
      if (c.facilitatorId !== null && other.facilitator?.id === c.facilitatorId) {
        const facilitatorName = facilitators.find((x) => x.id === c.facilitatorId)?.name ?? '';
        issues.push(issue(ERROR_CODES.FACILITATOR_DOUBLE_BOOKED, `${facilitatorName || 'the facilitator'} leads a session of ${otherCohortCode} at ${fmt(other.startsAt)}`, at, { ...when, facilitatorName }, more));
      }
    }
    // Within the cohort: its people cannot be in two of its sessions at once, nor share a venue or facilitator.
    const siblings = [...own.map((o) => ({ id: o.id as number | undefined, index: null as number | null, startsAt: o.startsAt, endsAt: o.endsAt, venueId: o.venue?.id ?? null, facilitatorId: o.facilitator?.id ?? null, groupId: o.group?.id ?? null })),
      ...candidates.map((o, i) => ({ id: o.id, index: i as number | null, startsAt: o.startsAt, endsAt: o.endsAt, venueId: o.venueId, facilitatorId: o.facilitatorId, groupId: o.groupId ?? null })).filter((o) => o.index !== index && o.endsAt > o.startsAt)];
    for (const s of siblings) {
      if (!overlaps(c, s) || !maySharepeople(c.groupId, s.groupId)) continue;
      issues.push(issue(ERROR_CODES.PERSON_DOUBLE_BOOKED, `the cohort's ${seatedCount} people already have a session of ${cohort.code} at ${fmt(s.startsAt)}`, at, {
        otherCohortCode: cohort.code, otherStartsAt: s.startsAt, personCount: seatedCount,
      }, { otherSessionId: s.id ? toGlobalId('Session', s.id) : null }));
    }
    const byOther = new Map<number, { code: string; startsAt: Date; people: number[] }>();
    for (const r of personRows) {
      const o = { startsAt: new Date(r.starts_at as never), endsAt: new Date(r.ends_at as never) };
      if (!overlaps(c, o) || !inAudience(Number(r.person_id))) continue;
      const entry = byOther.get(r.id) ?? { code: r.cohort_code, startsAt: o.startsAt, people: [] };
      entry.people.push(Number(r.person_id));
      byOther.set(r.id, entry);
    }
    for (const [otherId, o] of byOther) {
      issues.push(issue(ERROR_CODES.PERSON_DOUBLE_BOOKED, `${o.people.length} enrolled people also attend ${o.code} at ${fmt(o.startsAt)}`, at, {
        otherCohortCode: o.code, otherStartsAt: o.startsAt, personCount: o.people.length,
      }, { otherSessionId: toGlobalId('Session', otherId), personIds: o.people.slice(0, 20).map((p) => toGlobalId('Person', p)) }));
    }
    const spanOf = (r: MeetingRow) => ({ startsAt: new Date(r.starts_at as never), endsAt: new Date(r.ends_at as never) });
    const venueMeetings = new Set<number>();
    for (const m of meetingBookings) {
      const o = spanOf(m);
      if (!overlaps(c, o)) continue;
      const when = { otherCohortCode: m.label, otherStartsAt: o.startsAt };
      if (c.venueId !== null && Number(m.venue_id) === c.venueId && !venueMeetings.has(Number(m.id))) {
        venueMeetings.add(Number(m.id));
        const venueName = venue?.name ?? '';
        issues.push(issue(SESSION_MEETING_RULE.venue, `${venueName || 'the venue'} is taken by a meeting of ${m.label} at ${fmt(o.startsAt)}`, at, { ...when, venueName }));
      }
      if (c.facilitatorId !== null && m.facilitator_id !== null && Number(m.facilitator_id) === c.facilitatorId) {
        const facilitatorName = facilitators.find((x) => x.id === c.facilitatorId)?.name ?? '';
        issues.push(issue(SESSION_MEETING_RULE.facilitator, `${facilitatorName || 'the facilitator'} facilitates a meeting of ${m.label} at ${fmt(o.startsAt)}`, at, { ...when, facilitatorName }));
      }
    }
    const byMeeting = new Map<number, { label: string; startsAt: Date; people: Set<number> }>();
    for (const r of meetingPeople) {
      const o = spanOf(r);
      if (!overlaps(c, o) || !inAudience(Number(r.person_id))) continue;
      const entry = byMeeting.get(Number(r.id)) ?? { label: r.label, startsAt: o.startsAt, people: new Set<number>() };
      entry.people.add(Number(r.person_id));
      byMeeting.set(Number(r.id), entry);
    }
    for (const o of byMeeting.values()) {
      issues.push(issue(SESSION_MEETING_RULE.members, `${o.people.size} enrolled people are members of ${o.label}, which meets at ${fmt(o.startsAt)}`, at, {
        otherCohortCode: o.label, otherStartsAt: o.startsAt, personCount: o.people.size,
      }, { personIds: [...o.people].slice(0, 20).map((p) => toGlobalId('Person', p)) }));
    }
    if (c.facilitatorId !== null && facilitatorAway.some((u) => Number(u.facilitator_id) === c.facilitatorId && overlaps(c, { startsAt: new Date(u.starts_at as never), endsAt: new Date(u.ends_at as never) }))) {
      const facilitatorName = facilitators.find((x) => x.id === c.facilitatorId)?.name ?? '';
      issues.push(issue(ERROR_CODES.FACILITATOR_UNAVAILABLE, `${facilitatorName || 'the facilitator'} marked this time as unavailable`, at, { facilitatorName }));
    }
    const absent = [...new Set(away.filter((u) => inAudience(Number(u.person_id)) && overlaps(c, { startsAt: new Date(u.starts_at as never), endsAt: new Date(u.ends_at as never) })).map((u) => Number(u.person_id)))];
    if (absent.length) {
      issues.push(issue(ERROR_CODES.PERSON_UNAVAILABLE, `${absent.length} enrolled people marked this time as unavailable`, at, {
        personCount: absent.length,
      }, { personIds: absent.slice(0, 20).map((p) => toGlobalId('Person', p)) }));
    }
  });

  const modules = await em.find(TrainingModule, { program: cohort.program.id }, { orderBy: { position: 'asc' } });
  issues.push(...targetIssues(modules, byGeneration, candidates));
  if (options.jpCheck !== false) issues.push(...jpIssues(modules, own, candidates));
  return issues;
}

/**
 * Warnings for modules given sessions (once per module, at its first candidate) whose
 * target generations leave out some of the cohort's seated people (module-targeting.ts).
 */
export function targetIssues(modules: readonly TrainingModule[], byGeneration: GenerationCounts, candidates: readonly Pick<Candidate, 'id' | 'moduleId'>[]): ScheduleIssue[] {
  const out: ScheduleIssue[] = [];
  const seen = new Set<number>();
  candidates.forEach((c, index) => {
    if (seen.has(c.moduleId)) return;
    seen.add(c.moduleId);
    const m = modules.find((x) => x.id === c.moduleId);
    if (!m) return;
    const share = targetShare(m.targetGenerations, byGeneration);
    if (share.outside === 0) return;
    out.push(issue(ERROR_CODES.OUTSIDE_TARGET_GENERATIONS, `${m.code} ${m.title} is for ${m.targetGenerations.join(', ')}; ${share.outside} of the cohort's ${share.seated} people are outside them`, { index, id: c.id }, {
      moduleCode: m.code, moduleTitle: m.title, personCount: share.outside, outsideGenerations: share.outsideGenerations,
    }, { moduleId: toGlobalId('TrainingModule', m.id) }));
  });
  return out;
}

/** Modules scheduled for more or fewer JP than the program plans, counting the schedule as it would be. */
function jpIssues(modules: readonly TrainingModule[], own: Session[], candidates: Candidate[]): ScheduleIssue[] {
  const minutes = new Map<number, number>();
  const add = (moduleId: number, a: Date, b: Date) => minutes.set(moduleId, (minutes.get(moduleId) ?? 0) + Math.max(0, (b.getTime() - a.getTime()) / 60_000));
  for (const s of own) add(s.module.id, s.startsAt, s.endsAt);
  for (const c of candidates) add(c.moduleId, c.startsAt, c.endsAt);
  const out: ScheduleIssue[] = [];
  for (const m of modules) {
    const jp = Math.round(((minutes.get(m.id) ?? 0) / JP_MINUTES) * 100) / 100;
    if (jp !== m.jp) {
      out.push(issue(ERROR_CODES.JP_MISMATCH, `${m.code} ${m.title}: ${jp} JP scheduled, ${m.jp} JP planned`, { index: null }, {
        moduleCode: m.code, moduleTitle: m.title, scheduledJp: jp, plannedJp: m.jp,
      }, { moduleId: toGlobalId('TrainingModule', m.id) }));
    }
  }
  return out;
}

/** A person's session elsewhere that overlaps a session of the cohort they would join. */
export interface EnrollmentClash {
  personId: number;
  sessionId: number;
  startsAt: Date;
  endsAt: Date;
  otherSessionId: number;
  otherCohortId: number;
  otherCohortCode: string;
  otherStartsAt: Date;
  otherEndsAt: Date;
}

/**
 * The sessions of other cohorts, in which `personIds` are seated, that overlap the
 * cohort's scheduled sessions (the same overlap rule as the schedule's double bookings).
 * Two statements whatever the number of people: the cohort's sessions, then the others'
 * sessions of those people in that window.
 */
export async function enrollmentClashes(em: EntityManager, cohortId: number, personIds: readonly number[]): Promise<EnrollmentClash[]> {
  if (personIds.length === 0) return [];
  const own = await em.find(Session, { cohort: cohortId, status: 'SCHEDULED' }, { orderBy: { startsAt: 'asc' } });
  if (own.length === 0) return [];
  const lo = new Date(Math.min(...own.map((s) => s.startsAt.getTime())) - MAX_SESSION_MS);
  const hi = new Date(Math.max(...own.map((s) => s.endsAt.getTime())));
  const sqlEm = em as SqlEntityManager;
  const knex = sqlEm.getKnex();
  const platform = em.getPlatform();
  const rows: { id: number; cohort_id: number; cohort_code: string; starts_at: number | Date; ends_at: number | Date; person_id: number }[] = await sqlEm.execute(
    whereSeated(knex('session as s').join('enrollment as e', 'e.cohort_id', 's.cohort_id').join('cohort as c', 'c.id', 's.cohort_id')
      .select('s.id', 's.cohort_id', 'c.code as cohort_code', 's.starts_at', 's.ends_at', 'e.person_id')
      .where('s.status', 'SCHEDULED').where('s.starts_at', '>=', platform.processDateProperty(lo)).where('s.starts_at', '<', platform.processDateProperty(hi))
      .whereNot('s.cohort_id', cohortId).whereIn('e.person_id', [...personIds]), 'e')
      .orderBy([{ column: 'e.person_id' }, { column: 's.starts_at' }, { column: 's.id' }]),
  );
  const out: EnrollmentClash[] = [];
  for (const r of rows) {
    const other = { startsAt: new Date(r.starts_at as never), endsAt: new Date(r.ends_at as never) };
    for (const s of own) {
      if (!overlaps(s, other)) continue;
      out.push({
        personId: Number(r.person_id), sessionId: s.id, startsAt: s.startsAt, endsAt: s.endsAt,
        otherSessionId: Number(r.id), otherCohortId: Number(r.cohort_id), otherCohortCode: r.cohort_code, otherStartsAt: other.startsAt, otherEndsAt: other.endsAt,
      });
    }
  }
  return out;
}
