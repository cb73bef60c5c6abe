import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES } from '@lintas/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import { whereSeated } from '../enrollments/enrollment.rules.js';
import { sessionForSql } from '../groups/session-audience.js';
import { SESSION_MEETING_RULE } from '../sessions/community-meetings.js';
import { issue, MAX_SESSION_MS, overlaps } from '../sessions/conflicts.js';
import type { ScheduleIssue } from '../sessions/schedule-issue.js';
import type { Community } from './community.entity.js';

/** A meeting as it would be. */
export interface MeetingCandidate {
  id?: number;
  startsAt: Date;
  endsAt: Date;
  venueId: number | null;
}

/**
 * Conflicts of a community meeting, by the sessions' rule (sessions/conflicts.ts:
 * `overlaps`, the same codes) and, against sessions, the rule both sides share
 * (sessions/community-meetings.ts SESSION_MEETING_RULE): it must end after it starts; its
 * venue must not hold an overlapping session or meeting (hard); its facilitators must not
 * lead an overlapping session as its facilitator (hard); active members seated in an
 * overlapping session (a group's session only for the group's members) are a warning; its
 * active members must not be in an overlapping meeting of another community (hard). A fixed
 * number of indexed interval queries.
 */
export async function meetingIssues(em: EntityManager, community: Community, c: MeetingCandidate): Promise<ScheduleIssue[]> {
  const at = { index: null };
  if (!(c.endsAt > c.startsAt)) return [issue(ERROR_CODES.END_NOT_AFTER_START, 'the meeting does not end after it starts', at)];
  const knex = (em as SqlEntityManager).getKnex();
  const platform = em.getPlatform();
  const lo = platform.processDateProperty(new Date(c.startsAt.getTime() - MAX_SESSION_MS));
  const hi = platform.processDateProperty(c.endsAt);
  const members = knex('community_member').select('person_id').where({ community_id: community.id, status: 'ACTIVE' });
  const exec = <T>(q: unknown) => (em as SqlEntityManager).execute<T[]>(q as never);
  type Row = { id: number; label: string; starts_at: number | Date; ends_at: number | Date; person_id?: number; venue_id?: number | null };
  const facilitatorPeople = knex('community_member').select('person_id').where({ community_id: community.id, status: 'ACTIVE', role: 'FACILITATOR' });
  const [venueSessions, venueMeetings, personSessions, personMeetings, facilitatorSessions] = await Promise.all([
    c.venueId === null ? [] : exec<Row>(knex('session as s').join('cohort as co', 'co.id', 's.cohort_id').select('s.id', 'co.code as label', 's.starts_at', 's.ends_at')
      .where('s.status', 'SCHEDULED').where('s.venue_id', c.venueId).where('s.starts_at', '>=', lo).where('s.starts_at', '<', hi)),
    c.venueId === null ? [] : exec<Row>(knex('community_meeting as m').join('community as cm', 'cm.id', 'm.community_id').select('m.id', 'cm.name as label', 'm.starts_at', 'm.ends_at')
      .where('m.venue_id', c.venueId).where('m.starts_at', '>=', lo).where('m.starts_at', '<', hi).whereNot('m.id', c.id ?? 0)),
    exec<Row>(whereSeated(knex('session as s').join('enrollment as e', 'e.cohort_id', 's.cohort_id').join('cohort as co', 'co.id', 's.cohort_id')
      .select('s.id', 'co.code as label', 's.starts_at', 's.ends_at', 'e.person_id')
      .where('s.status', 'SCHEDULED').where('s.starts_at', '>=', lo).where('s.starts_at', '<', hi).whereRaw(sessionForSql('s', 'e.person_id')), 'e')
      .whereIn('e.person_id', members.clone())),
    exec<Row>(knex('community_meeting as m').join('community_member as mm', 'mm.community_id', 'm.community_id').join('community as cm', 'cm.id', 'm.community_id')
      .select('m.id', 'cm.name as label', 'm.starts_at', 'm.ends_at', 'mm.person_id')
      .where('mm.status', 'ACTIVE').whereIn('mm.person_id', members.clone()).where('m.starts_at', '>=', lo).where('m.starts_at', '<', hi).whereNot('m.id', c.id ?? 0)),
    exec<Row & { facilitator_name: string }>(knex('session as s').join('facilitator as f', 'f.id', 's.facilitator_id').join('cohort as co', 'co.id', 's.cohort_id')
      .select('s.id', 'co.code as label', 's.starts_at', 's.ends_at', 'f.name as facilitator_name')
      .where('s.status', 'SCHEDULED').where('s.starts_at', '>=', lo).where('s.starts_at', '<', hi).whereIn('f.person_id', facilitatorPeople)),
  ]);
  const span = (r: Row) => ({ startsAt: new Date(r.starts_at as never), endsAt: new Date(r.ends_at as never) });
  const issues: ScheduleIssue[] = [];
  for (const [rows, type] of [[venueSessions, 'Session'], [venueMeetings, 'CommunityMeeting']] as const) {
    for (const r of rows.filter((x) => overlaps(c, span(x)))) {
      issues.push(issue(ERROR_CODES.VENUE_DOUBLE_BOOKED, `the venue is taken by ${r.label}`, at, { otherCohortCode: r.label, otherStartsAt: span(r).startsAt }, { otherSessionId: type === 'Session' ? toGlobalId('Session', r.id) : null }));
    }
  }
  for (const r of facilitatorSessions.filter((x) => overlaps(c, span(x)))) {
    issues.push(issue(SESSION_MEETING_RULE.facilitator, `${r.facilitator_name} leads a session of ${r.label} then`, at, { facilitatorName: r.facilitator_name, otherCohortCode: r.label, otherStartsAt: span(r).startsAt }, { otherSessionId: toGlobalId('Session', r.id) }));
  }
  for (const [rows, type] of [[personSessions, 'Session'], [personMeetings, 'CommunityMeeting']] as const) {
    const byOther = new Map<number, { label: string; startsAt: Date; people: Set<number> }>();
    for (const r of rows.filter((x) => overlaps(c, span(x)))) {
      const entry = byOther.get(r.id) ?? { label: r.label, startsAt: span(r).startsAt, people: new Set<number>() };
      entry.people.add(Number(r.person_id));
      byOther.set(r.id, entry);
    }
    for (const [otherId, o] of byOther) {
      // Seated in a session: the shared rule's warning; in another meeting: a double booking.
      issues.push(issue(type === 'Session' ? SESSION_MEETING_RULE.members : ERROR_CODES.PERSON_DOUBLE_BOOKED, `${o.people.size} members also attend ${o.label} then`, at, {
        otherCohortCode: o.label, otherStartsAt: o.startsAt, personCount: o.people.size,
      }, { otherSessionId: type === 'Session' ? toGlobalId('Session', otherId) : null, personIds: [...o.people].slice(0, 20).map((p) => toGlobalId('Person', p)) }));
    }
  }
  return issues;
}
