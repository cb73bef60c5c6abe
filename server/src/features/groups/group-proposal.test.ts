import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareObjective, groupCount, groupSizes, objective, proposeGroups, type GroupCandidate, type Objective } from './group-proposal.js';

const GENS = ['BOOMER', 'GEN_X', 'GEN_Y', 'GEN_Z'];
const ESELONS = ['II', 'III', 'IV', 'JF', 'PELAKSANA'];

const people = (min: number, max: number) => fc.array(fc.record({
  generation: fc.option(fc.constantFrom(...GENS), { freq: 8 }),
  eselonGroup: fc.constantFrom(...ESELONS),
}), { minLength: min, maxLength: max }).map((xs) => xs.map((x, i): GroupCandidate => ({ id: i + 1, ...x })));

/** The best objective over every assignment of people to k labelled groups of balanced sizes. */
function bruteForce(ps: GroupCandidate[], k: number): Objective {
  const n = ps.length;
  const sizes = new Set(groupSizes(n, k));
  let best: Objective | null = null;
  const label = new Array<number>(n).fill(0);
  for (let code = 0; code < k ** n; code++) {
    let c = code;
    for (let i = 0; i < n; i++) { label[i] = c % k; c = Math.floor(c / k); }
    const groups = Array.from({ length: k }, (_, g) => label.flatMap((l, i) => (l === g ? [i] : [])));
    if (!groups.every((g) => sizes.has(g.length))) continue;
    const score = objective(ps, groups);
    if (!best || compareObjective(score, best) < 0) best = score;
  }
  return best!;
}

const asIndexes = (ps: GroupCandidate[], groups: number[][]) => groups.map((g) => g.map((id) => ps.findIndex((p) => p.id === id)));

describe('proposeGroups', () => {
  it('is optimal on small cohorts (exhaustive search over all partitions, 2–3 groups, ≤ 8 people)', () => {
    fc.assert(fc.property(people(4, 8), fc.constantFrom(2, 3), (ps, k) => {
      const size = Math.ceil(ps.length / k);
      fc.pre(groupCount(ps.length, size) === k);
      const groups = proposeGroups(ps, size);
      expect(groups).toHaveLength(k);
      expect(groups.flat().sort((a, b) => a - b)).toEqual(ps.map((p) => p.id));
      expect(objective(ps, asIndexes(ps, groups))).toEqual(bruteForce(ps, k));
    }), { numRuns: 150 });
  });

  it('when three generations each have a person per group, every group spans at least three (large cohorts too)', () => {
    fc.assert(fc.property(people(6, 40), fc.integer({ min: 3, max: 8 }), (ps, size) => {
      const k = groupCount(ps.length, size);
      const byGen = GENS.map((g) => ps.filter((p) => p.generation === g).length);
      fc.pre(byGen.filter((c) => c >= k).length >= 3 && Math.floor(ps.length / k) >= 3);
      const groups = proposeGroups(ps, size);
      for (const g of groups) {
        expect(new Set(g.map((id) => ps.find((p) => p.id === id)!.generation).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
      }
    }), { numRuns: 150 });
  });

  it('is deterministic, whatever order the people come in, and keeps sizes within one', () => {
    fc.assert(fc.property(people(1, 40), fc.integer({ min: 3, max: 8 }), (ps, size) => {
      const a = proposeGroups(ps, size);
      expect(proposeGroups([...ps].reverse(), size)).toEqual(a);
      const lengths = a.map((g) => g.length);
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(size);
    }), { numRuns: 100 });
  });
});
