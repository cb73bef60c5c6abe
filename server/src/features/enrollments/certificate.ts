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
 * The prefix of a cohort's certificate numbers and the last sequence number taken under
 * it: the next completed enrolments get `<prefix><last + 1>`, `<prefix><last + 2>`, … in
 * enrolment order (`certificateNumberSql`). Call it inside the write transaction that
 * completes them; on PostgreSQL the program row is locked so two processes closing
 * cohorts of one program cannot hand out the same number (the unique index would refuse
 * it anyway). Three statements, whatever the number of enrolments.
 */
export async function certificateSequence(tem: EntityManager, cohort: Cohort): Promise<{ prefix: string; last: number }> {
  const program = await tem.findOneOrFail(Program, cohort.program.id, isPostgres(tem) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  const academy = await tem.findOneOrFail(Academy, cohort.academy.id);
  const prefix = certificatePrefix(academy.certificatePrefix || academy.code, program.code, cohort.endDate);
  // A `_` in a code matches any one character here: at worst a number is skipped, never repeated.
  const taken = await tem.find(Enrollment, { certificateNumber: { $like: `${prefix}%` } }, { fields: ['certificateNumber'] });
  const last = taken.reduce((max, e) => Math.max(max, Number(e.certificateNumber!.slice(prefix.length)) || 0), 0);
  return { prefix, last };
}

/**
 * SQL: the certificate number `<prefix><last + n>` for the `n`-th (from 1) newly completed
 * enrolment, `n` an SQL expression; the prefix is bound as the one `?`.
 */
export function certificateNumberSql(last: number, n: string): string {
  if (!Number.isSafeInteger(last)) throw new Error(`certificate sequence ${last} is not an integer`);
  return `cast(? as varchar(120)) || cast(${last} + ${n} as varchar(20))`;
}
