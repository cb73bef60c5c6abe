import { JP_MINUTES, type UnplacedReason } from '@lintas/shared';

/** A half-open interval of instants, in milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

export interface SolverModule {
  id: number;
  /** JP still to place. */
  jp: number;
  /** Cross-generation modules do not end a day (people leave before the exchange ends). */
  crossGeneration: boolean;
  /** Who may lead it, in preference order. */
  facilitatorIds: number[];
}

export interface SolverInput {
  /** Working dates, in order (YYYY-MM-DD). */
  days: string[];
  /** Teaching blocks of a day: start (minutes after midnight) and size in JP. */
  blocks: { start: number; jp: number }[];
  modules: SolverModule[];
  /** Venues to use, in preference order; empty for an online cohort. */
  venueIds: number[];
  /** Existing bookings: of venues, of facilitators, and of the cohort's people (sessions elsewhere, unavailability). */
  busyVenue: Map<number, Interval[]>;
  busyFacilitator: Map<number, Interval[]>;
  busyCohort: Interval[];
  /** The instant of a wall-clock minute on a date, in the cohort's zone. */
  instant: (date: string, minutes: number) => number;
  /** Largest session, in JP; longer modules are split. */
  maxJpPerSession: number;
  /** Slot trials the search may make, after first fit, before it gives up on a complete schedule. */
  nodeLimit: number;
}

export interface Placement {
  moduleId: number;
  date: string;
  start: number;
  end: number;
  jp: number;
  venueId: number | null;
  facilitatorId: number | null;
}

export type { UnplacedReason };

/** How the search ended: every module placed, no schedule exists (proven), or the node limit stopped it first. */
export type SolverOutcome = 'complete' | 'infeasible' | 'node-limit';

export interface SolverResult {
  placements: Placement[];
  unplaced: { moduleId: number; reason: UnplacedReason }[];
  complete: boolean;
  /** Search nodes spent (sessions tried in a slot). */
  nodes: number;
  outcome: SolverOutcome;
}

/** Splits a module's JP into near-equal sessions of at most `max` JP, larger first. */
export function chunks(jp: number, max: number): number[] {
  if (jp <= 0) return [];
  const k = Math.ceil(jp / max);
  const base = Math.floor(jp / k);
  return Array.from({ length: k }, (_, i) => base + (i < jp % k ? 1 : 0));
}

/** The first restart's node budget, and how much each next one grows. */
const RESTART_BASE = 200;
const RESTART_GROWTH = 1.5;
/** From the second restart on, slot costs are scaled by up to this much at random (seeded), so each restart looks elsewhere. */
const RESTART_NOISE = 0.3;

interface Chunk {
  module: SolverModule;
  jp: number;
  /** Chunks of one module with the same size are interchangeable: place them in time order only. */
  sameAsPrevious: boolean;
}

interface Slot {
  date: string;
  startMinute: number;
  interval: Interval;
  endsDay: boolean;
  /** Which block of which day (day × blocks + block), and the JP before the slot in it. */
  block: number;
  offset: number;
}

interface Choice {
  venueId: number | null;
  facilitatorId: number | null;
}

