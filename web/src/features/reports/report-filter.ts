import type { LocationQuery } from 'vue-router';

/** The scope of every report, as the GraphQL `ReportFilter` and the export endpoints name it. */
export const FILTER_KEYS = ['from', 'to', 'academyId', 'programId', 'cohortId', 'agencyId', 'province'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Unset fields are empty strings (what form controls hold). */
export type ReportFilterState = Record<FilterKey, string>;

/** Indonesian query keys, so a shared link reads like the page: /laporan?dari=2026-01-01&program=… */
const QUERY_KEYS: Record<FilterKey, string> = {
  from: 'dari',
  to: 'sampai',
  academyId: 'akademi',
  programId: 'program',
  cohortId: 'angkatan',
  agencyId: 'instansi',
  province: 'provinsi',
};
export const YEAR_QUERY_KEY = 'tahun';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function emptyFilter(): ReportFilterState {
  return { from: '', to: '', academyId: '', programId: '', cohortId: '', agencyId: '', province: '' };
}

function single(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v.trim() : '';
}

/** Reads the filter from a route query; malformed dates are dropped rather than sent to the server. */
export function filterFromQuery(query: LocationQuery): ReportFilterState {
  const f = emptyFilter();
  for (const key of FILTER_KEYS) f[key] = single(query[QUERY_KEYS[key]]);
  if (!ISO_DAY.test(f.from)) f.from = '';
  if (!ISO_DAY.test(f.to)) f.to = '';
  return f;
}

/** The route query of a filter: only the fields that are set, in a stable order. */
export function filterToQuery(f: ReportFilterState): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (f[key]) query[QUERY_KEYS[key]] = f[key];
  return query;
}

/** The year of the JP report from the route query, or `fallback` when absent or implausible. */
export function yearFromQuery(query: LocationQuery, fallback: number): number {
  const n = Number(single(query[YEAR_QUERY_KEY]));
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : fallback;
}

/** The GraphQL `ReportFilter` input: unset fields are null. */
export function filterVariables(f: ReportFilterState): Record<FilterKey, string | null> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, f[k] || null])) as Record<FilterKey, string | null>;
}

export function isFiltered(f: ReportFilterState): boolean {
  return FILTER_KEYS.some((k) => f[k] !== '');
}
