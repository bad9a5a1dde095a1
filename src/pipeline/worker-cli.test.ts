import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { jsonLines, startCli } from '../testing/cli.js';
import { fillInbox, seedWorkspace } from './testkit/seed.js';
import { startWorkerProcesses } from './testkit/worker-processes.js';

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

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

  it('a worker analysing in two threads, killed mid-batch, loses nothing and stores nothing twice after a restart', {
    timeout: 120_000,
  }, async () => {
    const db = await createTestDatabase(dialect);
    t = db;
    const ws = await seedWorkspace(db.db);
    const n = 2000;
    await fillInbox(db.db, ws, n);
    const settings = {
      YUQING_ANALYSIS_THREADS: '2',
      YUQING_WORKER_BATCH: '200',
      YUQING_WORKER_POLL_MS: '50',
      YUQING_WORKER_LEASE_SECONDS: '3',
    };
    const count = async (status: string) =>
      Number(
        (
          await db.db.kysely
            .selectFrom('inbox')
            .select(sql<number>`count(*)`.as('n'))
            .where('status', '=', status)
            .executeTakeFirstOrThrow()
        ).n,
      );

    const first = startCli(['worker', '--id', 'killed'], env(db, settings));
    // A batch is committed and the next one claimed: the kill lands inside a batch.
    await waitUntil(async () => (await count('done')) > 0 && (await count('processing')) > 0, 60_000);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(first.stdout.some((l) => l.includes('analysis threads cannot start'))).toBe(false);
    expect(jsonLines(first.stdout).find((l) => l.msg === 'pipeline worker started')).toMatchObject({ analysisThreads: 2 });
    const claimedAtKill = await count('processing');
    expect(claimedAtKill).toBeGreaterThan(0);
    expect(await count('done')).toBeLessThan(n);

    const second = startCli(['worker', '--id', 'restarted'], env(db, settings));
    await waitUntil(async () => (await count('done')) === n, 90_000);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const [a, b] = [first, second].map((w) => finishedIds(w.stdout)) as [number[], number[]];
    const all = (await db.db.kysely.selectFrom('inbox').select('id').execute()).map((r) => Number(r.id)).sort((x, y) => x - y);
    // No item was finished by both workers. The killed worker may have committed a batch it had no time to log
    // (it stores batch N after claiming N + 1, so the kill can land between the commit and the log line): those items
    // are done in the inbox, stored once (below), and were never claimed again.
    const bSet = new Set(b);
    expect(a.filter((id) => bSet.has(id))).toEqual([]);
    const logged = new Set([...a, ...b]);
    const unlogged = all.filter((id) => !logged.has(id));
    expect(unlogged.length).toBeLessThanOrEqual(2 * 200);
    const stored = await db.db.kysely
      .selectFrom('mentions')
      .select([
        sql<number>`count(*)`.as('n'),
        sql<number>`count(distinct inbox_id)`.as('items'),
        sql<number>`count(distinct dedupe_key)`.as('keys'),
      ])
      .executeTakeFirstOrThrow();
    expect([Number(stored.n), Number(stored.items), Number(stored.keys)]).toEqual([n, n, n]);
    console.info(
      `[${dialect}] killed with ${claimedAtKill} items claimed; ${a.length} stored before the kill, ${b.length} after the restart`,
    );
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
