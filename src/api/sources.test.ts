/** Sources through the API on both backends: settings checked per type, health and items per day, "fetch now" storing nothing. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../collect/sources/testkit/fixture-site.js';
import { silentLogger } from '../log/logger.js';
import { drainOnce } from '../pipeline/worker.js';
import { createScheduler } from '../scheduler/index.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeWorkspace } from '../testing/factories.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

describeBackends('sources API', (dialect) => {
  let h: Harness;
  let admin: Caller;
  let ws = 0;
  const fetchConfig = { fetchAllowCidrs: ['127.0.0.1/32'], fetchRetries: 0, fetchIdleTimeoutMs: 700, collectPerHostDelayMs: 0 };

  beforeAll(async () => {
    // The fixture feed's items are from 20 Nov 2026: the clock starts after them (later times are refused at intake).
    h = await createHarness(dialect, { loginMaxAttempts: 1000, ...fetchConfig }, { clockStart: Date.UTC(2026, 10, 21, 9, 0, 0) });
    ws = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws, 'admin');
    admin = await loginAs(h.app, m.user.username, m.password);
  });
  afterAll(async () => {
    await h.dispose();
  });
  const path = (rest = '') => `/api/v1/workspaces/${ws}/sources${rest}`;

  it("checks a source's settings against its type, naming the field", async () => {
    const bad = await admin.call('POST', path(), { name: '坏的', kind: 'feed', config: { url: 'ftp://x' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'invalid_request', details: [{ field: 'config.url' }] } });
    const extra = await admin.call('POST', path(), { name: '坏的', kind: 'rsshub', config: { address: 'rsshub://weibo/user/1', nope: 1 } });
    expect(extra.status).toBe(400);
    const push = await admin.call('POST', path(), { key: 'api-in', name: '推送', kind: 'api' });
    expect(push.body).toMatchObject({ health: { status: 'push', nextCheckAt: null } });
  });

  it('creates, fetches now without storing, collects, and shows health with items per day', async () => {
    const url = site.url('/feed.xml');
    const created = await admin.call('POST', path(), { name: '晨报', kind: 'feed', config: { url } });
    expect(created.status).toBe(201);
    const source = created.body as { id: number };
    expect(created.body).toMatchObject({ key: `feed:${url}`, config: { url }, health: { status: 'waiting', lastError: null } });

    const trial = await admin.call('POST', path(`/${source.id}/test`));
    expect(trial.status).toBe(200);
    expect(trial.body).toMatchObject({
      ok: true,
      error: null,
      total: 2,
      items: [{ title: '星澜电器回应电暖器过热投诉', channel: 'news' }, {}],
    });
    expect(await h.t.db.kysely.selectFrom('inbox').select('id').execute()).toEqual([]);

    const scheduler = createScheduler({
      db: h.t.db,
      config: { ...h.config, ...fetchConfig },
      logger: silentLogger,
      workerId: 'api-test',
      now: () => h.clock.now,
    });
    await scheduler.runDueOnce();
    await drainOnce({ db: h.t.db, config: h.config, logger: silentLogger, now: () => h.clock.now });
    const detail = await admin.get(path(`/${source.id}`));
    expect(detail.body).toMatchObject({
      health: { status: 'ok', lastError: null, lastItemCount: 2, itemsToday: 2, lastSuccessAt: new Date(h.clock.now).toISOString() },
    });
    const days = (detail.body as { itemsPerDay: { count: number }[] }).itemsPerDay;
    expect(days).toHaveLength(7);
    expect(days.at(-1)?.count).toBe(2);
    expect((detail.body as { health: { nextCheckAt: string } }).health.nextCheckAt > new Date(h.clock.now).toISOString()).toBe(true);

    const paused = await admin.call('PATCH', path(`/${source.id}`), { active: false });
    expect(paused.body).toMatchObject({ active: false, health: { status: 'paused', nextCheckAt: null } });
    const badEdit = await admin.call('PATCH', path(`/${source.id}`), { config: { url: '' } });
    expect(badEdit.body).toMatchObject({ error: { details: [{ field: 'config.url' }] } });
  });

  it('fetches now with unsaved settings and reports the error in plain words', async () => {
    const r = await admin.call('POST', path('/test'), { kind: 'feed', config: { url: site.url('/loop-a') } });
    expect(r.body).toMatchObject({ ok: false, total: 0, items: [] });
    expect((r.body as { error: string }).error).toMatch(/^redirect loop after 2 hops/);
    const bad = await admin.call('POST', path('/test'), { kind: 'site', config: {} });
    expect(bad.status).toBe(400);
  });

  it('lists the source types', async () => {
    const r = await admin.get('/api/v1/source-types');
    expect((r.body as { items: { kind: string }[] }).items.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['feed', 'site', 'sitemap', 'search', 'rsshub']),
    );
  });
});
