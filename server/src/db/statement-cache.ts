/** SQL with `?` placeholders and its values, as knex compiles a query. */
export interface Compiled {
  sql: string;
  bindings: readonly unknown[];
}

/**
 * Compiled SQL by the shape of a query, bounded (the least recently used entry goes
 * first). Building a statement through MikroORM's and knex's query builders costs more
 * CPU than running it on a warm database; a list asked for again with the same filters
 * reuses the text and only binds new values.
 */
export class StatementCache {
  private readonly entries = new Map<string, Compiled>();

  constructor(private readonly max = 500) {}

  get(key: string, compile: () => Compiled): Compiled {
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
    } else {
      entry = compile();
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, entry);
    return entry;
  }
}

/**
 * A key for a filter: its JSON when it holds only plain objects, arrays, dates and
 * primitives; null for anything else (an entity, a raw fragment, a RegExp), and then the
 * query is built afresh rather than risk two filters sharing a key.
 */
export function shapeKey(value: unknown): string | null {
  const plain = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return typeof v !== 'function' && typeof v !== 'symbol' && typeof v !== 'bigint';
    if (v instanceof Date) return true;
    if (Array.isArray(v)) return v.every(plain);
    const proto = Object.getPrototypeOf(v);
    return (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(v).length === 0 && Object.values(v).every(plain);
  };
  return plain(value) ? JSON.stringify(value) : null;
}
