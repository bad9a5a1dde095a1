/**
 * A query's index pre-filter: a boolean expression over phrases of index tokens that every matching mention
 * satisfies, so pre-selecting with it never misses and `compileQuery` then decides. It follows the tree: a term
 * or phrase becomes the phrase of all its units (a gap in a pattern only ever skips spaces and punctuation, which
 * are not units; Chinese characters as pairs, `search-index-tokens.ts`), in the index columns of its field (a
 * term without a field: title or text), NEAR the AND of its two sides, AND the AND of its children that can be
 * expressed, OR the OR of its children. NOT cannot be expressed, so it drops out of an AND and makes an OR (or a
 * query of only NOTs) unanchored: null, meaning scan the range. This is at least as tight as the one-of anchor
 * set of `anchorsOf` (an AND keeps every positive child, not only the cheapest).
 */
import type { Field, Pattern, QueryNode } from '../match/index.js';
import type { IndexPhrase, IndexQuery } from '../store/queries/search-index.js';
import { columnOf, type IndexColumn, phraseTokens } from '../store/queries/search-index-tokens.js';

export type Prefilter = IndexQuery;

export function prefilterOf(tree: QueryNode): Prefilter | null {
  switch (tree.type) {
    case 'term':
      return phraseOf(tree, tree.field);
    case 'near':
      return combine('and', [phraseOf(tree.left, tree.field), phraseOf(tree.right, tree.field)]);
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

/** A term's tokens in its field's columns (a token longer than the index keeps: alone, cut, as a prefix). */
function phraseOf(p: Pattern, field: Field | null): IndexPhrase {
  const columns: IndexColumn[] = field === null ? ['title', 'text'] : [columnOf(field)];
  return { type: 'phrase', ...phraseTokens(p.value, p.wildcard), columns };
}
