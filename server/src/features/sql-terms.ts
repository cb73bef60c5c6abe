/**
 * Small pieces the features' rule modules write SQL with: a column of an optional
 * table alias, and a list of fixed vocabulary words (never user input) as SQL literals.
 */
export const col = (alias: string, column: string) => (alias ? `${alias}.${column}` : column);

/** `'A', 'B'` for `in (…)`; only for the fixed words of @lintas/shared, which hold no quote. */
export const sqlList = (words: readonly string[]) => words.map((w) => `'${w}'`).join(', ');
