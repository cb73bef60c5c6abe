/** Where the written rows are read from: SQLite's `new`/`old` row, or PostgreSQL's transition table. */
export interface Rows {
  /** The FROM clause ('' for a trigger's row). */
  from: string;
  col(name: string): string;
}

/**
 * Which academies a write to a tracked table concerns (kept answers per academy,
 * server/src/db/data-version.entity.ts): a select of one column `a`, the academy ids of
 * the written rows. Academy 0 stands for the rows academies share (the catalogue:
 * academies, agencies, programs, modules, venues, facilitators), which any academy's
 * answers may reference. A person also concerns each academy whose cohorts they are
 * enrolled in, since those academies' lists show them.
 */
export const ACADEMY_OF: Record<string, (rows: Rows) => string> = {
  cohort: ({ from, col }) => `select ${col('academy_id')} as a ${from}`,
  session: ({ from, col }) => `select coalesce((select c.academy_id from cohort c where c.id = ${col('cohort_id')}), 0) as a ${from}`,
  enrollment: ({ from, col }) => `select coalesce((select c.academy_id from cohort c where c.id = ${col('cohort_id')}), 0) as a ${from}`,
  person: ({ from, col }) => `select coalesce((select g.academy_id from agency g where g.id = ${col('agency_id')}), 0) as a ${from}`
    + ` union select c.academy_id from enrollment e join cohort c on c.id = e.cohort_id where e.person_id in (select ${col('id')} ${from})`,
};

/** Tracked tables whose rows academies share: a write to them moves academy 0's version. */
export const SHARED = ['academy', 'agency', 'program', 'training_module', 'venue', 'facilitator'];

/**
 * Tables made after Migration20261203120000, each tracked by the migration that creates it
 * (kept apart from ACADEMY_OF, which that migration replays on up and down).
 */
export const ACADEMY_OF_GROUPS: Record<string, (rows: Rows) => string> = {
  cohort_group: ({ from, col }) => `select coalesce((select c.academy_id from cohort c where c.id = ${col('cohort_id')}), 0) as a ${from}`,
  cohort_group_member: ({ from, col }) => `select coalesce((select c.academy_id from cohort c where c.id = ${col('cohort_id')}), 0) as a ${from}`,
};
