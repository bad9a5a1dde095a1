/** An SSRF refusal tells the caller which host was refused and why, never the address its name resolved to; the server log has it. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../log/logger.js';
import { createTestDatabase, describeBackends, type TestDatabase, testSettings } from '../testing/backends.js';
import { makeMember, makeWorkspace } from '../testing/factories.js';
import { createApp } from './app.js';
import { loginAs, type SessionCaller } from './testing/harness.js';

describeBackends('SSRF refusals', (dialect) => {
  let t: TestDatabase;
  let admin: SessionCaller;
  let ws = 0;
  const logs: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    const logger = createLogger('warn', { write: (s: string) => logs.push(s) });
    const app = createApp({ db: t.db, config: { ...testSettings, logLevel: 'silent', fetchAllowCidrs: [], fetchRetries: 0 }, logger });
    ws = (await makeWorkspace(t.db)).id;
    const m = await makeMember(t.db, ws, 'admin');
    admin = await loginAs(app, m.user.username, m.password);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('names the host and the kind of address, not the address, when a name resolves to a blocked one', async () => {
    const r = await admin.call('POST', `/api/v1/workspaces/${ws}/sources/test`, {
      kind: 'feed',
      config: { url: 'http://localhost:9/feed.xml' },
    });
    expect(r.status).toBe(200);
    const error = (r.body as { ok: boolean; error: string }).error;
    expect(error).toMatch(/^blocked address for localhost: it resolves to a loopback address/);
    expect(error).not.toMatch(/127\.0\.0\.1|::1/);
    expect(JSON.stringify(r.body)).not.toMatch(/127\.0\.0\.1|"::1"/);
    const logged = logs
      .map((l) => JSON.parse(l) as { msg: string; address?: string })
      .find((l) => l.msg === 'refused to fetch a blocked address');
    expect(logged?.address).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  it('still shows an address the URL itself spells out', async () => {
    const r = await admin.call('POST', `/api/v1/workspaces/${ws}/sources/test`, {
      kind: 'feed',
      config: { url: 'http://169.254.169.254/latest/' },
    });
    expect((r.body as { error: string }).error).toMatch(/^blocked address 169\.254\.169\.254 \(cloud metadata\)/);
  });
});
