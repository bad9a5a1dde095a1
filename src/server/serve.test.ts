import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { type CliRun, repoRoot, runCli, startCli } from '../testing/cli.js';

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
});
