import { formatNip, type Gender } from '@lintas/shared';

export const ROSTER_HEADER = 'nip,name,employment_type,position_type,eselon,job_title,agency_code';

/** A valid PNS NIP from readable parts; `serial` keeps numbers apart. */
export function nip(birth: string, appointment: string, gender: Gender, serial: number): string {
  return formatNip({ birth: new Date(`${birth}T00:00:00Z`), appointment: new Date(`${appointment}-01T00:00:00Z`), gender, serial });
}

export interface RosterRow {
  nip: string;
  name: string;
  employmentType?: string;
  positionType?: string;
  eselon?: string;
  jobTitle?: string;
  agencyCode: string;
}

export function rosterCsv(rows: RosterRow[], delimiter = ','): string {
  const q = (v: string) => (v.includes(delimiter) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v);
  return [
    ROSTER_HEADER.split(',').join(delimiter),
    ...rows.map((r) =>
      [r.nip, r.name, r.employmentType ?? 'PNS', r.positionType ?? 'FUNGSIONAL', r.eselon ?? '', r.jobTitle ?? '', r.agencyCode].map(q).join(delimiter),
    ),
  ].join('\n');
}
