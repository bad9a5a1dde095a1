import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acceptItems } from '../intake/accept.js';
import { silentLogger } from '../log/logger.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { type PipelineDeps, processBatch } from './process-batch.js';
import type { AnalysisStage, BatchStage } from './stage.js';
import { analysisStages } from './stages.js';
import { fillInbox, seedWorkspace, testConfig } from './testkit/seed.js';
import { drainOnce } from './worker.js';

describeBackends('processBatch', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const deps = (over: Partial<PipelineDeps> = {}): PipelineDeps => ({
    db: t.db,
    config: testConfig({ workerBatchSize: 10, workerMaxAttempts: 3, workerLeaseSeconds: 60 }),
    logger: silentLogger,
    workerId: 'w1',
    ...over,
  });
  const inbox = () => t.db.kysely.selectFrom('inbox').selectAll().orderBy('id').execute();
  const mentions = () => t.db.kysely.selectFrom('mentions').selectAll().orderBy('inbox_id').execute();

  it('turns inbox items into normalized mentions, creating each source once with its kind, and marks them done', async () => {
    await acceptItems(t.db, {
      workspaceId: ws,
      origin: 'api',
      now: 1_000,
      items: [{ ref: 0, raw: { source: 'Weibo', externalId: '1', text: '  第一条\u2028微博  ', url: 'https://weibo.com/1?utm_source=x' } }],
    });
    await acceptItems(t.db, {
      workspaceId: ws,
      origin: 'import:a.jsonl',
      // Received after the publication time below: intake refuses times ahead of its clock.
      now: Date.UTC(2026, 1, 1),
      items: [
        { ref: 1, raw: { source: 'news', title: '标题', text: '正文', publishedAt: 1_769_817_600 } },
        { ref: 2, raw: { source: 'news', text: '另一篇', engagement: { likes: 5 } } },
      ],
    });

    const report = await processBatch(deps({ now: () => 5_000 }));

    expect(report).toMatchObject({ workerId: 'w1', claimed: 3, stored: 3, duplicates: 0, retried: [], failed: [], lost: [] });
    const rows = await inbox();
    expect(report.done).toEqual(rows.map((r) => Number(r.id)));
    expect(rows.map((r) => [r.status, r.lease_owner, Number(r.processed_at)])).toEqual([
      ['done', null, 5000],
      ['done', null, 5000],
      ['done', null, 5000],
    ]);
    const sources = await t.db.kysely.selectFrom('sources').select(['id', 'key', 'kind']).orderBy('key').execute();
    expect(sources.map((s) => [s.key, s.kind])).toEqual([
      ['news', 'import'],
      ['weibo', 'push'],
    ]);
    const sourceId = new Map(sources.map((s) => [s.key, Number(s.id)]));
    const [m1, m2, m3] = await mentions();
    expect(m1).toMatchObject({ title: '第一条', text: '第一条\n微博', canonical_url: 'https://weibo.com/1', external_id: '1' });
    expect(Number(m1?.source_id)).toBe(sourceId.get('weibo'));
    expect(Number(m1?.sort_at)).toBe(1_000);
    expect(m2).toMatchObject({ title: '标题', text: '正文' });
    expect(Number(m2?.sort_at)).toBe(1_769_817_600_000);
    expect(Number(m2?.source_id)).toBe(sourceId.get('news'));
    expect(Number(m3?.likes)).toBe(5);
    expect((await processBatch(deps())).claimed).toBe(0);
  });

  it('retries an item whose stage fails, then parks it as failed with the reason, while the others are stored', async () => {
    await fillInbox(t.db, ws, 3);
    const explode: AnalysisStage = function explode(draft) {
      if (draft.externalId === 'i1') throw new Error('model file missing');
      return draft;
    };
    const d = deps({ analysisStages: [...analysisStages, explode] });

    const first = await processBatch(d);
    expect(first).toMatchObject({ claimed: 3, stored: 2, failed: [] });
    const failing = (await inbox()).find((r) => r.status !== 'done');
    expect(first.retried).toEqual([Number(failing?.id)]);
    expect(failing).toMatchObject({ status: 'pending', last_error: 'stage explode failed: model file missing', lease_owner: null });
    expect(Number(failing?.attempts)).toBe(1);

    expect(await drainOnce({ ...d, config: testConfig({ workerMaxAttempts: 3 }) })).toBe(0);
    const parked = (await inbox()).find((r) => r.id === failing?.id);
    expect(parked).toMatchObject({ status: 'failed', last_error: 'stage explode failed: model file missing' });
    expect(Number(parked?.attempts)).toBe(3);
    expect(await mentions()).toHaveLength(2);
  });

  it('fails a damaged stored item in plain words without holding back the rest', async () => {
    await fillInbox(t.db, ws, 2);
    await t.db.kysely
      .updateTable('inbox')
      .set({ payload: '{"source":' })
      .where('id', '=', (await inbox())[0]?.id ?? 0)
      .execute();
    const report = await processBatch(deps({ config: testConfig({ workerMaxAttempts: 1 }) }));
    expect(report).toMatchObject({ claimed: 2, stored: 1 });
    expect(report.failed).toHaveLength(1);
    const [bad] = await inbox();
    expect(bad?.status).toBe('failed');
    expect(bad?.last_error).toMatch(/^the stored item is not valid JSON/);
  });

  it('lets another worker take over an expired lease; the first worker’s late finish writes nothing', async () => {
    await fillInbox(t.db, ws, 2);
    const t0 = 1_000_000;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered!: () => void;
    const inStage = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const slow: BatchStage = async function slow(drafts) {
      entered();
      await gate;
      return drafts.map((draft) => ({ ...draft, title: 'written by the slow worker' }));
    };

    const late = processBatch(deps({ workerId: 'slow', now: () => t0, analysisStages: [], batchStages: [slow] }));
    await inStage;
    expect((await inbox()).map((r) => [r.status, r.lease_owner, Number(r.lease_until)])).toEqual([
      ['processing', 'slow', t0 + 60_000],
      ['processing', 'slow', t0 + 60_000],
    ]);
    // Before the lease runs out nobody else may take the items.
    expect((await processBatch(deps({ workerId: 'fast', now: () => t0 + 59_999 }))).claimed).toBe(0);
    const takeover = await processBatch(deps({ workerId: 'fast', now: () => t0 + 60_001 }));
    expect(takeover).toMatchObject({ claimed: 2, stored: 2 });

    release();
    const lateReport = await late;
    expect(lateReport).toMatchObject({ claimed: 2, stored: 0, done: [] });
    expect(lateReport.lost).toEqual(takeover.done);
    const stored = await mentions();
    expect(stored).toHaveLength(2);
    expect(stored.every((m) => m.title !== 'written by the slow worker')).toBe(true);
    expect((await inbox()).map((r) => [r.status, Number(r.attempts)])).toEqual([
      ['done', 2],
      ['done', 2],
    ]);
  });

  it('counts an item whose mention already exists as a duplicate and stores nothing twice', async () => {
    await fillInbox(t.db, ws, 3);
    await drainOnce({ db: t.db, config: testConfig(), logger: silentLogger, workerId: 'w1' });
    await t.db.kysely.updateTable('inbox').set({ status: 'pending' }).execute();
    const again = await processBatch(deps());
    expect(again).toMatchObject({ claimed: 3, stored: 0, duplicates: 3 });
    const n = await t.db.kysely.selectFrom('mentions').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3);
  });
});
