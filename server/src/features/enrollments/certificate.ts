import { LockMode, type EntityManager } from '@mikro-orm/core';
import { isPostgres } from '../../db/dialect.js';
import { Academy } from '../academies/academy.entity.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import { Program } from '../programs/program.entity.js';
import { Enrollment } from './enrollment.entity.js';

/** `<ACADEMY>/<PROGRAM>/<YEAR>/` of a cohort: the year is the cohort's last day's. */
export function certificatePrefix(academyCode: string, programCode: string, endDate: string): string {
  return `${academyCode}/${programCode}/${endDate.slice(0, 4)}/`;
}

/**
 * Gives each newly completed enrolment the next certificate number of its academy,
 * program and year, in enrolment order. Runs inside the write transaction that completes
 * them; on PostgreSQL the program row is locked so two processes closing cohorts of one
 * program cannot hand out the same number (the unique index would refuse it anyway).
 */
export async function assignCertificateNumbers(tem: EntityManager, cohort: Cohort, completed: Enrollment[]): Promise<void> {
  const todo = completed.filter((e) => !e.certificateNumber).sort((a, b) => a.id - b.id);
  if (todo.length === 0) return;
  const program = await tem.findOneOrFail(Program, cohort.program.id, isPostgres(tem) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  const academy = await tem.findOneOrFail(Academy, cohort.academy.id);
  const prefix = certificatePrefix(academy.certificatePrefix || academy.code, program.code, cohort.endDate);
  // A `_` in a code matches any one character here: at worst a number is skipped, never repeated.
  const taken = await tem.find(Enrollment, { certificateNumber: { $like: `${prefix}%` } }, { fields: ['certificateNumber'] });
  let seq = taken.reduce((max, e) => Math.max(max, Number(e.certificateNumber!.slice(prefix.length)) || 0), 0);
  for (const e of todo) e.certificateNumber = `${prefix}${++seq}`;
}
