/**
 * What a desk reads off a propagation tree: the key nodes (mentions and accounts whose posts drew the most onward
 * spread), the order in which channels picked the story up, and reach over time.
 */
import type { SpreadMention, SpreadTree } from './graph.js';

export interface KeyNode {
  id: number;
  author: string | null;
  channel: string | null;
  descendants: number;
  subtreeReach: number;
}

export interface KeyAccount {
  /** The author, else the source, as shown. */
  name: string;
  mentions: number;
  /** Mentions that spread from this account's posts. */
  drew: number;
  reach: number;
}

export interface ChannelPickUp {
  channel: string;
  /** The first mention on that channel. */
  first: number;
  at: number;
  mentions: number;
}

export interface ReachPoint {
  /** Bucket start, ms. */
  at: number;
  mentions: number;
  reach: number;
  cumulativeReach: number;
}

export function keyNodes(tree: SpreadTree, mentions: readonly SpreadMention[], limit = 10): KeyNode[] {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  return tree.nodes
    .filter((n) => n.descendants > 0)
    .sort((a, b) => b.descendants - a.descendants || b.subtreeReach - a.subtreeReach || a.at - b.at)
    .slice(0, limit)
    .map((n) => ({
      id: n.id,
      author: byId.get(n.id)?.author ?? null,
      channel: byId.get(n.id)?.channel ?? null,
      descendants: n.descendants,
      subtreeReach: n.subtreeReach,
    }));
}

export function keyAccounts(tree: SpreadTree, mentions: readonly SpreadMention[], limit = 10): KeyAccount[] {
  const children = new Map<number, number>();
  for (const n of tree.nodes) if (n.parent !== null) children.set(n.parent, (children.get(n.parent) ?? 0) + 1);
  const accounts = new Map<string, KeyAccount>();
  for (const m of mentions) {
    const name = m.author?.trim() || m.source?.trim();
    if (!name) continue;
    const a = accounts.get(name) ?? { name, mentions: 0, drew: 0, reach: 0 };
    a.mentions++;
    a.reach += Math.max(0, m.reach);
    // Direct children only: an account is credited with what its own posts drew, not with what others' reposts drew.
    a.drew += children.get(m.id) ?? 0;
    accounts.set(name, a);
  }
  return [...accounts.values()].sort((a, b) => b.drew - a.drew || b.reach - a.reach || a.name.localeCompare(b.name)).slice(0, limit);
}

export function channelPickUps(mentions: readonly SpreadMention[]): ChannelPickUp[] {
  const first = new Map<string, ChannelPickUp>();
  for (const m of [...mentions].sort((a, b) => a.at - b.at || a.id - b.id)) {
    const channel = m.channel ?? 'other';
    const p = first.get(channel);
    if (p) p.mentions++;
    else first.set(channel, { channel, first: m.id, at: m.at, mentions: 1 });
  }
  return [...first.values()];
}

export function reachOverTime(mentions: readonly SpreadMention[], bucketMs = 3_600_000): ReachPoint[] {
  const buckets = new Map<number, { mentions: number; reach: number }>();
  for (const m of mentions) {
    const at = Math.floor(m.at / bucketMs) * bucketMs;
    const b = buckets.get(at) ?? { mentions: 0, reach: 0 };
    b.mentions++;
    b.reach += Math.max(0, m.reach);
    buckets.set(at, b);
  }
  const starts = [...buckets.keys()].sort((a, b) => a - b);
  if (starts.length === 0) return [];
  const out: ReachPoint[] = [];
  let cumulative = 0;
  for (let at = starts[0]!; at <= starts[starts.length - 1]!; at += bucketMs) {
    const b = buckets.get(at) ?? { mentions: 0, reach: 0 };
    cumulative += b.reach;
    out.push({ at, mentions: b.mentions, reach: b.reach, cumulativeReach: cumulative });
  }
  return out;
}
