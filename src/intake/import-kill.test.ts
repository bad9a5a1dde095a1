import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dedupeKey } from '../domain/dedupe-key.js';
import { silentLogger } from '../log/logger.js';
import { normalize } from '../pipeline/stages/normalize.js';
import { seedWorkspace, testConfig } from '../pipeline/testkit/seed.js';
import { drainOnce } from '../pipeline/worker.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { jsonLines, startCli } from '../testing/cli.js';

// Large enough that the kill lands mid-file, mid-batch, with many batches on either side of it.
const total = 50_000;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yuqing-kill-'));
  file = join(dir, 'large.jsonl');
  const out = createWriteStream(file);
  for (let i = 1; i <= total; i++) {
    const line = `${JSON.stringify({ source: 'bulk', externalId: `n${i}`, text: `第${i}条：某品牌\u2028回应质量问题` })}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  out.end();
  await finished(out);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeBackends('import killed with SIGKILL', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await seedWorkspace(t.db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('keeps every acknowledged line, and a restart completes the file with each item stored exactly once', {
    timeout: 300_000,
  }, async () => {
    const env = { ...process.env, DATABASE_URL: t.url, YUQING_LOG_LEVEL: 'info' };
    const k = t.db.kysely;

    const first = startCli(['import', file, '--batch', '500'], env);
    let acks = 0;
    // Killed well into the file (10,000 of 50,000 lines acknowledged), in the middle of a batch.
    await first.waitForLine((l) => l.startsWith('{"ack":true') && ++acks >= 20);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const firstOut = jsonLines(first.stdout);
    expect(firstOut.some((l) => l.done)).toBe(false);
    const acked = Math.max(...firstOut.filter((l) => l.ack).map((l) => Number(l.throughLine)));
    expect(acked).toBeGreaterThanOrEqual(10_000);
    expect(acked).toBeLessThan(total);

    // Line i carries external id n<i>: every acknowledged line must already be in the inbox.
    let present = 0;
    for (let from = 1; from <= acked; from += 1000) {
      const keys = Array.from({ length: Math.min(1000, acked - from + 1) }, (_, j) =>
        dedupeKey({ source: 'bulk', externalId: `n${from + j}`, text: '' }),
      );
      const row = await k
        .selectFrom('inbox')
        .select(sql<number>`count(*)`.as('n'))
        .where('dedupe_key', 'in', keys)
        .executeTakeFirstOrThrow();
      present += Number(row.n);
    }
    expect(present).toBe(acked);

    const started = performance.now();
    const second = startCli(['import', file, '--batch', '2000'], env);
    expect((await second.exited).code).toBe(0);
    const importSeconds = (performance.now() - started) / 1000;
    const summary = jsonLines(second.stdout).at(-1);
    expect(summary).toMatchObject({ done: true, lines: total, rejected: 0 });
    expect(Number(summary?.accepted) + Number(summary?.duplicates)).toBe(total);
    expect(Number(summary?.duplicates)).toBeGreaterThanOrEqual(acked);

    const drainStarted = performance.now();
    // Durability is what is tested here, not analysis: the drain runs only the normalize stage.
    const stored = await drainOnce({
      db: t.db,
      config: testConfig({ workerBatchSize: 1000 }),
      logger: silentLogger,
      workerId: 'drain',
      analysisStages: [normalize],
      batchStages: [],
    });
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    expect(stored).toBe(total);

    const counts = await k
      .selectFrom('mentions')
      .select([
        sql<number>`count(*)`.as('n'),
        sql<number>`count(distinct dedupe_key)`.as('keys'),
        sql<number>`count(distinct external_id)`.as('ids'),
      ])
      .executeTakeFirstOrThrow();
    expect([counts.n, counts.keys, counts.ids].map(Number)).toEqual([total, total, total]);
    const notDone = await k
      .selectFrom('inbox')
      .select(sql<number>`count(*)`.as('n'))
      .where('status', '!=', 'done')
      .executeTakeFirstOrThrow();
    expect(Number(notDone.n)).toBe(0);
    console.info(
      `[${dialect}] killed after line ${acked}; restart imported ${total} lines in ${importSeconds.toFixed(1)} s (${Math.round(total / importSeconds)} lines/s); drained ${total} in ${drainSeconds.toFixed(1)} s (${Math.round(total / drainSeconds)} items/s)`,
    );
  });
});
