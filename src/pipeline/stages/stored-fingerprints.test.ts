/**
 * The fingerprints kept of stored mentions: a copy in a later batch is checked against the kept fingerprint of its
 * stored original (not the text read back), only what committed is kept, per database, and the keep is bounded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptItems } from '../../intake/accept.js';
import { silentLogger } from '../../log/logger.js';
import { fingerprint } from '../../nlp/duplicates/index.js';
import { connect } from '../../store/dialect.js';
import { createTestDatabase, type TestDatabase } from '../../testing/backends.js';
import { processBatch } from '../process-batch.js';
import { batchStages } from '../stages.js';
import { seedWorkspace, testConfig } from '../testkit/seed.js';
import { duplicateFingerprint } from './fingerprint.js';
import { normalize } from './normalize.js';
import { keptFingerprints, rememberStored } from './stored-fingerprints.js';

const T0 = Date.UTC(2026, 0, 1);
const original = '外卖送得太慢了，等了一个多小时，到手的时候饭菜都凉了，打电话给商家也没人接，以后再也不点这家了。';
const copy = `转发：${original}`;
const other = '这款手机的电池续航非常给力，充一次电能用两天，拍照效果也比上一代好很多，就是价格稍微贵了点。';

describe('kept fingerprints of stored mentions', () => {
  let t: TestDatabase;
  let ws: number;
  beforeEach(async () => {
    t = await createTestDatabase('sqlite');
    ws = await seedWorkspace(t.db, 'ws');
  });
  afterEach(async () => {
    await t.dispose();
  });

  const push = (id: string, text: string, at: number) =>
    acceptItems(t.db, {
      workspaceId: ws,
      origin: 'api',
      items: [{ ref: 0, raw: { source: 'weibo', externalId: id, text, publishedAt: T0 + at } }],
    });
  const run = (db = t.db) =>
    processBatch({
      db,
      config: testConfig(),
      logger: silentLogger,
      workerId: 'w',
      analysisStages: [normalize, duplicateFingerprint],
      batchStages,
    });
  const duplicateOf = async (externalId: string) => {
    const row = await t.db.kysely
      .selectFrom('mentions')
      .select('duplicate_of')
      .where('external_id', '=', externalId)
      .executeTakeFirstOrThrow();
    return row.duplicate_of === null ? null : Number(row.duplicate_of);
  };

  it('checks a later copy against the stored original as it was stored, without reading its text back', async () => {
    await push('a', original, 1000);
    await run();
    const stored = await t.db.kysely.selectFrom('mentions').select('id').where('external_id', '=', 'a').executeTakeFirstOrThrow();
    expect(keptFingerprints(t.db).get(Number(stored.id))?.text).toBe(fingerprint(original).text);
    // The text under the row changed behind the stage's back: only the kept fingerprint still says copy.
    await t.db.kysely.updateTable('mentions').set({ text: other }).where('id', '=', stored.id).execute();
    await push('b', copy, 2000);
    await run();
    expect(await duplicateOf('b')).toBe(Number(stored.id));
  });

  it('keeps nothing for another handle on the same database, which reads the stored text', async () => {
    await push('a', original, 1000);
    await run();
    await t.db.kysely.updateTable('mentions').set({ text: other }).where('external_id', '=', 'a').execute();
    await push('b', copy, 2000);
    const second = connect({ url: t.url });
    try {
      await run(second);
    } finally {
      await second.close();
    }
    expect(await duplicateOf('b')).toBeNull();
  });

  it('drops the oldest once the kept fingerprints pass their bound', () => {
    const db = {};
    const fp = fingerprint(original.repeat(40));
    for (let id = 1; id <= 20_000; id++) rememberStored(db, [{ mentionId: id, draft: { duplicateFingerprint: fp } }]);
    const kept = keptFingerprints(db);
    expect(kept.size).toBeLessThan(20_000);
    expect(kept.get(1)).toBeUndefined();
    expect(kept.get(20_000)).toBe(fp);
  });
});
