// Types of hard-instances.mjs, for the TypeScript tests that use it.
export interface Interval { start: number; end: number }
export interface HardModule { id: number; jp: number; crossGeneration: boolean; facilitatorIds: number[] }
export interface PlacedSession { moduleId: number; date: string; start: number; end: number; jp: number; venueId: number | null; facilitatorId: number | null }
export interface HardInstance {
  seed: number;
  days: string[];
  blocks: { start: number; jp: number }[];
  maxJpPerSession: number;
  seated: number;
  venues: { id: number; capacity: number }[];
  modules: HardModule[];
  busyVenue: [number, Interval][];
  busyFacilitator: [number, Interval][];
  busyCohort: Interval[];
  plant: PlacedSession[];
}
export interface HardOptions {
  modules: number;
  days: string[];
  blocks?: { start: number; jp: number }[];
  maxJpPerSession?: number;
  jps?: number[];
  fill?: number;
  facilitatorBusy?: number;
  venueBusy?: number;
  cohortBusy?: number;
  spoil?: number;
  hardOnly?: boolean;
}
export function rng(seed: number): () => number;
export function instant(date: string, minutes: number): number;
export function split(jp: number, max: number): number[];
export function hardInstance(seed: number, options: HardOptions): HardInstance | null;
export function roomyVenues(inst: HardInstance): number[];
export function solverInput(inst: HardInstance, nodeLimit?: number): {
  days: string[]; blocks: { start: number; jp: number }[]; modules: HardModule[]; venueIds: number[];
  busyVenue: Map<number, Interval[]>; busyFacilitator: Map<number, Interval[]>; busyCohort: Interval[];
  instant: (date: string, minutes: number) => number; maxJpPerSession: number; nodeLimit: number;
};
export function firstFitSucceeds(inst: HardInstance): boolean;
export function exhaustive(inst: HardInstance, options?: { full?: boolean; nodeLimit?: number }): { feasible: boolean | null; nodes: number };
export function violations(inst: HardInstance, placements: PlacedSession[], rules: { holiday: (date: string) => string | null; workingHours: { start: number; end: number } }): string[];
