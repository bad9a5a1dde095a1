/** The search API, topic query validation, preview and retroactive apply, through the in-process app on both backends. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../pipeline/testkit/draft.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import type { SearchResult, TopicApplyResult, TopicPreview } from './schemas/search.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

describeBackends('search API', (dialect) => {
  let h: Harness;
  let analyst: Caller;
  let ws = 0;
  const base = () => `/api/v1/workspaces/${ws}`;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws, 'analyst');
    analyst = await loginAs(h.app, m.user.username, m.password);
    const weibo = await makeSource(h.t.db, ws, { key: 'weibo' });
    const news = await makeSource(h.t.db, ws, { key: 'news.example.com' });
    const now = h.clock.now;
    const rows = Array.from({ length: 30 }, (_, i) => ({
      draft: draftFixture({
        workspaceId: ws,
        inboxId: i + 1,
        dedupeKey: `d${i}`,
        sourceKey: i % 3 === 0 ? 'news.example.com' : 'weibo',
        title: i % 2 === 0 ? `华为新机发布 ${i}` : `荣耀 ${i}`,
        text: i % 5 === 0 ? '华为手机屏幕断裂，用户投诉' : '普通内容 huawei phone',
        channel: i % 3 === 0 ? 'news' : 'social',
        likes: i,
        authorFollowers: i === 7 ? 100_000 : 10,
        sentiment: { label: i % 4 === 0 ? 'negative' : 'neutral', score: 0.5 },
        tags: i % 2 === 0 ? [{ kind: 'category', value: 'product' }] : [],
        collectedAt: now - (i + 1) * 3_600_000 * (i < 20 ? 1 : 24),
      }),
      sourceId: i % 3 === 0 ? news.id : weibo.id,
    }));
    await insertMentions(h.t.db.kysely, rows);
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('refuses a topic whose query does not parse, naming query and the column; accepts a good one', async () => {
    const bad = await analyst.call('POST', `${base()}/topics`, { name: 'x', query: '(华为 OR Huawei AND 投诉' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'invalid_request', details: [{ field: 'query', problem: "expected ')' at column 21" }] },
    });
    const ok = await analyst.call('POST', `${base()}/topics`, { name: 'brand', query: '华为 OR huawei' });
    expect(ok.status).toBe(201);
    const patch = await analyst.call('PATCH', `${base()}/topics/${(ok.body as { id: number }).id}`, { query: 'a OR' });
    expect(patch.status).toBe(400);
    expect(JSON.stringify(patch.body)).toContain('column 5');
  });

  it('searches with filters, facets over all matches, and keyset pages in time and reach order', async () => {
    const r = await analyst.get(`${base()}/search?q=${encodeURIComponent('华为 投诉')}&limit=2`);
    expect(r.status).toBe(200);
    const page = r.body as SearchResult;
    expect(page.total).toBe(6);
    expect(page.query).toBe('华为 AND 投诉');
    expect(page.items).toHaveLength(2);
    expect(page.items[0]!.snippetHtml).toContain('<mark>华为</mark>');
    expect(page.facets.channel).toEqual(
      [
        { value: 'news', count: 2 },
        { value: 'social', count: 4 },
      ].sort((a, b) => b.count - a.count),
    );
    expect(page.facets.category).toEqual([{ value: 'product', count: 3 }]);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `${base()}/search?q=${encodeURIComponent('华为 投诉')}&limit=4&sort=reach${cursor ? `&cursor=${cursor}` : ''}`;
      const p = (await analyst.get(path)).body as SearchResult;
      seen.push(...p.items.map((i) => i.reach));
      cursor = p.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));

    const news = (await analyst.get(`${base()}/search?q=huawei&channel=news&sentiment=negative`)).body as SearchResult;
    expect(news.items.every((i) => i.channel === 'news' && i.sentiment === 'negative')).toBe(true);
    expect(news.total).toBeGreaterThan(0);
    const rel = (await analyst.get(`${base()}/search?q=${encodeURIComponent('华为')}&sort=relevance&severity=I`)).body as SearchResult;
    expect(rel.total).toBe(18);
    const outsiderWs = (await makeWorkspace(h.t.db)).id;
    const o = await makeMember(h.t.db, outsiderWs, 'analyst');
    const outsider = await loginAs(h.app, o.user.username, o.password);
    expect((await outsider.get(`${base()}/search?q=huawei`)).status).toBe(404);
    expect((await outsider.call('POST', `${base()}/topics/preview`, { query: 'huawei' })).status).toBe(404);
    const bad = await analyst.get(`${base()}/search?q=${encodeURIComponent('(华为')}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { details: [{ field: 'query' }] } });
  });

  it('previews a query over the last 7 days and applies a topic retroactively, idempotently', async () => {
    const pv = await analyst.call('POST', `${base()}/topics/preview`, { query: '屏幕 断裂' });
    expect(pv.status).toBe(200);
    const preview = pv.body as TopicPreview;
    expect(preview.count).toBe(4); // i = 0, 5, 10, 15 are hours old; 20 and 25 are weeks old
    expect(preview.sample.length).toBe(4);
    const topic = (await analyst.call('POST', `${base()}/topics`, { name: 'screens', query: '"屏幕 断裂"' })).body as { id: number };
    const first = (await analyst.call('POST', `${base()}/topics/${topic.id}/apply`, {})).body as TopicApplyResult;
    expect(first).toEqual({ matched: 6, added: 6 });
    const again = (await analyst.call('POST', `${base()}/topics/${topic.id}/apply`, {})).body as TopicApplyResult;
    expect(again).toEqual({ matched: 6, added: 0 });
    const byTopic = (await analyst.get(`${base()}/search?topic=${topic.id}`)).body as SearchResult;
    expect(byTopic.total).toBe(6);
    expect(byTopic.facets.topic).toEqual([{ value: String(topic.id), count: 6 }]);
  });
});
