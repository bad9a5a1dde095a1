/** The index pre-filter and token encoding: supersets by construction, tight where they can be. */
import { expect, it } from 'vitest';
import { parseQuery } from '../match/index.js';
import { encodeToken, indexTokens } from '../match/index-tokens.js';
import { tsvectorOf } from '../store/queries/search-index-syntax.js';
import { prefilterOf } from './prefilter.js';

it('turns terms into unit phrases, keeps every positive AND child, and gives up on OR with a NOT', () => {
  expect(prefilterOf(parseQuery('"屏幕 断裂" recall*'))).toEqual({
    type: 'and',
    children: [
      { type: 'phrase', tokens: ['屏', '幕', '断', '裂'], prefix: false },
      { type: 'phrase', tokens: ['recall'], prefix: true },
    ],
  });
  expect(prefilterOf(parseQuery('华为 NEAR/3 投诉 -招聘'))).toEqual({
    type: 'and',
    children: [
      { type: 'phrase', tokens: ['华', '为'], prefix: false },
      { type: 'phrase', tokens: ['投', '诉'], prefix: false },
    ],
  });
  expect(prefilterOf(parseQuery('NOT 招聘'))).toBeNull();
  expect(prefilterOf(parseQuery('华为 OR -招聘'))).toBeNull();
  expect(prefilterOf(parseQuery('5G手机 OR author:张三'))).toMatchObject({
    type: 'or',
    children: [{ tokens: ['5g', '手', '机'] }, { tokens: ['张', '三'] }],
  });
});

it('encodes tokens so any tokenizer keeps them whole: equal stays equal, a prefix stays a prefix', () => {
  expect(encodeToken('café')).toBe('cafx00e9');
  expect(encodeToken('caf')).toBe('caf');
  expect(encodeToken('😀')).toBe('xd83dxde00');
  expect(indexTokens({ title: 'Ｈｕａｗｅｉ手機', text: 'a-b', url: 'https://x.cn/p' })).toEqual([
    'huawei',
    '手',
    '机',
    'a',
    'b',
    'https',
    'x',
    'cn',
    'p',
  ]);
  const long = 'a'.repeat(500);
  expect(indexTokens({ text: long })[0]).toHaveLength(240);
  expect(prefilterOf(parseQuery(`x ${long}`))).toMatchObject({
    children: [{ tokens: ['x'] }, { tokens: ['a'.repeat(240)], prefix: true }],
  });
});

it('stores a tsvector without positions when PostgreSQL could not keep them all', () => {
  expect(tsvectorOf(['华', '为', '华'])).toEqual({ literal: "'华':1,3 '为':2", positional: true });
  expect(tsvectorOf(Array.from({ length: 300 }, () => '的')).positional).toBe(false);
  expect(tsvectorOf(Array.from({ length: 17000 }, (_, i) => `t${i}`)).positional).toBe(false);
});
