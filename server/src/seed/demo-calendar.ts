import { DateTime } from 'luxon';
import type { CohortSeed } from './babel.data.js';

/**
 * The day the demo data (babel.data.ts) is written around: a Tuesday, with cohorts
 * closed before it, running across it and open after it.
 */
export const DEMO_ANCHOR = '2026-11-24';

const ZONE = 'Asia/Jakarta';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The demo's "today": `LINTAS_DEMO_TODAY` (YYYY-MM-DD; the tests and the README pictures
 * fix it at the anchor) or the date in Jakarta when the demo is loaded.
 */
export function demoToday(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fixed = env.LINTAS_DEMO_TODAY?.trim();
  if (fixed) {
    if (!ISO_DATE.test(fixed) || !DateTime.fromISO(fixed, { zone: ZONE }).isValid) throw new Error('LINTAS_DEMO_TODAY must be a date YYYY-MM-DD');
    return fixed;
  }
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

/**
 * The day of the demo as written that stands for a loaded day of each weekday (Monday = 1).
 * The running leaders' cohort (DLA-2026-02) has sessions on 16–20 and 23–25 November, so
 * each of these has sessions that day and, but for a Friday, the next; a Tuesday is the
 * anchor itself. Saturday and Sunday fall in the weekend before the anchor's week.
 */
const STANDS_FOR: Record<number, string> = {
  1: '2026-11-23', 2: '2026-11-24', 3: '2026-11-18', 4: '2026-11-19', 5: '2026-11-20', 6: '2026-11-21', 7: '2026-11-22',
};

/**
 * Days to move every date of the demo so that `today` falls on the day that stands for its
 * weekday: whole weeks, so weekdays stay weekdays and a schedule placed on working days stays on them.
 */
export function demoShiftDays(today: string): number {
  const day = DateTime.fromISO(today, { zone: ZONE });
  const standsFor = DateTime.fromISO(STANDS_FOR[day.weekday]!, { zone: ZONE });
  return Math.round(day.diff(standsFor, 'days').days);
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: ZONE }).plus({ days }).toISODate()!;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export interface PlacedCohort extends CohortSeed {
  /** The code in babel.data.ts, by which the seed refers to the cohort whatever its code on this day. */
  seedCode: string;
}

/**
 * The demo's cohorts moved by `demoShiftDays(today)`. Each keeps its ordinal within its program and
 * takes the year it now starts in (`DLA-2026-02` starting in 2027 becomes `DLA-2027-02`, its
 * name "… Angkatan II 2027"); when two would share a code, the later one takes the next
 * ordinal. On the anchor the cohorts are exactly those of babel.data.ts.
 */
export function placeCohorts(cohorts: readonly CohortSeed[], today: string): PlacedCohort[] {
  const shift = demoShiftDays(today);
  // The day of the demo as written that stands for today.
  const standIn = addDays(today, -shift);
  const taken = new Set<string>();
  const ordered = [...cohorts].sort((a, b) => a.start.localeCompare(b.start));
  const placed = new Map<CohortSeed, PlacedCohort>();
  for (const c of ordered) {
    const start = addDays(c.start, shift);
    const end = addDays(c.end, shift);
    const match = /^(.*)-(\d{4})-(\d{2})$/.exec(c.code);
    if (!match) throw new Error(`demo cohort code ${c.code} is not <program>-<year>-<nn>`);
    const year = start.slice(0, 4);
    let ordinal = Number(match[3]);
    while (taken.has(`${match[1]}-${year}-${String(ordinal).padStart(2, '0')}`)) ordinal++;
    const code = `${match[1]}-${year}-${String(ordinal).padStart(2, '0')}`;
    taken.add(code);
    const name = c.name.replace(/Angkatan [IVX]+ \d{4}$/, `Angkatan ${ROMAN[ordinal - 1] ?? ordinal} ${year}`);
    // A cohort written as running that has not yet begun on this day is still open for enrolment.
    const status = c.status === 'RUNNING' && c.start > standIn ? 'OPEN' : c.status;
    placed.set(c, { ...c, seedCode: c.code, code, name, start, end, status });
  }
  return cohorts.map((c) => placed.get(c)!);
}
