/** Reading mentions page by page and pushing them in through intake. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { intakeItems } from '../metrics/registry.js';
import { drainOnce } from '../pipeline/worker.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeMention, makeSource, makeWorkspace } from '../testing/factories.js';
import { type Caller, createHarness, errorCode, type Harness, loginAs } from './testing/harness.js';

interface Page {
  items: { id: number; title: string; source: string; collectedAt: string; engagement: { likes: number | null } }[];
  nextCursor: string | null;
  total: number;
}

async function counter(result: string): Promise<number> {
  const metric = await intakeItems.get();
  return metric.values.find((v) => v.labels.result === result && v.labels.origin === 'api')?.value ?? 0;
}

describeBackends('mentions API', (dialect) => {
  let h: Harness;
  let analyst: Caller;
  let ws = 0;

  beforeAll(async () => {
    h = await createHarness(dialect, { maxBatchItems: 5, loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws, 'analyst');
    analyst = await loginAs(h.app, m.user.username, m.password);
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('pages newest first (sort_at desc, id desc) with a keyset cursor and a total', async () => {
    const read = (await makeWorkspace(h.t.db)).id;
    const viewer = await makeMember(h.t.db, read, 'viewer');
    const caller = await loginAs(h.app, viewer.user.username, viewer.password);
    const source = await makeSource(h.t.db, read, { key: 'weibo' });
    const base = Date.UTC(2026, 0, 1);
    // Ties on sort_at must still come out in one strict order, split across pages.
    const sortAts = [5, 1, 3, 3, 3, 4, 2].map((n) => base + n * 60_000);
    const ids: { id: number; sortAt: number }[] = [];
    for (const [i, sortAt] of sortAts.entries())
      ids.push({ id: await makeMention(h.t.db, read, source.id, { sortAt, title: `m${i}` }), sortAt });
    const other = await makeSource(h.t.db, ws);
    await makeMention(h.t.db, ws, other.id, { sortAt: base + 10 * 60_000 });
    const expected = [...ids].sort((x, y) => y.sortAt - x.sortAt || y.id - x.id).map((x) => x.id);

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/api/v1/workspaces/${read}/mentions?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const r = await caller.get(path);
      expect(r.status).toBe(200);
      const page = r.body as Page;
      expect(page.total).toBe(7);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);

    const first = (await caller.get(`/api/v1/workspaces/${read}/mentions?limit=1`)).body as Page;
    expect(first.items[0]).toMatchObject({
      source: 'weibo',
      collectedAt: new Date(base + 5 * 60_000).toISOString(),
      engagement: { likes: 3 },
    });
  });

  it('shows saves, dislikes and pictures, and an unknown count as null (never 0), documented in the OpenAPI schema', async () => {
    const own = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, own, 'analyst');
    const caller = await loginAs(h.app, m.user.username, m.password);
    const items = [
      {
        source: 'xiaohongshu',
        externalId: 'n1',
        text: '附上流程图',
        engagement: { likes: 1024, collects: 21000, dislikes: 0 },
        images: ['https://sns-webpic-qc.xhscdn.com/a.jpg'],
      },
      { source: 'xiaohongshu', externalId: 'c1', text: '[笑哭R]', parent: 'n1' },
    ];
    expect((await caller.call('POST', `/api/v1/workspaces/${own}/mentions`, { items })).status).toBe(202);
    await drainOnce({ db: h.t.db, config: h.config, logger: silentLogger });
    const page = (await caller.get(`/api/v1/workspaces/${own}/mentions`)).body as {
      items: { externalId: string; engagement: Record<string, number | null>; images: string[] }[];
    };
    const byId = new Map(page.items.map((i) => [i.externalId, i]));
    expect(byId.get('n1')).toMatchObject({
      engagement: { likes: 1024, collects: 21000, dislikes: 0, reposts: null, replies: null, views: null },
      images: ['https://sns-webpic-qc.xhscdn.com/a.jpg'],
    });
    expect(byId.get('c1')).toMatchObject({
      engagement: { likes: null, collects: null, dislikes: null, reposts: null, replies: null, views: null },
      images: [],
    });
    const doc = (await caller.get('/api/v1/openapi.json')).body as {
      components: { schemas: { Mention: { properties: { engagement: { description?: string } } } } };
    };
    expect(doc.components.schemas.Mention.properties.engagement.description).toMatch(/null means unknown.*never 0/);
  });

  it('refuses a forged cursor and an out-of-range limit, naming the parameter', async () => {
    const bad = await analyst.get(`/api/v1/workspaces/${ws}/mentions?cursor=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'invalid_request', details: [{ field: 'cursor' }] } });
    const big = await analyst.get(`/api/v1/workspaces/${ws}/mentions?limit=1000`);
    expect(big.status).toBe(400);
    expect(big.body).toMatchObject({ error: { details: [{ field: 'limit' }] } });
  });

  it('stores a batch durably, answers 202, wakes the worker, counts it, and is idempotent', async () => {
    const items = [
      { source: 'news.example.com', url: 'https://news.example.com/a?utm_source=x', title: '甲' },
      { source: 'news.example.com', url: 'https://news.example.com/b', title: '乙' },
      { source: 'weibo', externalId: '123', text: '丙' },
    ];
    const acceptedBefore = await counter('accepted');
    const wakesBefore = h.wakes.count;
    const first = await analyst.call('POST', `/api/v1/workspaces/${ws}/mentions`, { items });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    expect(h.wakes.count).toBe(wakesBefore + 1);
    expect((await counter('accepted')) - acceptedBefore).toBe(3);
    const inbox = await h.t.db.kysely.selectFrom('inbox').selectAll().where('workspace_id', '=', ws).execute();
    expect(inbox).toHaveLength(3);
    expect(inbox.every((r) => r.origin === 'api' && r.status === 'pending')).toBe(true);

    const again = await analyst.call('POST', `/api/v1/workspaces/${ws}/mentions`, { items });
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
    expect(h.wakes.count).toBe(wakesBefore + 1);
    expect(await h.t.db.kysely.selectFrom('inbox').selectAll().where('workspace_id', '=', ws).execute()).toHaveLength(3);

    const audit = await h.t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('action', '=', 'mentions.intake')
      .execute();
    expect(audit.map((a) => JSON.parse(a.details))).toEqual([
      { accepted: 3, duplicates: 0, rejected: 0 },
      { accepted: 0, duplicates: 3, rejected: 0 },
    ]);
  });

  it('accepts the good items of a mixed batch and reports the bad ones by index and field', async () => {
    const r = await analyst.call('POST', `/api/v1/workspaces/${ws}/mentions`, {
      items: [
        { source: 'rss', url: 'https://ok.example.com/1', title: 'fine' },
        { source: 'rss', url: 'ftp://bad.example.com/1', title: 'bad url' },
      ],
    });
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ accepted: 1, duplicates: 0, rejected: [{ index: 1, field: 'url' }] });
  });

  it('answers 400 naming items.<i>.<field> when every item is bad, and stores nothing', async () => {
    const before = await h.t.db.kysely.selectFrom('inbox').select('id').where('workspace_id', '=', ws).execute();
    const r = await analyst.call('POST', `/api/v1/workspaces/${ws}/mentions`, {
      items: [{ source: 'rss', url: 'not a url', title: 't' }, { url: 'https://x.example.com/', title: 't' }, { source: 'rss' }],
    });
    expect(r.status).toBe(400);
    const details = (r.body as { error: { code: string; details: { field: string; problem: string }[] } }).error.details;
    expect(errorCode(r)).toBe('invalid_request');
    expect(details.map((d) => d.field)).toEqual(['items.0.url', 'items.1.source', 'items.2.text']);
    expect(details[0]?.problem).toMatch(/http/);
    expect(await h.t.db.kysely.selectFrom('inbox').select('id').where('workspace_id', '=', ws).execute()).toEqual(before);
  });

  it('refuses an empty batch and one over the configured size', async () => {
    const empty = await analyst.call('POST', `/api/v1/workspaces/${ws}/mentions`, { items: [] });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: { details: [{ field: 'items' }] } });
    const items = Array.from({ length: 6 }, (_, i) => ({ source: 's', text: `t${i}` }));
    const tooMany = await analyst.call('POST', `/api/v1/workspaces/${ws}/mentions`, { items });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: { details: [{ field: 'items', problem: '6 items; at most 5 per request' }] } });
  });
});
