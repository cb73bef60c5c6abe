import { JP_MINUTES } from '@lintas/shared';
import { seatedSql } from '../enrollments/enrollment.rules.js';

/**
 * The rules of learning outside Lintas sessions, defined once and used by the writes
 * (refusing a duplicate) and by the JP-earned rule (`earnedCte` in
 * reports/compliance.repository.ts, which leaves out a duplicate that became one later).
 */

/** Longest a micro-learning unit may take. */
export const MICRO_LEARNING_MAX_MINUTES = 15;
/** Questions of a unit's check. */
export const MICRO_LEARNING_QUESTIONS = { min: 1, max: 3 } as const;

/**
 * Micro-learning minutes → JP: the minutes a person completed in a year (WIB) are summed
 * first, then converted at 45 minutes to 1 JP, rounded down: 44 minutes earn nothing,
 * 45–89 one JP. Whole JP, like every other source; the remainder never carries into the
 * next year. As SQL over the year's summed minutes (integer division floors non-negative
 * integers on both databases).
 */
export const microJp = (minutes: number): number => Math.floor(minutes / JP_MINUTES);
export const microJpSql = (summedMinutes: string) => `(${summedMinutes}) / ${JP_MINUTES}`;

/** A record's title as stored: trimmed, inner spaces collapsed; the duplicate rule compares it in lower case (SQL `lower`). */
export const normalTitle = (title: string): string => title.trim().replace(/\s+/g, ' ');

/**
 * "Never twice": an external record duplicates Lintas learning when the same person holds a
 * seat (enrolled or completed) in a Lintas cohort whose dates overlap the record's
 * (`c.start_date <= end and start <= c.end_date`) AND the record names that cohort: it links
 * it (`cohort`), or its title equals the cohort's code, the cohort's name or its program's
 * name (the stored `normalTitle`, in SQL `lower`). Such a record is refused when entered, and left out of
 * the JP sum should it become a duplicate later (the person enrolled afterwards).
 * The arguments are SQL expressions: `?` placeholders for a record being entered (its
 * title as `lower(cast(? as text))`), the record's columns when summing (`lower(r.title)`).
 */
export function lintasDuplicateSql(r: { person: string; title: string; start: string; end: string; cohort: string }): string {
  return `exists (
        select 1 from enrollment de join cohort dc on dc.id = de.cohort_id join program dp on dp.id = dc.program_id
        where de.person_id = ${r.person} and ${seatedSql('de')} and dc.start_date <= ${r.end} and ${r.start} <= dc.end_date
          and (dc.id = ${r.cohort} or ${r.title} in (lower(dc.code), lower(dc.name), lower(dp.name)))
      )`;
}
