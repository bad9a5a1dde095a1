/**
 * The duplicates stage on both backends, as a batch stage and one draft at a time through the real batch pipeline:
 * stored and same-batch copies, short texts, a late earlier original, and a flood of one template with other facts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MentionDraft } from '../../domain/mention.js';
import { acceptItems } from '../../intake/accept.js';
import { silentLogger } from '../../log/logger.js';
import { BUCKET_CAP } from '../../store/queries/duplicates.js';
import { claimInbox } from '../../store/queries/inbox.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { attachSources } from '../attach-sources.js';
import { buildDraft } from '../build-draft.js';
import { commitBatch } from '../commit.js';
import { processBatch } from '../process-batch.js';
import { createWorkspaceResources } from '../resources.js';
import { batchStages } from '../stages.js';
import { seedWorkspace, testConfig } from '../testkit/seed.js';
import { duplicates } from './duplicates.js';
import { normalize } from './normalize.js';

const a = '外卖送得太慢了，等了一个多小时，到手的时候饭菜都凉了，打电话给商家也没人接，以后再也不点这家了。';
const b = '这款手机的电池续航非常给力，充一次电能用两天，拍照效果也比上一代好很多，就是价格稍微贵了点。';

describeBackends('duplicates stage', (dialect) => {
  describe.each(['batch stage alone', 'through the pipeline'] as const)('%s', (mode) => {
    let t: TestDatabase;
    let ws: number;
    let other: number;
    beforeEach(async () => {
      t = await createTestDatabase(dialect);
      ws = await seedWorkspace(t.db, 'ws');
      other = await seedWorkspace(t.db, 'other');
    });
    afterEach(async () => {
      await t.dispose();
    });

    const push = (workspaceId: number, items: { id: string; text: string; at: number }[]) =>
      acceptItems(t.db, {
        workspaceId,
        origin: 'api',
        items: items.map((x, ref) => ({ ref, raw: { source: 'weibo', externalId: x.id, text: x.text, publishedAt: x.at } })),
      });
    const batchSize = 200;
    // The batch stage as the pipeline runs it: claim, build and normalise each draft, the stage over the whole batch, store.
    const runBatchStage = async () => {
      const now = Date.now();
      const claimed = await claimInbox(t.db, { workerId: 'w', limit: batchSize, now, leaseMs: 60_000 });
      const drafts: MentionDraft[] = claimed.map((item) => normalize(buildDraft(item)));
      const ctx = { now: () => now, logger: silentLogger, db: t.db, resources: createWorkspaceResources(t.db) };
      const marked = await duplicates(drafts, ctx);
      const finished = await attachSources(
        t.db.kysely,
        claimed.map((item, i) => ({ item, draft: marked[i] as MentionDraft })),
        now,
      );
      await commitBatch(t.db, finished, { workerId: 'w', now, maxAttempts: 3 });
    };
    const run = () =>
      mode === 'batch stage alone'
        ? runBatchStage()
        : processBatch({
            db: t.db,
            config: testConfig({ workerBatchSize: batchSize }),
            logger: silentLogger,
            workerId: 'w',
            analysisStages: [normalize],
            batchStages,
          });
    const byExternal = async (workspaceId: number) => {
      const rows = await t.db.kysely
        .selectFrom('mentions')
        .select(['id', 'external_id', 'duplicate_of'])
        .where('workspace_id', '=', workspaceId)
        .execute();
      const id = new Map(rows.map((r) => [r.external_id, Number(r.id)]));
      const of = new Map(rows.map((r) => [r.external_id, r.duplicate_of === null ? null : Number(r.duplicate_of)]));
      return { id: (x: string) => id.get(x), of: (x: string) => of.get(x) };
    };

    it('points copies to the earliest original, within a batch, across batches and when the original arrives late', async () => {
      await push(ws, [
        { id: 'a', text: a, at: 1_700_000_100 },
        { id: 'a1', text: `转发//@吃货日记: ${a} #避雷#`, at: 1_700_000_200 },
        { id: 'b', text: b, at: 1_700_000_150 },
        { id: 's1', text: '太差了！', at: 1_700_000_100 },
        { id: 's2', text: '太差了', at: 1_700_000_300 },
        { id: 's3', text: '太差了吧', at: 1_700_000_300 },
      ]);
      await push(other, [{ id: 'x', text: a, at: 1_700_000_000 }]);
      await run();
      let m = await byExternal(ws);
      expect(m.of('a')).toBeNull();
      expect(m.of('a1')).toBe(m.id('a'));
      expect(m.of('b')).toBeNull();
      expect(m.of('s2')).toBe(m.id('s1'));
      expect(m.of('s3')).toBeNull();
      expect((await byExternal(other)).of('x')).toBeNull();

      await push(ws, [
        { id: 'a2', text: `${a.replace(/，/g, ',')} http://t.cn/xyz`, at: 1_700_000_400 },
        { id: 'b1', text: `${[...b].slice(0, 36).join('')}...全文`, at: 1_700_000_500 },
      ]);
      await run();
      m = await byExternal(ws);
      expect(m.of('a2')).toBe(m.id('a'));
      expect(m.of('b1')).toBe(m.id('b'));

      await push(ws, [{ id: 'a0', text: `//@路人甲:${a}`, at: 1_700_000_050 }]);
      await run();
      m = await byExternal(ws);
      expect(m.of('a0')).toBeNull();
      for (const x of ['a', 'a1', 'a2']) expect(m.of(x)).toBe(m.id('a0'));
      const bands = await t.db.kysely
        .selectFrom('mention_minhash_bands')
        .select('band')
        .where('mention_id', '=', m.id('b') ?? 0)
        .execute();
      expect(bands).toHaveLength(16);
    });

    it('keeps a flood of one template with other facts to the bucket cap, and still points a copy to its original', async () => {
      const report = (n: number) => `网友发布视频称，某品牌充电宝在地铁车厢内冒烟起火，乘客紧急疏散。品牌客服表示正在核实。第${n}条报道。`;
      const n = BUCKET_CAP + 40;
      await push(
        ws,
        Array.from({ length: n }, (_, i) => ({ id: `f${i}`, text: report(i), at: 1_700_000_000 + i })),
      );
      // A copy of an early report in the same batch, and one of a late report, past the cap.
      await push(ws, [
        { id: 'c3', text: `转发//@路人甲: ${report(3)}`, at: 1_700_100_000 },
        { id: 'clate', text: `转发//@路人乙: ${report(n - 1)}`, at: 1_700_100_001 },
      ]);
      await run();
      const m = await byExternal(ws);
      for (let i = 0; i < n; i++) expect(m.of(`f${i}`)).toBeNull();
      expect(m.of('c3')).toBe(m.id('f3'));
      const counts = await t.db.kysely
        .selectFrom('mention_minhash_bands')
        .select(['band', 'bucket', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('workspace_id', '=', ws)
        .groupBy(['band', 'bucket'])
        .execute();
      expect(Math.max(...counts.map((c) => Number(c.n)))).toBeLessThanOrEqual(BUCKET_CAP);

      // The next batch meets the full buckets in the store: the same answers as within one batch.
      await push(ws, [{ id: 'c3b', text: `${report(3)} #避雷#`, at: 1_700_100_002 }]);
      await run();
      expect((await byExternal(ws)).of('c3b')).toBe(m.id('f3'));
    });
  });
});
