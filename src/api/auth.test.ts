/** Signing in and out, cookies, CSRF, sliding sessions, API tokens and login throttling through the API. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sha256Hex } from '../auth/secrets.js';
import { describeBackends } from '../testing/backends.js';
import { addMember, makeUser, makeWorkspace } from '../testing/factories.js';
import { createHarness, errorCode, type Harness, loginAs, send, withToken } from './testing/harness.js';

describeBackends('API authentication', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000, sessionTtlHours: 2 });
  });
  afterAll(async () => {
    await h.dispose();
  });

  const auditActions = async (action: string) =>
    h.t.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

  it('signs in with the right password: MeView, a hardened cookie, a hashed session row, an audit entry', async () => {
    const { user, password } = await makeUser(h.t.db);
    const ws = await makeWorkspace(h.t.db);
    await addMember(h.t.db, ws.id, user.id, 'analyst');
    const reply = await send(h.app, 'POST', '/api/v1/auth/login', {
      body: { username: user.username, password },
      headers: { 'user-agent': 'vitest-ua' },
    });
    expect(reply.status).toBe(200);
    const body = reply.body as { user: { username: string }; csrfToken: string; workspaces: { id: number; role: string }[] };
    expect(body.user.username).toBe(user.username);
    expect(body.workspaces).toEqual([{ id: ws.id, slug: ws.slug, name: ws.name, role: 'analyst' }]);
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const setCookie = reply.headers.get('set-cookie') ?? '';
    const m = /^yq_session=([A-Za-z0-9_-]{43});/.exec(setCookie);
    expect(m).not.toBeNull();
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Secure/);

    const sessionId = m?.[1] ?? '';
    const rows = await h.t.db.kysely.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).toBe(sha256Hex(sessionId));
    expect(rows[0]?.id_hash).not.toContain(sessionId);
    expect(rows[0]?.csrf_token).toBe(body.csrfToken);
    expect(Number(rows[0]?.expires_at)).toBe(h.clock.now + 2 * 3_600_000);
    expect(rows[0]?.user_agent).toBe('vitest-ua');

    const audit = (await auditActions('auth.login')).filter((a) => Number(a.actor_user_id) === user.id);
    expect(audit).toHaveLength(1);
  });

  it('marks the cookie Secure when configured', async () => {
    const { user, password } = await makeUser(h.t.db);
    const reply = await send(h.appWith({ cookieSecure: true }), 'POST', '/api/v1/auth/login', {
      body: { username: user.username, password },
    });
    expect(reply.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('refuses a wrong password, an unknown user and a disabled user alike, auditing each', async () => {
    const { user, password } = await makeUser(h.t.db);
    const disabled = await makeUser(h.t.db, { disabled: true });
    const attempts = [
      { username: user.username, password: `${password}x`, reason: 'wrong_password' },
      { username: 'nobody-here', password: 'whatever', reason: 'unknown_user' },
      { username: disabled.user.username, password: disabled.password, reason: 'disabled' },
    ];
    for (const a of attempts) {
      const reply = await send(h.app, 'POST', '/api/v1/auth/login', { body: { username: a.username, password: a.password } });
      expect(reply.status).toBe(401);
      expect(errorCode(reply)).toBe('bad_credentials');
      expect(reply.headers.get('set-cookie')).toBeNull();
    }
    const failed = await auditActions('auth.login_failed');
    for (const a of attempts) {
      expect(
        failed.some(
          (f) => (JSON.parse(f.details) as { username: string; reason: string }).reason === a.reason && f.details.includes(a.username),
        ),
      ).toBe(true);
    }
  });

  it('GET /me answers with the cookie, 401 without it; logout ends the session', async () => {
    const { user, password } = await makeUser(h.t.db);
    const s = await loginAs(h.app, user.username, password);
    const me = await s.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect((me.body as { user: { id: number }; csrfToken: string }).user.id).toBe(user.id);
    expect((me.body as { csrfToken: string }).csrfToken).toBe(s.csrfToken);

    const anonymous = await send(h.app, 'GET', '/api/v1/me');
    expect(anonymous.status).toBe(401);
    expect(errorCode(anonymous)).toBe('unauthenticated');

    const out = await s.call('POST', '/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^yq_session=;.*Max-Age=0/);
    expect((await s.get('/api/v1/me')).status).toBe(401);
  });

  it('rejects cookie writes without or with a wrong CSRF token, accepts the right one; GET needs none', async () => {
    const { user, password } = await makeUser(h.t.db);
    const s = await loginAs(h.app, user.username, password);
    const missing = await send(h.app, 'POST', '/api/v1/tokens', { body: { name: 'x' }, headers: { cookie: s.cookie } });
    expect(missing.status).toBe(403);
    expect(errorCode(missing)).toBe('csrf_failed');
    const wrong = await send(h.app, 'POST', '/api/v1/tokens', {
      body: { name: 'x' },
      headers: { cookie: s.cookie, 'x-csrf-token': `${s.csrfToken.slice(1)}A` },
    });
    expect(wrong.status).toBe(403);
    expect(errorCode(wrong)).toBe('csrf_failed');
    expect((await h.t.db.kysely.selectFrom('api_tokens').selectAll().where('user_id', '=', user.id).execute()).length).toBe(0);

    const read = await send(h.app, 'GET', '/api/v1/tokens', { headers: { cookie: s.cookie } });
    expect(read.status).toBe(200);
    const right = await s.call('POST', '/api/v1/tokens', { name: 'x' });
    expect(right.status).toBe(201);
  });

  it('slides the session expiry with use and expires an idle session', async () => {
    const { user, password } = await makeUser(h.t.db);
    const s = await loginAs(h.app, user.username, password);
    const ttl = 2 * 3_600_000;
    h.clock.advance(ttl - 60_000);
    const touched = await s.get('/api/v1/me');
    expect(touched.status).toBe(200);
    expect(touched.headers.get('set-cookie')).toMatch(/^yq_session=.*Max-Age=7200/);
    h.clock.advance(ttl - 60_000);
    expect((await s.get('/api/v1/me')).status).toBe(200);
    h.clock.advance(ttl + 1);
    expect((await s.get('/api/v1/me')).status).toBe(401);
    const left = await h.t.db.kysely.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
    expect(left).toHaveLength(0);
  });

  it('stops a disabled user’s live session', async () => {
    const { user, password } = await makeUser(h.t.db);
    const s = await loginAs(h.app, user.username, password);
    await h.t.db.kysely.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute();
    expect((await s.get('/api/v1/me')).status).toBe(401);
  });

  it('creates an API token once, authenticates with it without CSRF, lists it without the secret, and revokes it', async () => {
    const { user, password } = await makeUser(h.t.db);
    const ws = await makeWorkspace(h.t.db);
    await addMember(h.t.db, ws.id, user.id, 'analyst');
    const s = await loginAs(h.app, user.username, password);
    const created = await s.call('POST', '/api/v1/tokens', { name: 'crawler' });
    expect(created.status).toBe(201);
    const { token, secret } = created.body as { token: { id: number; prefix: string; lastUsedAt: string | null }; secret: string };
    expect(secret).toMatch(/^yq_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const stored = await h.t.db.kysely.selectFrom('api_tokens').selectAll().where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(sha256Hex(secret));

    const bot = withToken(h.app, secret);
    const me = await bot.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect((me.body as { csrfToken: string | null }).csrfToken).toBeNull();
    const write = await bot.call('POST', `/api/v1/workspaces/${ws.id}/topics`, { name: 'by bot', query: 'q' });
    expect(write.status).toBe(201);
    const audit = await h.t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'topic.create')
      .where('workspace_id', '=', ws.id)
      .execute();
    expect(audit.map((a) => [Number(a.actor_user_id), Number(a.actor_token_id)])).toEqual([[user.id, token.id]]);

    const listed = await s.get('/api/v1/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const item = (listed.body as { items: { id: number; lastUsedAt: string | null }[] }).items.find((i) => i.id === token.id);
    expect(item?.lastUsedAt).toBe(new Date(h.clock.now).toISOString());

    const other = await makeUser(h.t.db);
    const otherSession = await loginAs(h.app, other.user.username, other.password);
    expect((await otherSession.call('DELETE', `/api/v1/tokens/${token.id}`)).status).toBe(404);
    expect((await bot.get('/api/v1/me')).status).toBe(200);

    expect((await s.call('DELETE', `/api/v1/tokens/${token.id}`)).status).toBe(204);
    const after = await bot.get('/api/v1/me');
    expect(after.status).toBe(401);
    expect((await withToken(h.app, 'yq_not-a-real-token').get('/api/v1/me')).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const { user, password } = await makeUser(h.t.db);
    const s = await loginAs(h.app, user.username, password);
    const created = await s.call('POST', '/api/v1/tokens', { name: 'short', expiresInDays: 1 });
    const { secret } = created.body as { secret: string };
    expect((await withToken(h.app, secret).get('/api/v1/me')).status).toBe(200);
    h.clock.advance(86_400_000);
    expect((await withToken(h.app, secret).get('/api/v1/me')).status).toBe(401);
  });

  const loginFrom = (app: Harness['app'], username: string, password: string, ip: string) =>
    send(app, 'POST', '/api/v1/auth/login', { body: { username, password }, env: { incoming: { socket: { remoteAddress: ip } } } });

  it('ten wrong passwords from one address never lock the account out elsewhere; there the right password waits a bounded, doubling time', async () => {
    const app = h.appWith({ loginMaxAttempts: 5, loginWindowSeconds: 900 });
    const { user, password } = await makeUser(h.t.db);
    const attacker = '10.9.0.1';
    const waits: string[] = [];
    for (let i = 0; i < 10; i++) {
      // Case does not make a new account name: the same pair is throttled.
      const name = i % 2 === 0 ? user.username : user.username.toUpperCase();
      let r = await loginFrom(app, name, 'wrong-password', attacker);
      if (r.status === 429) {
        waits.push(r.headers.get('retry-after') ?? '');
        h.clock.advance(Number(r.headers.get('retry-after')) * 1000);
        r = await loginFrom(app, name, 'wrong-password', attacker);
      }
      expect(r.status).toBe(401);
    }
    expect(waits).toEqual(['1', '2', '4', '8', '16']);

    // The real user elsewhere signs in at once.
    expect((await loginFrom(app, user.username, password, '10.9.0.2')).status).toBe(200);
    // On the attacked address the right password waits too, 32 s, then works.
    const held = await loginFrom(app, user.username, password, attacker);
    expect(held.status).toBe(429);
    expect(errorCode(held)).toBe('rate_limited');
    expect(held.headers.get('retry-after')).toBe('32');
    h.clock.advance(32_000);
    expect((await loginFrom(app, user.username, password, attacker)).status).toBe(200);
    // Success forgets the pair: the next typo costs nothing.
    expect((await loginFrom(app, user.username, 'typo', attacker)).status).toBe(401);
    expect((await loginFrom(app, user.username, password, attacker)).status).toBe(200);
  });

  it('slows an address that sprays many accounts (one attempt per interval), never banning it or other addresses', async () => {
    const app = h.appWith({ loginAddressBurst: 3, loginAddressIntervalSeconds: 5 });
    const victim = await makeUser(h.t.db);
    const sprayer = '192.0.2.7';
    for (let i = 0; i < 3; i++) expect((await loginFrom(app, `guess${i}`, 'x', sprayer)).status).toBe(401);
    const slowed = await loginFrom(app, victim.user.username, victim.password, sprayer);
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('retry-after')).toBe('5');
    expect((await loginFrom(app, victim.user.username, victim.password, '192.0.2.8')).status).toBe(200);
    h.clock.advance(5000);
    expect((await loginFrom(app, victim.user.username, victim.password, sprayer)).status).toBe(200);
    const refused = (await auditActions('auth.login_failed')).filter((a) => a.ip === sprayer);
    expect(refused.map((a) => (JSON.parse(a.details) as { reason: string }).reason)).toEqual([
      'unknown_user',
      'unknown_user',
      'unknown_user',
      'rate_limited',
    ]);
  });

  it('believes X-Forwarded-For only when trustProxy is on', async () => {
    const cases = [
      { trustProxy: true, ips: ['203.0.113.5', '203.0.113.6'], second: 401 },
      { trustProxy: false, ips: ['unknown', 'unknown'], second: 429 },
    ];
    for (const { trustProxy, ips, second } of cases) {
      const app = h.appWith({ trustProxy, loginAddressBurst: 1 });
      const names = [`xff-a-${trustProxy}`, `xff-b-${trustProxy}`];
      const r1 = await send(app, 'POST', '/api/v1/auth/login', {
        body: { username: names[0], password: 'x' },
        headers: { 'x-forwarded-for': 'spoofed, 203.0.113.5' },
      });
      expect(r1.status).toBe(401);
      // Different forwarded addresses are different clients only behind a trusted proxy.
      const r2 = await send(app, 'POST', '/api/v1/auth/login', {
        body: { username: names[1], password: 'x' },
        headers: { 'x-forwarded-for': '203.0.113.6' },
      });
      expect(r2.status).toBe(second);
      const rows = await h.t.db.kysely
        .selectFrom('audit_log')
        .select(['ip', 'details'])
        .where('action', '=', 'auth.login_failed')
        .orderBy('id')
        .execute();
      const mine = rows.filter((r) => names.some((n) => r.details.includes(n)));
      expect(mine.map((r) => r.ip)).toEqual(ips);
    }
  });
});
