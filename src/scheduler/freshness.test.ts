/**
 * Freshness through the real scheduler on both backends, with an injected clock and a local feed that
 * publishes on demand: the interval learns the rate, a 304 is a quiet pass, failures back off by minutes
 * (Retry-After within the cap) and a recovered source returns to its interval at once, a set interval is
 * kept, the host floor holds, and health records when the last new item arrived.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Config } from '../config/index.js';
import { silentLogger } from '../log/logger.js';
import { seedWorkspace, testConfig } from '../pipeline/testkit/seed.js';
import { sourceHealth } from '../store/queries/collection.js';
import { sourceQueries } from '../store/queries/sources.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { createScheduler } from './scheduler.js';
import { type PublishingFeed, startPublishingFeed } from './testkit/publishing-feed.js';

const T0 = Date.UTC(2026, 10, 20, 2, 0, 0);
const S = 1000;

function config(over: Partial<Config> = {}): Config {
  return testConfig({
    fetchAllowCidrs: ['127.0.0.1/32'],
    fetchRetries: 0,
    collectPerHostDelayMs: 0,
    collectMinIntervalSeconds: 30,
    collectHostFloors: {},
    collectMaxIntervalSeconds: 1800,
    collectBackoffMaxSeconds: 600,
    ...over,
  });
}

describeBackends('collection freshness', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  let now = T0;
  let published = 0;
  let feed: PublishingFeed;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
    feed = await startPublishingFeed();
    now = T0;
    lastPublished = T0 - 20 * 20 * S;
    publishUntil(T0, 20 * S);
  });
  afterEach(async () => {
    await feed.close();
    await t.dispose();
  });

  const add = (intervalSetting: number | null = null) =>
    sourceQueries.create(t.db.kysely, {
      workspaceId: ws,
      key: `feed-${++published}`,
      name: 'feed',
      kind: 'feed',
      config: JSON.stringify({ url: `${feed.url}?s=${published}` }),
      intervalSetting,
      now,
    });
  const scheduler = (over: Partial<Config> = {}) =>
    createScheduler({ db: t.db, config: config(over), logger: silentLogger, workerId: 's', now: () => now, random: () => 0.5 });
  /** Publishes one item every `everyMs` from the last published time up to the clock. */
  let lastPublished = T0;
  const publishUntil = (at: number, everyMs: number) => {
    while (lastPublished + everyMs <= at) {
      lastPublished += everyMs;
      feed.publish(lastPublished);
    }
  };
  /** Runs the due pass at the source's next check time, publishing at `everyMs` until then. */
  const passAtNextCheck = async (id: number, s = scheduler(), everyMs = 0) => {
    now = (await sourceHealth(t.db.kysely, ws, id))?.nextCheckAt ?? now;
    if (everyMs > 0) publishUntil(now, everyMs);
    const [r] = await s.runDueOnce();
    return r;
  };

  it('learns a feed of one item every 20 s from its first page, and records when the last new item came', async () => {
    const src = await add();
    const s = scheduler();
    const [first] = await s.runDueOnce();
    // 20 items published over the last 400 s: one every 20 s, so the floor (30 s) at once instead of the default 300 s.
    expect(first).toMatchObject({ ok: true, accepted: 20, intervalSeconds: 30, nextCheckAt: T0 + 30 * S });
    const second = await passAtNextCheck(src.id, s, 20 * S);
    expect(second).toMatchObject({ ok: true, accepted: 1, intervalSeconds: 30 });
    expect(await sourceHealth(t.db.kysely, ws, src.id)).toMatchObject({ lastNewItemAt: T0 + 30 * S, nextCheckAt: T0 + 60 * S });

    // Nothing new: a 304, a success that is not a new item.
    const quiet = await passAtNextCheck(src.id, s);
    expect(quiet).toMatchObject({ ok: true, notModified: true, accepted: 0 });
    expect(await sourceHealth(t.db.kysely, ws, src.id)).toMatchObject({ lastSuccessAt: T0 + 60 * S, lastNewItemAt: T0 + 30 * S });
  });

  it('starts a source whose first page is stale at the slow end', async () => {
    await feed.close();
    feed = await startPublishingFeed({ name: 'stale' });
    for (let i = 20; i > 0; i--) feed.publish(T0 - i * 86_400_000);
    await add();
    const [first] = await scheduler().runDueOnce();
    expect(first).toMatchObject({ ok: true, accepted: 20, intervalSeconds: 1200 });
  });

  it('slows a feed that falls silent within minutes, counting 304s as empty time', async () => {
    const src = await add();
    const s = scheduler();
    await s.runDueOnce();
    for (let i = 0; i < 10; i++) await passAtNextCheck(src.id, s, 20 * S);
    expect((await sourceHealth(t.db.kysely, ws, src.id))?.intervalSeconds).toBe(30);
    const silentFrom = now;
    const before304 = feed.notModified;
    while (now - silentFrom < 10 * 60 * S) await passAtNextCheck(src.id, s);
    expect(feed.notModified - before304).toBeGreaterThan(2);
    expect((await sourceHealth(t.db.kysely, ws, src.id))?.intervalSeconds).toBeGreaterThanOrEqual(300);
  });

  it('keeps a set interval as the longest wait, and never goes below the host floor', async () => {
    const quiet = await add(60);
    const s = scheduler();
    await s.runDueOnce();
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const before = now;
      await passAtNextCheck(quiet.id, s);
      waits.push((now - before) / S);
    }
    // Busy at first (its page shows an item every 20 s), so twice as often; then quiet, at the setting and never slower.
    expect(waits[0]).toBe(30);
    expect(Math.max(...waits)).toBe(60);
    expect(waits.slice(-4)).toEqual([60, 60, 60, 60]);

    const floored = scheduler({ collectHostFloors: { '127.0.0.1': 45 } });
    const busy = await add(60);
    for (let i = 0; i < 6; i++) await passAtNextCheck(busy.id, floored, 10 * S);
    expect((await sourceHealth(t.db.kysely, ws, busy.id))?.intervalSeconds).toBe(45);
  });

  it('backs off a failing source by minutes (Retry-After within the cap) and returns to its interval at once', async () => {
    const src = await add();
    const s = scheduler();
    await s.runDueOnce();
    for (let i = 0; i < 4; i++) await passAtNextCheck(src.id, s, 20 * S);
    expect((await sourceHealth(t.db.kysely, ws, src.id))?.intervalSeconds).toBe(30);

    feed.fail(503);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await passAtNextCheck(src.id, s, 20 * S);
      expect(r).toMatchObject({ ok: false, intervalSeconds: 30 });
      waits.push(((r?.nextCheckAt ?? 0) - now) / S);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 600, 600, 600]);
    feed.fail(429, 6 * 3600);
    const limited = await passAtNextCheck(src.id, s, 20 * S);
    expect(limited?.error).toMatch(/429/);
    expect(((limited?.nextCheckAt ?? 0) - now) / S).toBe(600);
    const failing = await sourceHealth(t.db.kysely, ws, src.id);
    expect(failing?.consecutiveFailures).toBe(9);

    feed.recover();
    const back = await passAtNextCheck(src.id, s, 20 * S);
    expect(back).toMatchObject({ ok: true, accepted: 20, intervalSeconds: 30 });
    expect(back?.nextCheckAt).toBe(now + 30 * S);
    expect(await sourceHealth(t.db.kysely, ws, src.id)).toMatchObject({ consecutiveFailures: 0, lastError: null, lastNewItemAt: now });
  });
});
