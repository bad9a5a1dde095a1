/** The user dictionary and category routes on both backends: defaults seeded, queries validated, roles enforced, edits audited. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeWorkspace } from '../testing/factories.js';
import { createHarness, errorCode, type Harness, loginAs } from './testing/harness.js';

describeBackends('analysis settings routes', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('lets an analyst edit the dictionary and the taxonomy, and a viewer only read them', async () => {
    const ws = await makeWorkspace(h.t.db);
    const a = await makeMember(h.t.db, ws.id, 'analyst');
    const v = await makeMember(h.t.db, ws.id, 'viewer');
    const analyst = await loginAs(h.app, a.user.username, a.password);
    const viewer = await loginAs(h.app, v.user.username, v.password);
    const base = `/api/v1/workspaces/${ws.id}`;

    const added = await analyst.call('POST', `${base}/dictionary`, { word: '问界M9', kind: 'product' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ word: '问界M9', kind: 'product', pos: 'nz' });
    expect((await analyst.call('POST', `${base}/dictionary`, { word: '问界M9', kind: 'brand' })).status).toBe(409);
    expect((await analyst.call('POST', `${base}/dictionary`, { word: 'x', kind: 'nonsense' })).status).toBe(400);
    expect((await viewer.call('POST', `${base}/dictionary`, { word: '极氪', kind: 'brand' })).status).toBe(403);
    const words = await viewer.get(`${base}/dictionary`);
    expect((words.body as { items: { word: string }[] }).items.map((w) => w.word)).toEqual(['问界M9']);

    const cats = await viewer.get(`${base}/categories`);
    const items = (cats.body as { items: { id: number; key: string }[] }).items;
    expect(items.map((c) => c.key)).toContain('product_quality');
    expect(items).toHaveLength(15);

    const bad = await analyst.call('POST', `${base}/categories`, { key: 'recall', name: '召回', query: '(召回 OR' });
    expect(bad.status).toBe(400);
    expect(errorCode(bad)).toBe('invalid_request');
    expect(bad.body).toMatchObject({ error: { details: [{ field: 'query' }] } });
    const made = await analyst.call('POST', `${base}/categories`, { key: 'recall', name: '召回', query: '召回 OR recall*' });
    expect(made.status).toBe(201);
    expect((await analyst.call('POST', `${base}/categories`, { key: 'recall', name: 'again', query: 'x' })).status).toBe(409);
    const id = (made.body as { id: number }).id;
    expect((await analyst.call('PATCH', `${base}/categories/${id}`, { active: false })).body).toMatchObject({ active: false });
    expect((await viewer.call('PATCH', `${base}/categories/${id}`, { active: true })).status).toBe(403);
    expect((await analyst.call('DELETE', `${base}/categories/${id}`)).status).toBe(204);
    expect((await analyst.call('DELETE', `${base}/categories/${id}`)).status).toBe(404);

    const audit = await h.t.db.kysely.selectFrom('audit_log').select('action').where('workspace_id', '=', ws.id).orderBy('id').execute();
    expect(audit.map((r) => r.action)).toEqual(['dictionary.add', 'category.create', 'category.update', 'category.delete']);
  });
});
