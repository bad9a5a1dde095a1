/** Migration 0004 indexes the mentions stored before it, so search finds them. */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeMentionBeforeReach, makeSource, makeWorkspace } from '../../testing/factories.js';
import { candidateIds } from '../queries/search-index.js';
import { phraseTokens } from '../queries/search-index-tokens.js';
import { up } from './0004_search.js';
import { migrations } from './index.js';

describeBackends('migration 0004_search', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect, { migrate: false });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('backfills the index for existing mentions', async () => {
    const raw = t.db.kysely as unknown as Kysely<unknown>;
    for (const m of migrations) if (m.name < '0004') await m.up(raw, dialect);
    const ws = (await makeWorkspace(t.db)).id;
    const source = await makeSource(t.db, ws, { key: 'weibo' });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(await makeMentionBeforeReach(t.db, ws, source.id, { title: `旧数据 ${i}`, text: i % 2 ? '华为投诉' : 'other' }));
    await up(raw, dialect);
    const phrase = (value: string) => ({ type: 'phrase' as const, ...phraseTokens(value, false) });
    const found = await candidateIds(t.db.kysely, ws, { type: 'and', children: [phrase('华为'), phrase('投诉')] });
    expect(found.sort((a, b) => a - b)).toEqual([ids[1], ids[3]]);
  });
});
