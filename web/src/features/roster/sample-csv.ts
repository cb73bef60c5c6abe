import { formatNip, ROSTER_CSV_COLUMNS } from '@lintas/shared';

export const IMPORT_COLUMNS = ROSTER_CSV_COLUMNS;

/** A small, valid example roster for the organizer to start from. */
export function sampleCsv(agencyCode = 'KODE-INSTANSI'): string {
  const nip = (birth: string, appointment: string, gender: 'MALE' | 'FEMALE', serial: number) =>
    formatNip({ birth: new Date(`${birth}T00:00:00Z`), appointment: new Date(`${appointment}-01T00:00:00Z`), gender, serial });
  const rows = [
    [nip('1968-04-12', '1993-03', 'MALE', 1), 'Drs. Bambang Sutrisno, M.Si.', 'PNS', 'STRUKTURAL', 'IIa', 'Kepala Dinas', agencyCode],
    [nip('1985-09-30', '2010-01', 'FEMALE', 2), 'Rina Marlina, S.Kom.', 'PNS', 'FUNGSIONAL', '', 'Pranata Komputer Ahli Muda', agencyCode],
    [nip('1998-01-05', '2022-06', 'MALE', 3), 'Dimas Pratama', 'PNS', 'PELAKSANA', '', 'Pengelola Data', agencyCode],
  ];
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [IMPORT_COLUMNS.join(','), ...rows.map((r) => r.map(quote).join(','))].join('\n') + '\n';
}
