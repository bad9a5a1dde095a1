/** Assignment and the periodic pass on hand-made mentions: links, similarity within the window, purity, bounds. */
import { describe, expect, it } from 'vitest';
import { assignBatch } from './assign.js';
import { maintainEvents } from './maintain.js';
import { type ClusterMention, type ClusterState, emptyClusterState, type OpenEvent, type Term } from './types.js';

const H = 3600_000;
const mention = (id: string, at: number, words: string, extra: Partial<ClusterMention> = {}): ClusterMention => ({
  id,
  at: at * H,
  title: '',
  text: '',
  keywords: words.split(' ').map((word, i) => ({ word, weight: 1 - i * 0.05 })),
  entities: [],
  ...extra,
});

// Background mentions give the stream its document frequencies: 澜途 is in every one of them.
const background = Array.from({ length: 30 }, (_, i) => mention(`bg${i}`, 0, `澜途 话题${i} 其他${i}`));

describe('assignBatch', () => {
  it('joins similar mentions, keeps two incidents of one brand apart, and sends reposts to their original’s event', () => {
    const r = assignBatch(
      emptyClusterState(),
      [
        ...background,
        mention('a1', 1, '澜途 召回 刹车 助力泵'),
        mention('b1', 1, '澜途 车库 起火 自燃'),
        mention('a2', 2, '召回 刹车 助力泵 车主'),
        mention('b2', 2, '车库 起火 消防 澜途'),
        mention('r1', 3, '坐等 后续', { parent: 'a1' }),
        mention('c1', 3, '完全 无关 的话', { duplicateOf: 'b2' }),
      ],
      4 * H,
    );
    const ev = new Map(r.assignments.map((a) => [a.id, a]));
    expect(ev.get('a2')?.event).toBe(ev.get('a1')?.event);
    expect(ev.get('b2')?.event).toBe(ev.get('b1')?.event);
    expect(ev.get('a1')?.event).not.toBe(ev.get('b1')?.event);
    expect(ev.get('r1')).toMatchObject({ event: ev.get('a1')?.event, reason: 'parent' });
    expect(ev.get('c1')).toMatchObject({ event: ev.get('b1')?.event, reason: 'duplicate' });
    const a = r.state.events[ev.get('a1')?.event ?? ''];
    expect(a).toMatchObject({ origin: 'a1', count: 3, firstAt: H, lastAt: 3 * H });
  });

  it('does not join an event quiet for longer than the window', () => {
    const first = assignBatch(emptyClusterState(), [mention('a', 0, '召回 刹车 助力泵')], 0);
    const late = assignBatch(first.state, [mention('b', 100, '召回 刹车 助力泵')], 100 * H);
    expect(late.assignments[0]?.reason).toBe('new');
    const soon = assignBatch(first.state, [mention('b', 10, '召回 刹车 助力泵')], 10 * H);
    expect(soon.assignments[0]).toMatchObject({ reason: 'similar', event: first.assignments[0]?.event });
  });

  it('is pure and its state survives JSON: the same batch on a stored copy decides the same', () => {
    const s1 = assignBatch(emptyClusterState(), background, H).state;
    const frozen = JSON.stringify(s1);
    const batch = [mention('x', 2, '澜途 召回 刹车'), mention('y', 2, '召回 刹车 车主')];
    const direct = assignBatch(s1, batch, 2 * H);
    expect(JSON.stringify(s1)).toBe(frozen);
    const again = assignBatch(JSON.parse(frozen), batch, 2 * H);
    expect(again.assignments).toEqual(direct.assignments);
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(direct.state));
    // A state used a second time decides the same (its index, frequencies and links are rebuilt, not reused).
    const twice = assignBatch(s1, batch, 2 * H);
    expect(twice.assignments).toEqual(direct.assignments);
    expect(JSON.stringify(twice.state)).toBe(JSON.stringify(direct.state));
    // And a state's successor goes on from the maps it took over exactly as from a stored copy.
    const next = [mention('z', 3, '召回 刹车 助力泵')];
    expect(JSON.stringify(assignBatch(direct.state, next, 3 * H).state)).toBe(
      JSON.stringify(assignBatch(JSON.parse(JSON.stringify(direct.state)), next, 3 * H).state),
    );
  });

  it('stays bounded: open events, links and term frequencies are capped', () => {
    const many = Array.from({ length: 300 }, (_, i) => mention(`m${i}`, i / 10, `词${i} 字${i} 语${i}`));
    const r = assignBatch(emptyClusterState(), many, 40 * H, { options: { maxOpenEvents: 50, maxRecent: 40, maxDfTerms: 200 } });
    expect(Object.keys(r.state.events)).toHaveLength(50);
    expect(r.dropped).toHaveLength(250);
    expect(r.state.recent).toHaveLength(40);
    expect(Object.keys(r.state.df).length).toBeLessThanOrEqual(200);
    expect(r.state.events[r.assignments[299]?.event ?? '']).toBeDefined();
  });

  it('takes any word as a term, `constructor` and `__proto__` included', () => {
    const r = assignBatch(
      emptyClusterState(),
      [mention('p', 0, 'constructor __proto__ toString'), mention('q', 0, 'constructor __proto__ toString')],
      0,
    );
    expect(r.assignments[1]?.event).toBe(r.assignments[0]?.event);
    expect(Object.getPrototypeOf(JSON.parse(JSON.stringify(r.state)).df)).toBe(Object.prototype);
  });
});

