/** The dashboard's rollups on both backends: each mention counted once, however many callers count at the same time. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededRandom } from '../../domain/random.js';
import { draftFixture } from '../../domain/testkit/draft.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeSource, makeTopic, makeWorkspace } from '../../testing/factories.js';
import { dashboardQueries, TOP_DIMS } from './dashboard.js';
import { dimensionValues, type RollupFacts, recordRollups } from './dashboard-rollups.js';
import { insertMentions } from './mentions-write.js';

describeBackends('dashboard rollups', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('counts each mention once when several callers count at once, and later mentions on the next call', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const source = await makeSource(t.db, ws);
    const at = Date.UTC(2026, 5, 1, 10);
    const store = (from: number, n: number) =>
      insertMentions(
        t.db.kysely,
        Array.from({ length: n }, (_, i) => ({
          draft: draftFixture({
            workspaceId: ws,
            inboxId: from + i,
            dedupeKey: `k${from + i}`,
            collectedAt: at + i * 60_000,
            sentiment: { label: i % 3 === 0 ? 'negative' : 'positive', score: 0 },
            tags: [{ kind: 'keyword', value: i % 2 ? '电池' : '售后' }],
          }),
          sourceId: source.id,
        })),
      );
    await store(1, 90);
    const counted = await Promise.all([
      recordRollups(t.db.kysely, [ws]),
      recordRollups(t.db.kysely, [ws]),
      recordRollups(t.db.kysely, [ws]),
    ]);
    expect(counted.reduce((a, b) => a + b, 0)).toBe(90);
    await store(100, 10);
    expect(await recordRollups(t.db.kysely, [ws], 4)).toBe(4);
    expect(await recordRollups(t.db.kysely, [ws])).toBe(6);
    const scope = { workspaceId: ws, from: at - 3_600_000, to: at + 86_400_000, topicIds: [] };
    const volume = await dashboardQueries.volume(t.db.kysely, scope);
    expect(volume.reduce((a, r) => a + r.n, 0)).toBe(100);
    expect(volume.filter((r) => r.sentiment === 'negative').reduce((a, r) => a + r.n, 0)).toBe(30 + 4);
    const tops = await dashboardQueries.tops(t.db.kysely, scope, { keyword: 5, source: 5, author: 5, province: 5, country: 5 });
    expect(tops.keyword).toEqual([
      { value: '售后', n: 50 },
      { value: '电池', n: 50 },
    ]);
  });
});

describeBackends('dashboard top lists', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('match a count over the mentions themselves for any period and topic set (days, weeks, blocks and partial days)', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const source = await makeSource(t.db, ws);
    const topics = [(await makeTopic(t.db, ws)).id, (await makeTopic(t.db, ws)).id, (await makeTopic(t.db, ws)).id];
    const start = Date.UTC(2026, 0, 3, 5);
    const rand = seededRandom(7);
    const facts: RollupFacts[] = [];
    const rows = Array.from({ length: 1200 }, (_, i) => {
      const at = start + Math.floor(rand.next() * 70 * 86_400_000);
      // Skewed values: a few common, many rare, so some lists need reading deeper.
      const pick = (n: number) => Math.floor(n ** rand.next()) - 1;
      const tags = [
        ...new Set([`词${pick(60)}`, `词${pick(60)}`, `词${pick(60)}`].map((v) => `keyword\u0000${v}`)),
        ...(rand.next() < 0.5 ? ['region\u0000浙江省', 'author_region\u0000浙江省'] : ['region\u0000国家:日本']),
        ...(rand.next() < 0.2 ? ['region\u0000国家:中国'] : []),
      ].map((k) => ({ kind: k.split('\u0000')[0] as string, value: k.split('\u0000')[1] as string }));
      const topicIds = topics.filter(() => rand.next() < 0.4);
      const author = rand.next() < 0.1 ? null : `作者${pick(40)}`;
      facts.push({ sortAt: at, sentiment: 'neutral', channel: 'news', sourceId: source.id, author, topicIds, tags });
      return {
        draft: draftFixture({
          workspaceId: ws,
          inboxId: i + 1,
          dedupeKey: `t${i}`,
          collectedAt: at,
          author,
          channel: 'news',
          topicIds,
          tags: tags.map((g) => ({ ...g, score: 1 })) as never,
        }),
        sourceId: source.id,
      };
    });
    await insertMentions(t.db.kysely, rows);
    expect(await recordRollups(t.db.kysely, [ws])).toBe(1200);
    const limits = { keyword: 5, source: 3, author: 4, province: 3, country: 3 };
    const periods = [
      [start + 3 * 3_600_000, start + 20 * 3_600_000],
      [start + 86_400_000 - 7_200_000, start + 9 * 86_400_000 + 3_600_000],
      [start, start + 70 * 86_400_000],
      [start + 5 * 86_400_000 + 123_456, start + 61 * 86_400_000 - 654_321],
    ] as const;
    for (const [from, to] of periods)
      for (const chosen of [[], [topics[0] as number], topics]) {
        const scope = { workspaceId: ws, from, to, topicIds: chosen };
        const got = await dashboardQueries.tops(t.db.kysely, scope, limits);
        const lo = Math.floor(from / 3_600_000) * 3_600_000;
        const hi = Math.ceil(to / 3_600_000) * 3_600_000;
        const counts = new Map<string, Map<string, number>>();
        for (const f of facts) {
          if (f.sortAt < lo || f.sortAt >= hi) continue;
          const weight = chosen.length === 0 ? 1 : f.topicIds.filter((id) => chosen.includes(id)).length;
          if (weight === 0) continue;
          for (const [dim, value] of dimensionValues(f)) {
            const m = counts.get(dim) ?? new Map<string, number>();
            m.set(value, (m.get(value) ?? 0) + weight);
            counts.set(dim, m);
          }
        }
        for (const dim of TOP_DIMS) {
          const want = [...(counts.get(dim) ?? new Map<string, number>())]
            .map(([value, n]) => ({ value, n }))
            .sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : 1))
            .slice(0, limits[dim]);
          expect({ dim, from, chosen, list: got[dim] }).toEqual({ dim, from, chosen, list: want });
        }
        const shares = await dashboardQueries.perTopic(t.db.kysely, scope, topics);
        for (const id of topics)
          expect(shares.get(id)).toBe(facts.filter((f) => f.sortAt >= lo && f.sortAt < hi && f.topicIds.includes(id)).length);
      }
  });
});
