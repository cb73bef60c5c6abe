import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';
import { offsetMinutes, wallArray } from './zone-time';

/**
 * Lets FullCalendar's `timeZone` take an IANA name using the browser's Intl data,
 * instead of pulling in Luxon or moment-timezone (tens of kB) for three zones.
 */
class IntlNamedTimeZone extends NamedTimeZoneImpl {
  offsetForArray(a: number[]): number {
    const [y = 1970, mo = 0, d = 1, h = 0, mi = 0, s = 0, ms = 0] = a;
    const asUtc = Date.UTC(y, mo, d, h, mi, s, ms);
    return offsetMinutes(asUtc - offsetMinutes(asUtc, this.timeZoneName) * 60_000, this.timeZoneName);
  }

  timestampToArray(ms: number): number[] {
    return wallArray(ms, this.timeZoneName);
  }
}

export const intlTimeZonePlugin = createPlugin({ name: 'lintas-intl-time-zone', namedTimeZonedImpl: IntlNamedTimeZone });
