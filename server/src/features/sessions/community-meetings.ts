import type { Knex } from '@mikro-orm/knex';
import { ERROR_CODES } from '@lintas/shared';

/**
 * How a session and a community meeting at overlapping times (sessions/conflicts.ts
 * `overlaps`) collide, the same both ways: sessions/conflicts.ts (scheduling a session),
 * auto-schedule.service.ts (proposing one) and communities/meeting-conflicts.ts
 * (scheduling a meeting) all read it from here.
 * - `venue`: the same venue: a hard conflict;
 * - `facilitator`: the session's facilitator (a person of the roster) facilitates the
 *   meeting's community: a hard conflict;
 * - `members`: people seated in the session are active members of the meeting's
 *   community: a warning only, since a voluntary meeting must not block training.
 */
export const SESSION_MEETING_RULE = {
  venue: ERROR_CODES.VENUE_DOUBLE_BOOKED,
  facilitator: ERROR_CODES.FACILITATOR_DOUBLE_BOOKED,
  members: ERROR_CODES.MEMBER_IN_COMMUNITY_MEETING,
} as const;

type Instant = string | number;

/** A meeting row: its id, its community's name, its span. */
export interface MeetingRow { id: number; label: string; starts_at: number | Date; ends_at: number | Date }

/**
 * Meetings starting in [lo, hi) held at one of `venueIds` or facilitated by the person of
 * one of the session facilitators `facilitatorIds`: one row per meeting and matching
 * facilitator (`facilitator_id` null for a venue-only match). One indexed statement.
 */
export function meetingsBookingSql(knex: Knex, lo: Instant, hi: Instant, venueIds: readonly number[], facilitatorIds: readonly number[]) {
  return knex('community_meeting as m').join('community as cm', 'cm.id', 'm.community_id')
    .leftJoin('community_member as fm', (j) => j.on('fm.community_id', 'm.community_id').andOnVal('fm.role', 'FACILITATOR').andOnVal('fm.status', 'ACTIVE'))
    .leftJoin('facilitator as f', (j) => j.on('f.person_id', 'fm.person_id').andOnIn('f.id', facilitatorIds.length ? [...facilitatorIds] : [0]))
    .select('m.id', 'cm.name as label', 'm.starts_at', 'm.ends_at', 'm.venue_id', 'f.id as facilitator_id')
    .where('m.starts_at', '>=', lo).where('m.starts_at', '<', hi)
    .where((w) => w.whereIn('m.venue_id', venueIds.length ? [...venueIds] : [0]).orWhereNotNull('f.id'));
}

/** Meetings starting in [lo, hi) of communities in which `personIds` (a subquery) are active members: one row per meeting and person. */
export function meetingsOfPeopleSql(knex: Knex, lo: Instant, hi: Instant, personIds: Knex.QueryBuilder) {
  return knex('community_meeting as m').join('community_member as mm', 'mm.community_id', 'm.community_id').join('community as cm', 'cm.id', 'm.community_id')
    .select('m.id', 'cm.name as label', 'm.starts_at', 'm.ends_at', 'mm.person_id')
    .where('mm.status', 'ACTIVE').whereIn('mm.person_id', personIds).where('m.starts_at', '>=', lo).where('m.starts_at', '<', hi);
}
