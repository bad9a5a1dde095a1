/** A high-risk mention's level and its factors on its detail, graded at read time with the workspace's model and tiers; its event. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_MODEL } from '../severity/index.js';
import { withEvents } from '../store/queries/events-tables.js';
import { severityTierQueries, writeSeverityModel } from '../store/queries/severity-model.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeMention, makeSource, makeWorkspace } from '../testing/factories.js';
import type { MentionDetail } from './schemas/mention-detail.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

describeBackends('mention detail severity API', (dialect) => {
  let h: Harness;
  let ws = 0;
  let viewer: Caller;
  let adminId = 0;
  let central = 0;
  let kol = 0;
  let calm = 0;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const v = await makeMember(h.t.db, ws, 'viewer');
    viewer = await loginAs(h.app, v.user.username, v.password);
    adminId = (await makeMember(h.t.db, ws, 'admin')).user.id;
    const source = await makeSource(h.t.db, ws, { key: 'news' });
    central = await makeMention(h.t.db, ws, source.id, { title: '地铁充电宝起火', url: 'https://www.news.cn/2026/a.html' });
    kol = await makeMention(h.t.db, ws, source.id, { title: '大V转述', url: 'https://blog.example.org/p/1' });
    calm = await makeMention(h.t.db, ws, source.id, { title: '平常报道' });
    const k = withEvents(h.t.db.kysely);
    const negative = (categories: string[]) => ({
      sentiment_label: 'negative',
      sentiment_score: -0.7,
      analysis: JSON.stringify({ categories }),
    });
    await k
      .updateTable('mentions')
      .set({ ...negative(['casualty']), reach: 12_400, author: '新华社', channel: 'news', severity: 3, event_id: 7 })
      .where('id', '=', central)
      .execute();
    await k
      .updateTable('mentions')
      .set({ ...negative([]), reach: 800, author: '某大V', author_followers: 200, channel: 'weibo', severity: 4 })
      .where('id', '=', kol)
      .execute();
    await k.updateTable('mentions').set({ sentiment_label: 'neutral', sentiment_score: 0.1 }).where('id', '=', calm).execute();
    await k
      .insertInto('events')
      .values({
        workspace_id: ws,
        id: 7,
        title: '地铁充电宝起火',
        title_set: '地铁充电宝冒烟起火事件',
        status: 'active',
        open: 1,
        mention_count: 1,
        first_at: 1,
        last_at: 1,
        terms: '[]',
        keywords: '[]',
        severity_history: '[]',
        created_at: 1,
        updated_at: 1,
      })
      .execute();
  });
  afterAll(async () => {
    await h.dispose();
  });

  const path = (id: number, qs = '') => `/api/v1/workspaces/${ws}/mentions/${id}${qs}`;
  const detail = async (id: number, qs = '', headers: Record<string, string> = {}) => {
    const r = await viewer.call('GET', path(id, qs), undefined, headers);
    expect(r.status).toBe(200);
    return r.body as MentionDetail;
  };

  it('gives a high-risk mention its level, label, explanation and the factors a mention is scored on, with its event', async () => {
    const d = await detail(central);
    expect(d.event).toEqual({ id: 7, title: '地铁充电宝冒烟起火事件' });
    const s = d.severity;
    expect(s).not.toBeNull();
    if (!s) return;
    const names = ['', 'I 特别重大', 'II 重大', 'III 较大', 'IV 一般'];
    expect(s.label).toBe(names[s.level]);
    expect(s.explanation).toBe(`${s.label}（${s.score} 分）：负面，传播量 1.2 万，信源为中央媒体，涉及伤亡`);
    expect(s.factors.map((f) => [f.name, f.figure])).toEqual([
      ['负面占比', '100%'],
      ['传播量', '1.2 万'],
      ['信源等级', '中央媒体'],
      ['敏感类别', '伤亡'],
    ]);
    expect(Math.abs(s.factors.reduce((n, f) => n + f.points, 0) - s.score)).toBeLessThan(0.3);
    // A score of this size lands between the mention thresholds of the default model.
    const t = DEFAULT_SEVERITY_MODEL.mentionThresholds;
    expect(s.level).toBe(s.score >= t[1] ? 1 : s.score >= t[2] ? 2 : s.score >= t[3] ? 3 : 4);
  });

  it('explains in English when asked by parameter or by Accept-Language', async () => {
    const byParam = await detail(central, '?lang=en');
    expect(byParam.severity?.explanation).toMatch(
      /^(I|II|III|IV) [A-Z][a-z ]+ \(score [\d.]+\): negative, reach 12,400, published by central media, touches casualties$/,
    );
    expect(byParam.severity?.factors.map((f) => f.name)).toEqual(['Negativity', 'Reach', 'Source authority', 'Sensitive categories']);
    const byHeader = await detail(central, '', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(byHeader.severity?.label).toBe(byParam.severity?.label);
    expect(byHeader.severity?.explanation).toBe(byParam.severity?.explanation);
    expect((await viewer.get(path(central, '?lang=fr'))).status).toBe(400);
  });

  it('has no level nor event for a mention that is not high-risk', async () => {
    const d = await detail(calm);
    expect(d.severity).toBeNull();
    expect(d.event).toBeNull();
  });

  it('grades with the workspace’s own tiers and model, read at once', async () => {
    const before = (await detail(kol)).severity;
    expect(before?.factors.find((f) => f.factor === 'authority')?.figure).toBe('论坛及普通用户');
    await severityTierQueries.put(h.t.db.kysely, { workspaceId: ws, kind: 'account', name: '某大V', tier: 'central', by: adminId, now: 1 });
    const after = (await detail(kol)).severity;
    expect(after?.factors.find((f) => f.factor === 'authority')?.figure).toBe('中央媒体');
    expect(after?.score ?? 0).toBeGreaterThan(before?.score ?? 0);
    await writeSeverityModel(h.t.db.kysely, {
      workspaceId: ws,
      model: { ...DEFAULT_SEVERITY_MODEL, mentionThresholds: { 1: 3, 2: 2, 3: 1 } },
      by: adminId,
      now: 2,
    });
    const strict = (await detail(kol)).severity;
    expect(strict).toMatchObject({ level: 1, label: 'I 特别重大', score: after?.score });
  });

  it('names a workspace’s own sensitive category by the name it gave it, in either language', async () => {
    const k = h.t.db.kysely;
    await k
      .insertInto('categories')
      .values({ workspace_id: ws, key: 'recall', name: '产品召回', query: '召回', active: 1, created_at: 1, updated_at: 1 })
      .execute();
    await k.insertInto('mention_tags').values({ workspace_id: ws, mention_id: kol, kind: 'category', value: 'recall' }).execute();
    await k
      .updateTable('mentions')
      .set({ analysis: JSON.stringify({ categories: ['recall'] }) })
      .where('id', '=', kol)
      .execute();
    await writeSeverityModel(k, {
      workspaceId: ws,
      model: { ...DEFAULT_SEVERITY_MODEL, sensitiveCategories: { recall: 0.8 } },
      by: adminId,
      now: 3,
    });
    const zh = (await detail(kol)).severity;
    expect(zh?.explanation).toMatch(/，涉及产品召回$/);
    expect(zh?.factors.find((f) => f.factor === 'sensitive')).toMatchObject({ figure: '产品召回', strength: 0.8 });
    expect((await detail(kol, '?lang=en')).severity?.explanation).toMatch(/, touches 产品召回$/);
  });
});
