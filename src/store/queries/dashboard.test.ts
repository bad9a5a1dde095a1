/** The dashboard's rollups on both backends: each mention counted once, however many callers count at the same time. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../../domain/testkit/draft.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeSource, makeWorkspace } from '../../testing/factories.js';
import { dashboardQueries } from './dashboard.js';
import { recordRollups } from './dashboard-rollups.js';
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
