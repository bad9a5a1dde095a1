/** The events step inside the pipeline on both backends: real analysis, and a crash between a batch's commit and the step loses nothing. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acceptItems } from '../../intake/accept.js';
import { silentLogger } from '../../log/logger.js';
import { withEvents } from '../../store/queries/events-tables.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { type PipelineDeps, processBatch } from '../process-batch.js';
import { seedWorkspace, testConfig } from '../testkit/seed.js';
import { createEventsStep } from './events-step.js';

const T0 = Date.UTC(2026, 2, 1, 8);
const MIN = 60_000;

describeBackends('events in the pipeline', (dialect) => {
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
    now: () => T0 + 30 * MIN,
    ...over,
  });
  const accept = (items: { text: string; title: string; at: number; id: string }[]) =>
    acceptItems(t.db, {
      workspaceId: ws,
      origin: 'api',
      now: T0 + 20 * MIN,
      items: items.map((m, ref) => ({
        ref,
        raw: { source: 'news', externalId: m.id, title: m.title, text: m.text, publishedAt: new Date(m.at).toISOString() },
      })),
    });
  const events = () =>
    withEvents(t.db.kysely)
      .selectFrom('mentions')
      .select(['external_id', 'event_id'])
      .where('workspace_id', '=', ws)
      .orderBy('external_id')
      .execute();

  it('clusters what earlier batches stored when the step did not run after them', async () => {
    await accept([
      { id: '1', title: '星驰汽车刹车失灵 多地车主投诉', text: '星驰汽车多地车主投诉刹车失灵，厂家尚未回应。', at: T0 },
      { id: '2', title: '化工厂火灾 消防到场', text: '某化工厂发生火灾，消防员到场扑救，暂无伤亡。', at: T0 + MIN },
    ]);
    // The batch commits, then the worker dies before its steps: nothing after the commit ran.
    expect((await processBatch(deps({ afterStoreSteps: [] }))).stored).toBe(2);
    expect((await events()).map((r) => r.event_id)).toEqual([null, null]);
    await accept([
      { id: '3', title: '星驰汽车召回刹车失灵车型', text: '星驰汽车宣布召回刹车失灵的车型，车主可预约检修。', at: T0 + 2 * MIN },
    ]);
    // A new worker (no state in memory) stores the next batch and catches up on the earlier one.
    expect((await processBatch(deps({ afterStoreSteps: [createEventsStep()] }))).stored).toBe(1);
    const rows = await events();
    expect(rows.every((r) => r.event_id !== null)).toBe(true);
    expect(rows[0]?.event_id).toBe(rows[2]?.event_id);
    expect(rows[1]?.event_id).not.toBe(rows[0]?.event_id);
  });
});
