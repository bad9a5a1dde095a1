/**
 * The text of the two backends' full-text queries and documents, built from an index query (a boolean expression
 * over phrases of index tokens, `match/index-tokens.ts`). SQLite FTS5: `"a b"*`, `AND`, `OR`. PostgreSQL: a
 * tsquery with `<->` phrases, and a tsvector literal with positions (so no text-search parser or locale can
 * re-split our tokens). A tsvector keeps at most 256 positions per lexeme and positions up to 16383, so a longer
 * document is stored without positions and searched with `&` instead of `<->` (a superset, never a miss).
 */

export interface IndexPhrase {
  type: 'phrase';
  tokens: string[];
  /** The last token may run on (a wildcard, or a token cut at MAX_TOKEN). */
  prefix: boolean;
}

/** What the index is asked: every mention it returns satisfies this; search's post-filter then decides. */
export type IndexQuery = IndexPhrase | { type: 'and' | 'or'; children: IndexQuery[] };

/** FTS5 query syntax: `"a b"*`, `AND`, `OR`, parentheses. */
export function fts5Of(f: IndexQuery): string {
  if (f.type === 'phrase') return `"${f.tokens.join(' ')}"${f.prefix ? '*' : ''}`;
  return `(${f.children.map(fts5Of).join(f.type === 'and' ? ' AND ' : ' OR ')})`;
}

/** tsquery syntax; `follow` joins the tokens of a phrase (`<->`, or `&` for vectors stored without positions). */
export function tsqueryOf(f: IndexQuery, follow: string): string {
  if (f.type === 'phrase') return `(${f.tokens.map((t, i) => lexeme(t, f.prefix && i === f.tokens.length - 1)).join(follow)})`;
  return `(${f.children.map((c) => tsqueryOf(c, follow)).join(f.type === 'and' ? ' & ' : ' | ')})`;
}

function lexeme(token: string, prefix: boolean): string {
  return `'${token}'${prefix ? ':*' : ''}`;
}

/** A tsvector literal; with positions when PostgreSQL can keep them all. Tokens hold no quotes (see index-tokens.ts). */
export function tsvectorOf(tokens: readonly string[]): { literal: string; positional: boolean } {
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = positions.get(t);
    if (list) list.push(i + 1);
    else positions.set(t, [i + 1]);
  });
  let positional = tokens.length <= 16383;
  for (const list of positions.values()) if (list.length > 256) positional = false;
  const parts: string[] = [];
  for (const [t, list] of positions) parts.push(positional ? `'${t}':${list.join(',')}` : `'${t}'`);
  return { literal: parts.join(' '), positional };
}
