/** Migration 0015 gives workspaces seeded with the taxonomy before it the sensitive categories severity reads, leaving their own alone. */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeWorkspace } from '../../testing/factories.js';
import { categoryQueries } from '../queries/categories.js';
import { up } from './0015_severity_model.js';
import { migrations } from './index.js';

describeBackends('migration 0015_severity_model', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect, { migrate: false });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('adds the missing sensitive categories to seeded workspaces only', async () => {
    const raw = t.db.kysely as unknown as Kysely<unknown>;
    for (const m of migrations) if (m.name < '0015') await m.up(raw, dialect);
    const q = t.db.kysely;
    const seeded = (await makeWorkspace(t.db)).id;
    const fresh = (await makeWorkspace(t.db)).id;
    const before = [
      { key: 'safety', name: '安全', query: '事故' },
      { key: 'children', name: '儿童（自定义）', query: '儿童' },
      { key: 'price', name: '价格', query: '价格' },
    ];
    await categoryQueries.seed(q, seeded, before, 1);

    await up(raw, dialect);

    const cats = await categoryQueries.list(q, seeded);
    expect(cats.map((c) => c.key).sort()).toEqual(['casualty', 'children', 'food_drug', 'officials', 'price', 'safety']);
    expect(cats.find((c) => c.key === 'children')).toMatchObject({ name: '儿童（自定义）', query: '儿童' });
    expect(cats.find((c) => c.key === 'safety')?.query).toBe('事故');
    expect(cats.find((c) => c.key === 'casualty')).toMatchObject({ name: '伤亡', active: true });
    expect(await categoryQueries.list(q, fresh)).toEqual([]);
    await expect(q.selectFrom('severity_models').selectAll().execute()).resolves.toEqual([]);
  });
});
