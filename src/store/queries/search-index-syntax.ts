/**
 * The text of the two backends' full-text queries and documents, built from an index query (a boolean expression
 * over phrases of index tokens, `search-index-tokens.ts`). SQLite FTS5: `{title text} : "a b"*`, `AND`, `OR`.
 * PostgreSQL: a tsquery with `<->` phrases and weights for columns (title A, text B, other fields D), and a
 * tsvector literal with positions and weights (so no text-search parser or locale can re-split our tokens). A
 * tsvector keeps at most 256 positions per lexeme and positions up to 16383, so a longer document is stored
 * without positions (nor weights) and searched with `&` instead of `<->` (a superset, never a miss).
 */
import type { IndexColumn } from './search-index-tokens.js';

export interface IndexPhrase {
  type: 'phrase';
  tokens: string[];
  /** The last token may run on (a wildcard, a lone Chinese character, or a token cut at MAX_TOKEN). */
  prefix: boolean;
  /** The columns the phrase must be found in; absent: any. */
  columns?: IndexColumn[];
}

/** What the index is asked: every mention it returns satisfies this; search's post-filter then decides. */
export type IndexQuery = IndexPhrase | { type: 'and' | 'or'; children: IndexQuery[] };

/** FTS5 query syntax: `{title text} : "a b"*`, `AND`, `OR`, parentheses. */
export function fts5Of(f: IndexQuery): string {
  if (f.type === 'phrase') {
    const phrase = `"${f.tokens.join(' ')}"${f.prefix ? '*' : ''}`;
    return f.columns ? `{${f.columns.join(' ')}} : ${phrase}` : phrase;
  }
  return `(${f.children.map(fts5Of).join(f.type === 'and' ? ' AND ' : ' OR ')})`;
}

const WEIGHT: Record<IndexColumn, string> = { title: 'A', text: 'B', meta: 'D' };

/** tsquery syntax; `follow` joins the tokens of a phrase (`<->`, or `&` for vectors stored without positions). */
export function tsqueryOf(f: IndexQuery, follow: string): string {
  if (f.type === 'phrase') {
    // Title or text (a term without a field) is asked without weights: the few other-field hits are checked
    // away, and a query without weights or phrases needs no recheck of the rows' vectors.
    const weights = f.columns && f.columns.length === 1 ? WEIGHT[f.columns[0]!] : '';
    const last = f.tokens.length - 1;
    return `(${f.tokens.map((t, i) => lexeme(t, f.prefix && i === last, weights)).join(follow)})`;
  }
  return `(${f.children.map((c) => tsqueryOf(c, follow)).join(f.type === 'and' ? ' & ' : ' | ')})`;
}

function lexeme(token: string, prefix: boolean, weights: string): string {
  return prefix || weights ? `'${token}':${prefix ? '*' : ''}${weights}` : `'${token}'`;
}

/**
 * A tsvector literal of a mention's columns (positions run on from one column to the next); with positions and
 * weights when PostgreSQL can keep them all. Tokens hold no quotes (see index-tokens.ts).
 */
export function tsvectorOf(columns: Partial<Record<IndexColumn, readonly string[]>>): { literal: string; positional: boolean } {
  const positions = new Map<string, string[]>();
  let n = 0;
  for (const column of ['title', 'text', 'meta'] as const) {
    const weight = WEIGHT[column] === 'D' ? '' : WEIGHT[column];
    for (const t of columns[column] ?? []) {
      n++;
      const list = positions.get(t);
      if (list) list.push(`${n}${weight}`);
      else positions.set(t, [`${n}${weight}`]);
    }
  }
  let positional = n <= 16383;
  for (const list of positions.values()) if (list.length > 256) positional = false;
  const parts: string[] = [];
  for (const [t, list] of positions) parts.push(positional ? `'${t}':${list.join(',')}` : `'${t}'`);
  return { literal: parts.join(' '), positional };
}
