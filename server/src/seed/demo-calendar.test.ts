import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { databaseConfig } from '../config.js';
import { migrate, openOrm } from '../database.js';
import { Cohort } from '../features/cohorts/cohort.entity.js';
import { Session } from '../features/sessions/session.entity.js';
import { Attendance } from '../features/attendance/attendance.entity.js';
import { MentoringMeeting } from '../features/mentoring/mentoring-pair.entity.js';
import { COHORTS } from './babel.data.js';
import { DEMO_ANCHOR, addDays, demoShiftDays, demoToday, placeCohorts } from './demo-calendar.js';
import { seedDemo } from './seed.js';

/** Every day from `from` for `days` days. */
const daysFrom = (from: string, days: number) => Array.from({ length: days }, (_, i) => addDays(from, i));

describe('the demo is laid out around the day it is loaded', () => {
  it('is the data as written on the anchor, and moves by whole weeks', () => {
    expect(demoShiftDays(DEMO_ANCHOR)).toBe(0);
    expect(placeCohorts(COHORTS, DEMO_ANCHOR)).toEqual(COHORTS.map((c) => ({ ...c, seedCode: c.code })));
    for (const day of daysFrom('2026-11-30', 400)) expect(demoShiftDays(day) % 7).toBe(0);
    expect(demoShiftDays('2026-12-01')).toBe(7);
  });

  it('takes LINTAS_DEMO_TODAY, else the date in Jakarta, and refuses a date that is not one', () => {
    expect(demoToday({ LINTAS_DEMO_TODAY: '2027-03-09' })).toBe('2027-03-09');
    // 20:00 UTC on 3 December is already 4 December in Jakarta.
    expect(demoToday({}, new Date('2026-12-03T20:00:00Z'))).toBe('2026-12-04');
    expect(() => demoToday({ LINTAS_DEMO_TODAY: '2027-02-30' })).toThrow(/LINTAS_DEMO_TODAY/);
  });

  // Every day of three years: a cohort runs today and tomorrow, the past is closed, the future open.
  it.each(daysFrom('2026-12-01', 3 * 365).filter((_, i) => i % 5 === 0))('on %s', (today) => {
    const placed = placeCohorts(COHORTS, today);
    const codes = placed.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const tomorrow = addDays(today, 1);
    expect(placed.some((c) => c.status === 'RUNNING' && c.start <= today && tomorrow <= c.end)).toBe(true);
    for (const c of placed) {
      expect(c.code.slice(-7, -3), c.code).toBe(c.start.slice(0, 4));
      if (c.status === 'CLOSED') expect(c.end < today, c.code).toBe(true);
      if (c.status === 'OPEN' || c.status === 'DRAFT') expect(c.start > today, c.code).toBe(true);
      if (c.status === 'RUNNING') expect(c.start <= today && today <= c.end, c.code).toBe(true);
      expect(DateTime.fromISO(c.start).weekday).toBe(DateTime.fromISO(COHORTS.find((s) => s.code === c.seedCode)!.start).weekday);
    }
  });

  it('loaded on another day: sessions today and tomorrow, attendance only before today', async () => {
    const today = '2027-06-16'; // a Wednesday, months after the anchor
    const dir = mkdtempSync(join(tmpdir(), 'lintas-demo-day-'));
    const orm = await openOrm(databaseConfig({ DATABASE_URL: `sqlite:${join(dir, 'demo.sqlite')}` }));
    try {
      await migrate(orm);
      await seedDemo(orm, today);
      const em = orm.em.fork();
      const startOf = (d: string) => new Date(`${d}T00:00:00+07:00`);
      const on = (d: string) => em.count(Session, { startsAt: { $gte: startOf(d), $lt: startOf(addDays(d, 1)) }, cohort: { status: 'RUNNING' } });
      expect(await on(today)).toBeGreaterThan(0);
      expect(await on(addDays(today, 1))).toBeGreaterThan(0);
      const running = await em.find(Cohort, { status: 'RUNNING' });
      expect(running.length).toBeGreaterThan(0);
      for (const c of running) expect(c.startDate <= today && today <= c.endDate).toBe(true);
      const recorded = await em.find(Attendance, {}, { populate: ['session'], limit: 2000, orderBy: { id: 'desc' } });
      expect(recorded.length).toBeGreaterThan(0);
      expect(recorded.every((a) => a.session.getEntity().endsAt <= startOf(today))).toBe(true);
      expect(await em.count(Attendance, { session: { startsAt: { $gte: startOf(today) } } })).toBe(0);
      const meetings = await em.find(MentoringMeeting, {});
      expect(meetings.length).toBeGreaterThan(0);
      expect(meetings.every((m) => m.date < today)).toBe(true);
    } finally {
      await orm.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
