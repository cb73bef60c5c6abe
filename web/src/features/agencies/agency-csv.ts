import { AGENCY_CSV_COLUMNS } from '@lintas/shared';

/** A small valid agency file to start from: one central and two regional agencies, columns from shared. */
export function sampleAgencyCsv(): string {
  const rows: Record<(typeof AGENCY_CSV_COLUMNS)[number], string>[] = [
    { code: 'KOMDIGI', name: 'Kementerian Komunikasi dan Digital', level: 'PUSAT', province: '', time_zone: 'WIB' },
    { code: 'DISKOMINFO-BABEL', name: 'Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung', level: 'DAERAH', province: 'Kepulauan Bangka Belitung', time_zone: 'WIB' },
    { code: 'BKPSDM-MAKASSAR', name: 'Badan Kepegawaian dan Pengembangan SDM Kota Makassar', level: 'DAERAH', province: 'Sulawesi Selatan', time_zone: 'WITA' },
  ];
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [AGENCY_CSV_COLUMNS.join(','), ...rows.map((r) => AGENCY_CSV_COLUMNS.map((c) => quote(r[c])).join(','))].join('\n') + '\n';
}

/** Offers a text as a file download. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
