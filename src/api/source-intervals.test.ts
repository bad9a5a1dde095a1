/**
 * A source's own interval through the API on both backends: set on create and patch (null = automatic),
 * checked against the host floor with a clear error, shown with the kind's default, the floor and the
 * effective interval in health, a shorter setting bringing the next check forward, and when the last new
 * item arrived.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../collect/sources/testkit/fixture-site.js';
import { silentLogger } from '../log/logger.js';
import { createScheduler } from '../scheduler/index.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeWorkspace } from '../testing/factories.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

interface View {
  id: number;
  intervalSeconds: number | null;
  health: {
    intervalSeconds: number | null;
    defaultIntervalSeconds: number | null;
    minIntervalSeconds: number | null;
    lastNewItemAt: string | null;
    nextCheckAt: string | null;
  };
}

describeBackends('source intervals API', (dialect) => {
  let h: Harness;
  let admin: Caller;
  let ws = 0;
  const settings = {
    fetchAllowCidrs: ['127.0.0.1/32'],
    fetchRetries: 0,
    collectPerHostDelayMs: 0,
    collectMinIntervalSeconds: 30,
    collectHostFloors: { 'news.example.org': 300, 'reddit.com': 120 },
  };

  beforeAll(async () => {
    // The fixture feed's items are from 20 Nov 2026: the clock starts after them (later times are refused at intake).
    h = await createHarness(dialect, { loginMaxAttempts: 1000, ...settings }, { clockStart: Date.UTC(2026, 10, 21, 9, 0, 0) });
    ws = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws, 'admin');
    admin = await loginAs(h.app, m.user.username, m.password);
  });
  afterAll(async () => {
    await h.dispose();
  });
  const path = (rest = '') => `/api/v1/workspaces/${ws}/sources${rest}`;
  const iso = (ms: number) => new Date(ms).toISOString();

  it('sets an interval on create and shows it with the kind’s default, the host floor and the effective interval', async () => {
    const set = await admin.call('POST', path(), {
      name: '晨报',
      kind: 'feed',
      config: { url: site.url('/feed.xml?a') },
      intervalSeconds: 60,
    });
    expect(set.status).toBe(201);
    expect(set.body).toMatchObject({
      intervalSeconds: 60,
      health: { intervalSeconds: 60, defaultIntervalSeconds: 300, minIntervalSeconds: 30, lastNewItemAt: null },
    });
    const auto = await admin.call('POST', path(), { name: '晚报', kind: 'feed', config: { url: site.url('/feed.xml?b') } });
    expect(auto.body).toMatchObject({ intervalSeconds: null, health: { intervalSeconds: 300, defaultIntervalSeconds: 300 } });
    const floored = await admin.call('POST', path(), {
      name: '新闻网',
      kind: 'feed',
      config: { url: 'https://m.news.example.org/rss.xml' },
      intervalSeconds: 300,
    });
    expect(floored.body).toMatchObject({ intervalSeconds: 300, health: { minIntervalSeconds: 300, intervalSeconds: 300 } });
    const push = await admin.call('POST', path(), { key: 'api-push', name: '推送', kind: 'api' });
    expect(push.body).toMatchObject({ intervalSeconds: null, health: { intervalSeconds: null, minIntervalSeconds: null } });
  });

  it('refuses an interval below the host floor, naming the floor and the host', async () => {
    const low = await admin.call('POST', path(), {
      name: '太快',
      kind: 'feed',
      config: { url: site.url('/feed.xml?c') },
      intervalSeconds: 10,
    });
    expect(low.status).toBe(400);
    expect(low.body).toMatchObject({
      error: {
        code: 'interval_below_floor',
        message: 'intervalSeconds: 10 s is shorter than the 30 s floor for 127.0.0.1; choose 30 or more, or null for automatic.',
        details: [{ field: 'intervalSeconds' }],
      },
    });
    const host = await admin.call('POST', path(), {
      name: '新闻网',
      kind: 'feed',
      config: { url: 'https://news.example.org/a.xml' },
      intervalSeconds: 120,
    });
    expect(host.status).toBe(400);
    expect((host.body as { error: { message: string } }).error.message).toMatch(/the 300 s floor for news\.example\.org/);
    const reddit = await admin.call('POST', path(), {
      name: 'Reddit',
      kind: 'reddit',
      config: { keywords: ['xinglan'] },
      intervalSeconds: 60,
    });
    expect((reddit.body as { error: { message: string } }).error.message).toMatch(/the 120 s floor for www\.reddit\.com/);
    const push = await admin.call('POST', path(), { key: 'api-2', name: '推送', kind: 'api', intervalSeconds: 60 });
    expect(push.body).toMatchObject({ error: { code: 'invalid_request', details: [{ field: 'intervalSeconds' }] } });
    for (const bad of [0, -5, 1.5, '60', 100_000]) {
      const r = await admin.call('POST', path(), {
        name: '坏的',
        kind: 'feed',
        config: { url: site.url('/feed.xml?d') },
        intervalSeconds: bad,
      });
      expect(r.status, String(bad)).toBe(400);
    }
    expect(((await admin.get(path())).body as { items: unknown[] }).items.length).toBe(4);
  });

  it('changes the interval by patch: shorter brings the next check forward, null returns to automatic, the floor holds', async () => {
    const created = await admin.call('POST', path(), { name: '周报', kind: 'feed', config: { url: site.url('/feed.xml?e') } });
    const id = (created.body as View).id;
    const scheduler = createScheduler({
      db: h.t.db,
      config: { ...h.config, ...settings },
      logger: silentLogger,
      workerId: 'intervals',
      now: () => h.clock.now,
      random: () => 0.5,
    });
    await scheduler.runDueOnce();
    const collected = (await admin.get(path(`/${id}`))).body as View;
    expect(collected.health).toMatchObject({ lastNewItemAt: iso(h.clock.now), nextCheckAt: iso(h.clock.now + 300_000) });

    const shorter = await admin.call('PATCH', path(`/${id}`), { intervalSeconds: 60 });
    expect(shorter.status).toBe(200);
    expect(shorter.body).toMatchObject({ intervalSeconds: 60, health: { intervalSeconds: 60, nextCheckAt: iso(h.clock.now + 60_000) } });
    const longer = await admin.call('PATCH', path(`/${id}`), { intervalSeconds: 600 });
    expect(longer.body).toMatchObject({ intervalSeconds: 600, health: { intervalSeconds: 600, nextCheckAt: iso(h.clock.now + 60_000) } });
    const auto = await admin.call('PATCH', path(`/${id}`), { intervalSeconds: null });
    expect(auto.body).toMatchObject({ intervalSeconds: null, health: { intervalSeconds: 300 } });

    const low = await admin.call('PATCH', path(`/${id}`), { intervalSeconds: 29 });
    expect(low.body).toMatchObject({ error: { code: 'interval_below_floor' } });
    await admin.call('PATCH', path(`/${id}`), { intervalSeconds: 60 });
    const moved = await admin.call('PATCH', path(`/${id}`), { config: { url: 'https://news.example.org/rss.xml' } });
    expect(moved.status).toBe(400);
    expect((moved.body as { error: { message: string } }).error.message).toMatch(/60 s is shorter than the 300 s floor/);
    const both = await admin.call('PATCH', path(`/${id}`), { config: { url: 'https://news.example.org/rss.xml' }, intervalSeconds: 300 });
    expect(both.body).toMatchObject({ intervalSeconds: 300, health: { minIntervalSeconds: 300 } });
  });

  it('lists each kind’s default interval and host floor', async () => {
    const r = await admin.get('/api/v1/source-types');
    const kinds = (r.body as { items: { kind: string; defaultIntervalSeconds: number; minIntervalSeconds: number }[] }).items;
    expect(kinds.find((k) => k.kind === 'feed')).toMatchObject({ defaultIntervalSeconds: 300, minIntervalSeconds: 30 });
    expect(kinds.find((k) => k.kind === 'reddit')).toMatchObject({ defaultIntervalSeconds: 300, minIntervalSeconds: 120 });
    expect(kinds.find((k) => k.kind === 'sitemap')).toMatchObject({ defaultIntervalSeconds: 900 });
  });
});
