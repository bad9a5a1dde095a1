import { afterEach, expect, it } from 'vitest';
import { draftFixture } from '../../domain/testkit/draft.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeSource, makeTopic, makeWorkspace } from '../../testing/factories.js';
import { insertMentions } from './mentions-write.js';

describeBackends('insertMentions', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('stores analysis columns, topics and labels once, and nothing again for a known item', async () => {
    t = await createTestDatabase(dialect);
    const k = t.db.kysely;
    const ws = await makeWorkspace(t.db);
    const source = await makeSource(t.db, ws.id);
    const topic = await makeTopic(t.db, ws.id, { query: '充电宝' });
    const draft = draftFixture({
      workspaceId: ws.id,
      inboxId: 1,
      dedupeKey: 'a',
      text: '充电宝起火',
      channel: 'weibo',
      authorFollowers: 1200,
      regionLabel: 'IP属地：广东',
      sentiment: { label: 'negative', score: -0.8 },
      topicIds: [topic.id, topic.id],
      tags: [
        { kind: 'region', value: '广东' },
        { kind: 'category', value: 'safety' },
        { kind: 'region', value: '广东' },
      ],
      analysis: { keywords: [{ word: '充电宝', weight: 0.9 }] },
    });
    expect(await insertMentions(k, [{ draft, sourceId: source.id }], 42)).toEqual([1]);
    expect(await insertMentions(k, [{ draft: { ...draft, inboxId: 2 }, sourceId: source.id }], 43)).toEqual([]);

    const row = await k.selectFrom('mentions').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'weibo', author_followers: 1200, region_label: 'IP属地：广东', sentiment_label: 'negative' });
    expect(row.sentiment_score).toBeCloseTo(-0.8);
    expect(JSON.parse(row.analysis)).toEqual({ keywords: [{ word: '充电宝', weight: 0.9 }] });
    const topics = await k.selectFrom('mention_topics').selectAll().execute();
    expect(topics.map((r) => [Number(r.mention_id), Number(r.topic_id), Number(r.matched_at)])).toEqual([[Number(row.id), topic.id, 42]]);
    const tags = await k.selectFrom('mention_tags').select(['kind', 'value']).orderBy('kind').execute();
    expect(tags).toEqual([
      { kind: 'category', value: 'safety' },
      { kind: 'region', value: '广东' },
    ]);
  });
});
