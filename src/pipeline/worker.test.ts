import { afterEach, beforeEach, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import type { BatchStage } from './stage.js';
import { batchStages } from './stages.js';
import { captureLog, fillInbox, seedWorkspace, testConfig } from './testkit/seed.js';
import { drainOnce, startWorker } from './worker.js';

describeBackends('pipeline worker', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const doneCount = async () => (await t.db.kysely.selectFrom('inbox').select('id').where('status', '=', 'done').execute()).length;

  it('drainOnce processes batch after batch until the inbox is empty and returns the number stored', async () => {
    await fillInbox(t.db, ws, 25);
    const log = captureLog();
    expect(await drainOnce({ db: t.db, config: testConfig({ workerBatchSize: 10 }), logger: log.logger, workerId: 'd1' })).toBe(25);
    const batches = log.lines.filter((l) => l.msg === 'pipeline batch');
    expect(batches.map((b) => b.claimed)).toEqual([10, 10, 5]);
    expect(batches.flatMap((b) => b.done as number[])).toHaveLength(25);
    expect(await doneCount()).toBe(25);
  });

  it('sleeps while the inbox is empty and wakes at once on wake(), long before the poll interval', async () => {
    const log = captureLog();
    const worker = startWorker({ db: t.db, config: testConfig({ workerPollMs: 600_000 }), logger: log.logger, workerId: 'idle' });
    try {
      await log.waitFor((l) => l.msg === 'pipeline worker started');
      await fillInbox(t.db, ws, 3);
      worker.wake();
      const batch = await log.waitFor((l) => l.msg === 'pipeline batch');
      expect(batch).toMatchObject({ worker: 'idle', claimed: 3, stored: 3 });
      expect(await doneCount()).toBe(3);
    } finally {
      await worker.stop();
    }
  });

  it('stop() lets the batch in hand finish and commit, then resolves', async () => {
    await fillInbox(t.db, ws, 4);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered!: () => void;
    const inStage = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const hold: BatchStage = async function hold(drafts) {
      entered();
      await gate;
      return drafts;
    };
    const worker = startWorker({
      db: t.db,
      config: testConfig({ workerPollMs: 600_000 }),
      logger: silentLogger,
      workerId: 's',
      batchStages: [...batchStages, hold],
    });
    await inStage;
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await doneCount()).toBe(4);
  });
});
