/**
 * The scheduler end to end on both backends, against a local fixture site: every source type collects into
 * mentions with metadata; hostile sources each get a clear error while the others collect in the same pass;
 * conditional GET; robots.txt; two schedulers never collect the same source at once.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../collect/sources/testkit/fixture-site.js';
import type { Config } from '../config/index.js';
import { silentLogger } from '../log/logger.js';
import { seedWorkspace, testConfig } from '../pipeline/testkit/seed.js';
import { drainOnce } from '../pipeline/worker.js';
import { itemsPerDay, scheduleNow, sourceHealth } from '../store/queries/collection.js';
import { sourceQueries } from '../store/queries/sources.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { makeTopic } from '../testing/factories.js';
import { createScheduler } from './scheduler.js';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

// After the newest fixture item (10:02Z): intake refuses publication times ahead of its clock.
const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);

function config(over: Partial<Config> = {}): Config {
  return testConfig({
    fetchAllowCidrs: ['127.0.0.1/32'],
    fetchRetries: 0,
    fetchIdleTimeoutMs: 2000,
    fetchTotalTimeoutMs: 5000,
    fetchMaxBodyBytes: 16 * 1024 * 1024,
    collectPerHostConcurrency: 32,
    collectPerHostDelayMs: 0,
    collectConcurrency: 32,
    collectMinIntervalSeconds: 60,
    collectMaxIntervalSeconds: 3600,
    rsshubBaseUrl: site.url('/rsshub'),
    ...over,
  });
}

describeBackends('collection scheduler', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  let now = T0;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
    now = T0;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const add = (key: string, kind: string, cfg: object) =>
    sourceQueries.create(t.db.kysely, { workspaceId: ws, key, name: key, kind, config: JSON.stringify(cfg), now });
  const scheduler = (workerId = 's1', over: Partial<Config> = {}) =>
    createScheduler({ db: t.db, config: config(over), logger: silentLogger, workerId, now: () => now, random: () => 0.5 });
  const mentionsOf = (key: string) =>
    t.db.kysely
      .selectFrom('mentions')
      .innerJoin('sources', 'sources.id', 'mentions.source_id')
      .select(['mentions.title', 'mentions.text', 'mentions.channel', 'mentions.platform', 'mentions.author', 'mentions.url'])
      .where('sources.key', '=', key)
      .orderBy('mentions.id')
      .execute();

  it('collects every source type from its fixture server into mentions with metadata', async () => {
    await makeTopic(t.db, ws, { query: '星澜电器 AND NOT 招聘' });
    const feed = await add('feed', 'feed', { url: site.url('/feed.xml') });
    await add('gbk', 'feed', { url: site.url('/gbk.xml') });
    await add('site', 'site', { url: site.url('/list.html') });
    await add('big5', 'site', { url: site.url('/big5/list.html') });
    await add('sitemap', 'sitemap', { url: site.url('/sitemap-index.xml') });
    await add('search', 'search', { template: `${site.url('/search')}?q={q}` });
    await add('weibo', 'rsshub', { address: 'rsshub://weibo/user/7000000001' });
    await add('push', 'api', {});

    const reports = await scheduler().runDueOnce();
    expect(reports.map((r) => [r.ok, r.error ?? ''])).toEqual(Array(7).fill([true, '']));
    expect(await drainOnce({ db: t.db, config: config(), logger: silentLogger, workerId: 'w', now: () => now })).toBe(10);

    expect(await mentionsOf('feed')).toMatchObject([
      { title: '星澜电器回应电暖器过热投诉', channel: 'news', author: '记者 陈堃' },
      { title: '消防提醒：冬季使用电暖器谨防火灾', channel: 'news' },
    ]);
    const [gbk] = await mentionsOf('gbk');
    expect(gbk?.title).toBe('朱镕基路一小区电暖器起火 无人员伤亡');
    expect(gbk?.text).toBe('市消防救援支队提醒市民，电暖器应远离窗帘、被褥等可燃物。版权所有 © 南方晨报。');
    const [big5] = await mentionsOf('big5');
    expect(big5?.title).toBe('屋邨住戶投訴電暖爐過熱');
    expect(big5?.text).toContain('有屋邨住戶表示，啱啱買咗嘅電暖爐用咗兩日就過熱冒煙');
    expect((await mentionsOf('site')).map((m) => m.title)).toEqual(['星澜电器召回部分电暖器', '市场监管部门约谈星澜电器']);
    expect((await mentionsOf('sitemap')).map((m) => m.title)).toEqual(['市场监管部门约谈星澜电器', '星澜电器召回部分电暖器']);
    expect(await mentionsOf('search')).toMatchObject([{ title: '星澜电器 相关报道：产品召回进展 - 财经日报', channel: 'news' }]);
    expect(await mentionsOf('weibo')).toMatchObject([{ channel: 'weibo', platform: 'weibo', author: '星澜电器官方微博' }]);

    const h = await sourceHealth(t.db.kysely, ws, feed.id);
    expect(h).toMatchObject({ lastSuccessAt: T0, lastAttemptAt: T0, lastError: null, lastItemCount: 2, consecutiveFailures: 0 });
    expect(await itemsPerDay(t.db.kysely, { workspaceId: ws, sourceId: feed.id, now: T0, days: 2, offsetMinutes: 480 })).toEqual([
      { day: '2026-11-19', count: 0 },
      { day: '2026-11-20', count: 2 },
    ]);
  });

  it('gives each hostile source a clear error and keeps collecting the others in the same pass', async () => {
    const hostile: [string, string, object, RegExp][] = [
      ['invalid', 'feed', { url: site.url('/invalid.xml') }, /invalid XML/i],
      ['huge', 'feed', { url: site.url('/huge.xml') }, /body exceeds 16 MB/],
      ['bomb', 'feed', { url: site.url('/bomb.xml') }, /decompressed body exceeds 20 MB/],
      ['loop', 'feed', { url: site.url('/loop-a') }, /redirect loop/],
      ['drip', 'feed', { url: site.url('/drip.xml') }, /request took longer than 4000 ms/],
      ['noarticle', 'site', { url: site.url('/noarticle/list.html') }, /no article could be read/],
      ['robots', 'site', { url: site.url('/private/list.html') }, /robots\.txt of 127\.0\.0\.1:\d+ disallows \/private\/list\.html/],
      ['badconfig', 'feed', { url: 'not a url' }, /settings are invalid: url: expected an http\(s\) URL/],
    ];
    for (const [key, kind, cfg] of hostile) await add(key, kind, cfg);
    await add('good', 'feed', { url: site.url('/feed.xml') });
    await add('wrong-charset', 'feed', { url: site.url('/wrong-charset.xml') });

    const started = Date.now();
    // The drip (1 byte/s) never goes silent for 2.5 s, so the 4 s total timeout ends it; other streams get slack for a busy test machine.
    const reports = await scheduler('s1', { fetchIdleTimeoutMs: 2500, fetchTotalTimeoutMs: 4000 }).runDueOnce();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(15_000);
    const byKey = new Map((await sourceQueries.list(t.db.kysely, ws)).map((s) => [s.key, s.id]));
    const report = (key: string) => reports.find((r) => r.sourceId === byKey.get(key));
    for (const [key, , , message] of hostile) {
      expect(report(key)?.ok, key).toBe(false);
      expect(report(key)?.error, key).toMatch(message);
      const h = await sourceHealth(t.db.kysely, ws, byKey.get(key) ?? 0);
      expect(h?.lastError, key).toMatch(message);
      expect(h?.consecutiveFailures).toBe(1);
      expect(h?.nextCheckAt).toBeGreaterThan(T0);
    }
    expect(report('good')).toMatchObject({ ok: true, accepted: 2 });
    expect(report('wrong-charset')).toMatchObject({ ok: true, accepted: 1 });
    const payload = await t.db.kysely
      .selectFrom('inbox')
      .select('payload')
      .where('origin', '=', `source:${byKey.get('wrong-charset')}`)
      .executeTakeFirst();
    expect(JSON.parse(payload?.payload ?? '{}').title).toBe('朱镕基路一小区电暖器起火 无人员伤亡');
  }, 30_000);

  it('cuts a feed of 100,000 items to the configured maximum with a note, next to a normal source', async () => {
    const big = await add('100k', 'feed', { url: site.url('/100k.xml') });
    await add('good', 'feed', { url: site.url('/feed.xml') });
    const started = Date.now();
    const reports = await scheduler().runDueOnce();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(reports.find((r) => r.sourceId === big.id)).toMatchObject({
      ok: true,
      accepted: 10_000,
      note: 'feed cut to 10,000 of 100,000 items',
    });
    const other = reports.find((r) => r.sourceId !== big.id);
    expect([other?.ok, other?.error, other?.accepted]).toEqual([true, undefined, 2]);
    expect((await sourceHealth(t.db.kysely, ws, big.id))?.lastNote).toBe('feed cut to 10,000 of 100,000 items');
  }, 30_000);

  it('sends stored validators: a 304 is a quiet success that slows the source down', async () => {
    const feed = await add('feed', 'feed', { url: site.url('/feed.xml') });
    const s = scheduler();
    await s.runDueOnce();
    const first = await sourceHealth(t.db.kysely, ws, feed.id);
    expect(JSON.parse(first?.state ?? '{}')).toMatchObject({ etag: '"v1"' });
    expect(await s.runDueOnce()).toEqual([]); // not due yet
    now = first?.nextCheckAt ?? now;
    const [second] = await s.runDueOnce();
    expect(second).toMatchObject({ ok: true, notModified: true, accepted: 0 });
    const last = site.requests.filter((r) => r.url === '/feed.xml').at(-1);
    expect(last?.headers['if-none-match']).toBe('"v1"');
    const after = await sourceHealth(t.db.kysely, ws, feed.id);
    expect(after?.intervalSeconds).toBeGreaterThan(first?.intervalSeconds ?? 0);
  });

  it('never lets two schedulers collect the same source at once', async () => {
    for (let i = 0; i < 6; i++) await add(`rss${i}`, 'feed', { url: site.url(`/feed.xml?n=${i}`) });
    const before = site.hits('/feed.xml');
    const [a, b] = await Promise.all([
      scheduler('a', { collectConcurrency: 4 }).runDueOnce(),
      scheduler('b', { collectConcurrency: 4 }).runDueOnce(),
    ]);
    const ids = [...a, ...b].map((r) => r.sourceId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(6);
    expect(site.hits('/feed.xml') - before).toBe(6);
  });

  it('skips paused sources and collects at once after scheduleNow', async () => {
    const feed = await add('feed', 'feed', { url: site.url('/feed.xml') });
    await sourceQueries.update(t.db.kysely, ws, feed.id, { active: false });
    expect(await scheduler().runDueOnce()).toEqual([]);
    await sourceQueries.update(t.db.kysely, ws, feed.id, { active: true });
    expect(await scheduler().runDueOnce()).toHaveLength(1);
    await scheduleNow(t.db.kysely, ws, feed.id);
    expect(await scheduler().runDueOnce()).toHaveLength(1);
  });

  it('stops a pass that would outlive its lease, with that as the error', async () => {
    await add('drip', 'feed', { url: site.url('/drip.xml') });
    const started = Date.now();
    const [r] = await scheduler('s1', { collectLeaseSeconds: 2, fetchIdleTimeoutMs: 5000, fetchTotalTimeoutMs: 20_000 }).runDueOnce();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r?.error).toBe('the pass took longer than 2 s (90 % of its lease) and was stopped');
  });

  it('refuses loopback addresses unless the operator allow-lists them', async () => {
    await add('feed', 'feed', { url: site.url('/feed.xml') });
    const [r] = await scheduler('s1', { fetchAllowCidrs: [] }).runDueOnce();
    expect(r?.error).toMatch(/^blocked address 127\.0\.0\.1 \(loopback/);
  });

  it('runs as a loop: collects due sources, wakes the pipeline, and stops cleanly', async () => {
    await add('feed', 'feed', { url: site.url('/feed.xml') });
    let wakes = 0;
    const s = createScheduler({
      db: t.db,
      config: config({ collectPollMs: 600_000 }),
      logger: silentLogger,
      workerId: 'loop',
      now: () => now,
      onItemsAccepted: () => {
        wakes++;
      },
    });
    s.start();
    for (let i = 0; i < 200 && wakes === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await s.stop();
    expect(wakes).toBe(1);
    expect((await t.db.kysely.selectFrom('inbox').select('id').execute()).length).toBe(2);
  });
});
