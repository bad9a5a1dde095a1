/** The index pre-filter and token encoding: supersets by construction, tight where they can be. */
import { expect, it } from 'vitest';
import { parseQuery } from '../match/index.js';
import { encodeToken, indexTokens } from '../match/index-tokens.js';
import { tsvectorOf } from '../store/queries/search-index-syntax.js';
import { documentColumns, phraseTokens } from '../store/queries/search-index-tokens.js';
import { prefilterOf } from './prefilter.js';

const both = ['title', 'text'];

it('turns terms into phrases of pairs in their columns, keeps every positive AND child, and gives up on OR with a NOT', () => {
  expect(prefilterOf(parseQuery('"屏幕 断裂" recall*'))).toEqual({
    type: 'and',
    children: [
      { type: 'phrase', tokens: ['屏幕', '幕断', '断裂'], prefix: false, columns: both },
      { type: 'phrase', tokens: ['recall'], prefix: true, columns: both },
    ],
  });
  expect(prefilterOf(parseQuery('title:(华为 NEAR/3 投诉) -招聘'))).toEqual({
    type: 'and',
    children: [
      { type: 'phrase', tokens: ['华为'], prefix: false, columns: ['title'] },
      { type: 'phrase', tokens: ['投诉'], prefix: false, columns: ['title'] },
    ],
  });
  expect(prefilterOf(parseQuery('NOT 招聘'))).toBeNull();
  expect(prefilterOf(parseQuery('华为 OR -招聘'))).toBeNull();
  expect(prefilterOf(parseQuery('5G手机 OR author:张三'))).toMatchObject({
    type: 'or',
    children: [{ tokens: ['5g', '手机'] }, { tokens: ['张三'], columns: ['meta'] }],
  });
});

it('indexes each Chinese character paired with the next one, so a lone character is a prefix and a phrase needs no single characters', () => {
  expect(documentColumns({ title: '华为手機', text: 'a 华，为 b', author: '张' }, ['ω1'])).toEqual({
    title: ['华为', '为手', '手机', '机'],
    text: ['a', '华为', '为', 'b'],
    meta: ['ω1', '张'],
  });
  expect(phraseTokens('华', false)).toEqual({ tokens: ['华'], prefix: true });
  expect(phraseTokens('华为手机', false)).toEqual({ tokens: ['华为', '为手', '手机'], prefix: false });
  expect(phraseTokens('5g 手 iphone', true)).toEqual({ tokens: ['5g', '手', 'iphone'], prefix: true });
  expect(phraseTokens('iphone 手', false)).toEqual({ tokens: ['iphone', '手'], prefix: true });
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

it('stores a weighted tsvector, without positions when PostgreSQL could not keep them all', () => {
  expect(tsvectorOf({ title: ['华为', '为'], text: ['华为'], meta: ['x'] })).toEqual({
    literal: "'华为':1A,3B '为':2A 'x':4",
    positional: true,
  });
  expect(tsvectorOf({ text: Array.from({ length: 300 }, () => '的') }).positional).toBe(false);
  expect(tsvectorOf({ text: Array.from({ length: 17000 }, (_, i) => `t${i}`) }).positional).toBe(false);
});
