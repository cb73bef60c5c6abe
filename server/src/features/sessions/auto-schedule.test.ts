import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { autoSchedule, chunks, type Interval, type SolverInput } from './auto-schedule.js';

const MIN = 60_000;
/** Days are 1,440 minutes apart on a plain clock: enough for the model. */
const instant = (date: string, minutes: number) => (Number(date.slice(-2)) * 1440 + minutes) * MIN;
const overlap = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

interface Tiny {
  days: string[];
  blocks: { start: number; jp: number }[];
  modules: { id: number; jp: number; crossGeneration: boolean; facilitatorIds: number[] }[];
  venueIds: number[];
  busyVenue: [number, Interval][];
  busyFacilitator: [number, Interval][];
  busyCohort: Interval[];
  maxJpPerSession: number;
}

function input(t: Tiny): SolverInput {
  const group = (list: [number, Interval][]) => {
    const m = new Map<number, Interval[]>();
    for (const [k, v] of list) m.set(k, [...(m.get(k) ?? []), v]);
    return m;
  };
  return { ...t, busyVenue: group(t.busyVenue), busyFacilitator: group(t.busyFacilitator), instant, nodeLimit: 1_000_000 };
}

/** Every slot a session of `jp` may take, written independently of the solver. */
function slots(t: Tiny, jp: number) {
  const out: { interval: Interval; endsDay: boolean }[] = [];
  for (const d of t.days) {
    t.blocks.forEach((b, bi) => {
      for (let o = 0; o + jp <= b.jp; o++) {
        const start = instant(d, b.start + o * 45);
        out.push({ interval: { start, end: start + jp * 45 * MIN }, endsDay: bi === t.blocks.length - 1 && o + jp === b.jp });
      }
    });
  }
  return out;
}

/** Exhaustive search: does any conflict-free placement of every session exist? */
function exists(t: Tiny): boolean {
  const sessions = t.modules.flatMap((m) => chunks(m.jp, t.maxJpPerSession).map((jp) => ({ m, jp })));
  const venues = t.venueIds.length ? t.venueIds : [null];
  const taken: { interval: Interval; venue: number | null; fac: number | null }[] = [];
  const free = (i: Interval, venue: number | null, fac: number | null) =>
    !t.busyCohort.some((b) => overlap(b, i)) &&
    !taken.some((x) => overlap(x.interval, i)) &&
    !(venue !== null && t.busyVenue.some(([v, b]) => v === venue && overlap(b, i))) &&
    !(fac !== null && t.busyFacilitator.some(([f, b]) => f === fac && overlap(b, i)));
  const go = (k: number): boolean => {
    if (k === sessions.length) return true;
    const { m, jp } = sessions[k]!;
    for (const s of slots(t, jp)) {
      if (m.crossGeneration && s.endsDay) continue;
      for (const venue of venues) {
        for (const fac of m.facilitatorIds.length ? m.facilitatorIds : [null]) {
          if (!free(s.interval, venue, fac)) continue;
          taken.push({ interval: s.interval, venue, fac });
          if (go(k + 1)) return true;
          taken.pop();
        }
      }
    }
    return false;
  };
  return go(0);
}

const tiny: fc.Arbitrary<Tiny> = fc.record({
  days: fc.integer({ min: 1, max: 2 }).map((n) => ['2026-11-02', '2026-11-03'].slice(0, n)),
  blocks: fc.constant([{ start: 480, jp: 3 }, { start: 780, jp: 2 }]),
  modules: fc.array(fc.record({ jp: fc.integer({ min: 1, max: 4 }), crossGeneration: fc.boolean(), facilitatorIds: fc.subarray([1, 2], { minLength: 1 }) }), { minLength: 1, maxLength: 3 })
    .map((ms) => ms.map((m, i) => ({ ...m, id: i + 1 }))),
  venueIds: fc.subarray([10, 11], { minLength: 1 }),
  busyVenue: fc.array(fc.tuple(fc.constantFrom(10, 11), fc.constantFrom(...slotChoices())), { maxLength: 3 }),
  busyFacilitator: fc.array(fc.tuple(fc.constantFrom(1, 2), fc.constantFrom(...slotChoices())), { maxLength: 3 }),
  busyCohort: fc.array(fc.constantFrom(...slotChoices()), { maxLength: 2 }),
  maxJpPerSession: fc.constantFrom(2, 3),
});

