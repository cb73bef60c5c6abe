import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exhaustive, hardInstance, solverInput, violations, type HardInstance } from '../../../../test/bench/hard-instances.mjs';
import { autoSchedule } from './auto-schedule.js';
import { nationalHoliday, workingDays, WORKING_HOURS } from './local-time.js';

// Working days around Christmas and New Year: weekends and national holidays are left out by the product's rule.
const POOL = workingDays('2026-12-21', '2027-01-29');
const rules = { holiday: nationalHoliday, workingHours: WORKING_HOURS };

/** A small instance on which first fit in module order fails; from `seed` on, the first seed that gives one. */
function tinyHard(seed: number, o: { modules: number; maxJpPerSession: number; fill: number; spoil: number }): HardInstance {
  for (let s = seed; ; s++) {
    const inst = hardInstance(s, { ...o, days: POOL, blocks: [{ start: 480, jp: 3 }, { start: 780, jp: 2 }], jps: [1, 2, 3, 4] });
    if (inst) return inst;
  }
}

const tiny = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  modules: fc.integer({ min: 2, max: 4 }),
  maxJpPerSession: fc.constantFrom(2, 3),
  fill: fc.constantFrom(0.8, 0.9, 1),
  spoil: fc.integer({ min: 0, max: 3 }),
}).map((o) => tinyHard(o.seed, o));

describe('autoSchedule on hard instances', () => {
  it('finds a schedule exactly when the exhaustive search does, and every schedule it gives keeps every rule', () => {
    let feasible = 0;
    let infeasible = 0;
    fc.assert(
      fc.property(tiny, (inst) => {
        const reference = exhaustive(inst, { full: true });
        // Trying one venue and facilitator per slot decides the same (the cohort's sessions never overlap).
        expect(exhaustive(inst).feasible).toBe(reference.feasible);
        const r = autoSchedule(solverInput(inst, 1_000_000));
        expect(r.complete).toBe(reference.feasible);
        expect(r.outcome).toBe(reference.feasible ? 'complete' : 'infeasible');
        expect(violations(inst, r.placements, rules)).toEqual([]);
        if (r.complete) {
          feasible++;
          expect(r.unplaced).toEqual([]);
          for (const m of inst.modules) expect(r.placements.filter((p) => p.moduleId === m.id).reduce((k, p) => k + p.jp, 0)).toBe(m.jp);
        } else {
          infeasible++;
          expect(r.unplaced.length).toBeGreaterThan(0);
          expect(r.unplaced.map((u) => u.reason)).not.toContain('search-limit');
          for (const u of r.unplaced) expect(r.placements.some((p) => p.moduleId === u.moduleId)).toBe(false);
        }
        expect(autoSchedule(solverInput(inst, 1_000_000))).toEqual(r);
      }),
      { numRuns: 300, seed: 20261203 },
    );
    // Both kinds come up.
    expect(feasible).toBeGreaterThan(50);
    expect(infeasible).toBeGreaterThan(20);
  });

  it('builds instances that defeat first fit around a schedule that keeps every rule', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const inst = hardInstance(seed, { modules: 10, days: POOL });
      if (!inst) continue;
      expect(violations(inst, inst.plant, rules)).toEqual([]);
      const r = autoSchedule(solverInput(inst));
      expect(r.complete).toBe(true);
      expect(violations(inst, r.placements, rules)).toEqual([]);
    }
  });

  it('stops at its node limit with what it could place and search-limit for the rest', () => {
    let seen = 0;
    for (let seed = 1; seen < 10; seed++) {
      const inst = hardInstance(seed, { modules: 10, days: POOL });
      if (!inst) continue;
      seen++;
      const r = autoSchedule(solverInput(inst, 3));
      expect(r.outcome).toBe('node-limit');
      expect(r.complete).toBe(false);
      // First fit (one node a session it placed), then at most the limit and the trial that hit it.
      expect(r.nodes).toBeLessThanOrEqual(inst.plant.length + 4);
      expect(r.unplaced.length).toBeGreaterThan(0);
      expect(r.unplaced.every((u) => u.reason === 'search-limit' || r.placements.every((p) => p.moduleId !== u.moduleId))).toBe(true);
      expect(r.unplaced.map((u) => u.reason)).toContain('search-limit');
      expect(violations(inst, r.placements, rules)).toEqual([]);
    }
  });
});
