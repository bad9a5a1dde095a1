/** Smart constructors that keep the tree normalized: nested AND/OR flattened, duplicates dropped, NOT NOT removed. */
import type { QueryNode } from './ast.js';
import { printQuery } from './print.js';

export function makeAnd(children: readonly QueryNode[]): QueryNode {
  return combine('and', children);
}

export function makeOr(children: readonly QueryNode[]): QueryNode {
  return combine('or', children);
}

export function makeNot(child: QueryNode): QueryNode {
  return child.type === 'not' ? child.child : { type: 'not', child };
}

function combine(type: 'and' | 'or', children: readonly QueryNode[]): QueryNode {
  const flat: QueryNode[] = [];
  const seen = new Set<string>();
  const add = (c: QueryNode) => {
    if (c.type === type) {
      for (const g of c.children) add(g);
      return;
    }
    const key = printQuery(c);
    if (seen.has(key)) return;
    seen.add(key);
    flat.push(c);
  };
  for (const c of children) add(c);
  if (flat.length === 1) return flat[0]!;
  return { type, children: flat };
}
