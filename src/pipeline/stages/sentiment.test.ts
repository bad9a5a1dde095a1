/** The sentiment stage: language choice, tags, and the workspace's corrections adapting new mentions of that workspace only. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftFixture } from '../../domain/testkit/draft.js';
import { silentLogger } from '../../log/logger.js';
import { loadSentimentModel } from '../../nlp/sentiment/index.js';
import { correctionQueries } from '../../store/queries/corrections.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeMention, makeSource, makeWorkspace } from '../../testing/factories.js';
import { createWorkspaceResources } from '../resources.js';
import type { StageContext } from '../stage.js';
import { baseLogit, sentiment, sentimentAdaptationResource, sentimentLanguage, sentimentText } from './sentiment.js';

describe('sentiment stage helpers', () => {
  it('chooses the analyser by the draft language, else by script', () => {
    expect(sentimentLanguage('zh-Hant', 'abc')).toBe('zh');
    expect(sentimentLanguage('en', '好')).toBe('en');
    expect(sentimentLanguage(null, '服务很好')).toBe('zh');
    expect(sentimentLanguage('fr', 'très bien')).toBe('en');
  });

  it('reads the title only when it adds to the body', () => {
    expect(sentimentText({ title: '服务很好…', text: '服务很好，下次再来' })).toBe('服务很好,下次再来');
    expect(sentimentText({ title: '标题', text: '正文' })).toBe('标题\n正文');
    expect(sentimentText({ title: '', text: '服務很差' })).toBe('服务很差');
  });

  it('inverts the squash', () => {
    expect(Math.tanh(baseLogit(0.5) / 2)).toBeCloseTo(0.5, 9);
  });
});

describeBackends('sentiment stage', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('sets the label, score and tag, and learns from the workspace’s corrections', async () => {
    const resources = createWorkspaceResources(t.db);
    const ctx: StageContext = { now: () => 0, logger: silentLogger, db: t.db, resources };
    const ws = (await makeWorkspace(t.db)).id;
    const other = (await makeWorkspace(t.db)).id;
    const source = await makeSource(t.db, ws);
    const text = '宁德时代今日开盘后强势涨停，成交额放大至二十亿元';
    const base = loadSentimentModel().analyze(text, 'zh');
    expect(base.label).toBe('neutral');

    const english = await sentiment(draftFixture({ workspaceId: ws, text: 'The service was terrible', lang: 'en' }), ctx);
    expect(english.sentiment?.label).toBe('negative');
    expect(english.tags).toContainEqual({ kind: 'sentiment', value: 'negative' });

    const before = await sentiment(draftFixture({ workspaceId: ws, text }), ctx);
    expect(before.sentiment?.label).toBe('neutral');

    const id = await makeMention(t.db, ws, source.id, { title: text, text });
    await correctionQueries.record(t.db.kysely, { workspaceId: ws, mentionId: id, label: 'positive', score: 0.8, userId: null, now: 1 });
    resources.invalidate(ws, sentimentAdaptationResource);

    const copy = await sentiment(draftFixture({ workspaceId: ws, text: `太牛了//@财经观察: ${text}` }), ctx);
    expect(copy.sentiment?.label).toBe('positive');
    expect(copy.analysis).toMatchObject({ sentiment: { adapted: true, copyOf: 'positive' } });
    const elsewhere = await sentiment(draftFixture({ workspaceId: other, text }), ctx);
    expect(elsewhere.sentiment?.label).toBe('neutral');
    const unrelated = await sentiment(draftFixture({ workspaceId: ws, text: '外卖送得太慢了，饭菜都凉了，差评' }), ctx);
    expect(unrelated.sentiment?.label).toBe('negative');
  });
});