describe('maintainEvents', () => {
  it('merges the smaller of two events that are one story into the larger, and closes quiet ones', () => {
    let state = assignBatch(emptyClusterState(), background, 0).state;
    const r = assignBatch(
      state,
      [
        mention('a1', 1, '召回 刹车 助力泵 车主'),
        mention('a2', 1, '召回 刹车 助力泵 低温'),
        mention('a3', 2, '助力泵 低温 发硬 召回 刹车 免费'),
        mention('old', 1, '别的 事情 很久 以前'),
      ],
      2 * H,
      { options: { joinThreshold: 0.95 } },
    );
    state = r.state;
    const ev = new Map(r.assignments.map((a) => [a.id, a.event]));
    expect(new Set([ev.get('a1'), ev.get('a2'), ev.get('a3')]).size).toBeGreaterThan(1);
    const pass = maintainEvents(state, 2 * H, { mergeThreshold: 0.3 });
    const into = (e: string | undefined) => pass.merged.find((m) => m.from === e)?.into ?? e;
    expect(new Set([into(ev.get('a1')), into(ev.get('a2')), into(ev.get('a3'))]).size).toBe(1);
    expect(pass.merged.some((m) => m.from === ev.get('old') || m.into === ev.get('old'))).toBe(false);
    const merged = pass.state.events[into(ev.get('a1')) ?? ''];
    expect(merged).toMatchObject({ count: 3, origin: 'a1' });
    // Three days later everything is quiet: closed.
    const later = maintainEvents(pass.state, 100 * H);
    expect(later.closed.sort()).toEqual(Object.keys(pass.state.events).sort());
    expect(later.state.events).toEqual({});
  });

  it('lets a large story absorb a much smaller fragment it is only loosely similar to, never a grown story of its own', () => {
    const ev = (id: string, count: number, words: string): OpenEvent => ({
      id,
      firstAt: H,
      lastAt: 2 * H,
      count,
      origin: `${id}-1`,
      terms: words.split(' ').map((t, i): Term => [t, count * (1 - i * 0.1)]),
    });
    const state: ClusterState = {
      ...emptyClusterState(),
      nextEvent: 4,
      events: {
        e1: ev('e1', 800, '星澜 充电宝 起火 地铁 冒烟'),
        e2: ev('e2', 10, '星澜 充电宝 召回 进度 更换'),
        e3: ev('e3', 100, '星澜 起火 工厂 查封 跑路'),
      },
    };
    // Plain cosines to the large story are about 0.3 for both: below this threshold without the boost.
    expect(maintainEvents(state, 2 * H, { mergeThreshold: 0.5, bigEvent: 1e9 }).merged).toEqual([]);
    // With it the fragment (1/80 of the story) is taken in; the grown story (1/8) keeps its own event.
    const boosted = maintainEvents(state, 2 * H, { mergeThreshold: 0.5 });
    expect(boosted.merged.map(({ from, into }) => [from, into])).toEqual([['e2', 'e1']]);
    expect(boosted.state.events.e1?.count).toBe(810);
    expect(boosted.state.events.e3?.count).toBe(100);
  });
});
