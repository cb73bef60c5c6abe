/** SQL text with `?` placeholders and its values in order: what the compiler assembles statements from. */

/** Thrown for anything the compiler does not know: the operation is left to the resolvers. */
export class Unsupported extends Error {}
export const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

/** SQL text with `?` placeholders and its values in order. */
export interface Frag {
  sql: string;
  params: unknown[];
}
export const raw = (sql: string): Frag => ({ sql, params: [] });
export function cat(...parts: (Frag | string)[]): Frag {
  const out: Frag = { sql: '', params: [] };
  for (const p of parts) {
    if (typeof p === 'string') out.sql += p;
    else {
      out.sql += p.sql;
      out.params.push(...p.params);
    }
  }
  return out;
}
export const join = (parts: Frag[], sep: string): Frag => cat(...parts.flatMap((p, i) => (i === 0 ? [p] : [sep, p])));
export const q = (ident: string) => `"${ident}"`;
export const literal = (text: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) unsupported('name');
  return `'${text}'`;
};

