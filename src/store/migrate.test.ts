import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { assertSchemaCurrent, migrateToLatest, schemaStatus } from './migrate.js';
import { migrations } from './migrations/index.js';

describeBackends('migrations', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('reports an empty database as behind and refuses it, then migrates it up', async () => {
    t = await createTestDatabase(dialect, { migrate: false });
    const before = await schemaStatus(t.db);
    expect(before.pending).toEqual(migrations.map((m) => m.name));
    await expect(assertSchemaCurrent(t.db)).rejects.toThrow(/schema is behind.*bin\/yuqing migrate/);
    expect(await migrateToLatest(t.db)).toEqual(migrations.map((m) => m.name));
    await expect(assertSchemaCurrent(t.db)).resolves.toBeUndefined();
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it('keeps the audit log append-only', async () => {
    t = await createTestDatabase(dialect);
    const k = t.db.kysely;
    await k.insertInto('audit_log').values({ action: 'test', details: '{}', created_at: Date.now() }).execute();
    await expect(k.updateTable('audit_log').set({ action: 'changed' }).execute()).rejects.toThrow(/append-only/);
    await expect(k.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const rows = await k.selectFrom('audit_log').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(1);
  });
});
