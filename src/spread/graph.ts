/**
 * The propagation tree of an event's mentions (传播路径), pure. Each mention gets at most one parent, chosen in this
 * order: the stored parent link (a repost, reply or quote), a link in its text to an earlier mention's page, the
 * original it copies (near-duplicates). Mentions are placed in time order and a parent must already be placed, so the
 * result is always a forest, whatever the data says; the origin is the first mention.
 */

export interface SpreadMention {
  id: number;
  /** Publication time (collection time when unknown), ms. */
  at: number;
  parentId: number | null;
  duplicateOf: number | null;
  /** The mention's own canonical URL, so others can be found citing it. */
  url: string | null;
  /** Canonical URLs its text links to. */
  links: readonly string[];
  channel: string | null;
  author: string | null;
  source: string | null;
  reach: number;
}

export type EdgeKind = 'parent' | 'link' | 'copy';

export interface SpreadNode {
  id: number;
  at: number;
  parent: number | null;
  /** How this node was attached to its parent; null for a root. */
  via: EdgeKind | null;
  depth: number;
  /** Mentions that spread from this one, directly or further down. */
  descendants: number;
  /** Its own reach plus all its descendants'. */
  subtreeReach: number;
}

export interface SpreadTree {
  /** In time order. */
  nodes: SpreadNode[];
  /** The first mention, or null when there are none. */
  origin: number | null;
  roots: number[];
}

export function buildSpreadTree(mentions: readonly SpreadMention[]): SpreadTree {
  const ordered = [...mentions].sort((a, b) => a.at - b.at || a.id - b.id);
  const byUrl = new Map<string, number>();
  const placed = new Map<number, SpreadNode>();
  const nodes: SpreadNode[] = [];
  for (const m of ordered) {
    const [parent, via] = chooseParent(m, placed, byUrl);
    const node: SpreadNode = {
      id: m.id,
      at: m.at,
      parent,
      via,
      depth: parent === null ? 0 : placed.get(parent)!.depth + 1,
      descendants: 0,
      subtreeReach: 0,
    };
    placed.set(m.id, node);
    nodes.push(node);
    if (m.url && !byUrl.has(m.url)) byUrl.set(m.url, m.id);
  }
  const reachOf = new Map(mentions.map((m) => [m.id, Math.max(0, m.reach)]));
  // Children come after their parents in time order, so one pass from the end sums every subtree.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    n.subtreeReach += reachOf.get(n.id) ?? 0;
    if (n.parent !== null) {
      const p = placed.get(n.parent)!;
      p.descendants += n.descendants + 1;
      p.subtreeReach += n.subtreeReach;
    }
  }
  return { nodes, origin: nodes[0]?.id ?? null, roots: nodes.filter((n) => n.parent === null).map((n) => n.id) };
}

function chooseParent(
  m: SpreadMention,
  placed: ReadonlyMap<number, SpreadNode>,
  byUrl: ReadonlyMap<string, number>,
): [number | null, EdgeKind | null] {
  if (m.parentId !== null && m.parentId !== m.id && placed.has(m.parentId)) return [m.parentId, 'parent'];
  for (const link of m.links) {
    const cited = byUrl.get(link);
    if (cited !== undefined && cited !== m.id) return [cited, 'link'];
  }
  if (m.duplicateOf !== null && m.duplicateOf !== m.id && placed.has(m.duplicateOf)) return [m.duplicateOf, 'copy'];
  return [null, null];
}
