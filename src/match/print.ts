/** The canonical string form of a query tree; `parseQuery(printQuery(t))` gives back `t`. */
import type { Pattern, QueryNode } from './ast.js';

export function printQuery(node: QueryNode): string {
  switch (node.type) {
    case 'term':
      return `${node.field ? `${node.field}:` : ''}${printPattern(node)}`;
    case 'near': {
      const near = `${printPattern(node.left)} NEAR/${node.distance} ${printPattern(node.right)}`;
      return node.field ? `${node.field}:(${near})` : near;
    }
    case 'not':
      return `NOT ${wrap(node.child, node.child.type === 'and' || node.child.type === 'or')}`;
    case 'and':
      return node.children.map((c) => wrap(c, c.type === 'or')).join(' AND ');
    case 'or':
      return node.children.map((c) => printQuery(c)).join(' OR ');
  }
}

/** A folded pattern: bare when it is one segment, quoted otherwise; `*` after it for a wildcard. */
export function printPattern(p: Pattern): string {
  const body = p.value.includes(' ') ? `"${p.value}"` : p.value;
  return p.wildcard ? `${body}*` : body;
}

function wrap(node: QueryNode, parens: boolean): string {
  const s = printQuery(node);
  return parens ? `(${s})` : s;
}
