import { Stemmer } from 'sastrawijs';
import { stemmer as porter } from 'stemmer';

/**
 * The words of a text as the search index keeps them, the same on SQLite and PostgreSQL:
 * lower case without diacritics, each word reduced to its Indonesian stem (Sastrawi, a
 * dictionary-based Nazief–Adriani stemmer, which leaves a word it cannot reduce unchanged),
 * and a word Sastrawi left unchanged to its English stem (Porter). One token per word, so
 * phrase positions stay; both databases only tokenize what is written here.
 */
const sastrawi = new Stemmer();
const cache = new Map<string, string>();

export function stemWord(word: string): string {
  let out = cache.get(word);
  if (out !== undefined) return out;
  const id = /^[a-z]+$/.test(word) ? sastrawi.stem(word) : word;
  out = id !== word ? id : /^[a-z]+$/.test(word) ? porter(word) : word;
  if (cache.size > 50_000) cache.clear();
  cache.set(word, out);
  return out;
}

/** The words of a text, lower case, diacritics removed, split on anything but letters and digits. */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The indexed form of a text: its stemmed words, separated by spaces. */
export function indexedText(text: string): string {
  return words(text).map(stemWord).join(' ');
}

/** A search: words and "quoted phrases", each as its stemmed words (every one must match). */
export type ParsedSearch = string[][];

export function parseSearch(search: string): ParsedSearch {
  const out: ParsedSearch = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (let m = re.exec(search); m; m = re.exec(search)) {
    const tokens = words(m[1] ?? m[2] ?? '').map(stemWord);
    if (m[1] !== undefined) { if (tokens.length) out.push(tokens); } else for (const t of tokens) out.push([t]);
    if (out.length >= 32) break;
  }
  return out;
}

/** SQLite FTS5 MATCH: each term a quoted string (a phrase when several words), all required. Tokens hold letters and digits only. */
export function ftsMatch(q: ParsedSearch): string {
  return q.map((t) => `"${t.join(' ')}"`).join(' AND ');
}

/** PostgreSQL to_tsquery('simple', …): words joined by &, a phrase's words by <->. Tokens hold letters and digits only. */
export function tsQuery(q: ParsedSearch): string {
  return q.map((t) => (t.length === 1 ? `'${t[0]}'` : `(${t.map((w) => `'${w}'`).join(' <-> ')})`)).join(' & ');
}
