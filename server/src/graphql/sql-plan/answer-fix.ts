import { encodeKeysetCursor } from '../relay.js';

/** What to do in JavaScript with a value the database gave (global ids, cursors, timestamps). */
export type Fix =
  | { kind: 'leaf'; fn: (v: unknown) => unknown }
  /** `positional`: values computed from an element's place in the list (an edge's offset cursor). */
  | { kind: 'list'; item: Fix | null; positional?: [string, (i: number) => unknown][] }
  | { kind: 'object'; fields: [string, Fix][] };

export function applyFix(fix: Fix, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (fix.kind === 'leaf') return fix.fn(value);
  if (fix.kind === 'list') {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      if (fix.positional) for (const [key, at] of fix.positional) (list[i] as Record<string, unknown>)[key] = at(i);
      if (fix.item) list[i] = applyFix(fix.item, list[i]);
    }
    return list;
  }
  const object = value as Record<string, unknown>;
  for (const [key, f] of fix.fields) object[key] = applyFix(f, object[key]);
  return object;
}

export const toIso = (v: unknown) => new Date(v as string | number).toISOString();
export const keysetCursor = (tag: string, converters: ((v: unknown) => unknown)[]) => (v: unknown) =>
  encodeKeysetCursor(tag, (v as unknown[]).map((x, i) => converters[i]!(x)));

