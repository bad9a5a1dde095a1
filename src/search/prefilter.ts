/**
 * A query's index pre-filter: a boolean expression over phrases of encoded unit tokens that every matching
 * mention satisfies, so pre-selecting with it never misses and `compileQuery` then decides. It follows the tree:
 * a term or phrase becomes the phrase of all its units (a gap in a pattern only ever skips spaces and
 * punctuation, which are not units), NEAR the AND of its two sides, AND the AND of its children that can be
 * expressed, OR the OR of its children. NOT cannot be expressed, so it drops out of an AND and makes an OR (or a
 * query of only NOTs) unanchored: null, meaning scan the range. This is at least as tight as the one-of anchor
 * set of `anchorsOf` (an AND keeps every positive child, not only the cheapest).
 */
import type { Pattern, QueryNode } from '../match/index.js';
import { unitTokens } from '../match/index.js';
import { encodeToken, MAX_TOKEN } from '../match/index-tokens.js';
import type { IndexPhrase, IndexQuery } from '../store/queries/search-index.js';

export type Prefilter = IndexQuery;

export function prefilterOf(tree: QueryNode): Prefilter | null {
  switch (tree.type) {
    case 'term':
      return phraseOf(tree);
    case 'near':
      return combine('and', [phraseOf(tree.left), phraseOf(tree.right)]);
    case 'not':
      return null;
    case 'and': {
      const parts = tree.children.map(prefilterOf).filter((p): p is Prefilter => p !== null);
      return parts.length === 0 ? null : combine('and', parts);
    }
    case 'or': {
      const parts = tree.children.map(prefilterOf);
      return parts.some((p) => p === null) ? null : combine('or', parts as Prefilter[]);
    }
  }
}

function combine(type: 'and' | 'or', children: Prefilter[]): Prefilter {
  const flat = children.flatMap((c) => (c.type === type ? c.children : [c]));
  const seen = new Set<string>();
  const unique = flat.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.length === 1 ? unique[0]! : { type, children: unique };
}

/** A token longer than the index keeps is looked for alone, cut, as a prefix (a superset of the phrase). */
function phraseOf(p: Pattern): IndexPhrase {
  const tokens = unitTokens(p.value).map((t) => encodeToken(t.token));
  const long = tokens.find((t) => t.length >= MAX_TOKEN);
  if (long) return { type: 'phrase', tokens: [long.slice(0, MAX_TOKEN)], prefix: true };
  return { type: 'phrase', tokens, prefix: p.wildcard };
}
