/** Migration 0007 gives existing users folded keys and skeletons; an old look-alike keeps signing in. */
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { userQueries } from '../queries/index.js';
import { up } from './0007_invitations.js';
import { migrations } from './index.js';

describeBackends('migration 0007_invitations', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect, { migrate: false });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('fills keys in id order, leaves a later look-alike without them, and then refuses new look-alikes', async () => {
    const raw = t.db.kysely as unknown as Kysely<unknown>;
    for (const m of migrations) if (m.name < '0007') await m.up(raw, dialect);
    // Names the old rules allowed side by side.
    for (const [i, name] of ['admin', 'Admin', '\u0430dmin', 'zhang.wei'].entries()) {
      await sql`INSERT INTO users (username, display_name, password_hash, is_superadmin, disabled, created_at)
        VALUES (${name}, ${name}, ${'x'}, 0, 0, ${i})`.execute(raw);
    }
    await up(raw, dialect);
    const rows = await t.db.kysely.selectFrom('users').select(['username', 'username_key', 'username_skeleton']).orderBy('id').execute();
    expect(rows).toEqual([
      { username: 'admin', username_key: 'admin', username_skeleton: 'admin' },
      { username: 'Admin', username_key: null, username_skeleton: null },
      { username: '\u0430dmin', username_key: null, username_skeleton: null },
      { username: 'zhang.wei', username_key: 'zhang.wei', username_skeleton: 'zhang.wei' },
    ]);
    // Each old account still signs in by its exact name; a folded name finds the first.
    expect((await userQueries.credentialsByUsername(t.db.kysely, 'Admin'))?.user.username).toBe('Admin');
    expect((await userQueries.credentialsByUsername(t.db.kysely, 'ADMIN'))?.user.username).toBe('admin');
    await expect(userQueries.create(t.db.kysely, { username: 'ZHANG.WEI', passwordHash: 'x', now: 9 })).rejects.toThrow();
    await expect(userQueries.create(t.db.kysely, { username: 'adm\u0456n', passwordHash: 'x', now: 9 })).rejects.toThrow();
  });
});
