/**
 * A propagation tree small enough to draw: the origin, the nodes that drew the most spread and the path from each up
 * to its root; every kept node says how many of its children were left out.
 */
import type { SpreadNode, SpreadTree } from './graph.js';

export interface ShownNode extends SpreadNode {
  /** Direct children not drawn. */
  hiddenChildren: number;
}

export function pruneTree(tree: SpreadTree, limit: number): ShownNode[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const keep = new Set<number>();
  const add = (id: number) => {
    // Walk up first so a node is never kept without its ancestors.
    const path: number[] = [];
    for (let cur: number | null = id; cur !== null && !keep.has(cur); cur = byId.get(cur)?.parent ?? null) path.push(cur);
    if (keep.size + path.length > limit) return;
    for (const p of path) keep.add(p);
  };
  if (tree.origin !== null) add(tree.origin);
  const ranked = [...tree.nodes].sort((a, b) => b.descendants - a.descendants || b.subtreeReach - a.subtreeReach || a.at - b.at);
  for (const n of ranked) {
    if (keep.size >= limit) break;
    add(n.id);
  }
  const hidden = new Map<number, number>();
  for (const n of tree.nodes) if (n.parent !== null && !keep.has(n.id)) hidden.set(n.parent, (hidden.get(n.parent) ?? 0) + 1);
  return tree.nodes.filter((n) => keep.has(n.id)).map((n) => ({ ...n, hiddenChildren: hidden.get(n.id) ?? 0 }));
}
