/** A workspace's severity model and tier entries on both backends: defaults until saved, checked on write, scoped, merged over the default table. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_MODEL, DEFAULT_TIER_TABLE, type SeverityModel, tierOf } from '../../severity/index.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeSource, makeUser, makeWorkspace } from '../../testing/factories.js';
import {
  InvalidSeverityModel,
  modelFromJson,
  readSeverityModel,
  readStoredSeverityModel,
  readTierTable,
  resetSeverityModel,
  severityTierQueries,
  writeSeverityModel,
} from './severity-model.js';

describeBackends('severity model store', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('reads the defaults until a model is saved, then the saved one, for that workspace only', async () => {
    const q = t.db.kysely;
    const ws = (await makeWorkspace(t.db)).id;
    const other = (await makeWorkspace(t.db)).id;
    const admin = (await makeUser(t.db)).user.id;
    expect(await readSeverityModel(q, ws)).toEqual(DEFAULT_SEVERITY_MODEL);
    expect((await readStoredSeverityModel(q, ws)).custom).toBe(false);

    const mine: SeverityModel = {
      ...DEFAULT_SEVERITY_MODEL,
      weights: { ...DEFAULT_SEVERITY_MODEL.weights, negativity: 40 },
      thresholds: { 1: 80, 2: 60, 3: 40 },
      sensitiveCategories: { casualty: 1, recall: 0.5 },
    };
    await writeSeverityModel(q, { workspaceId: ws, model: mine, kolFollowers: 50_000, by: admin, now: 1000 });
    expect(await readSeverityModel(q, ws)).toEqual(mine);
    // The pipeline and routes hold the database handle rather than an executor: the same answer.
    expect(await readSeverityModel(t.db, ws)).toEqual(mine);
    expect((await readTierTable(t.db, ws)).kolFollowers).toBe(50_000);
    expect(await readStoredSeverityModel(q, ws)).toMatchObject({ custom: true, kolFollowers: 50_000, updatedAt: 1000, updatedBy: admin });
    expect(await readSeverityModel(q, other)).toEqual(DEFAULT_SEVERITY_MODEL);

    const again = { ...mine, thresholds: { 1: 90, 2: 70, 3: 50 } };
    await writeSeverityModel(q, { workspaceId: ws, model: again, by: admin, now: 2000 });
    expect((await readSeverityModel(q, ws)).thresholds).toEqual({ 1: 90, 2: 70, 3: 50 });
    expect((await readStoredSeverityModel(q, ws)).kolFollowers).toBe(DEFAULT_TIER_TABLE.kolFollowers);

    expect(await resetSeverityModel(q, ws)).toBe(true);
    expect(await readSeverityModel(q, ws)).toEqual(DEFAULT_SEVERITY_MODEL);
  });

  it('refuses a model the check finds fault with and keeps the one before', async () => {
    const q = t.db.kysely;
    const ws = (await makeWorkspace(t.db)).id;
    const bad = { ...DEFAULT_SEVERITY_MODEL, thresholds: { 1: 30, 2: 50, 3: 70 } };
    await expect(writeSeverityModel(q, { workspaceId: ws, model: bad, by: null, now: 1 })).rejects.toBeInstanceOf(InvalidSeverityModel);
    await expect(
      writeSeverityModel(q, { workspaceId: ws, model: DEFAULT_SEVERITY_MODEL, kolFollowers: 0, by: null, now: 1 }),
    ).rejects.toThrow('kolFollowers must be an integer ≥ 1');
    expect((await readStoredSeverityModel(q, ws)).custom).toBe(false);
  });

  it('lays the workspace’s sources, domains and accounts over the default tier table', async () => {
    const q = t.db.kysely;
    const ws = (await makeWorkspace(t.db)).id;
    const other = (await makeWorkspace(t.db)).id;
    const city = await makeSource(t.db, ws, { key: 'feed:city-daily' });
    const put = (kind: 'source' | 'domain' | 'account', name: string, tier: 'central' | 'provincial' | 'kol', sourceId?: number) =>
      severityTierQueries.put(q, { workspaceId: ws, kind, name, sourceId, tier, by: null, now: 5 });
    await put('source', String(city.id), 'provincial', city.id);
    await put('domain', 'thepaper.cn', 'central');
    const acct = await put('account', '本地大V', 'kol');
    await severityTierQueries.put(q, { workspaceId: other, kind: 'domain', name: 'example.cn', tier: 'central', by: null, now: 5 });
    await writeSeverityModel(q, { workspaceId: ws, model: DEFAULT_SEVERITY_MODEL, kolFollowers: 20_000, by: null, now: 5 });

    const table = await readTierTable(q, ws);
    expect(table.sources).toEqual({ 'feed:city-daily': 'provincial' });
    expect(tierOf({ url: 'https://www.thepaper.cn/a' }, table)).toBe('central');
    expect(tierOf({ url: 'https://www.people.com.cn/a' }, table)).toBe('central');
    expect(tierOf({ author: '本地大V', followers: 3 }, table)).toBe('kol');
    expect(tierOf({ author: '某人', followers: 25_000 }, table)).toBe('kol');
    expect(table.domains['example.cn']).toBeUndefined();
    expect(await readTierTable(q, other)).toMatchObject({ kolFollowers: DEFAULT_TIER_TABLE.kolFollowers });

    const changed = await put('account', '本地大V', 'central');
    expect(changed.id).toBe(acct.id);
    expect((await readTierTable(q, ws)).accounts.本地大V).toBe('central');
    expect((await severityTierQueries.list(q, ws)).map((e) => `${e.kind}:${e.name}:${e.tier}`)).toEqual([
      'account:本地大V:central',
      'domain:thepaper.cn:central',
      `source:${city.id}:provincial`,
    ]);
    expect(await severityTierQueries.remove(q, other, acct.id)).toBe(false);
    expect(await severityTierQueries.remove(q, ws, acct.id)).toBe(true);
    expect((await readTierTable(q, ws)).accounts.本地大V).toBeUndefined();

    await q.deleteFrom('sources').where('id', '=', city.id).execute();
    expect((await severityTierQueries.list(q, ws)).map((e) => e.kind)).toEqual(['domain']);
  });
});

it('reads an older stored model whole and a broken one as nothing', () => {
  const { scales: _dropped, ...older } = DEFAULT_SEVERITY_MODEL;
  expect(modelFromJson(JSON.stringify({ ...older, weights: { negativity: 50 } }))).toEqual({
    ...DEFAULT_SEVERITY_MODEL,
    weights: { ...DEFAULT_SEVERITY_MODEL.weights, negativity: 50 },
  });
  expect(modelFromJson('{"thresholds":{"1":10,"2":20,"3":30}}')).toBeNull();
  expect(modelFromJson('not json')).toBeNull();
  expect(modelFromJson('null')).toBeNull();
});
