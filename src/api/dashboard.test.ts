/** The dashboard API on both backends: real mentions counted into the rollups (whole days and partial ones), every number checked. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MentionTag } from '../domain/mention.js';
import { draftFixture } from '../domain/testkit/draft.js';
import { silentLogger } from '../log/logger.js';
import { dashboardRollups } from '../pipeline/after-store/rollups-step.js';
import { runAfterStore } from '../pipeline/after-store.js';
import { afterStoreSteps } from '../pipeline/stages.js';
import { withEvents } from '../store/queries/events-tables.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { topicQueries } from '../store/queries/topics.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import type { Dashboard } from './schemas/dashboard.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

const H = 3_600_000;
// The period: China's 30 Jan 00:00 to 1 Feb 17:00 (UTC 29 Jan 16:00 to 1 Feb 09:00): two whole UTC days and two partial ones.
const from = Date.UTC(2026, 0, 29, 16);
const to = Date.UTC(2026, 1, 1, 9);
const kw = (...words: string[]): MentionTag[] => words.map((value) => ({ kind: 'keyword', value }));

describeBackends('dashboard API', (dialect) => {
  let h: Harness;
  let analyst: Caller;
  let outsider: Caller;
  let ws = 0;
  let brand = 0;
  let rival = 0;
  const url = (extra = '') =>
    `/api/v1/workspaces/${ws}/dashboard?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&tz=480${extra}`;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const other = (await makeWorkspace(h.t.db)).id;
    analyst = await loginAs(h.app, ...(await member(ws)));
    outsider = await loginAs(h.app, ...(await member(other)));
    brand = (await topicQueries.create(h.t.db.kysely, { workspaceId: ws, name: '华为', query: '华为', createdBy: null, now: 0 })).id;
    rival = (await topicQueries.create(h.t.db.kysely, { workspaceId: ws, name: '小米', query: '小米', createdBy: null, now: 0 })).id;
    const weibo = await makeSource(h.t.db, ws, { key: 'weibo' });
    await h.t.db.kysely.updateTable('sources').set({ name: '微博' }).where('id', '=', weibo.id).execute();
    const news = await makeSource(h.t.db, ws, { key: 'news' });
    const otherSource = await makeSource(h.t.db, other, { key: 'weibo' });
    const m = (i: number, at: number, over: Parameters<typeof draftFixture>[0] = {}, sourceId = weibo.id, workspaceId = ws) => ({
      draft: draftFixture({ workspaceId, inboxId: i, dedupeKey: `d${i}`, title: `标题${i}`, collectedAt: at, ...over }),
      sourceId,
    });
    const neg = { label: 'negative' as const, score: -0.8 };
    const pos = { label: 'positive' as const, score: 0.8 };
    await insertMentions(h.t.db.kysely, [
      // Before the period: not counted.
      m(1, from - H, { sentiment: neg, channel: 'social', tags: kw('电池') }),
      // Partial first day (UTC 29 Jan 16:00–24:00).
      m(2, from + 2 * H, {
        sentiment: neg,
        channel: 'social',
        author: '甲',
        topicIds: [brand],
        tags: [...kw('电池', '起火'), { kind: 'region', value: '广东' }, { kind: 'author_region', value: '广东' }],
      }),
      // Whole days (30 and 31 Jan).
      m(
        3,
        Date.UTC(2026, 0, 30, 3),
        {
          sentiment: pos,
          channel: 'news',
          author: '乙',
          topicIds: [brand, rival],
          tags: [...kw('电池'), { kind: 'region', value: '国家:美国' }],
        },
        news.id,
      ),
      m(4, Date.UTC(2026, 0, 31, 20), {
        sentiment: neg,
        channel: 'social',
        author: '甲',
        topicIds: [rival],
        reposts: 50,
        tags: [...kw('起火'), { kind: 'region', value: '北京' }, { kind: 'region', value: '深圳' }],
      }),
      m(5, Date.UTC(2026, 0, 31, 21), { sentiment: { label: 'neutral', score: 0 }, channel: 'forum', author: '丙', tags: kw('电池') }),
      // Partial last day (1 Feb 00:00–09:00).
      m(6, Date.UTC(2026, 1, 1, 8, 30), { sentiment: neg, channel: 'social', author: '甲', topicIds: [brand], tags: kw('召回') }),
      // At the end: not counted.
      m(7, to, { sentiment: neg, channel: 'social', tags: kw('电池') }),
      // Another workspace.
      m(8, from + 3 * H, { sentiment: neg, channel: 'social', tags: kw('电池') }, otherSource.id, other),
    ]);
    // As the pipeline does after a stored batch.
    await afterBatch([ws, other]);
  });
  const afterBatch = (workspaceIds: number[]) =>
    runAfterStore([dashboardRollups], workspaceIds, { db: h.t.db, now: () => to, logger: silentLogger });

  it('is one of the steps after every stored batch', () => {
    expect(afterStoreSteps).toContain(dashboardRollups);
  });
  afterAll(async () => {
    await h.dispose();
  });

  async function member(workspaceId: number): Promise<[string, string]> {
    const made = await makeMember(h.t.db, workspaceId, 'analyst');
    return [made.user.username, made.password];
  }

  it('counts the period by sentiment, channel, day (in the asked time zone), keywords, sources, authors and regions', async () => {
    const r = await analyst.get(url('&bucket=day'));
    expect(r.status).toBe(200);
    const d = r.body as Dashboard;
    expect(d.bucket).toBe('day');
    expect(d.total).toBe(5);
    expect(d.sentiment).toEqual({ positive: 1, neutral: 1, negative: 3, total: 5, index: -0.4 });
    expect(d.channels).toEqual([
      { channel: 'social', count: 3 },
      { channel: 'forum', count: 1 },
      { channel: 'news', count: 1 },
    ]);
    // China's days: 30 Jan holds mentions 2 and 3; 1 Feb (from UTC 31 Jan 16:00) holds 4, 5 and 6.
    expect(d.volume.map((b) => [b.at, b.total, b.negative])).toEqual([
      ['2026-01-29T16:00:00.000Z', 2, 1],
      ['2026-01-30T16:00:00.000Z', 0, 0],
      ['2026-01-31T16:00:00.000Z', 3, 2],
    ]);
    expect(d.volume[2]?.index).toBe(-0.667);
    expect(d.volume[2]?.channels).toEqual({ social: 2, forum: 1 });
    expect(d.keywords.map((k) => [k.value, k.count])).toEqual([
      ['电池', 3],
      ['起火', 2],
      ['召回', 1],
    ]);
    expect(d.sources.map((s) => [s.label, s.count])).toEqual([
      ['微博', 4],
      ['Source news', 1],
    ]);
    expect(d.authors.map((a) => [a.value, a.count])).toEqual([
      ['甲', 3],
      ['丙', 1],
      ['乙', 1],
    ]);
    // 广东 named and the author's place: one mention; 深圳 is a city, counted under its province.
    expect(d.provinces.map((p) => [p.value, p.count])).toEqual([
      ['北京', 1],
      ['广东', 1],
    ]);
    expect(d.countries).toEqual([
      { value: '中国', label: '中国', count: 2, en: 'China' },
      { value: '美国', label: '美国', count: 1, en: 'United States' },
    ]);
    expect(d.highRisk.map((x) => x.title)).toEqual(['标题6', '标题4', '标题2']);
    expect(d.highRisk[1]).toMatchObject({ source: '微博', author: '甲', reach: 50 });
  });

  it('compares the active topics (share of voice), and counts only a topic set when asked', async () => {
    const all = (await analyst.get(url())).body as Dashboard;
    expect(all.shareOfVoice).toEqual([
      { topicId: brand, name: '华为', count: 3, share: 0.6 },
      { topicId: rival, name: '小米', count: 2, share: 0.4 },
    ]);
    const one = (await analyst.get(url(`&topics=${brand}&bucket=hour`))).body as Dashboard;
    expect(one.total).toBe(3);
    expect(one.bucket).toBe('hour');
    expect(one.volume).toHaveLength(65);
    expect(one.keywords.map((k) => [k.value, k.count])).toEqual([
      ['电池', 2],
      ['召回', 1],
      ['起火', 1],
    ]);
    expect(one.highRisk.map((x) => x.title)).toEqual(['标题6', '标题2']);
    expect(one.shareOfVoice.map((s) => s.count)).toEqual([3]);
  });

  it('counts mentions stored after the first answer once their batch is followed by its steps, and reading counts nothing', async () => {
    const before = (await analyst.get(url())).body as Dashboard;
    const news = await makeSource(h.t.db, ws, { key: 'late' });
    await insertMentions(h.t.db.kysely, [
      {
        draft: draftFixture({ workspaceId: ws, inboxId: 20, dedupeKey: 'late', collectedAt: Date.UTC(2026, 0, 30, 12), tags: kw('电池') }),
        sourceId: news.id,
      },
    ]);
    const unread = (await analyst.get(url())).body as Dashboard;
    expect(unread.total).toBe(before.total);
    await afterBatch([ws]);
    await afterBatch([ws]);
    const after = (await analyst.get(url())).body as Dashboard;
    const again = (await analyst.get(url())).body as Dashboard;
    expect(after.total).toBe(before.total + 1);
    expect(again.total).toBe(after.total);
    expect(again.keywords[0]).toMatchObject({ value: '电池', count: 4 });
  });

  it('gives each newest high-risk mention the level the events step stored', async () => {
    const k = withEvents(h.t.db.kysely);
    await k.updateTable('mentions').set({ severity: 2 }).where('workspace_id', '=', ws).where('title', '=', '标题4').execute();
    const d = (await analyst.get(url())).body as Dashboard;
    expect(d.highRisk.map((x) => [x.title, x.level])).toEqual([
      ['标题6', null],
      ['标题4', 2],
      ['标题2', null],
    ]);
  });

  it('refuses a reversed period and a bad topic list; hides the workspace from non-members', async () => {
    const reversed = await analyst.get(
      `/api/v1/workspaces/${ws}/dashboard?from=${new Date(to).toISOString()}&to=${new Date(from).toISOString()}`,
    );
    expect(reversed.status).toBe(400);
    expect((await analyst.get(`/api/v1/workspaces/${ws}/dashboard?topics=1,,2`)).status).toBe(400);
    expect((await outsider.get(url())).status).toBe(404);
  });
});
