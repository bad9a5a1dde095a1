/** Warnings about a query that parses but may not do what its author meant. */
import { anchorsOf } from './anchors.js';
import type { QueryNode } from './ast.js';
import { tokenizeQuery } from './tokenize.js';

const OPERATOR_WORDS: Readonly<Record<string, string>> = { and: 'AND', or: 'OR', not: 'NOT', near: 'NEAR/n' };

/** Plain-language warnings for a query that parsed into `tree`. */
export function lintQuery(query: string, tree: QueryNode): string[] {
  const warnings: string[] = [];
  for (const t of tokenizeQuery(query)) {
    if (t.kind !== 'term') continue;
    const op = OPERATOR_WORDS[t.raw.toLowerCase()];
    if (op && t.raw !== op) {
      warnings.push(`'${t.raw}' at column ${t.offset + 1} is searched as a word; operators are written in capitals (${op})`);
    }
  }
  if (anchorsOf(tree) === null) {
    warnings.push('this query can match items that contain none of its terms (it only excludes), so it is tested against every item');
  }
  return warnings;
}