const overlapsAny = (list: Interval[] | undefined, i: Interval) => !!list?.some((b) => i.start < b.end && b.start < i.end);
const overlap = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/**
 * Places a cohort's modules into its working days, the same schedule for the same input.
 *
 * All of a cohort's sessions are for the same people, so no two of them overlap; hence
 * none of them can take a venue or facilitator from another, and whether a session may
 * take a slot, and with which venue and facilitator (the first free ones in preference
 * order), depends on the existing bookings only. What remains is to give every session
 * one of its possible slots, no two overlapping:
 *
 * 1. First fit, in module order: each session takes the earliest slot it may. Most
 *    cohorts are done here, and their proposal stays as it always was.
 * 2. Otherwise a complete backtracking search. The chunk with the fewest slots left
 *    goes next (weighted by how often it met a dead end before); its slots go in order
 *    of how little they take from the waiting chunks (the open slots they strike, each
 *    weighing more for a chunk with few left), then in time order.
 *    Placing a chunk strikes the slots it overlaps from every chunk still waiting
 *    (forward checking); a chunk left with none, or waiting chunks needing more JP than
 *    the blocks they can still reach have room for, send the search back at once.
 *    Interchangeable chunks (same length, same possible slots) are placed in slot order
 *    only. Restarts with a growing budget (ties then broken by a fixed-seed draw) keep
 *    one bad early choice from holding the search. Within `nodeLimit` slot trials it
 *    finds a schedule or proves there is none.
 * 3. Failing that, the first fit places what it can, and each module left over is named
 *    with what stood in its way most often, or `search-limit` when the search stopped at
 *    its limit before deciding.
 */
