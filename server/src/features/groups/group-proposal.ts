/**
 * Proposing groups (kelompok) for a cohort's cross-generation modules: a pure function.
 *
 * Given the seated people (each with a generation, possibly unknown, and an eselon group)
 * and a wanted group size, the cohort is split into k = ceil(n / size) groups whose sizes
 * differ by at most one (each ⌊n/k⌋ or ⌈n/k⌉). Among those partitions, "as evenly as
 * possible" means the smallest objective, compared lexicographically:
 *
 *  1. shortfall — Σ over groups of max(0, min(3, G) − generations in the group), G being the
 *     number of generations in the cohort: when the cohort spans three or more generations,
 *     every group spans at least three whenever any partition allows it (it does when each
 *     of three generations has at least k people and groups have at least three people);
 *  2. generation spread — the largest, over groups g and generations x, of the deviation
 *     |count(g, x) − N(x) · |g| / n| of the group's count from its proportional share;
 *  3. eselon spread — the same largest deviation per eselon group;
 *  4. the sums of those deviations over all groups and generations, then eselon groups.
 *
 * Deviations are compared scaled by n (integers, no rounding). Up to EXACT_LIMIT people the
 * partition is found by exhaustive search (optimal); above it, a deterministic greedy
 * deal (rarest categories first) improved by swapping pairs of people between groups while
 * the objective decreases. Ties keep the first partition found, in person order, so the
 * same input always gives the same groups.
 */

export interface GroupCandidate {
  id: number;
  /** Generation code, or null when the birth year is unknown (a category of its own, no span). */
  generation: string | null;
  eselonGroup: string;
}

export type Objective = [shortfall: number, genMax: number, eselonMax: number, genSum: number, eselonSum: number];

/** Up to this many people, proposeGroups searches every partition. */
export const EXACT_LIMIT = 10;

export function groupCount(n: number, size: number): number {
  return n === 0 ? 0 : Math.max(1, Math.ceil(n / Math.max(1, size)));
}

/** Compares two objectives lexicographically (negative: `a` is better). */
export function compareObjective(a: Objective, b: Objective): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The objective of a partition (groups of indexes into `people`). */
export function objective(people: readonly GroupCandidate[], groups: readonly (readonly number[])[]): Objective {
  const n = people.length;
  const gen = (p: GroupCandidate) => p.generation ?? '?';
  const totalGen = tally(people.map(gen));
  const totalEs = tally(people.map((p) => p.eselonGroup));
  const spanned = [...totalGen.keys()].filter((g) => g !== '?').length;
  const want = Math.min(3, spanned);
  let shortfall = 0, genMax = 0, eselonMax = 0, genSum = 0, eselonSum = 0;
  for (const g of groups) {
    const gGen = tally(g.map((i) => gen(people[i]!)));
    const gEs = tally(g.map((i) => people[i]!.eselonGroup));
    const span = [...gGen.keys()].filter((x) => x !== '?').length;
    shortfall += Math.max(0, want - span);
    for (const [x, total] of totalGen) {
      const d = Math.abs((gGen.get(x) ?? 0) * n - total * g.length);
      genMax = Math.max(genMax, d); genSum += d;
    }
    for (const [x, total] of totalEs) {
      const d = Math.abs((gEs.get(x) ?? 0) * n - total * g.length);
      eselonMax = Math.max(eselonMax, d); eselonSum += d;
    }
  }
  return [shortfall, genMax, eselonMax, genSum, eselonSum];
}

