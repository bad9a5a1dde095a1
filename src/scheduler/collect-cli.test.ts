/** `bin/yuqing collect --once` as a real child process: collects due sources into the inbox and logs one line per pass. */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../collect/sources/testkit/fixture-site.js';
import { seedWorkspace } from '../pipeline/testkit/seed.js';
import { sourceQueries } from '../store/queries/sources.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { jsonLines, runCli } from '../testing/cli.js';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

describeBackends('bin/yuqing collect', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('--once collects every due source, records failures in plain words, and exits 0', { timeout: 60_000 }, async () => {
    t = await createTestDatabase(dialect);
    const ws = await seedWorkspace(t.db);
    const add = (key: string, url: string) =>
      sourceQueries.create(t!.db.kysely, {
        workspaceId: ws,
        key,
        name: key,
        kind: 'feed',
        config: JSON.stringify({ url }),
        now: Date.now(),
      });
    await add('good', site.url('/feed.xml'));
    await add('loop', site.url('/loop-a'));
    const r = await runCli(['collect', '--once', '--id', 'cli-1'], {
      ...process.env,
      DATABASE_URL: t.url,
      YUQING_LOG_LEVEL: 'info',
      YUQING_FETCH_ALLOW_CIDRS: '127.0.0.1/32',
      YUQING_FETCH_RETRIES: '0',
    });
    expect(r.code, r.stderr).toBe(0);
    const lines = jsonLines(r.stdout.split('\n'));
    expect(lines.filter((l) => l.msg === 'collection pass')).toHaveLength(2);
    expect(lines.find((l) => l.msg === 'due sources collected')).toMatchObject({ sources: 2, failed: 1, accepted: 2 });
    expect((await t.db.kysely.selectFrom('inbox').select('id').execute()).length).toBe(2);
    const loop = (await sourceQueries.list(t.db.kysely, ws)).find((s) => s.key === 'loop');
    const row = await t.db.kysely
      .selectFrom('sources')
      .select('last_error')
      .where('id', '=', loop?.id ?? 0)
      .executeTakeFirst();
    expect(row?.last_error).toMatch(/^redirect loop/);
  });
});