export function autoSchedule(input: SolverInput): SolverResult {
  const list: Chunk[] = [];
  for (const m of input.modules) {
    chunks(m.jp, input.maxJpPerSession).forEach((jp, i, all) => list.push({ module: m, jp, sameAsPrevious: i > 0 && all[i - 1] === jp }));
  }
  const lastBlock = input.blocks.at(-1);
  const slotsBySize = new Map<number, Slot[]>();
  const slotsFor = (jp: number): Slot[] => {
    let slots = slotsBySize.get(jp);
    if (!slots) {
      slots = [];
      for (const [day, date] of input.days.entries()) {
        for (const [b, block] of input.blocks.entries()) {
          for (let offset = 0; offset + jp <= block.jp; offset++) {
            const startMinute = block.start + offset * JP_MINUTES;
            const endMinute = startMinute + jp * JP_MINUTES;
            slots.push({
              date, startMinute,
              interval: { start: input.instant(date, startMinute), end: input.instant(date, endMinute) },
              endsDay: block === lastBlock && offset + jp === block.jp,
              block: day * input.blocks.length + b, offset,
            });
          }
        }
      }
      slotsBySize.set(jp, slots);
    }
    return slots;
  };

  /** The venue and facilitator a session would have in a slot, given the existing bookings; else why it may not take it. */
  function choice(chunk: Chunk, slot: Slot): Choice | UnplacedReason {
    if (chunk.module.crossGeneration && slot.endsDay) return 'end-of-day';
    if (overlapsAny(input.busyCohort, slot.interval)) return 'participants-busy';
    const venueId = input.venueIds.length ? input.venueIds.find((v) => !overlapsAny(input.busyVenue.get(v), slot.interval)) : null;
    if (venueId === undefined) return 'venue-busy';
    const ids = chunk.module.facilitatorIds;
    const facilitatorId = ids.length ? ids.find((f) => !overlapsAny(input.busyFacilitator.get(f), slot.interval)) : null;
    if (facilitatorId === undefined) return 'facilitator-busy';
    return { venueId, facilitatorId };
  }
  const choices: (Choice | UnplacedReason)[][] = list.map((chunk) => slotsFor(chunk.jp).map((slot) => choice(chunk, slot)));
  const placement = (c: number, s: number): Placement => {
    const slot = slotsFor(list[c]!.jp)[s]!;
    const o = choices[c]![s] as Choice;
    return { moduleId: list[c]!.module.id, date: slot.date, start: slot.interval.start, end: slot.interval.end, jp: list[c]!.jp, ...o };
  };

  /** First fit in module order; `tally` collects, per chunk left over, why each slot was refused. */
  function firstFit(tally?: Map<number, Map<UnplacedReason, number>>): { at: (number | null)[]; nodes: number } {
    const taken: Interval[] = [];
    const at: (number | null)[] = [];
    let nodes = 0;
    list.forEach((chunk, c) => {
      const slots = slotsFor(chunk.jp);
      const after = chunk.sameAsPrevious && at[c - 1] != null ? slots[at[c - 1]!]!.interval.start : -Infinity;
      const why = new Map<UnplacedReason, number>();
      const s = slots.findIndex((slot, s) => {
        if (slot.interval.start <= after) return false;
        const o = choices[c]![s]!;
        const reason = typeof o === 'string' ? o : taken.some((t) => overlap(t, slot.interval)) ? 'no-slot' : null;
        if (reason) why.set(reason, (why.get(reason) ?? 0) + 1);
        return !reason;
      });
      if (s >= 0) {
        nodes++;
        taken.push(slots[s]!.interval);
        at.push(s);
      } else {
        at.push(null);
        tally?.set(c, why);
      }
    });
    return { at, nodes };
  }

  const first = firstFit();
  if (first.at.every((s) => s !== null)) {
    return { placements: first.at.map((s, c) => placement(c, s!)), unplaced: [], complete: true, nodes: first.nodes, outcome: 'complete' };
  }

  // The search. removed[c][s]: 0 while slot s is open to chunk c, -1 when it never is, else the depth that struck it.
  const n = list.length;
  const removed = list.map((_, c) => Int32Array.from(choices[c]!, (o) => (typeof o === 'string' ? -1 : 0)));
  const open = removed.map((r) => r.reduce((k, v) => k + (v === 0 ? 1 : 0), 0));
  const at = new Int32Array(n).fill(-1);
  // Overlaps between the slots of two sizes: overlaps(a, b)[s] = the slots of size b that slot s of size a overlaps.
  const overlapCache = new Map<string, number[][]>();
  const overlaps = (a: number, b: number): number[][] => {
    const key = `${a}:${b}`;
    let o = overlapCache.get(key);
    if (!o) {
      const other = slotsFor(b);
      o = slotsFor(a).map((x) => other.flatMap((y, t) => (overlap(x.interval, y.interval) ? [t] : [])));
      overlapCache.set(key, o);
    }
    return o;
  };
  // Interchangeable chunks, chained in module order: each takes a later slot than the one before.
  const before = new Int32Array(n).fill(-1);
  const after = new Int32Array(n).fill(-1);
  const lastOfKind = new Map<string, number>();
  list.forEach((chunk, c) => {
    const kind = `${chunk.jp}|${removed[c]!.join(',')}`;
    const prev = lastOfKind.get(kind);
    if (prev !== undefined) {
      before[c] = prev;
      after[prev] = c;
    }
    lastOfKind.set(kind, c);
  });

  let nodes = first.nodes;
  let stopped = false;
  // How often each chunk took part in a dead end: the search learns which chunks are hard and places them sooner.
  const weight = new Float64Array(n).fill(1);
  // A fixed-seed generator (mulberry32): the same input, the same schedule.
  let seed = 0x5eed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /** What was struck, as (chunk, slot) pairs in order, so a step back reopens exactly that. */
  const trail: number[] = [];
  /** Strikes slot t of chunk d at `depth`; false when d has none left. */
  const strike = (d: number, t: number, depth: number): boolean => {
    const r = removed[d]!;
    if (r[t] !== 0) return true;
    r[t] = depth;
    trail.push(d, t);
    return --open[d]! > 0;
  };
  /** Chunk c takes slot s: strike what it rules out for the chunks still waiting. */
  function propagate(c: number, s: number, depth: number): boolean {
    const jp = list[c]!.jp;
    const wipeout = (d: number) => {
      weight[c]++;
      weight[d]++;
      return false;
    };
    for (let d = 0; d < n; d++) {
      if (at[d] !== -1 || d === c) continue;
      for (const t of overlaps(jp, list[d]!.jp)[s]!) if (!strike(d, t, depth)) return wipeout(d);
    }
    const b = before[c]!;
    if (b !== -1 && at[b] === -1) for (let t = s; t < removed[b]!.length; t++) if (!strike(b, t, depth)) return wipeout(b);
    const a = after[c]!;
    if (a !== -1 && at[a] === -1) for (let t = 0; t <= s; t++) if (!strike(a, t, depth)) return wipeout(a);
    return true;
  }
  /** Reopens what was struck since the trail had `mark` entries. */
  function restore(mark: number) {
    while (trail.length > mark) {
      const t = trail.pop()!;
      const d = trail.pop()!;
      removed[d]![t] = 0;
      open[d]!++;
    }
  }
  // Room by block: no set of waiting chunks may need more JP than the blocks they can still go to have free
  // (Hall's condition, checked as a flow from chunks to blocks). A block's room is the JP in it that some open
  // slot of a waiting chunk covers: what placed sessions, bookings and leftover scraps too short for anyone
  // take is not counted. It ignores where in a block each chunk goes, so it only prunes.
  const blockCount = input.days.length * input.blocks.length;
  const widest = Math.max(0, ...input.blocks.map((b) => b.jp));
  /** Per JP unit of each block (block × widest + offset): the check that last found it covered. */
  const covered = new Int32Array(blockCount * widest);
  let check = 0;
  const left = new Int32Array(blockCount);
  const flow = new Int32Array(n * blockCount);
  const need = new Int32Array(n);
  const reach: number[][] = list.map(() => []);
  const stamp = new Int32Array(blockCount);
  let stampNow = 0;
  const fromBlock = new Int32Array(blockCount);
  const fromChunk = new Int32Array(n);
  const seenChunk = new Int32Array(n);
  function enoughRoom(): boolean {
    check++;
    left.fill(0);
    flow.fill(0);
    for (let d = 0; d < n; d++) {
      reach[d]!.length = 0;
      if (at[d] !== -1) continue;
      stampNow++;
      const slots = slotsFor(list[d]!.jp);
      const r = removed[d]!;
      for (let t = 0; t < r.length; t++) {
        if (r[t] !== 0) continue;
        const { block: b, offset } = slots[t]!;
        for (let u = b * widest + offset, end = u + list[d]!.jp; u < end; u++) {
          if (covered[u] !== check) {
            covered[u] = check;
            left[b]!++;
          }
        }
        if (stamp[b] !== stampNow) {
          stamp[b] = stampNow;
          reach[d]!.push(b);
        }
      }
    }
    for (let d = 0; d < n; d++) {
      if (at[d] !== -1) continue;
      need[d] = list[d]!.jp;
      for (const b of reach[d]!) {
        const take = Math.min(need[d]!, left[b]!);
        if (take <= 0) continue;
        flow[d * blockCount + b]! += take;
        left[b]! -= take;
        need[d]! -= take;
        if (!need[d]) break;
      }
    }
    for (let d = 0; d < n; d++) {
      while (at[d] === -1 && need[d]! > 0) {
        // Breadth first from d: to a block with room, or through a block to a chunk that may move its flow elsewhere.
        stampNow++;
        seenChunk.fill(0);
        seenChunk[d] = 1;
        const queue = [d];
        let end = -1;
        for (let q = 0; q < queue.length && end === -1; q++) {
          const x = queue[q]!;
          for (const b of reach[x]!) {
            if (stamp[b] === stampNow) continue;
            stamp[b] = stampNow;
            fromBlock[b] = x;
            if (left[b]! > 0) {
              end = b;
              break;
            }
            for (let y = 0; y < n; y++) {
              if (!seenChunk[y] && flow[y * blockCount + b]! > 0) {
                seenChunk[y] = 1;
                fromChunk[y] = b;
                queue.push(y);
              }
            }
          }
        }
        if (end === -1) return false;
        let amount = Math.min(need[d]!, left[end]!);
        for (let b = end, x = fromBlock[b]!; x !== d; b = fromChunk[x]!, x = fromBlock[b]!) amount = Math.min(amount, flow[x * blockCount + fromChunk[x]!]!);
        left[end]! -= amount;
        need[d]! -= amount;
        for (let b = end, x = fromBlock[b]!; ; ) {
          flow[x * blockCount + b]! += amount;
          if (x === d) break;
          b = fromChunk[x]!;
          flow[x * blockCount + b]! -= amount;
          x = fromBlock[b]!;
        }
      }
    }
    return true;
  }

  function search(depth: number): boolean {
    let c = -1;
    for (let d = 0; d < n; d++) if (at[d] === -1 && (c === -1 || open[d]! * weight[c]! < open[c]! * weight[d]!)) c = d;
    if (c === -1) return true;
    const r = removed[c]!;
    const values: number[] = [];
    for (let s = 0; s < r.length; s++) if (r[s] === 0) values.push(s);
    {
      // Least constraining first: the slot that costs the chunks still waiting least goes first.
      const jp = list[c]!.jp;
      const cost = new Map<number, number>();
      for (const s of values) {
        let k = 0;
        for (let d = 0; d < n; d++) {
          if (at[d] !== -1 || d === c) continue;
          const rd = removed[d]!;
          let struck = 0;
          for (const t of overlaps(jp, list[d]!.jp)[s]!) if (rd[t] === 0) struck++;
          // Striking a slot of a chunk with few left, or one often at a dead end, costs more.
          k += (struck * weight[d]!) / open[d]!;
        }
        cost.set(s, round === 0 ? k : k * (1 + RESTART_NOISE * random()));
      }
      // Ties in time order in the first round; in later rounds in an order drawn from a fixed seed, so each restart looks elsewhere.
      const tie = new Map(values.map((s) => [s, round === 0 ? s : random()]));
      values.sort((x, y) => cost.get(x)! - cost.get(y)! || tie.get(x)! - tie.get(y)!);
    }
    for (const s of values) {
      if (++nodes - first.nodes > input.nodeLimit) {
        stopped = true;
        return false;
      }
      if (nodes > cutoff) {
        restart = true;
        return false;
      }
      at[c] = s;
      const mark = trail.length;
      if (propagate(c, s, depth) && enoughRoom() && search(depth + 1)) return true;
      restore(mark);
      at[c] = -1;
      if (stopped || restart) return false;
    }
    return false;
  }

  // Restarts, each with a larger budget, keep the weights learnt: a bad first choice is not searched under for ever.
  let cutoff = 0;
  let restart = false;
  let round = 0;
  let found = false;
  if (open.every((k) => k > 0) && enoughRoom()) {
    for (round = 0; !found && !stopped; round++) {
      cutoff = nodes + RESTART_BASE * Math.pow(RESTART_GROWTH, round);
      restart = false;
      found = search(1);
      if (found || !restart) break;
      restore(0);
      at.fill(-1);
    }
  }
  if (found) {
    return { placements: list.map((_, c) => placement(c, at[c]!)), unplaced: [], complete: true, nodes, outcome: 'complete' };
  }

  // No complete schedule: place first-fit what fits, and name what blocked the rest.
  const tally = new Map<number, Map<UnplacedReason, number>>();
  const fit = firstFit(tally);
  const unplaced = new Map<number, UnplacedReason>();
  for (const [c, why] of tally) {
    const id = list[c]!.module.id;
    if (unplaced.has(id)) continue;
    const possible = choices[c]!.some((o) => typeof o !== 'string');
    const reason = stopped && possible ? 'search-limit' : [...why].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'no-slot';
    unplaced.set(id, reason);
  }
  // A module is placed whole or not at all.
  const placements = fit.at.flatMap((s, c) => (s === null || unplaced.has(list[c]!.module.id) ? [] : [placement(c, s)]));
  return {
    placements, unplaced: [...unplaced].map(([moduleId, reason]) => ({ moduleId, reason })), complete: false, nodes,
    outcome: stopped ? 'node-limit' : 'infeasible',
  };
}
