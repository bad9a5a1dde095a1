/** First start creates the superadmin, default workspace and membership exactly once. */
import { afterEach, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase, testSettings } from '../testing/backends.js';
import { testHashCost } from '../testing/factories.js';
import { ensureFirstAdmin } from './bootstrap.js';
import { verifyPassword } from './password.js';

describeBackends('ensureFirstAdmin', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('creates the superadmin, the default workspace and the admin membership exactly once', async () => {
    t = await createTestDatabase(dialect);
    const config = { ...testSettings, adminUsername: 'root', adminPassword: '', defaultWorkspaceName: '测试单位' };
    const first = await ensureFirstAdmin(t.db, config, 1000, testHashCost);
    if (!first.created) throw new Error('expected a first admin');
    expect(first).toMatchObject({ created: true, username: 'root', generated: true });
    expect(first.password.length).toBeGreaterThanOrEqual(20);

    const k = t.db.kysely;
    const users = await k.selectFrom('users').selectAll().execute();
    expect(users).toHaveLength(1);
    expect(users[0]?.is_superadmin).toBe(1);
    expect(await verifyPassword(users[0]?.password_hash ?? '', first.password)).toBe(true);
    const ws = await k.selectFrom('workspaces').selectAll().execute();
    expect(ws.map((w) => [w.slug, w.name])).toEqual([['default', '测试单位']]);
    expect(Number(ws[0]?.id)).toBe(first.workspaceId);
    const members = await k.selectFrom('memberships').selectAll().execute();
    expect(members.map((m) => [Number(m.user_id), m.role])).toEqual([[Number(users[0]?.id), 'admin']]);

    expect(await ensureFirstAdmin(t.db, config, 2000, testHashCost)).toEqual({ created: false });
    expect(await k.selectFrom('users').selectAll().execute()).toHaveLength(1);
    expect(await k.selectFrom('workspaces').selectAll().execute()).toHaveLength(1);
  });

  it('uses the configured password and creates one admin even when two starts race', async () => {
    t = await createTestDatabase(dialect);
    const config = { ...testSettings, adminUsername: 'admin', adminPassword: 'configured-pass' };
    const db = t.db;
    const results = await Promise.all([ensureFirstAdmin(db, config, 1000, testHashCost), ensureFirstAdmin(db, config, 1000, testHashCost)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const made = results.find((r) => r.created);
    expect(made).toMatchObject({ password: 'configured-pass', generated: false });
    expect(await t.db.kysely.selectFrom('users').selectAll().execute()).toHaveLength(1);
    expect(await t.db.kysely.selectFrom('workspaces').selectAll().execute()).toHaveLength(1);
  });
});
