import { afterEach, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { jsonLines, startCli } from '../testing/cli.js';
import { fillInbox, seedWorkspace } from './testkit/seed.js';
import { startWorkerProcesses } from './testkit/worker-processes.js';

describeBackends('bin/yuqing worker', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });
  const env = (db: TestDatabase, extra: Record<string, string> = {}) => ({
    ...process.env,
    DATABASE_URL: db.url,
    YUQING_LOG_LEVEL: 'info',
    ...extra,
  });
  const finishedIds = (stdout: string[]) =>
    jsonLines(stdout)
      .filter((l) => l.msg === 'pipeline batch')
      .flatMap((l) => l.done as number[]);

  it('four worker processes drain one inbox: every item finished once, exactly one mention each', { timeout: 120_000 }, async () => {
    const db = await createTestDatabase(dialect);
    t = db;
    const ws = await seedWorkspace(db.db);
    const n = 400;
    // All four are up and polling before any item arrives, and the items arrive in one commit, so none can drain it alone.
    const fleet = await startWorkerProcesses(4, { DATABASE_URL: db.url, YUQING_WORKER_BATCH: '20' });
    let exits: (number | null)[];
    try {
      await fillInbox(db.db, ws, n);
      await fleet.finished(n);
    } finally {
      exits = await fleet.stop();
    }
    expect(exits).toEqual([0, 0, 0, 0]);

    const done = fleet.doneIds();
    const all = done.flat().sort((x, y) => x - y);
    const inbox = await db.db.kysely.selectFrom('inbox').select(['id', 'status']).orderBy('id').execute();
    expect(all).toEqual(inbox.map((r) => Number(r.id)));
    expect(new Set(all).size).toBe(n);
    expect(done.filter((d) => d.length > 0).length).toBeGreaterThan(1);
    expect(inbox.every((r) => r.status === 'done')).toBe(true);

    const mentions = await db.db.kysely.selectFrom('mentions').select(['inbox_id', 'dedupe_key']).execute();
    expect(mentions).toHaveLength(n);
    expect(new Set(mentions.map((m) => Number(m.inbox_id))).size).toBe(n);
    expect(new Set(mentions.map((m) => m.dedupe_key)).size).toBe(n);
  });

  it('runs until SIGTERM, then finishes its batch and exits 0', async () => {
    const db = await createTestDatabase(dialect);
    t = db;
    const ws = await seedWorkspace(db.db);
    const run = startCli(['worker', '--id', 'long'], env(db, { YUQING_WORKER_POLL_MS: '50' }));
    await run.waitForLine((l) => l.includes('"pipeline worker started"'));
    await fillInbox(db.db, ws, 30);
    await run.waitForLine((l) => l.includes('"pipeline batch"'));
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.stdout.some((l) => l.includes('"pipeline worker stopped"'))).toBe(true);
    expect(finishedIds(run.stdout)).toHaveLength(30);
  });

  it('refuses to start on a schema that is behind', async () => {
    const db = await createTestDatabase(dialect, { migrate: false });
    t = db;
    const run = startCli(['worker', '--once'], env(db));
    expect((await run.exited).code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/schema is behind.*bin\/yuqing migrate/);
  });
});
