/** Changing one's own password through the API; a reset no longer leaves API tokens working. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetPassword } from '../auth/accounts.js';
import { describeBackends } from '../testing/backends.js';
import { makeUser, testHashCost } from '../testing/factories.js';
import { createHarness, errorCode, type Harness, loginAs, send, withToken } from './testing/harness.js';

describeBackends('changing passwords', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 3 });
  });
  afterAll(async () => {
    await h.dispose();
  });

  const auditOf = async (userId: number, action: string) =>
    (
      await h.t.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', action)
        .where('target_id', '=', String(userId))
        .orderBy('id')
        .execute()
    ).map((a) => JSON.parse(a.details) as Record<string, unknown>);

  it('changes the password with the current one: other sessions end, tokens are revoked, this session stays', async () => {
    const { user, password } = await makeUser(h.t.db);
    const here = await loginAs(h.app, user.username, password);
    const elsewhere = await loginAs(h.app, user.username, password);
    const { secret } = (await here.call('POST', '/api/v1/tokens', { name: 'crawler' })).body as { secret: string };
    expect((await withToken(h.app, secret).get('/api/v1/me')).status).toBe(200);

    const changed = await here.call('POST', '/api/v1/me/password', { currentPassword: password, newPassword: 'a-new-long-password' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ sessionsEnded: 1, tokensRevoked: 1 });
    expect((await here.get('/api/v1/me')).status).toBe(200);
    expect((await elsewhere.get('/api/v1/me')).status).toBe(401);
    expect((await withToken(h.app, secret).get('/api/v1/me')).status).toBe(401);
    expect((await send(h.app, 'POST', '/api/v1/auth/login', { body: { username: user.username, password } })).status).toBe(401);
    await loginAs(h.app, user.username, 'a-new-long-password');
    expect(await auditOf(user.id, 'user.password_change')).toEqual([{ sessionsEnded: 1, tokensRevoked: 1, keptApiTokens: false }]);
  });

  it('keeps API tokens when asked', async () => {
    const { user, password } = await makeUser(h.t.db);
    const s = await loginAs(h.app, user.username, password);
    const { secret } = (await s.call('POST', '/api/v1/tokens', { name: 'crawler' })).body as { secret: string };
    const changed = await s.call('POST', '/api/v1/me/password', {
      currentPassword: password,
      newPassword: 'another-long-password',
      keepApiTokens: true,
    });
    expect(changed.body).toEqual({ sessionsEnded: 0, tokensRevoked: 0 });
    expect((await withToken(h.app, secret).get('/api/v1/me')).status).toBe(200);
  });

  it('refuses a wrong current password (without signing out), throttles guesses, and refuses an API token', async () => {
    const { user, password } = await makeUser(h.t.db);
    const s = await loginAs(h.app, user.username, password);
    for (let i = 0; i < 3; i++) {
      const wrong = await s.call('POST', '/api/v1/me/password', { currentPassword: `guess-${i}`, newPassword: 'whatever-long' });
      expect(wrong.status).toBe(403);
      expect(errorCode(wrong)).toBe('current_password_wrong');
    }
    const held = await s.call('POST', '/api/v1/me/password', { currentPassword: password, newPassword: 'whatever-long' });
    expect(held.status).toBe(429);
    expect(held.headers.get('retry-after')).toBe('1');
    h.clock.advance(1000);
    const same = await s.call('POST', '/api/v1/me/password', { currentPassword: password, newPassword: password });
    expect(same.status).toBe(400);
    expect((await s.get('/api/v1/me')).status).toBe(200);
    const short = await s.call('POST', '/api/v1/me/password', { currentPassword: password, newPassword: 'short' });
    expect(short.body).toMatchObject({ error: { details: [{ field: 'newPassword' }] } });

    const { secret } = (await s.call('POST', '/api/v1/tokens', { name: 'bot' })).body as { secret: string };
    const byToken = await withToken(h.app, secret).call('POST', '/api/v1/me/password', {
      currentPassword: password,
      newPassword: 'token-holder-pw',
    });
    expect(byToken.status).toBe(403);
    expect(errorCode(byToken)).toBe('forbidden');
    expect((await auditOf(user.id, 'user.password_change_failed')).map((d) => d.reason)).toEqual([
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'rate_limited',
    ]);
  });

  it('a reset by the administrator ends sessions and revokes API tokens', async () => {
    const { user, password } = await makeUser(h.t.db);
    const s = await loginAs(h.app, user.username, password);
    const { secret } = (await s.call('POST', '/api/v1/tokens', { name: 'crawler' })).body as { secret: string };
    const r = await resetPassword(h.t.db, user.username, { password: 'reset-by-admin', now: h.clock.now, cost: testHashCost });
    expect(r).toMatchObject({ sessionsEnded: 1, tokensRevoked: 1 });
    expect((await s.get('/api/v1/me')).status).toBe(401);
    expect((await withToken(h.app, secret).get('/api/v1/me')).status).toBe(401);
    const listed = await (await loginAs(h.app, user.username, 'reset-by-admin')).get('/api/v1/tokens');
    expect((listed.body as { items: { revokedAt: string | null }[] }).items.map((t) => t.revokedAt)).toEqual([
      new Date(h.clock.now).toISOString(),
    ]);
  });
});
