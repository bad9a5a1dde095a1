/** Social-post register on handwritten examples (none taken from the social-post set), and the set's held-out figures. */
import { describe, expect, it } from 'vitest';
import { loadSentimentModel } from './index.js';
import { isInquiry } from './neutral.js';
import { findResolution } from './social-cues.js';
import { loadSocialPosts, scoreLabels } from './social-set.js';

const model = loadSentimentModel();
const label = (text: string) => model.analyze(text).label;

describe('after-sales praise', () => {
  it('reads a problem reported as put right as positive', () => {
    expect(label('耳机坏了联系售后，三天就寄来了新的，问题解决了')).toBe('positive');
    expect(label('洗衣机漏水了，师傅当天上门修好了，很专业')).toBe('positive');
    expect(label('路由器掉线的事，客服回访了，退换也挺快')).toBe('positive');
  });
  it('does not count a resolution that is denied, only promised, conceded or moved past', () => {
    expect(label('耳机坏了联系售后，问题到现在还没解决')).toBe('negative');
    expect(label('退款说是会到账，到现在还没到账')).toBe('negative');
    expect(findResolution('虽然很快就修好了，但是第二天又坏了').clauses).toBe(0);
    expect(findResolution('先是空调不制冷，修好了，后是热水不热，前台不管，隔音很差，一晚没睡').clauses).toBe(0);
  });
});

describe('questions and news', () => {
  it('are neutral when they ask for information or report', () => {
    expect(label('这款空气炸锅怎么清洗？')).toBe('neutral');
    expect(label('请问门店几点关门')).toBe('neutral');
    expect(label('【某乳业宣布新建牧场】')).toBe('neutral');
    expect(isInquiry('难道这就是旗舰店的服务吗？')).toBe(false);
    expect(isInquiry('店员帮我换了好几次，汤还是热的')).toBe(false);
    expect(isInquiry('这款是冷萃还是热萃的')).toBe(true);
  });
  it('keep a complaint phrased as a question negative', () => {
    expect(label('为什么我的订单一周了还没发货？')).toBe('negative');
  });
});

describe('scare quotes', () => {
  it('turn quoted praise in a complaint into criticism', () => {
    expect(label('真是“贴心”，下单三天了还没发货')).toBe('negative');
    expect(model.polarity('这就是你们说的“快充”，充了一晚上才一半')).toBeLessThan(model.polarity('这就是你们说的快充，充了一晚上才一半'));
  });
  it('leave a quoted name in a happy post alone', () => {
    expect(label('中午来一份“爱的午餐”，幸福满满')).toBe('positive');
  });
});

describe('the social-post set', () => {
  const posts = loadSocialPosts();
  it('has at least 600 labelled posts of every kind and both halves', () => {
    expect(posts.length).toBeGreaterThanOrEqual(600);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    const kinds = new Set(posts.map((p) => p.kind));
    for (const k of ['complaint', 'praise', 'aftersales', 'question', 'news', 'sarcasm', 'mixed']) expect(kinds.has(k)).toBe(true);
    expect(posts.filter((p) => p.split === 'test').length).toBeGreaterThanOrEqual(300);
  });
  it('keeps the held-out half at the figures in docs/sentiment.md (75.48 % accuracy, 74.22 macro-F1)', () => {
    const test = posts.filter((p) => p.split === 'test');
    const s = scoreLabels(
      test.map((p) => p.label),
      test.map((p) => model.analyze(p.text, 'zh').label),
    );
    expect(s.accuracy).toBeGreaterThanOrEqual(0.7548 - 1e-4);
    expect(s.macroF1).toBeGreaterThanOrEqual(0.7422 - 1e-4);
  });
  it('scores three classes: accuracy, macro-F1 and the confusion matrix', () => {
    const s = scoreLabels(['positive', 'neutral', 'negative', 'negative'], ['positive', 'negative', 'negative', 'neutral']);
    expect(s.accuracy).toBe(0.5);
    expect(s.confusion).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 1],
    ]);
    expect(s.macroF1).toBeCloseTo((1 + 0 + 0.5) / 3, 10);
  });
});
