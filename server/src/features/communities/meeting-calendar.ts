import type { EntityManager } from '@mikro-orm/core';
import type { ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { CommunityMeeting } from './community.entity.js';

/**
 * The meetings of the communities a person is an active member of, as events of their
 * calendar feed: a stable UID per meeting, SEQUENCE from its version, times in the person's zone.
 */
export async function addMeetingEvents(em: EntityManager, calendar: ICalCalendar, personId: number, zone: string, origin: string): Promise<void> {
  const rows = await em.getConnection().execute<{ community_id: number }[]>(`select community_id from community_member where person_id = ? and status = 'ACTIVE'`, [personId]);
  if (rows.length === 0) return;
  const meetings = await em.find(CommunityMeeting, { community: { $in: rows.map((r: { community_id: number }) => Number(r.community_id)) } }, { populate: ['community', 'venue'], orderBy: { startsAt: 'asc' }, limit: 2000 });
  for (const m of meetings) {
    calendar.createEvent({
      id: `community-meeting-${m.id}@lintas`,
      start: DateTime.fromJSDate(m.startsAt, { zone }),
      end: DateTime.fromJSDate(m.endsAt, { zone }),
      timezone: zone,
      stamp: m.updatedAt,
      sequence: m.version,
      summary: `${m.title} (Komunitas ${m.community.getEntity().name})`,
      location: m.venue?.getEntity().name ?? m.onlineUrl ?? null,
      description: m.onlineUrl ?? null,
      url: `${origin}/saya/komunitas`,
    });
  }
}