function slotChoices(): Interval[] {
  const out: Interval[] = [];
  for (const d of ['2026-11-02', '2026-11-03']) for (const m of [480, 525, 570, 780, 825]) out.push({ start: instant(d, m), end: instant(d, m + 45) });
  return out;
}

/** Checks a solver result on its own terms: every session free of every booking and of each other. */
function valid(t: Tiny, placements: ReturnType<typeof autoSchedule>['placements']): boolean {
  const all = placements.map((p) => ({ interval: { start: p.start, end: p.end }, ...p }));
  return all.every((p, i) =>
    !t.busyCohort.some((b) => overlap(b, p.interval)) &&
    !all.some((q, j) => j !== i && overlap(q.interval, p.interval)) &&
    !t.busyVenue.some(([v, b]) => v === p.venueId && overlap(b, p.interval)) &&
    !t.busyFacilitator.some(([f, b]) => f === p.facilitatorId && overlap(b, p.interval)) &&
    (p.end - p.start) === p.jp * 45 * MIN);
}

describe('autoSchedule', () => {
  it('finds a conflict-free schedule whenever the exhaustive search finds one, and only valid ones', () => {
    let feasible = 0;
    fc.assert(
      fc.property(tiny, (t) => {
        const r = autoSchedule(input(t));
        const possible = exists(t);
        if (possible) feasible++;
        expect(r.complete).toBe(possible);
        expect(valid(t, r.placements)).toBe(true);
        if (r.complete) {
          for (const m of t.modules) expect(r.placements.filter((p) => p.moduleId === m.id).reduce((n, p) => n + p.jp, 0)).toBe(m.jp);
          const lastEnd = (d: string) => instant(d, t.blocks.at(-1)!.start + t.blocks.at(-1)!.jp * 45);
          for (const p of r.placements) {
            if (t.modules.find((m) => m.id === p.moduleId)!.crossGeneration) expect(p.end).not.toBe(lastEnd(p.date));
          }
        } else {
          expect(r.unplaced.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 20261124 },
    );
    // The generator makes both kinds of instance.
    expect(feasible).toBeGreaterThan(30);
    expect(feasible).toBeLessThan(300);
  });

  it('is deterministic', () => {
    fc.assert(fc.property(tiny, (t) => {
      expect(autoSchedule(input(t))).toEqual(autoSchedule(input(t)));
    }), { numRuns: 50 });
  });

  it('splits modules into near-equal sessions', () => {
    expect(chunks(8, 4)).toEqual([4, 4]);
    expect(chunks(6, 4)).toEqual([3, 3]);
    expect(chunks(7, 3)).toEqual([3, 2, 2]);
    expect(chunks(2, 4)).toEqual([2]);
    expect(chunks(0, 4)).toEqual([]);
  });

  it('says why a module could not be placed', () => {
    const t: Tiny = {
      days: ['2026-11-02'], blocks: [{ start: 480, jp: 2 }], maxJpPerSession: 2, venueIds: [10],
      modules: [{ id: 1, jp: 2, crossGeneration: false, facilitatorIds: [1] }],
      busyVenue: [], busyFacilitator: [[1, { start: instant('2026-11-02', 480), end: instant('2026-11-02', 600) }]], busyCohort: [],
    };
    expect(autoSchedule(input(t)).unplaced).toEqual([{ moduleId: 1, reason: 'facilitator-busy' }]);
    expect(autoSchedule(input({ ...t, busyFacilitator: [], modules: [{ ...t.modules[0]!, crossGeneration: true }] })).unplaced).toEqual([{ moduleId: 1, reason: 'end-of-day' }]);
  });
});
