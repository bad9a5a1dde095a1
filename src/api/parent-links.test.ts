/**
 * Replies and reposts link to their stored parents, whatever order they arrive in, never across workspaces,
 * and the list and detail show the link as `parentId` (on both backends).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { testConfig } from '../pipeline/testkit/seed.js';
import { drainOnce } from '../pipeline/worker.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeWorkspace } from '../testing/factories.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

interface View {
  id: number;
  externalId: string | null;
  url: string | null;
  source: string;
  parent: string | null;
  parentId: number | null;
}

describeBackends('parent links', (dialect) => {
  let h: Harness;
  let a: Caller;
  let b: Caller;
  let wsA = 0;
  let wsB = 0;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    wsA = (await makeWorkspace(h.t.db)).id;
    wsB = (await makeWorkspace(h.t.db)).id;
    const ma = await makeMember(h.t.db, wsA, 'analyst');
    a = await loginAs(h.app, ma.user.username, ma.password);
    const mb = await makeMember(h.t.db, wsB, 'analyst');
    b = await loginAs(h.app, mb.user.username, mb.password);
  });
  afterAll(async () => {
    await h.dispose();
  });

  const push = async (caller: Caller, ws: number, items: object[]) => {
    const r = await caller.call('POST', `/api/v1/workspaces/${ws}/mentions`, { items });
    expect(r.status).toBe(202);
    return drainOnce({ db: h.t.db, config: testConfig(), logger: silentLogger, workerId: 'test', now: () => h.clock.now });
  };
  const list = async (caller: Caller, ws: number) => {
    const r = await caller.get(`/api/v1/workspaces/${ws}/mentions?limit=100`);
    expect(r.status).toBe(200);
    const items = (r.body as { items: View[] }).items;
    const by = (ref: string) => items.find((i) => i.externalId === ref || i.url === ref);
    return { items, by };
  };

  it('links children to parents in the same batch (either order), to parents that arrive later, by id within a source or by URL', async () => {
    // Workspace B holds a p2 of its own first: A's children must never link to it.
    expect(await push(b, wsB, [{ source: 'weibo', externalId: 'p2', text: 'B 的原帖' }])).toBe(1);
    const stored = await push(a, wsA, [
      { source: 'weibo', externalId: 'c1', text: '回复在原帖之前', parent: 'p1' },
      { source: 'weibo', externalId: 'p1', text: '原帖' },
      { source: 'weibo', externalId: 'c2', text: '回复在原帖之后', parent: 'p1' },
      { source: 'douyin', externalId: 'x1', text: '另一个平台的同号', parent: 'p1' },
      { source: 'weibo', externalId: 'c3', text: '原帖稍后才到', parent: 'p2' },
      { source: 'weibo', externalId: 'r1', text: '转发新闻', parent: 'https://News.Example.com/a/9.html?utm_source=wb#comments' },
    ]);
    expect(stored).toBe(6);
    let m = await list(a, wsA);
    expect(m.by('c1')?.parentId).toBe(m.by('p1')?.id);
    expect(m.by('c2')?.parentId).toBe(m.by('p1')?.id);
    expect(m.by('x1')?.parentId).toBeNull();
    expect(m.by('c3')).toMatchObject({ parent: 'p2', parentId: null });
    expect(m.by('r1')?.parentId).toBeNull();

    expect(
      await push(a, wsA, [
        { source: 'weibo', externalId: 'p2', text: '迟到的原帖' },
        { source: 'news', url: 'https://news.example.com/a/9.html', title: '新闻原文', text: '正文' },
      ]),
    ).toBe(2);
    m = await list(a, wsA);
    expect(m.by('c3')?.parentId).toBe(m.by('p2')?.id);
    expect(m.by('r1')?.parentId).toBe(m.by('https://news.example.com/a/9.html')?.id);
    expect(m.by('p1')?.parentId).toBeNull();

    const detail = await a.get(`/api/v1/workspaces/${wsA}/mentions/${m.by('c1')?.id}`);
    expect(detail.body).toMatchObject({ parent: 'p1', parentId: m.by('p1')?.id });

    // B's own late child links to B's parent, not to A's.
    expect(await push(b, wsB, [{ source: 'weibo', externalId: 'b1', text: 'B 的回复', parent: 'p2' }])).toBe(1);
    const inB = await list(b, wsB);
    expect(inB.by('b1')?.parentId).toBe(inB.by('p2')?.id);
    expect(inB.by('b1')?.parentId).not.toBe(m.by('p2')?.id);
  });

  it('a URL that names a post and its comments links reposts to the post, also when a comment arrives first', async () => {
    const post = 'https://weibo.example.com/u/1/Pq9';
    // A comment links to its post's URL, and arrives before the post; a repost names the post by URL.
    expect(
      await push(a, wsA, [
        { source: 'weibo', externalId: 'cm1', url: post, text: '评论先到', parent: 'pq9' },
        { source: 'weibo', externalId: 'rp1', text: '转发', parent: post },
      ]),
    ).toBe(2);
    let m = await list(a, wsA);
    expect(m.by('rp1')?.parentId).toBeNull();
    expect(await push(a, wsA, [{ source: 'weibo', externalId: 'pq9', url: post, text: '原帖' }])).toBe(1);
    m = await list(a, wsA);
    const root = m.items.find((i) => i.externalId === 'pq9')?.id;
    expect(m.items.find((i) => i.externalId === 'rp1')?.parentId).toBe(root);
    expect(m.items.find((i) => i.externalId === 'cm1')?.parentId).toBe(root);
    // A later repost of the same URL picks the post, not the earlier comment.
    expect(await push(a, wsA, [{ source: 'weibo', externalId: 'rp2', text: '再转发', parent: post }])).toBe(1);
    m = await list(a, wsA);
    expect(m.items.find((i) => i.externalId === 'rp2')?.parentId).toBe(root);
  });
});
