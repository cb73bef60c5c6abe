import { cat, join, literal, raw, type Frag } from './sql.js';

/** How the database builds JSON. Every value handed to `object`, `array` or `tuple` is already JSON (`scalar` makes it so). */
export interface Dialect {
  /** A column or computed SQL value as a JSON value (null stays null). */
  scalar(expr: Frag): Frag;
  object(pairs: [string, Frag][]): Frag;
  /** A JSON value read from a scalar subquery. */
  embed(sub: Frag): Frag;
  /** JSON array of `value` over the rows of `from`, in `order`; `[]` when none. */
  array(value: Frag, from: Frag, order: string): Frag;
  tuple(values: Frag[]): Frag;
  bool(expr: Frag): Frag;
  least(a: string, b: number): string;
  text(value: string): Frag;
}

export const POSTGRES: Dialect = {
  scalar: (expr) => expr,
  object: (pairs) => cat('json_build_object(', join(pairs.map(([k, v]) => cat(`${literal(k)}::text, `, v)), ', '), ')'),
  embed: (sub) => cat('(', sub, ')'),
  array: (value, from, order) => cat(`(select coalesce(json_agg(`, value, ` order by ${order}), '[]'::json) from `, from, ')'),
  tuple: (values) => cat('json_build_array(', join(values, ', '), ')'),
  bool: (expr) => cat('(', expr, ')'),
  least: (a, b) => `least(${a}, ${b})`,
  text: (value) => raw(`${literal(value)}::text`),
};

/**
 * SQLite writes the JSON as text: values through json_quote(), objects and arrays by
 * concatenation. Its JSON functions would re-parse every nested level (a subquery's
 * result loses its JSON subtype, and json() must parse it again).
 */
export const SQLITE: Dialect = {
  scalar: (expr) => cat('json_quote(', expr, ')'),
  object: (pairs) => cat(`('{' || `, join(pairs.map(([k, v], i) => cat(`'${i ? ',' : ''}"${literal(k).slice(1, -1)}":' || `, v)), ' || '), ` || '}')`),
  embed: (sub) => cat(`coalesce((`, sub, `), 'null')`),
  array: (value, from, order) => cat(`(select '[' || coalesce(group_concat(`, value, `, ',' order by ${order}), '') || ']' from `, from, ')'),
  tuple: (values) => cat(`('[' || `, join(values, ` || ',' || `), ` || ']')`),
  bool: (expr) => cat(`(case when (`, expr, `) is null then 'null' when (`, expr, `) then 'true' else 'false' end)`),
  least: (a, b) => `min(${a}, ${b})`,
  text: (value) => raw(`'"${literal(value).slice(1, -1)}"'`),
};

