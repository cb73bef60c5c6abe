import type { EntityManager } from '@mikro-orm/core';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { Agency } from '../academies/agency.entity.js';
import { randomSecret } from '../accounts/secrets.js';
import { seatedWhere } from '../enrollments/enrollment.rules.js';
import { Person } from '../persons/person.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { ianaOf } from './local-time.js';
import { Session } from './session.entity.js';
import { CohortGroupMember } from '../groups/cohort-group.entity.js';
import { isSessionFor } from '../groups/session-audience.js';
import { addMeetingEvents } from '../communities/meeting-calendar.js';

/** A new feed address for a person; earlier ones stop working. */
export async function issueCalendarFeed(em: EntityManager, person: Person): Promise<string> {
  await em.nativeUpdate(CalendarFeed, { person: person.id, revokedAt: null }, { revokedAt: new Date() });
  const secret = randomSecret(24);
  em.create(CalendarFeed, { person, secret });
  await em.flush();
  return secret;
}

/**
 * The RFC 5545 feed of a person's sessions (and community meetings), written by ical-generator: times in the
 * person's zone with its VTIMEZONE, a stable UID per session, SEQUENCE from the
 * session's version, cancelled sessions marked CANCELLED. Null for an unknown or
 * revoked address.
 */
export async function calendarFeed(em: EntityManager, secret: string, origin: string): Promise<string | null> {
  const feed = await em.findOne(CalendarFeed, { secret, revokedAt: null }, { populate: ['person'] });
  if (!feed) return null;
  const person = feed.person.getEntity();
  const agency = await em.findOne(Agency, person.agency.id);
  const zone = ianaOf(agency?.timeZone ?? 'WIB');
  const sessions = await em.find(Session, {
    cohort: { enrollments: { person: person.id, ...seatedWhere() } },
  }, { orderBy: { startsAt: 'asc' }, populate: ['module', 'venue', 'cohort', 'facilitator'], limit: 2000 });
  // A session given to one group of a cohort is in the feed of that group's members only.
  const groupOf = new Map((await em.find(CohortGroupMember, { person: person.id })).map((m) => [m.cohort.id, m.group.id]));
  const forPerson = sessions.filter((s) => isSessionFor(s.group?.id, groupOf.get(s.cohort.id)));
  const calendar = sessionCalendar(`Jadwal pelatihan — ${person.name}`, zone);
  for (const s of forPerson) addSessionEvent(calendar, s, zone, origin);
  // The meetings of the person's communities of practice sit in the same feed.
  await addMeetingEvents(em, calendar, person.id, zone, origin);
  return calendar.toString();
}

/** A calendar in a person's zone (with its VTIMEZONE); METHOD for an e-mailed update or cancellation (RFC 5546). */
export function sessionCalendar(name: string, zone: string, method?: 'REQUEST' | 'CANCEL'): ICalCalendar {
  return ical({
    name,
    prodId: { company: 'Lintas', product: 'Jadwal', language: 'ID' },
    timezone: { name: zone, generator: getVtimezoneComponent },
    ttl: 3600,
    ...(method ? { method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST } : {}),
  });
}

/**
 * One session as a calendar event, the same in the feed and in e-mailed updates: a stable
 * UID per session, SEQUENCE from its version, wall-clock times of the zone. Module, venue,
 * cohort and facilitator must be loaded.
 */
export function addSessionEvent(calendar: ICalCalendar, s: Session, zone: string, origin: string): void {
  const module = s.module.getEntity();
  calendar.createEvent({
    id: `session-${s.id}@lintas`,
    // Wall-clock times of the zone, written with its TZID (a luxon DateTime carries the zone).
    start: DateTime.fromJSDate(s.startsAt, { zone }),
    end: DateTime.fromJSDate(s.endsAt, { zone }),
    timezone: zone,
    stamp: s.updatedAt,
    sequence: s.version,
    status: s.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    summary: `${s.status === 'CANCELLED' ? 'DIBATALKAN: ' : ''}${module.title} (${s.cohort.getEntity().code})`,
    location: s.venue?.getEntity().name ?? s.onlineUrl ?? null,
    description: [`${module.jp} JP`, s.facilitator ? `Fasilitator: ${s.facilitator.getEntity().name}` : null, s.onlineUrl].filter(Boolean).join('\n'),
    url: `${origin}/saya`,
  });
}
