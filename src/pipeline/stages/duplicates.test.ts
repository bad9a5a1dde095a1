/** The duplicates stage through the real batch pipeline on both backends: stored and same-batch copies, short texts, a late earlier original. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acceptItems } from '../../intake/accept.js';
import { silentLogger } from '../../log/logger.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { processBatch } from '../process-batch.js';
import { batchStages } from '../stages.js';
import { seedWorkspace, testConfig } from '../testkit/seed.js';
import { normalize } from './normalize.js';

const a = '外卖送得太慢了，等了一个多小时，到手的时候饭菜都凉了，打电话给商家也没人接，以后再也不点这家了。';
const b = '这款手机的电池续航非常给力，充一次电能用两天，拍照效果也比上一代好很多，就是价格稍微贵了点。';

describeBackends('duplicates stage', (dialect) => {
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
  const run = () =>
    processBatch({
      db: t.db,
      config: testConfig({ workerBatchSize: 50 }),
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
});
