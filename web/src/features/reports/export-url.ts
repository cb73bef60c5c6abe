import { FILTER_KEYS, type FilterKey } from './report-filter';

/** Reports the server exports as spreadsheets (GET /exports/<report>.<format>). */
export const REPORT_EXPORTS = [
  'participation-by-eselon',
  'participation-by-generation',
  'participation-matrix',
  'literacy-target',
  'jp-compliance',
  'jp-compliance-below',
  'assessment-gain',
] as const;
export type ReportExport = (typeof REPORT_EXPORTS)[number];
export type ExportFormat = 'csv' | 'xlsx';

/** The JP reports are per year. */
const NEEDS_YEAR: ReadonlySet<ReportExport> = new Set(['jp-compliance', 'jp-compliance-below']);

/**
 * The address of a report export: the filter's set fields under their GraphQL names
 * (global ids as they are), `year` for the JP reports, and `lang` for the headers.
 */
export function exportUrl(
  report: ReportExport,
  format: ExportFormat,
  filter: Partial<Record<FilterKey, string | null | undefined>>,
  options: { lang: string; year?: number },
): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (NEEDS_YEAR.has(report)) {
    if (options.year === undefined) throw new Error(`${report} needs a year`);
    params.set('year', String(options.year));
  }
  params.set('lang', options.lang);
  return `/exports/${report}.${format}?${params.toString()}`;
}
