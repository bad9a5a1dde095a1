/** The severity model and tier routes on both backends: defaults until saved, admins only may write, checked, audited, scoped. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_MODEL, type SeverityModel, tierOf } from '../severity/index.js';
import { readSeverityModel, readTierTable } from '../store/queries/severity-model.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import type { SeveritySettingsView, TierEntryList, TierEntryView } from './schemas/severity-model.js';
import { createHarness, errorCode, type Harness, loginAs } from './testing/harness.js';

describeBackends('severity settings routes', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
  });
  afterAll(async () => {
    await h.dispose();
  });

  async function people() {
    const ws = await makeWorkspace(h.t.db);
    const a = await makeMember(h.t.db, ws.id, 'admin');
    const n = await makeMember(h.t.db, ws.id, 'analyst');
    return {
      ws: ws.id,
      adminName: a.user.username,
      admin: await loginAs(h.app, a.user.username, a.password),
      analyst: await loginAs(h.app, n.user.username, n.password),
    };
  }

  it('shows the defaults, lets an admin save a model and reset it, and refuses everyone else', async () => {
    const { ws, admin, analyst, adminName } = await people();
    const path = `/api/v1/workspaces/${ws}/severity-model`;
    const first = await analyst.get(path);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ model: DEFAULT_SEVERITY_MODEL, custom: false, kolFollowers: 100_000, updatedAt: null });

    const mine: SeverityModel = {
      ...DEFAULT_SEVERITY_MODEL,
      weights: { ...DEFAULT_SEVERITY_MODEL.weights, sensitive: 30 },
      thresholds: { 1: 80, 2: 60, 3: 40 },
    };
    expect((await analyst.call('PUT', path, { model: mine })).status).toBe(403);
    const saved = await admin.call('PUT', path, { model: mine, kolFollowers: 30_000 });
    expect(saved.status).toBe(200);
    const view = saved.body as SeveritySettingsView;
    expect(view).toMatchObject({ model: mine, kolFollowers: 30_000, custom: true, updatedBy: adminName });
    expect(view.defaults.model).toEqual(DEFAULT_SEVERITY_MODEL);
    expect(await readSeverityModel(h.t.db.kysely, ws)).toEqual(mine);
    expect((await readTierTable(h.t.db.kysely, ws)).kolFollowers).toBe(30_000);

    const falling = await admin.call('PUT', path, { model: { ...mine, thresholds: { 1: 40, 2: 60, 3: 80 } } });
    expect(falling.status).toBe(400);
    expect(falling.body).toMatchObject({
      error: { details: [{ field: 'model', problem: 'thresholds must fall from level I to level III' }] },
    });
    const shape = await admin.call('PUT', path, { model: { ...mine, weights: { ...mine.weights, reach: -1 } } });
    expect(shape.status).toBe(400);
    expect(errorCode(shape)).toBe('invalid_request');
    const missing = await admin.call('PUT', path, { model: { weights: mine.weights } });
    expect(missing.status).toBe(400);
    expect(await readSeverityModel(h.t.db.kysely, ws)).toEqual(mine);

    expect((await analyst.call('DELETE', path)).status).toBe(403);
    const reset = await admin.call('DELETE', path);
    expect(reset.body).toMatchObject({ model: DEFAULT_SEVERITY_MODEL, custom: false });

    const audit = await h.t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('workspace_id', '=', ws)
      .orderBy('id')
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['severity_model.update', 'severity_model.reset']);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ model: { thresholds: { 1: 80 } }, kolFollowers: 30_000 });
  });

  it('keeps one workspace’s model and tiers from another', async () => {
    const one = await people();
    const two = await people();
    const mine = { ...DEFAULT_SEVERITY_MODEL, thresholds: { 1: 90, 2: 80, 3: 70 } };
    expect((await one.admin.call('PUT', `/api/v1/workspaces/${one.ws}/severity-model`, { model: mine })).status).toBe(200);
    expect((await two.admin.get(`/api/v1/workspaces/${two.ws}/severity-model`)).body).toMatchObject({ custom: false });
    expect((await two.admin.get(`/api/v1/workspaces/${one.ws}/severity-model`)).status).toBe(404);
    expect((await two.admin.call('PUT', `/api/v1/workspaces/${one.ws}/severity-model`, { model: mine })).status).toBe(404);
    const entry = await one.admin.call('PUT', `/api/v1/workspaces/${one.ws}/severity-tiers`, {
      kind: 'domain',
      name: 'example.cn',
      tier: 'central',
    });
    const id = (entry.body as TierEntryView).id;
    expect((await two.admin.call('DELETE', `/api/v1/workspaces/${two.ws}/severity-tiers/${id}`)).status).toBe(404);
    const otherSource = await makeSource(h.t.db, one.ws);
    const foreign = await two.admin.call('PUT', `/api/v1/workspaces/${two.ws}/severity-tiers`, {
      kind: 'source',
      sourceId: otherSource.id,
      tier: 'central',
    });
    expect(foreign.status).toBe(404);
  });

  it('sets tiers per source, domain and account over the defaults, and removes them', async () => {
    const { ws, admin, analyst } = await people();
    const path = `/api/v1/workspaces/${ws}/severity-tiers`;
    const city = await makeSource(h.t.db, ws, { key: 'feed:city-daily' });

    const listed = (await analyst.get(path)).body as TierEntryList;
    expect(listed.items).toEqual([]);
    expect(listed.defaults.domains).toContainEqual({ name: 'people.com.cn', tier: 'central' });
    expect(listed.defaults.domains).toContainEqual({ name: 'weibo.com', tier: 'ordinary' });
    expect(listed.defaults.accounts).toContainEqual({ name: '澎湃新闻', tier: 'provincial' });

    expect((await analyst.call('PUT', path, { kind: 'domain', name: 'thepaper.cn', tier: 'central' })).status).toBe(403);
    const domain = await admin.call('PUT', path, {
      kind: 'domain',
      name: 'https://www.ThePaper.cn/newsDetail_1',
      tier: 'central',
      note: '本单位重点关注',
    });
    expect(domain.status).toBe(200);
    expect(domain.body).toMatchObject({
      kind: 'domain',
      name: 'thepaper.cn',
      tier: 'central',
      defaultTier: 'provincial',
      note: '本单位重点关注',
    });
    const source = await admin.call('PUT', path, { kind: 'source', sourceId: city.id, tier: 'provincial' });
    expect(source.body).toMatchObject({
      kind: 'source',
      name: String(city.id),
      sourceId: city.id,
      sourceName: city.name,
      defaultTier: null,
    });
    const account = await admin.call('PUT', path, { kind: 'account', name: ' 本地大V ', tier: 'kol' });
    expect(account.body).toMatchObject({ name: '本地大V' });
    const changed = await admin.call('PUT', path, { kind: 'account', name: '本地大V', tier: 'provincial' });
    expect((changed.body as TierEntryView).id).toBe((account.body as TierEntryView).id);

    expect((await admin.call('PUT', path, { kind: 'domain', name: 'localhost', tier: 'central' })).body).toMatchObject({
      error: { code: 'invalid_request', details: [{ field: 'name' }] },
    });
    expect((await admin.call('PUT', path, { kind: 'source', tier: 'central' })).status).toBe(400);
    expect((await admin.call('PUT', path, { kind: 'domain', name: 'a.cn', tier: 'national' })).status).toBe(400);
    expect((await admin.call('PUT', path, { kind: 'source', sourceId: 999_999, tier: 'central' })).status).toBe(404);

    const table = await readTierTable(h.t.db.kysely, ws);
    expect(tierOf({ url: 'https://www.thepaper.cn/x' }, table)).toBe('central');
    expect(tierOf({ sourceKey: 'feed:city-daily', url: 'https://weibo.com/x' }, table)).toBe('provincial');
    expect(tierOf({ author: '本地大V' }, table)).toBe('provincial');

    const items = ((await analyst.get(path)).body as TierEntryList).items;
    expect(items.map((e) => e.kind)).toEqual(['account', 'domain', 'source']);
    expect(items.find((e) => e.kind === 'source')?.sourceName).toBe(city.name);

    const domainId = (domain.body as TierEntryView).id;
    expect((await analyst.call('DELETE', `${path}/${domainId}`)).status).toBe(403);
    expect((await admin.call('DELETE', `${path}/${domainId}`)).status).toBe(204);
    expect((await admin.call('DELETE', `${path}/${domainId}`)).status).toBe(404);
    expect(tierOf({ url: 'https://www.thepaper.cn/x' }, await readTierTable(h.t.db.kysely, ws))).toBe('provincial');

    const audit = await h.t.db.kysely.selectFrom('audit_log').select('action').where('workspace_id', '=', ws).orderBy('id').execute();
    expect(audit.map((r) => r.action)).toEqual([
      'severity_tier.set',
      'severity_tier.set',
      'severity_tier.set',
      'severity_tier.set',
      'severity_tier.delete',
    ]);
  });
});
