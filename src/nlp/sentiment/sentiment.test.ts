/** Behaviour of the committed sentiment model on small handwritten examples (no shared data needed). */
import { describe, expect, it } from 'vitest';
import { guessLanguage, loadSentimentModel } from './index.js';

const model = loadSentimentModel();

describe('sentiment model', () => {
  it('loads the committed weights once per process', () => {
    expect(loadSentimentModel()).toBe(model);
  });

  it('gives the same output for the same input', () => {
    const text = '房间干净，服务也很热情，下次还会再来。';
    expect(model.analyze(text)).toEqual(model.analyze(text));
    expect(model.polarity(text)).toBe(model.polarity(text));
  });

  it('scores lie in [-1, 1] and agree with the label', () => {
    for (const t of ['非常好', '太差了', '今天是星期二。', '']) {
      const r = model.analyze(t);
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
      if (r.label === 'positive') expect(r.score).toBeGreaterThan(0);
      if (r.label === 'negative') expect(r.score).toBeLessThan(0);
    }
  });

  it('handles negation: 不好 is negative, 并不差 is not', () => {
    expect(model.analyze('不好').label).toBe('negative');
    expect(model.analyze('这家酒店不好').label).toBe('negative');
    expect(model.analyze('这家酒店并不差').label).not.toBe('negative');
    expect(model.analyze('一点也不贵').label).not.toBe('negative');
  });

  it('handles degree words', () => {
    expect(model.polarity('非常好')).toBeGreaterThan(model.polarity('好'));
    expect(model.polarity('非常差')).toBeLessThan(model.polarity('有点差'));
    expect(model.analyze('非常好').label).toBe('positive');
  });

  it('weighs the clause after 但是 in a 虽然…但是 contrast', () => {
    expect(model.analyze('虽然价格有点贵，但是味道非常好').label).toBe('positive');
    expect(model.analyze('虽然味道不错，但是服务太差了').label).toBe('negative');
  });

  it('reads rhetorical questions as criticism', () => {
    expect(model.analyze('难道这就是五星级酒店的服务吗？').label).toBe('negative');
    expect(model.analyze('怎么能这样对待顾客？').label).toBe('negative');
  });

  it('uses Weibo emoticons and emoji', () => {
    expect(model.analyze('今天下午去开会[怒]').label).toBe('negative');
    expect(model.polarity('今天下午去开会[怒]')).toBeLessThan(model.polarity('今天下午去开会'));
    expect(model.polarity('今天下午去开会[哈哈]')).toBeGreaterThan(model.polarity('今天下午去开会'));
    expect(model.polarity('好吃😍')).toBeGreaterThan(model.polarity('好吃'));
  });

  it('returns neutral for a plain news sentence', () => {
    expect(model.analyze('国务院新闻办公室今天上午举行新闻发布会，介绍第三季度经济运行情况。').label).toBe('neutral');
    expect(model.analyze('据报道，该公司于3月5日发布公告称，董事会同意聘任张三为总经理。').label).toBe('neutral');
  });

  it('analyses English', () => {
    expect(model.analyze('The hotel was great', 'en').label).toBe('positive');
    expect(model.analyze('The service was not good').label).toBe('negative');
    expect(model.analyze('Nice room but the staff were very rude').label).toBe('negative');
    expect(model.analyze('The company announced its quarterly results on Tuesday.').label).toBe('neutral');
    expect(model.polarity('very good')).toBeGreaterThan(model.polarity('good'));
  });

  it('guesses the language from the script', () => {
    expect(guessLanguage('服务很好')).toBe('zh');
    expect(guessLanguage('great service')).toBe('en');
    expect(guessLanguage('iPhone 很好用')).toBe('zh');
  });
});
