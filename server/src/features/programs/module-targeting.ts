import { GENERATION_CODES, type Generation } from '@lintas/shared';

/** Seated people of a cohort by generation (null: the NIP gave no generation). */
export type GenerationCounts = readonly { generation: Generation | null; count: number }[];

/** How much of a cohort a module targets. */
export interface TargetShare {
  /** Seated people in the module's target generations (everyone when it targets all). */
  targeted: number;
  /** Seated people. */
  seated: number;
  /** Seated people outside the targets, and their generations oldest first (a person without a generation is outside any list). */
  outside: number;
  outsideGenerations: Generation[];
}

/**
 * The one rule for target generations: a module with no target generations is for
 * everyone; otherwise a seated person counts when their generation is one of them.
 * Used by the schedule's warning and by `Cohort.moduleTargeting`.
 */
export function targetShare(targets: readonly Generation[], byGeneration: GenerationCounts): TargetShare {
  let targeted = 0;
  let seated = 0;
  const outsideSet = new Set<Generation>();
  for (const { generation, count } of byGeneration) {
    seated += count;
    if (targets.length === 0 || (generation !== null && targets.includes(generation))) targeted += count;
    else if (generation !== null && count > 0) outsideSet.add(generation);
  }
  return { targeted, seated, outside: seated - targeted, outsideGenerations: GENERATION_CODES.filter((g) => outsideSet.has(g)) };
}
