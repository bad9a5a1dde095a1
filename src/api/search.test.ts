/** The search API, topic query validation, preview and retroactive apply, through the in-process app on both backends. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../domain/testkit/draft.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import type { MentionFamily, SearchResult, TopicApplyResult, TopicPreview } from './schemas/search.js';
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
    const rel = (await analyst.get(`${base()}/search?q=${encodeURIComponent('华为')}&sort=relevance`)).body as SearchResult;
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

  it('previews and applies over one window, the last 30 days, and names it in both answers', async () => {
    const now = h.clock.now;
    const window = { from: new Date(now - 30 * 86_400_000).toISOString(), to: new Date(now + 1).toISOString() };
    // Beyond the window: found by search, left alone by preview and apply.
    const src = await makeSource(h.t.db, ws, { key: 'archive' });
    const old = draftFixture({
      workspaceId: ws,
      inboxId: 100,
      dedupeKey: 'old',
      sourceKey: 'archive',
      text: '华为手机屏幕断裂',
      collectedAt: now - 40 * 86_400_000,
    });
    await insertMentions(h.t.db.kysely, [{ draft: old, sourceId: src.id }]);
    expect(((await analyst.get(`${base()}/search?q=${encodeURIComponent('"屏幕 断裂"')}`)).body as SearchResult).total).toBe(7);

    const pv = await analyst.call('POST', `${base()}/topics/preview`, { query: '屏幕 断裂' });
    expect(pv.status).toBe(200);
    const preview = pv.body as TopicPreview;
    expect(preview.count).toBe(6); // i = 0, 5, 10, 15 are hours old, 20 and 25 three weeks; the 40-day-old one is out
    expect(preview.sample.length).toBe(6);
    expect(preview.window).toEqual(window);
    const topic = (await analyst.call('POST', `${base()}/topics`, { name: 'screens', query: '"屏幕 断裂"' })).body as { id: number };
    const first = (await analyst.call('POST', `${base()}/topics/${topic.id}/apply`, {})).body as TopicApplyResult;
    expect(first).toEqual({ matched: 6, added: 6, window });
    const again = (await analyst.call('POST', `${base()}/topics/${topic.id}/apply`, {})).body as TopicApplyResult;
    expect(again).toEqual({ matched: 6, added: 0, window });
    const byTopic = (await analyst.get(`${base()}/search?topic=${topic.id}`)).body as SearchResult;
    expect(byTopic.total).toBe(6);
    expect(byTopic.facets.topic).toEqual([{ value: String(topic.id), count: 6 }]);
    const all = { from: new Date(now - 60 * 86_400_000).toISOString() };
    expect(((await analyst.call('POST', `${base()}/topics/${topic.id}/apply`, all)).body as TopicApplyResult).added).toBe(1);
  });

  it('counts the places a text mentions and where its author posted from as two facets, and names the source', async () => {
    const ws2 = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws2, 'analyst');
    const caller = await loginAs(h.app, m.user.username, m.password);
    const src = await makeSource(h.t.db, ws2, { key: 'demo:weibo' });
    const rows = [
      { region: '广东', author: '广东' },
      { region: '北京', author: '广东' },
      { region: null, author: '上海' },
    ].map((r, i) => ({
      draft: draftFixture({
        workspaceId: ws2,
        inboxId: 200 + i,
        dedupeKey: `r${i}`,
        sourceKey: 'demo:weibo',
        text: `充电宝 ${i}`,
        regionLabel: `IP属地：${r.author}`,
        tags: [...(r.region ? [{ kind: 'region', value: r.region }] : []), { kind: 'author_region', value: r.author }],
        collectedAt: h.clock.now - i * 60_000,
      }),
      sourceId: src.id,
    }));
    await insertMentions(h.t.db.kysely, rows);
    const page = (await caller.get(`/api/v1/workspaces/${ws2}/search?q=${encodeURIComponent('充电宝')}`)).body as SearchResult;
    expect(page.facets.region).toEqual([
      { value: '北京', count: 1 },
      { value: '广东', count: 1 },
    ]);
    expect(page.facets.authorRegion).toEqual([
      { value: '广东', count: 2 },
      { value: '上海', count: 1 },
    ]);
    expect(page.items[0]).toMatchObject({ source: 'demo:weibo', sourceName: src.name });
    const fromGuangdong = (await caller.get(`/api/v1/workspaces/${ws2}/search?authorRegion=${encodeURIComponent('广东')}`))
      .body as SearchResult;
    expect(fromGuangdong.total).toBe(2);
  });

  it('folds repost families: a copy hides when its original matches too, each hit names its family; the family route lists it', async () => {
    const ws3 = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws3, 'viewer');
    const caller = await loginAs(h.app, m.user.username, m.password);
    const src = await makeSource(h.t.db, ws3, { key: 'weibo' });
    const now = h.clock.now;
    let inbox = 300;
    const store = async (text: string, at: number, over: { duplicateOf?: number; channel?: string } = {}) => {
      inbox++;
      const draft = draftFixture({
        workspaceId: ws3,
        inboxId: inbox,
        dedupeKey: `f${inbox}`,
        sourceKey: 'weibo',
        text,
        channel: over.channel ?? 'social',
        duplicateOf: over.duplicateOf ?? null,
        collectedAt: now - at * 60_000,
      });
      await insertMentions(h.t.db.kysely, [{ draft, sourceId: src.id }]);
      const row = await h.t.db.kysely
        .selectFrom('mentions')
        .select('id')
        .where('workspace_id', '=', ws3)
        .where('dedupe_key', '=', draft.dedupeKey)
        .executeTakeFirstOrThrow();
      return Number(row.id);
    };
    const original = await store('充电宝 爆炸 <b>现场</b>', 50, { channel: 'news' });
    const c1 = await store('充电宝 爆炸 <b>现场</b>', 40, { duplicateOf: original });
    const c2 = await store('转发：充电宝 爆炸', 30, { duplicateOf: original });
    const c3 = await store('转发', 20, { duplicateOf: original });
    const other = await store('无关的原帖', 60);
    const d = await store('充电宝 爆炸 了', 10, { duplicateOf: other });
    const search = async (params: string) =>
      (await caller.get(`/api/v1/workspaces/${ws3}/search?q=${encodeURIComponent('爆炸')}${params}`)).body as SearchResult;

    const foldedPage = await search('');
    expect(foldedPage.items.map((i) => [i.id, i.familyId, i.similar])).toEqual([
      [d, other, 1],
      [original, original, 3],
    ]);
    expect(foldedPage).toMatchObject({ total: 2, totalCapped: false, facetsBasis: { kind: 'all', size: 2 } });
    expect((await search('&count=exact')).total).toBe(2);
    const unfolded = await search('&fold=false');
    expect(unfolded.items.map((i) => i.id)).toEqual([d, c2, c1, original]);
    expect(unfolded.items.find((i) => i.id === c1)).toMatchObject({ familyId: original, similar: 3 });
    expect(unfolded.total).toBe(4);
    // The original does not pass the filter, so its matching copies stand for the family.
    expect((await search('&channel=social')).items.map((i) => i.id)).toEqual([d, c2, c1]);
    const byPost = (await caller.call('POST', `/api/v1/workspaces/${ws3}/search`, { q: '爆炸', fold: false })).body as SearchResult;
    expect(byPost.total).toBe(4);

    const first = (await caller.get(`/api/v1/workspaces/${ws3}/mentions/${c2}/family?limit=2`)).body as MentionFamily;
    expect(first.originalId).toBe(original);
    expect(first.total).toBe(4);
    expect(first.items.map((i) => i.id)).toEqual([original, c1]);
    expect(first.items[0]!.snippetHtml).toBe('充电宝 爆炸 &lt;b&gt;现场&lt;/b&gt;');
    expect(first.items.every((i) => i.familyId === original && i.similar === 3)).toBe(true);
    const second = (await caller.get(`/api/v1/workspaces/${ws3}/mentions/${c2}/family?limit=2&cursor=${first.nextCursor}`))
      .body as MentionFamily;
    expect(second.items.map((i) => i.id)).toEqual([c2, c3]);
    expect(second.nextCursor).toBeNull();
    const alone = (await caller.get(`/api/v1/workspaces/${ws3}/mentions/${c3}/family?limit=1`)).body as MentionFamily;
    expect(alone.items.map((i) => i.id)).toEqual([original]);
    const rest = (await caller.get(`/api/v1/workspaces/${ws3}/mentions/${c3}/family?limit=5&cursor=${alone.nextCursor}`))
      .body as MentionFamily;
    expect(rest.items.map((i) => i.id)).toEqual([c1, c2, c3]);

    // Another workspace's mention is not found, for its members' path or for an outsider.
    expect((await caller.get(`/api/v1/workspaces/${ws3}/mentions/${await firstMentionOf(ws)}/family`)).status).toBe(404);
    expect((await analyst.get(`/api/v1/workspaces/${ws3}/mentions/${original}/family`)).status).toBe(404);
    expect((await analyst.get(`/api/v1/workspaces/${ws}/mentions/${original}/family`)).status).toBe(404);
  });

  it('documents the search contract in OpenAPI: count and fold, capped totals, facets basis, families', async () => {
    const doc = (await analyst.get('/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(doc.paths['/api/v1/workspaces/{workspaceId}/mentions/{mentionId}/family']?.get).toBeDefined();
    const params = (doc.paths['/api/v1/workspaces/{workspaceId}/search']?.get?.parameters ?? []).map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['count', 'fold', 'cursor']));
    expect(Object.keys(doc.components.schemas.SearchResult!.properties)).toEqual(
      expect.arrayContaining(['total', 'totalCapped', 'facetsBasis']),
    );
    expect(Object.keys(doc.components.schemas.SearchHit!.properties)).toEqual(expect.arrayContaining(['familyId', 'similar']));
    expect(Object.keys(doc.components.schemas.MentionFamily!.properties).sort()).toEqual(['items', 'nextCursor', 'originalId', 'total']);
  });

  async function firstMentionOf(workspaceId: number): Promise<number> {
    const r = await h.t.db.kysely.selectFrom('mentions').select('id').where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
    return Number(r.id);
  }
});
