/** Account administration used by the CLI: adding users, resetting passwords, listing. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { makeWorkspace, testHashCost, unique } from '../testing/factories.js';
import { addUser, listUsers, resetPassword } from './accounts.js';
import { issueToken, resolveToken } from './api-tokens.js';
import { verifyPassword } from './password.js';
import { startSession } from './sessions.js';

describeBackends('account administration', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const hashOf = async (username: string) =>
    (await t.db.kysely.selectFrom('users').select('password_hash').where('username', '=', username).executeTakeFirstOrThrow())
      .password_hash;

  it('creates a user with a generated password and a membership found by slug, audited', async () => {
    const ws = await makeWorkspace(t.db);
    const username = unique('张三');
    const added = await addUser(t.db, { username, workspace: ws.slug, role: 'viewer', now: 1, cost: testHashCost });
    expect(added.generated).toBe(true);
    expect(await verifyPassword(await hashOf(username), added.password)).toBe(true);
    expect(added.workspace?.id).toBe(ws.id);
    const listed = (await listUsers(t.db)).find((u) => u.user.username === username);
    expect(listed?.workspaces).toEqual([{ workspaceId: ws.id, slug: ws.slug, role: 'viewer' }]);
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'workspace_id'])
      .where('target_id', '=', String(added.user.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.workspace_id === null ? null : Number(a.workspace_id)])).toEqual([
      ['user.create', null],
      ['member.add', ws.id],
    ]);
  });

  it('finds a workspace by numeric id and refuses unknown workspaces, bad names, short passwords and duplicates', async () => {
    const ws = await makeWorkspace(t.db);
    const byId = await addUser(t.db, {
      username: unique('u'),
      password: 'long-password',
      workspace: String(ws.id),
      now: 1,
      cost: testHashCost,
    });
    expect(byId.workspace?.slug).toBe(ws.slug);
    await expect(addUser(t.db, { username: unique('u'), workspace: 'no-such-ws', now: 1, cost: testHashCost })).rejects.toThrow(
      /No workspace/,
    );
    await expect(addUser(t.db, { username: 'has space', now: 1, cost: testHashCost })).rejects.toThrow(/not a valid username/);
    await expect(addUser(t.db, { username: unique('u'), password: 'short', now: 1, cost: testHashCost })).rejects.toThrow(/at least 8/);
    await expect(addUser(t.db, { username: byId.user.username, now: 1, cost: testHashCost })).rejects.toThrow(/already exists/);
  });

  it('refuses names that fold or look like an existing one, and names mixing scripts', async () => {
    const base = 'copy.ace';
    await addUser(t.db, { username: base, password: 'long-password', now: 1, cost: testHashCost });
    // Upper case, all-Cyrillic look-alike letters, fullwidth Latin.
    const lookAlikes = ['COPY.ACE', '\u0441\u043e\u0440\u0443.\u0430\u0441\u0435', '\uff43\uff4f\uff50\uff59.\uff41\uff43\uff45'];
    for (const name of lookAlikes) {
      await expect(addUser(t.db, { username: name, password: 'long-password', now: 1, cost: testHashCost }), name).rejects.toThrow(
        /or one that looks the same, already exists/,
      );
    }
    await expect(addUser(t.db, { username: 'm\u0456xed', password: 'long-password', now: 1, cost: testHashCost })).rejects.toThrow(
      /mixes letters of different scripts/,
    );
    // A fullwidth name is stored in its plain form.
    const wide = await addUser(t.db, { username: 'ｗｉｄｅ.ｏｎｅ', password: 'long-password', now: 1, cost: testHashCost });
    expect(wide.user.username).toBe('wide.one');
  });

  it('resets a password, ends the user’s sessions and revokes their API tokens, auditing the counts', async () => {
    const username = unique('u');
    const added = await addUser(t.db, { username, password: 'first-password', now: 1, cost: testHashCost });
    await startSession(t.db.kysely, added.user.id, { ip: null, userAgent: null }, 1, 60_000);
    const { secret } = await issueToken(t.db.kysely, added.user.id, { name: 'crawler', now: 1 });
    expect(await resolveToken(t.db.kysely, secret, 2)).not.toBeNull();
    const r = await resetPassword(t.db, username.toUpperCase(), { password: 'second-password', now: 2, cost: testHashCost });
    expect(r.sessionsEnded).toBe(1);
    expect(r.tokensRevoked).toBe(1);
    expect(await resolveToken(t.db.kysely, secret, 3)).toBeNull();
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.password_reset')
      .where('target_id', '=', String(added.user.id))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ username, sessionsEnded: 1, tokensRevoked: 1 });
    expect(await verifyPassword(await hashOf(username), 'second-password')).toBe(true);
    expect(await verifyPassword(await hashOf(username), 'first-password')).toBe(false);
    await expect(resetPassword(t.db, 'nobody-at-all', { now: 3 })).rejects.toThrow(/No user/);
  });
});
