/**
 * Hostile items through the API on both backends: publication times that are not believable are refused per
 * item naming `publishedAt`; rows with any stored time (written before that check) still read; NUL characters
 * are refused in identifiers and stripped from text the same way on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { testConfig } from '../pipeline/testkit/seed.js';
import { drainOnce } from '../pipeline/worker.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeMention, makeSource, makeWorkspace } from '../testing/factories.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

interface Page {
  items: { id: number; title: string; text: string; source: string; publishedAt: string | null }[];
  nextCursor: string | null;
}
interface IntakeReply {
  accepted: number;
  rejected: { index: number; field: string; problem: string }[];
}

describeBackends('hostile items', (dialect) => {
  let h: Harness;
  let caller: Caller;
  let ws = 0;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws, 'analyst');
    caller = await loginAs(h.app, m.user.username, m.password);
  });
  afterAll(async () => {
    await h.dispose();
  });
  const drain = () => drainOnce({ db: h.t.db, config: testConfig(), logger: silentLogger, workerId: 'test', now: () => h.clock.now });

  it('refuses publication times that are not times, before 1990 or ahead of the clock, naming the field; the rest go in', async () => {
    const now = h.clock.now;
    const items = [
      { source: 'weibo', externalId: 't1', text: 'fine', publishedAt: new Date(now - 60_000).toISOString() },
      { source: 'weibo', externalId: 't2', text: 'huge', publishedAt: 8.7e15 },
      { source: 'weibo', externalId: 't3', text: 'far future', publishedAt: '5138-03-01T00:00:00Z' },
      { source: 'weibo', externalId: 't4', text: 'zone', publishedAt: new Date(now + 8 * 3_600_000).toISOString() },
      { source: 'weibo', externalId: 't5', text: 'old', publishedAt: '1970-01-02T00:00:00Z' },
      { source: 'weibo', externalId: 't6', text: 'skew', publishedAt: new Date(now + 5 * 60_000).toISOString() },
    ];
    const r = await caller.call('POST', `/api/v1/workspaces/${ws}/mentions`, { items });
    expect(r.status).toBe(202);
    const body = r.body as IntakeReply;
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((x) => [x.index, x.field])).toEqual([
      [1, 'publishedAt'],
      [2, 'publishedAt'],
      [3, 'publishedAt'],
      [4, 'publishedAt'],
    ]);
    expect(body.rejected[2]?.problem).toMatch(/^2026-02-01T17:00:00\.000Z is 8 h after the time of receipt .*time zone/);
    expect(body.rejected[3]?.problem).toMatch(/before 1990-01-01/);
  });

  it('lists, pages, shows and searches a workspace holding rows with any stored time', async () => {
    const bad = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, bad, 'viewer');
    const viewer = await loginAs(h.app, m.user.username, m.password);
    const source = await makeSource(h.t.db, bad, { key: 'weibo' });
    const stored = [8.7e15, 1e17, Date.UTC(5138, 2, 1), -1e16, Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 4)];
    const ids: number[] = [];
    for (const [i, at] of stored.entries()) {
      const id = await makeMention(h.t.db, bad, source.id, { title: `m${i}` });
      await h.t.db.kysely.updateTable('mentions').set({ published_at: at, sort_at: at }).where('id', '=', id).execute();
      ids.push(id);
    }
    const titles: string[] = [];
    const published: (string | null)[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const r = await viewer.get(`/api/v1/workspaces/${bad}/mentions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      const page = r.body as Page;
      titles.push(...page.items.map((i) => i.title));
      published.push(...page.items.map((i) => i.publishedAt));
      cursor = page.nextCursor;
      if (cursor === null) break;
    }
    expect(titles).toEqual(['m1', 'm0', 'm2', 'm4', 'm5', 'm3']);
    expect(published).toEqual([null, null, '5138-03-01T00:00:00.000Z', '2026-01-05T00:00:00.000Z', '2026-01-04T00:00:00.000Z', null]);

    for (const id of ids) expect((await viewer.get(`/api/v1/workspaces/${bad}/mentions/${id}`)).status).toBe(200);

    const hits: number[] = [];
    cursor = null;
    for (let pages = 0; pages < 10; pages++) {
      const r = await viewer.get(`/api/v1/workspaces/${bad}/search?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      const page = r.body as { items: { id: number; at: string }[]; nextCursor: string | null };
      hits.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      if (cursor === null) break;
    }
    expect(hits).toEqual([ids[1], ids[0], ids[2], ids[4], ids[5], ids[3]]);
  });

  it('refuses a NUL in identifiers and strips it from text, the same on both backends, without failing the batch', async () => {
    const items = [
      { source: 'wei\u0000bo', text: 'bad source' },
      { source: 'weibo', externalId: 'n\u00001', text: 'bad id' },
      { source: 'weibo', url: 'https://example.com/a\u0000b', text: 'bad url' },
      { source: 'weibo', externalId: 'n2', text: 'good\u0000 text', title: 'ti\u0000tle', author: 'a\u0000b' },
      { source: 'weibo', externalId: 'n3', text: 'plain', parent: 'n\u00002' },
    ];
    const r = await caller.call('POST', `/api/v1/workspaces/${ws}/mentions`, { items });
    expect(r.status).toBe(202);
    const body = r.body as IntakeReply;
    expect(body.accepted).toBe(1);
    expect(body.rejected.map((x) => [x.index, x.field])).toEqual([
      [0, 'source'],
      [1, 'externalId'],
      [2, 'url'],
      [4, 'parent'],
    ]);
    expect(body.rejected[0]?.problem).toMatch(/NUL character \(U\+0000\)/);
    await drain();
    const page = (await caller.get(`/api/v1/workspaces/${ws}/mentions?limit=50`)).body as {
      items: { externalId: string | null; title: string; text: string; author: string | null }[];
    };
    expect(page.items.find((i) => i.externalId === 'n2')).toMatchObject({ title: 'title', text: 'good text', author: 'ab' });
  });
});
