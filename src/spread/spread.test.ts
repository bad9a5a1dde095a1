import { describe, expect, it } from 'vitest';
import { buildSpreadTree, type SpreadMention } from './graph.js';
import { pruneTree } from './prune.js';
import { channelPickUps, keyAccounts, keyNodes, reachOverTime } from './summary.js';

const H = 3_600_000;
const T0 = Date.UTC(2026, 11, 1);

function m(id: number, atHours: number, over: Partial<SpreadMention> = {}): SpreadMention {
  return {
    id,
    at: T0 + atHours * H,
    parentId: null,
    duplicateOf: null,
    url: null,
    links: [],
    channel: 'weibo',
    author: `u${id}`,
    source: null,
    reach: 1,
    ...over,
  };
}

/** A news report (1) cited by a blog (2); a Weibo post (3) reposted by 4 and 5, 5 reposted by 6; 7 copies 3. */
const story: SpreadMention[] = [
  m(6, 3, { parentId: 5, reach: 2 }),
  m(1, 0, { channel: 'news', url: 'https://news.example.cn/a', author: null, source: '示例日报', reach: 100 }),
  m(3, 1, { author: '大V', reach: 50 }),
  m(2, 0.5, { channel: 'blog', links: ['https://news.example.cn/a'] }),
  m(4, 2, { parentId: 3 }),
  m(5, 2.5, { parentId: 3, reach: 10 }),
  m(7, 4, { duplicateOf: 3, channel: 'video' }),
];

describe('buildSpreadTree', () => {
  const tree = buildSpreadTree(story);
  const node = (id: number) => tree.nodes.find((n) => n.id === id)!;

  it('finds the origin and attaches by parent link, citation and copy', () => {
    expect(tree.origin).toBe(1);
    expect(tree.roots).toEqual([1, 3]);
    expect([node(2).parent, node(2).via]).toEqual([1, 'link']);
    expect([node(6).parent, node(6).via, node(6).depth]).toEqual([5, 'parent', 2]);
    expect([node(7).parent, node(7).via]).toEqual([3, 'copy']);
  });

  it('counts descendants and the reach of each subtree', () => {
    expect(node(3).descendants).toBe(4);
    expect(node(3).subtreeReach).toBe(50 + 1 + 10 + 2 + 1);
    expect(node(1).descendants).toBe(1);
  });

  it('never loops, even when the data points in circles or forward in time', () => {
    const t = buildSpreadTree([m(1, 0, { parentId: 2 }), m(2, 1, { parentId: 1 }), m(3, 2, { parentId: 3 })]);
    expect(t.nodes.map((n) => [n.id, n.parent])).toEqual([
      [1, null],
      [2, 1],
      [3, null],
    ]);
  });
});

describe('reading the tree', () => {
  const tree = buildSpreadTree(story);

  it('ranks key nodes by the spread they drew', () => {
    expect(keyNodes(tree, story).map((k) => [k.id, k.descendants])).toEqual([
      [3, 4],
      [1, 1],
      [5, 1],
    ]);
  });

  it('credits accounts with what their own posts drew, and names a source when there is no author', () => {
    const accounts = keyAccounts(tree, story);
    expect(accounts[0]).toEqual({ name: '大V', mentions: 1, drew: 3, reach: 50 });
    expect(accounts.find((a) => a.name === '示例日报')?.drew).toBe(1);
  });

  it('orders the channels by when each first carried it', () => {
    expect(channelPickUps(story).map((c) => [c.channel, c.first, c.mentions])).toEqual([
      ['news', 1, 1],
      ['blog', 2, 1],
      ['weibo', 3, 4],
      ['video', 7, 1],
    ]);
  });

  it('gives reach per hour with empty hours filled and a running total', () => {
    const points = reachOverTime(story);
    expect(points.map((p) => p.reach)).toEqual([101, 50, 11, 2, 1]);
    expect(points.at(-1)?.cumulativeReach).toBe(165);
    expect(points[1]!.at - points[0]!.at).toBe(H);
  });

  it('prunes to a drawable tree that keeps the origin, the biggest spreaders and their ancestors', () => {
    const shown = pruneTree(tree, 4);
    expect(shown.map((n) => [n.id, n.hiddenChildren])).toEqual([
      [1, 1],
      [3, 2],
      [5, 0],
      [6, 0],
    ]);
    expect(pruneTree(tree, 100)).toHaveLength(story.length);
  });
});
