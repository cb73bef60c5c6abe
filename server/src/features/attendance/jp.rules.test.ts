import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ATTENDANCE_STATUSES, DEFAULT_COMPLETION_THRESHOLD, type AttendanceStatus } from '@lintas/shared';
import { postgresAvailable } from '../../../../test/support/postgres.js';
import { rulesDb, type RulesDb } from '../../../../test/support/rules-db.js';
import { progressOf } from './attendance.service.js';
import {
  attendedSql, completionRate, completionRateSql, earnsJp, earnsJpSql, isJpExempt, jpEarnedSql, jpExemptJpSql, jpExemptSql, jpTotals,
  meetsThreshold, meetsThresholdSql, thresholdOf,
} from './jp.rules.js';

/** Per enrolment: its cohort's scheduled sessions with the person's status (null when unrecorded). */
type Cells = Map<number, { jp: number; status: AttendanceStatus | null }[]>;

/** The SQL forms of the JP rules give, enrolment by enrolment, what the JS forms compute from the same rows. */
function suite(dialect: 'sqlite' | 'postgresql') {
  let db: RulesDb;
  let em: SqlEntityManager;
  let cells: Cells;

  beforeAll(async () => {
    db = await rulesDb(dialect);
    em = db.orm.em.fork() as SqlEntityManager;
    // The rows, read plainly; the JS forms work on these.
    const rows: { id: number; jp: number; status: AttendanceStatus | null }[] = await em.execute(`
      select e.id, s.jp, a.status from enrollment e
      join session s on s.cohort_id = e.cohort_id and s.status = 'SCHEDULED'
      left join attendance a on a.session_id = s.id and a.person_id = e.person_id
      order by e.id, s.starts_at`);
    cells = new Map();
    for (const r of rows) cells.set(Number(r.id), [...(cells.get(Number(r.id)) ?? []), { jp: Number(r.jp), status: r.status ?? null }]);
  }, 120_000);
  afterAll(async () => db?.close());

  const JOINED = `from enrollment e
      join cohort c on c.id = e.cohort_id
      join session s on s.cohort_id = e.cohort_id and s.status = 'SCHEDULED'
      left join attendance a on a.session_id = s.id and a.person_id = e.person_id`;

  it('earns JP and exempt: the SQL conditions pick the statuses the JS predicates do', async () => {
    const rows: { status: AttendanceStatus; earns: number | boolean; exempt: number | boolean }[] = await em.execute(`
      select a.status, case when ${earnsJpSql('a')} then 1 else 0 end as earns, case when ${jpExemptSql('a')} then 1 else 0 end as exempt
      from attendance a group by a.status`);
    expect(rows.map((r) => r.status).sort()).toEqual([...ATTENDANCE_STATUSES].sort());
    for (const r of rows) {
      expect([r.status, Number(r.earns) === 1]).toEqual([r.status, earnsJp(r.status)]);
      expect([r.status, Number(r.exempt) === 1]).toEqual([r.status, isJpExempt(r.status)]);
    }
    expect(earnsJp(null)).toBe(false);
    expect(isJpExempt(undefined)).toBe(false);
  });

  it('JP earned, exempt, attended and the completion rate: SQL sums equal the JS totals', async () => {
    const rows: Record<string, unknown>[] = await em.execute(`
      select e.id, sum(s.jp) as scheduled, sum(${jpEarnedSql('a', 's')}) as earned, sum(${jpExemptJpSql('a', 's')}) as exempt,
        max(${attendedSql('a')}) as attended, ${completionRateSql('a', 's')} as rate,
        case when ${meetsThresholdSql('c.completion_threshold', 'a', 's')} then 1 else 0 end as meets, c.completion_threshold
      ${JOINED}
      group by e.id, c.completion_threshold order by e.id`);
    expect(rows.length).toBe(cells.size);
    const meets = new Set<boolean>();
    for (const r of rows) {
      const mine = cells.get(Number(r.id))!;
      const t = jpTotals(mine);
      const threshold = thresholdOf({ completionThreshold: Number(r.completion_threshold) });
      expect(threshold).toBe(DEFAULT_COMPLETION_THRESHOLD);
      expect({ id: r.id, scheduled: Number(r.scheduled), earned: Number(r.earned), exempt: Number(r.exempt), attended: Number(r.attended) === 1 })
        .toEqual({ id: r.id, scheduled: t.jpScheduled, earned: t.jpEarned, exempt: t.jpExempt, attended: mine.some((c) => earnsJp(c.status)) });
      expect(Number(r.rate)).toBe(completionRate(t));
      expect(Number(r.meets) === 1).toBe(meetsThreshold(t, threshold));
      meets.add(meetsThreshold(t, threshold));
    }
    // The data has both sides of the line, one exactly on it, and one with nothing counted.
    expect([...meets].sort()).toEqual([false, true]);
    expect([...cells.values()].map((c) => completionRate(jpTotals(c)))).toContain(0.8);
    expect([...cells.values()].some((c) => { const t = jpTotals(c); return t.jpScheduled > 0 && t.jpScheduled === t.jpExempt; })).toBe(true);
  });

  it('the service aggregate (progressOf) is the same rule', async () => {
    const ids = [...cells.keys()];
    const progress = await progressOf(em, ids);
    ids.forEach((id, i) => {
      const { jpScheduled, jpEarned, jpExempt } = progress[i]!;
      expect({ id, jpScheduled, jpEarned, jpExempt }).toEqual({ id, ...jpTotals(cells.get(id)!) });
    });
  });

  it('the threshold falls back to the default', () => {
    expect(thresholdOf(null)).toBe(DEFAULT_COMPLETION_THRESHOLD);
    expect(thresholdOf({ completionThreshold: 0.75 })).toBe(0.75);
  });
}

describe('JP rules on SQLite', () => suite('sqlite'));
describe.runIf(postgresAvailable())('JP rules on PostgreSQL', () => suite('postgresql'));
