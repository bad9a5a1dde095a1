import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { fillInbox, seedWorkspace } from '../pipeline/testkit/seed.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { type CliRun, jsonLines, repoRoot, runCli, startCli } from '../testing/cli.js';

describeBackends('serve', (dialect) => {
  let t: TestDatabase | undefined;
  let server: CliRun | undefined;
  afterEach(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    server = undefined;
    await t?.dispose();
    t = undefined;
  });

  const envFor = (url: string) => ({
    ...process.env,
    DATABASE_URL: url,
    YUQING_HOST: '127.0.0.1',
    YUQING_PORT: '0',
    YUQING_ADMIN_PASSWORD: '',
    YUQING_LOG_LEVEL: 'info',
  });

  it('refuses a schema that is behind, naming the fix', async () => {
    t = await createTestDatabase(dialect, { migrate: false });
    const res = await runCli(['serve'], envFor(t.url));
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/schema is behind.*bin\/yuqing migrate/);
    const migrated = await runCli(['migrate'], envFor(t.url));
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/applied: 0001_foundation/);
  });

  it('prints the first admin login once, serves the API and web app, and stops gracefully', async () => {
    t = await createTestDatabase(dialect);
    server = startCli(['serve'], envFor(t.url));
    const base = (await server.waitForLine((l) => /running at http:\/\/127\.0\.0\.1:\d+/.test(l))).match(/http\S+/)?.[0];
    const password = (await server.waitForLine((l) => /password: \S+/.test(l))).split('password: ')[1]?.trim();
    expect(server.stdout.join('\n')).toMatch(/username: admin/);

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const page = await fetch(`${base}/mentions`);
    if (existsSync(join(repoRoot, 'web', 'dist', 'index.html'))) {
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } else {
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build:web');
    }
    const missing = await fetch(`${base}/api/v1/no-such-thing`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');

    server.child.kill('SIGTERM');
    const exit = await server.exited;
    expect(exit.code).toBe(0);
    expect(server.stdout.join('\n')).toMatch(/"msg":"stopped"/);

    server = startCli(['serve'], envFor(t.url));
    await server.waitForLine((l) => l.includes('running at'));
    expect(server.stdout.join('\n')).not.toMatch(/password:/);
  });

  /** Inbox rows by status, and whether each done item has exactly one mention (and no mention lacks a done item). */
  async function ledger(db: TestDatabase) {
    const inbox = await db.db.kysely.selectFrom('inbox').select(['id', 'status']).execute();
    const mentions = await db.db.kysely.selectFrom('mentions').select('inbox_id').execute();
    const done = inbox.filter((r) => r.status === 'done').map((r) => Number(r.id));
    const mentioned = mentions.map((m) => Number(m.inbox_id));
    return { total: inbox.length, done: done.length, oneMentionEach: JSON.stringify(done.sort()) === JSON.stringify(mentioned.sort()) };
  }

  const stdoutOf = (run: CliRun) => run.stdout.join('\n');

  it('a SIGTERM while starting with a large queued inbox stops cleanly, logs the shutdown and loses nothing', {
    timeout: 60_000,
  }, async () => {
    t = await createTestDatabase(dialect);
    await fillInbox(t.db, await seedWorkspace(t.db), 5000);
    server = startCli(['serve'], envFor(t.url));
    await server.waitForLine((l) => l.includes('"serve starting"'));
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(stdoutOf(server)).toMatch(/"signal":"SIGTERM".*"msg":"signal received"/);
    expect(stdoutOf(server)).toMatch(/"msg":"stopped"/);
    const after = await ledger(t);
    expect(after.total).toBe(5000);
    expect(after.oneMentionEach).toBe(true);
  });

  it('answers /healthz and /readyz while a backlog drains, and a SIGTERM mid-drain stops cleanly with nothing lost', {
    timeout: 120_000,
  }, async () => {
    t = await createTestDatabase(dialect);
    const n = 2000;
    await fillInbox(t.db, await seedWorkspace(t.db), n);
    const env = { ...envFor(t.url), YUQING_EMBEDDED_WORKER_BATCH: '100', YUQING_WORKER_LEASE_SECONDS: '1' };
    server = startCli(['serve'], env);
    const base = jsonLines([await server.waitForLine((l) => l.includes('"server listening"'))])[0]?.url;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    // It listened before the worker even warmed up, so the backlog is still there.
    expect((await ledger(t)).done).toBeLessThan(n);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ready');
    await server.waitForLine((l) => l.includes('"pipeline batch"'));
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });

    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(stdoutOf(server)).toMatch(/"msg":"shutting down/);
    expect(stdoutOf(server)).toMatch(/"msg":"stopped"/);
    const stopped = await ledger(t);
    expect(stopped.total).toBe(n);
    expect(stopped.oneMentionEach).toBe(true);

    // A restart takes up what is left, an abandoned batch included once its lease lapses: every item ends with one mention.
    server = startCli(['serve'], env);
    let stored = stopped.done;
    await server.waitForLine((l) => {
      const batch = jsonLines([l])[0];
      if (batch?.msg === 'pipeline batch') stored += Number(batch.stored) + Number(batch.duplicates);
      return stored >= n;
    });
    expect(await ledger(t)).toEqual({ total: n, done: n, oneMentionEach: true });
  });
});
