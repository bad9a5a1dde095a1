import { describe, expect, it } from 'vitest';
import type { MatchDocument } from './document.js';
import { compileQuery, evaluate } from './evaluate.js';
import { parseQuery } from './parse.js';

const matches = (query: string, doc: MatchDocument | string) => evaluate(parseQuery(query), typeof doc === 'string' ? { text: doc } : doc);

describe('evaluate: terms', () => {
  it('matches Chinese terms as substrings', () => {
    expect(matches('华为', '华为手机')).toBe(true);
    expect(matches('华为', '新款华为')).toBe(true);
    expect(matches('华为', '华 为')).toBe(false);
    expect(matches('华为', '中华，为了')).toBe(false);
  });

  it('matches Latin terms as whole words, case-insensitively', () => {
    expect(matches('car', 'my car broke')).toBe(true);
    expect(matches('car', 'CAR!')).toBe(true);
    expect(matches('car', 'a scar')).toBe(false);
    expect(matches('car', 'cars')).toBe(false);
    expect(matches('car', 'car-sharing')).toBe(true);
    expect(matches('car', '我的car坏了')).toBe(true);
  });

  it('matches mixed terms with word boundaries only at their Latin or digit edges', () => {
    expect(matches('iPhone15', '新iPhone15发布')).toBe(true);
    expect(matches('iPhone15', 'iPhone15Pro')).toBe(false);
    expect(matches('iPhone15', 'iPhone150')).toBe(false);
    expect(matches('5G手机', '买5G手机了')).toBe(true);
    expect(matches('5G手机', '买25G手机')).toBe(false);
    expect(matches('5G手机', '5G手机壳')).toBe(true);
    expect(matches('华为Mate60', '新款华为Mate60发布')).toBe(true);
    expect(matches('华为Mate60', '荣耀华为Mate600')).toBe(false);
  });

  it('folds both the query and the text: traditional/simplified, case, full-width', () => {
    expect(matches('華為', '华为手机')).toBe(true);
    expect(matches('华为', '華為手機')).toBe(true);
    expect(matches('huawei', 'ＨＵＡＷＥＩ Ｍａｔｅ')).toBe(true);
    expect(matches('ＨＵＡＷＥＩ', 'Huawei')).toBe(true);
  });

  it('matches phrases across any run of spaces and punctuation, and without a gap between Chinese words', () => {
    expect(matches('"屏幕 断裂"', '屏幕断裂')).toBe(true);
    expect(matches('"屏幕 断裂"', '屏幕 断裂')).toBe(true);
    expect(matches('"屏幕 断裂"', '屏幕，断裂')).toBe(true);
    expect(matches('"屏幕 断裂"', '屏幕有断裂')).toBe(false);
    expect(matches('"new york"', 'New York, NY')).toBe(true);
    expect(matches('"new york"', 'new - york')).toBe(true);
    expect(matches('"new york"', 'newyork')).toBe(false);
    expect(matches('"new york"', 'new yorker')).toBe(false);
    expect(matches('covid-19', 'COVID 19 cases')).toBe(true);
    expect(matches('"华为 mate"', '华为Mate60')).toBe(false);
    expect(matches('"华为 mate"', '华为Mate 60')).toBe(true);
  });

  it('has a suffix wildcard for Latin words', () => {
    expect(matches('recall*', 'Tesla recalls cars')).toBe(true);
    expect(matches('recall*', 'a recall')).toBe(true);
    expect(matches('recall*', 'unrecalled')).toBe(false);
    expect(matches('"data breach"*', 'data breaches')).toBe(true);
    expect(matches('5g*', '5GHz')).toBe(true);
    expect(matches('recall*', '召回recalled事件')).toBe(true);
  });
});

describe('evaluate: operators', () => {
  const q = '(华为 OR Huawei OR 華為) AND (投诉 OR 质量 OR "屏幕 断裂") NOT 招聘';
  it('evaluates the example from the issue', () => {
    expect(matches(q, '華為手機屏幕斷裂了')).toBe(true);
    expect(matches(q, 'HUAWEI quality 质量差')).toBe(true);
    expect(matches(q, '华为投诉，同时在招聘')).toBe(false);
    expect(matches(q, '华为发布会')).toBe(false);
    expect(matches(q, 'huaweii 质量')).toBe(false);
  });

  it('applies NOT, AND, OR and precedence', () => {
    expect(matches('a OR b c', 'a')).toBe(true);
    expect(matches('a OR b c', 'b')).toBe(false);
    expect(matches('NOT a', 'b')).toBe(true);
    expect(matches('NOT a', 'a')).toBe(false);
    expect(matches('-a b', 'b')).toBe(true);
  });
});

