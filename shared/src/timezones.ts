/** Indonesia's three zones; none has daylight saving. */
export const TIME_ZONES = [
  { code: 'WIB', iana: 'Asia/Jakarta', offsetHours: 7 },
  { code: 'WITA', iana: 'Asia/Makassar', offsetHours: 8 },
  { code: 'WIT', iana: 'Asia/Jayapura', offsetHours: 9 },
] as const;
export type TimeZoneCode = (typeof TIME_ZONES)[number]['code'];
export type TimeZoneName = (typeof TIME_ZONES)[number]['iana'];
export const TIME_ZONE_NAMES = TIME_ZONES.map((z) => z.iana) as TimeZoneName[];

export function zoneCode(iana: string): TimeZoneCode | null {
  return TIME_ZONES.find((z) => z.iana === iana)?.code ?? null;
}
