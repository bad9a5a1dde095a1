/** The positive keywords of topic queries (terms not under NOT), for search sources; unparsable queries are skipped. */
import type { QueryNode } from '../match/ast.js';
import { tryParseQuery } from '../match/parse.js';

export function topicKeywords(queries: string[], max = 50): string[] {
  const out = new Set<string>();
  for (const q of queries) {
    const parsed = tryParseQuery(q);
    if (parsed.ok) collect(parsed.tree, out);
  }
  return [...out].slice(0, max);
}

function collect(node: QueryNode, into: Set<string>): void {
  switch (node.type) {
    case 'term':
      if (!node.wildcard && node.value.trim() !== '') into.add(node.value);
      break;
    case 'near':
      into.add(`${node.left.value} ${node.right.value}`);
      break;
    case 'and':
    case 'or':
      for (const c of node.children) collect(c, into);
      break;
    case 'not':
      break;
  }
}