describe('evaluate: NEAR', () => {
  it('counts Chinese characters between Chinese terms', () => {
    expect(matches('华为 NEAR/5 投诉', '华为手机质量差投诉')).toBe(true); // 手机质量差 = 5
    expect(matches('华为 NEAR/4 投诉', '华为手机质量差投诉')).toBe(false);
    expect(matches('华为 NEAR/0 投诉', '投诉华为')).toBe(true);
    expect(matches('华为 NEAR/1 投诉', '投诉，，，的华为')).toBe(true); // punctuation is not counted
  });

  it('counts words between Latin terms, in either order', () => {
    expect(matches('tesla NEAR/3 recall', 'Tesla issues a big recall')).toBe(true);
    expect(matches('tesla NEAR/2 recall', 'Tesla issues a big recall')).toBe(false);
    expect(matches('recall NEAR/3 tesla', 'Tesla issues a big recall')).toBe(true);
    expect(matches('recall* NEAR/1 tesla', 'recalled by Tesla')).toBe(true);
    expect(matches('"data breach" NEAR/2 bank', 'a data breach at the bank')).toBe(true);
  });

  it('counts a Latin word as one unit and each Chinese character as one in mixed text', () => {
    expect(matches('华为 NEAR/3 投诉', '华为 phone 很差 投诉')).toBe(true); // phone + 很 + 差
    expect(matches('华为 NEAR/2 投诉', '华为 phone 很差 投诉')).toBe(false);
    expect(matches('huawei NEAR/2 投诉', 'Huawei手机投诉')).toBe(true);
  });

  it('treats overlapping occurrences as distance 0 and needs two occurrences of the same term', () => {
    expect(matches('华为 NEAR/0 为人', '华为人')).toBe(true);
    expect(matches('x NEAR/2 x', 'x a x')).toBe(true);
    expect(matches('x NEAR/2 x', 'x a b c x')).toBe(false);
    expect(matches('x NEAR/2 x', 'x')).toBe(false);
  });

  it('stays within one field', () => {
    expect(matches('华为 NEAR/2 投诉', { title: '华为', text: '投诉' })).toBe(false);
    expect(matches('华为 NEAR/2 投诉', { title: '华为的投诉', text: '' })).toBe(true);
  });
});

describe('evaluate: fields', () => {
  const doc: MatchDocument = {
    title: '华为回应',
    text: '屏幕问题',
    author: '科技评测',
    source: 'weibo',
    channel: 'social',
    lang: 'zh-Hans',
    region: '广东省深圳市',
    url: 'https://www.example.com/news/1',
  };
  it('searches title and text by default, other fields only when scoped', () => {
    expect(matches('华为', doc)).toBe(true);
    expect(matches('屏幕', doc)).toBe(true);
    expect(matches('科技', doc)).toBe(false);
    expect(matches('weibo', doc)).toBe(false);
  });

  it('scopes to each field with the same matching rules', () => {
    expect(matches('title:华为', doc)).toBe(true);
    expect(matches('text:华为', doc)).toBe(false);
    expect(matches('author:科技', doc)).toBe(true);
    expect(matches('source:weibo', doc)).toBe(true);
    expect(matches('channel:social', doc)).toBe(true);
    expect(matches('lang:zh', doc)).toBe(true);
    expect(matches('lang:zh-hans', doc)).toBe(true);
    expect(matches('lang:en', doc)).toBe(false);
    expect(matches('region:深圳', doc)).toBe(true);
    expect(matches('url:example.com', doc)).toBe(true);
    expect(matches('url:example', doc)).toBe(true);
    expect(matches('url:exam', doc)).toBe(false);
    expect(matches('title:(华为 -屏幕) text:屏幕', doc)).toBe(true);
  });

  it('treats missing fields as empty', () => {
    expect(matches('NOT author:x', { text: 'a' })).toBe(true);
    expect(matches('author:x', { text: 'x', author: null })).toBe(false);
  });
});

describe('compileQuery', () => {
  it('gives the same answers as evaluate, reusable across documents', () => {
    const test = compileQuery(parseQuery('华为 投诉'));
    expect(test({ text: '华为投诉' })).toBe(true);
    expect(test({ text: '华为' })).toBe(false);
    expect(test({ title: '華為', text: '投訴' })).toBe(true);
  });
});
