/** A mention's detail and analysts' sentiment corrections through the API, on both backends. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeMention, makeSource, makeTopic, makeWorkspace } from '../testing/factories.js';
import type { MentionDetail } from './schemas/mention-detail.js';
import type { MentionView } from './schemas/mentions.js';
import { type Caller, createHarness, errorCode, type Harness, loginAs } from './testing/harness.js';

describeBackends('mention detail API', (dialect) => {
  let h: Harness;
  let ws = 0;
  let otherWs = 0;
  let analyst: Caller;
  let viewer: Caller;
  let handler: Caller;
  let outsider: Caller;
  let analystName = '';
  let original = 0;
  let copy = 0;
  let foreign = 0;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    otherWs = (await makeWorkspace(h.t.db)).id;
    const a = await makeMember(h.t.db, ws, 'analyst');
    analystName = a.user.username;
    analyst = await loginAs(h.app, a.user.username, a.password);
    const v = await makeMember(h.t.db, ws, 'viewer');
    viewer = await loginAs(h.app, v.user.username, v.password);
    const hd = await makeMember(h.t.db, ws, 'handler');
    handler = await loginAs(h.app, hd.user.username, hd.password);
    const o = await makeMember(h.t.db, otherWs, 'admin');
    outsider = await loginAs(h.app, o.user.username, o.password);
    const source = await makeSource(h.t.db, ws, { key: 'weibo' });
    original = await makeMention(h.t.db, ws, source.id, { title: '充电宝冒烟', text: '某品牌充电宝在地铁车厢内冒烟起火' });
    copy = await makeMention(h.t.db, ws, source.id, { title: '转发', text: '//@路人甲:某品牌充电宝在地铁车厢内冒烟起火' });
    foreign = await makeMention(h.t.db, otherWs, (await makeSource(h.t.db, otherWs)).id);
    const topic = await makeTopic(h.t.db, ws, { name: '充电宝安全' });
    const k = h.t.db.kysely;
    await k
      .updateTable('mentions')
      .set({
        sentiment_label: 'neutral',
        sentiment_score: 0.1,
        analysis: JSON.stringify({ keywords: [{ word: '充电宝', weight: 0.9 }], emotions: { fear: 0.6 } }),
      })
      .where('id', '=', original)
      .execute();
    await k.updateTable('mentions').set({ duplicate_of: original }).where('id', '=', copy).execute();
    await k
      .insertInto('mention_tags')
      .values([
        { workspace_id: ws, mention_id: original, kind: 'sentiment', value: 'neutral' },
        { workspace_id: ws, mention_id: original, kind: 'category', value: 'safety' },
        { workspace_id: ws, mention_id: original, kind: 'region', value: '广东' },
      ])
      .execute();
    await k.insertInto('mention_topics').values({ workspace_id: ws, mention_id: original, topic_id: topic.id, matched_at: 1 }).execute();
  });
  afterAll(async () => {
    await h.dispose();
  });

  const base = () => `/api/v1/workspaces/${ws}/mentions`;

  it('returns the mention with its analysis, topics, original and copies', async () => {
    const r = await viewer.get(`${base()}/${original}`);
    expect(r.status).toBe(200);
    const d = r.body as MentionDetail;
    expect(d).toMatchObject({
      id: original,
      source: 'weibo',
      sourceName: 'Source weibo',
      sentiment: { label: 'neutral', score: 0.1, corrected: false, corrections: [] },
      topics: [{ name: '充电宝安全' }],
      duplicateOf: null,
      copies: 1,
      analysis: { keywords: [{ word: '充电宝' }], emotions: { fear: 0.6 } },
    });
    expect(d.tags).toContainEqual({ kind: 'category', value: 'safety' });
    const c = (await viewer.get(`${base()}/${copy}`)).body as MentionDetail;
    expect(c.duplicateOf).toEqual({ id: original, title: '充电宝冒烟' });
    expect(c.sentiment).toBeNull();
  });

  it('applies an analyst’s correction at once, with history, tag and audit entry', async () => {
    const r = await analyst.call('PUT', `${base()}/${original}/sentiment`, { label: 'negative' });
    expect(r.status).toBe(200);
    const d = r.body as MentionDetail;
    expect(d.sentiment).toMatchObject({
      label: 'negative',
      score: -0.8,
      corrected: true,
      corrections: [{ label: 'negative', by: { username: analystName } }],
    });
    expect(d.tags.filter((t) => t.kind === 'sentiment')).toEqual([{ kind: 'sentiment', value: 'negative' }]);
    h.clock.advance(1000);
    await analyst.call('PUT', `${base()}/${original}/sentiment`, { label: 'positive' });
    const again = (await viewer.get(`${base()}/${original}`)).body as MentionDetail;
    expect(again.sentiment?.label).toBe('positive');
    expect(again.sentiment?.corrections.map((c) => c.label)).toEqual(['positive', 'negative']);
    const row = await h.t.db.kysely
      .selectFrom('mentions')
      .select(['sentiment_label', 'sentiment_corrected'])
      .where('id', '=', original)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ sentiment_label: 'positive', sentiment_corrected: 1 });
    // The list shows the label in force and the source's name beside its key.
    const list = (await viewer.get(`${base()}?limit=10`)).body as { items: MentionView[] };
    expect(list.items.find((m) => m.id === original)).toMatchObject({
      sentimentLabel: 'positive',
      source: 'weibo',
      sourceName: 'Source weibo',
    });
    expect(list.items.find((m) => m.id === copy)?.sentimentLabel).toBeNull();
    const audit = await h.t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'target_id', 'details'])
      .where('action', '=', 'mention.sentiment.correct')
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ from: 'neutral', to: 'negative' });
  });

  it('refuses viewers and handlers (403), other workspaces’ mentions and non-members (404), bad labels (400)', async () => {
    for (const caller of [viewer, handler]) {
      const r = await caller.call('PUT', `${base()}/${copy}/sentiment`, { label: 'negative' });
      expect(r.status).toBe(403);
    }
    const cross = await analyst.call('PUT', `${base()}/${foreign}/sentiment`, { label: 'negative' });
    expect(cross.status).toBe(404);
    expect(errorCode(cross)).toBe('not_found');
    expect((await analyst.get(`${base()}/${foreign}`)).status).toBe(404);
    expect((await outsider.get(`${base()}/${original}`)).status).toBe(404);
    expect((await outsider.call('PUT', `${base()}/${original}/sentiment`, { label: 'negative' })).status).toBe(404);
    expect((await analyst.call('PUT', `${base()}/${copy}/sentiment`, { label: 'angry' })).status).toBe(400);
    const untouched = await h.t.db.kysely
      .selectFrom('sentiment_corrections')
      .select('id')
      .where('mention_id', 'in', [copy, foreign])
      .execute();
    expect(untouched).toHaveLength(0);
  });
});
