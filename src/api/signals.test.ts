/** Burst signals on both backends: mentions stored, the after-store steps run, the spike stored once and served. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../domain/testkit/draft.js';
import { silentLogger } from '../log/logger.js';
import { dashboardRollups } from '../pipeline/after-store/rollups-step.js';
import { burstSignals } from '../pipeline/after-store/signals-step.js';
import { runAfterStore } from '../pipeline/after-store.js';
import { afterStoreSteps } from '../pipeline/stages.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { signalQueries } from '../store/queries/signals.js';
import { topicQueries } from '../store/queries/topics.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import type { SignalWire } from './schemas/signals.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

const H = 3_600_000;
const start = Date.UTC(2026, 2, 2, 0);
const spikeAt = start + 9 * 24 * H + 5 * H;
const end = start + 10 * 24 * H;

describeBackends('burst signals', (dialect) => {
  let h: Harness;
  let analyst: Caller;
  let ws = 0;
  let topic = 0;
  let quiet = 0;
  let inbox = 0;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const made = await makeMember(h.t.db, ws, 'analyst');
    analyst = await loginAs(h.app, made.user.username, made.password);
    topic = (await topicQueries.create(h.t.db.kysely, { workspaceId: ws, name: '召回', query: '召回', createdBy: null, now: 0 })).id;
    quiet = (await topicQueries.create(h.t.db.kysely, { workspaceId: ws, name: '安静', query: '安静', createdBy: null, now: 0 })).id;
    const source = await makeSource(h.t.db, ws);
    // Two mentions an hour for ten days, both topics; then 40 more of the first topic in one hour.
    const rows = [];
    for (let at = start; at < end; at += H)
      for (let i = 0; i < (at === spikeAt ? 42 : 2); i++)
        rows.push({
          draft: draftFixture({
            workspaceId: ws,
            inboxId: ++inbox,
            dedupeKey: `s${inbox}`,
            collectedAt: at + i * 60_000,
            topicIds: i < 2 ? [topic, quiet] : [topic],
          }),
          sourceId: source.id,
        });
    await insertMentions(h.t.db.kysely, rows);
  });
  afterAll(async () => {
    await h.dispose();
  });

  const afterBatch = (now: number) =>
    runAfterStore([dashboardRollups, burstSignals], [ws], { db: h.t.db, now: () => now, logger: silentLogger });

  it('runs after the rollups in the pipeline', () => {
    expect(afterStoreSteps.indexOf(burstSignals)).toBeGreaterThan(afterStoreSteps.indexOf(dashboardRollups));
  });

  it('stores the spike once, reading only closed hours, over several runs', async () => {
    // Up to the hour before the spike: nothing yet.
    await afterBatch(spikeAt + 20 * 60_000);
    expect(await signalQueries.list(h.t.db.kysely, ws, { from: 0, to: end, limit: 10 })).toEqual([]);
    expect((await signalQueries.state(h.t.db.kysely, ws, topic))?.through).toBe(spikeAt);
    await afterBatch(end + H);
    await afterBatch(end + H);
    const stored = await signalQueries.list(h.t.db.kysely, ws, { from: 0, to: end, limit: 10 });
    expect(stored.map((s) => [s.topicId, s.at])).toEqual([[topic, spikeAt]]);
    expect(stored[0]?.details).toMatchObject({ count: 42, warmingUp: false });
    expect(stored[0]?.score).toBeGreaterThan(10);
  });

  it('serves the signals of a period, newest first, with topic names; refuses a reversed period', async () => {
    const url = (from: number, to: number, extra = '') =>
      `/api/v1/workspaces/${ws}/signals?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}${extra}`;
    const r = await analyst.get(url(start, end));
    expect(r.status).toBe(200);
    const list = (r.body as { signals: SignalWire[] }).signals;
    expect(list.map((s) => [s.topicName, s.at, s.count, s.windowMs])).toEqual([['召回', new Date(spikeAt).toISOString(), 42, H]]);
    expect(((await analyst.get(url(start, end, `&topics=${quiet}`))).body as { signals: SignalWire[] }).signals).toEqual([]);
    expect(((await analyst.get(url(start, spikeAt))).body as { signals: SignalWire[] }).signals).toEqual([]);
    expect((await analyst.get(url(end, start))).status).toBe(400);
  });
});
