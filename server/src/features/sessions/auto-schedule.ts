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
  /** Search nodes before giving up on a complete schedule. */
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

export interface SolverResult {
  placements: Placement[];
  unplaced: { moduleId: number; reason: UnplacedReason }[];
  complete: boolean;
  nodes: number;
}

/** Splits a module's JP into near-equal sessions of at most `max` JP, larger first. */
export function chunks(jp: number, max: number): number[] {
  if (jp <= 0) return [];
  const k = Math.ceil(jp / max);
  const base = Math.floor(jp / k);
  return Array.from({ length: k }, (_, i) => base + (i < jp % k ? 1 : 0));
}

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
}

const overlapsAny = (list: Interval[] | undefined, i: Interval) => !!list?.some((b) => i.start < b.end && b.start < i.end);

/**
 * Places a cohort's modules into its working days. A depth-first search over
 * (slot, venue, facilitator) for each session, in a fixed order, so the same input
 * gives the same schedule; it is complete (when a conflict-free schedule exists
 * within the node limit it finds one). Failing that, a greedy pass places what fits
 * and says, for each module left over, what stood in the way most often.
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
      for (const date of input.days) {
        for (const block of input.blocks) {
          for (let offset = 0; offset + jp <= block.jp; offset++) {
            const startMinute = block.start + offset * JP_MINUTES;
            const endMinute = startMinute + jp * JP_MINUTES;
            slots.push({
              date, startMinute,
              interval: { start: input.instant(date, startMinute), end: input.instant(date, endMinute) },
              endsDay: block === lastBlock && offset + jp === block.jp,
            });
          }
        }
      }
      slotsBySize.set(jp, slots);
    }
    return slots;
  };

  const venues = new Map([...input.busyVenue].map(([k, v]) => [k, [...v]]));
  const facilitators = new Map([...input.busyFacilitator].map(([k, v]) => [k, [...v]]));
  const cohort = [...input.busyCohort];
  const placed: Placement[] = [];
  const previousStart: number[] = [];
  let nodes = 0;

  /** Every way to hold `chunk` in `slot` now; empty with the reason when none. */
  function options(chunk: Chunk, slot: Slot, tally?: Map<UnplacedReason, number>): { venueId: number | null; facilitatorId: number | null }[] {
    const fail = (r: UnplacedReason) => (tally?.set(r, (tally.get(r) ?? 0) + 1), []);
    if (chunk.module.crossGeneration && slot.endsDay) return fail('end-of-day');
    if (overlapsAny(cohort, slot.interval)) return fail('participants-busy');
    const vs = input.venueIds.length ? input.venueIds.filter((v) => !overlapsAny(venues.get(v), slot.interval)) : [null];
    if (!vs.length) return fail('venue-busy');
    const fs = chunk.module.facilitatorIds.length ? chunk.module.facilitatorIds.filter((f) => !overlapsAny(facilitators.get(f), slot.interval)) : [null];
    if (!fs.length) return fail('facilitator-busy');
    return vs.flatMap((venueId) => fs.map((facilitatorId) => ({ venueId, facilitatorId })));
  }

  function place(chunk: Chunk, slot: Slot, o: { venueId: number | null; facilitatorId: number | null }) {
    cohort.push(slot.interval);
    if (o.venueId !== null) venues.set(o.venueId, [...(venues.get(o.venueId) ?? []), slot.interval]);
    if (o.facilitatorId !== null) facilitators.set(o.facilitatorId, [...(facilitators.get(o.facilitatorId) ?? []), slot.interval]);
    placed.push({ moduleId: chunk.module.id, date: slot.date, start: slot.interval.start, end: slot.interval.end, jp: chunk.jp, venueId: o.venueId, facilitatorId: o.facilitatorId });
  }

  function unplace(o: { venueId: number | null; facilitatorId: number | null }) {
    cohort.pop();
    if (o.venueId !== null) venues.get(o.venueId)!.pop();
    if (o.facilitatorId !== null) facilitators.get(o.facilitatorId)!.pop();
    placed.pop();
  }

  function search(i: number): boolean {
    if (i === list.length) return true;
    const chunk = list[i]!;
    for (const slot of slotsFor(chunk.jp)) {
      if (chunk.sameAsPrevious && slot.interval.start <= previousStart[i - 1]!) continue;
      for (const o of options(chunk, slot)) {
        if (++nodes > input.nodeLimit) return false;
        place(chunk, slot, o);
        previousStart[i] = slot.interval.start;
        if (search(i + 1)) return true;
        unplace(o);
      }
    }
    return false;
  }

  if (search(0)) return { placements: [...placed], unplaced: [], complete: true, nodes };

  // No complete schedule: place greedily what fits, and name what blocked the rest.
  while (placed.length) {
    const last = placed.at(-1)!;
    unplace({ venueId: last.venueId, facilitatorId: last.facilitatorId });
  }
  const unplaced = new Map<number, UnplacedReason>();
  for (const chunk of list) {
    if (unplaced.has(chunk.module.id)) continue;
    const tally = new Map<UnplacedReason, number>();
    const slot = slotsFor(chunk.jp).find((s) => options(chunk, s, tally).length > 0);
    if (slot) {
      place(chunk, slot, options(chunk, slot)[0]!);
      continue;
    }
    const reason = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'no-slot';
    unplaced.set(chunk.module.id, reason);
  }
  // A module is placed whole or not at all.
  const placements = placed.filter((p) => !unplaced.has(p.moduleId));
  return { placements, unplaced: [...unplaced].map(([moduleId, reason]) => ({ moduleId, reason })), complete: false, nodes };
}