function tally(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Balanced sizes: the first n mod k groups take one more. */
export function groupSizes(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/**
 * Proposes groups: people are taken in id order; the answer lists groups of person ids,
 * each group in id order, groups ordered by their first member.
 */
export function proposeGroups(candidates: readonly GroupCandidate[], size: number): number[][] {
  const people = [...candidates].sort((a, b) => a.id - b.id);
  const n = people.length;
  const k = groupCount(n, size);
  if (k <= 1) return n ? [people.map((p) => p.id)] : [];
  const groups = n <= EXACT_LIMIT ? exact(people, k) : improve(people, deal(people, k));
  return groups.map((g) => g.map((i) => people[i]!.id).sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** Every partition into k unlabelled groups of balanced sizes (person 0 opens group 0, a new group opens in order). */
function exact(people: readonly GroupCandidate[], k: number): number[][] {
  const n = people.length;
  const lo = Math.floor(n / k), hi = Math.ceil(n / k);
  const groups: number[][] = Array.from({ length: k }, () => []);
  let best: { groups: number[][]; score: Objective } | null = null;
  const visit = (i: number, opened: number) => {
    // Not enough people left to bring every group up to ⌊n/k⌋.
    if (groups.reduce((d, g) => d + Math.max(0, lo - g.length), 0) > n - i) return;
    if (i === n) {
      const score = objective(people, groups);
      if (!best || compareObjective(score, best.score) < 0) best = { groups: groups.map((g) => [...g]), score };
      return;
    }
    for (let g = 0; g < Math.min(opened + 1, k); g++) {
      const full = groups[g]!.length >= hi;
      if (full) continue;
      groups[g]!.push(i);
      visit(i + 1, Math.max(opened, g + 1));
      groups[g]!.pop();
    }
  };
  visit(0, 0);
  return best!.groups;
}

/** Greedy deal: people sorted by rarest generation, then rarest eselon group, dealt to the smallest group lacking their generation. */
function deal(people: readonly GroupCandidate[], k: number): number[][] {
  const sizes = groupSizes(people.length, k);
  const genCount = tally(people.map((p) => p.generation ?? '?'));
  const esCount = tally(people.map((p) => p.eselonGroup));
  const order = people.map((_, i) => i).sort((a, b) => {
    const pa = people[a]!, pb = people[b]!;
    return (genCount.get(pa.generation ?? '?')! - genCount.get(pb.generation ?? '?')!)
      || (pa.generation ?? '?').localeCompare(pb.generation ?? '?')
      || (esCount.get(pa.eselonGroup)! - esCount.get(pb.eselonGroup)!)
      || pa.eselonGroup.localeCompare(pb.eselonGroup) || a - b;
  });
  const groups: number[][] = Array.from({ length: k }, () => []);
  for (const i of order) {
    const p = people[i]!;
    let pick = -1;
    let pickScore: number[] = [];
    for (let g = 0; g < k; g++) {
      if (groups[g]!.length >= sizes[g]!) continue;
      const sameGen = groups[g]!.filter((j) => people[j]!.generation === p.generation).length;
      const sameEs = groups[g]!.filter((j) => people[j]!.eselonGroup === p.eselonGroup).length;
      const score = [sameGen, sameEs, groups[g]!.length, g];
      if (pick < 0 || compareObjective(score as Objective, pickScore as Objective) < 0) { pick = g; pickScore = score; }
    }
    groups[pick]!.push(i);
  }
  return groups;
}

/** Swaps two people of different groups while that lowers the objective (first improvement, in order). */
function improve(people: readonly GroupCandidate[], groups: number[][]): number[][] {
  let score = objective(people, groups);
  for (let rounds = 0; rounds < 200; rounds++) {
    let better = false;
    for (let a = 0; a < groups.length && !better; a++) {
      for (let b = a + 1; b < groups.length && !better; b++) {
        for (let x = 0; x < groups[a]!.length && !better; x++) {
          for (let y = 0; y < groups[b]!.length && !better; y++) {
            const pa = people[groups[a]![x]!]!, pb = people[groups[b]![y]!]!;
            if (pa.generation === pb.generation && pa.eselonGroup === pb.eselonGroup) continue;
            [groups[a]![x], groups[b]![y]] = [groups[b]![y]!, groups[a]![x]!];
            const next = objective(people, groups);
            if (compareObjective(next, score) < 0) { score = next; better = true; } else [groups[a]![x], groups[b]![y]] = [groups[b]![y]!, groups[a]![x]!];
          }
        }
      }
    }
    if (!better) break;
  }
  return groups;
}
