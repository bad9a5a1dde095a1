import { describe, expect, it } from 'vitest';
import { type EventMember, eventSummary, eventTitle, ownWords } from './describe.js';
import type { Term } from './types.js';

const member = (id: string, over: Partial<EventMember>): EventMember => ({
  id,
  at: Number(id) * 60_000,
  title: '',
  text: '',
  keywords: [],
  entities: [],
  channel: 'weibo',
  ...over,
});
const centroid: Term[] = [
  ['星驰汽车', 0.6],
  ['刹车', 0.5],
  ['失灵', 0.5],
];
const original = '星驰汽车刹车失灵！今天在北京五环上，我的星驰S7突然刹车失灵，差点追尾。';
const members = [
  member('1', { title: original, text: original }),
  // A repost closer to the centroid than the original (it repeats the words twice): still not the title.
  member('2', {
    title: `太吓人了，星驰汽车刹车失灵//@北京车主老王: ${original}`,
    text: `太吓人了，星驰汽车刹车失灵//@北京车主老王: ${original}`,
    parent: '1',
  }),
  member('3', { title: '', text: `转发微博 // @北京车主老王: ${original}` }),
];

describe('event description', () => {
  it('cuts a repost chain off to the poster’s own words', () => {
    expect(ownWords('太吓人了//@老王: 原文')).toBe('太吓人了');
    expect(ownWords('转发微博 // @老王: 原文')).toBe('转发微博');
    expect(ownWords('没有转发链的原文')).toBe('没有转发链的原文');
  });

  it('takes the title from an original, never from a repost chain', () => {
    expect(eventTitle(members, centroid)).toBe(original);
    // Only reposts: the poster's own words, without the chain.
    expect(eventTitle(members.slice(1), centroid)).toBe('太吓人了，星驰汽车刹车失灵');
  });

  it('summarises from the members’ own words, each sentence once, citing its mention', () => {
    const summary = eventSummary(members, centroid);
    expect(summary.every((s) => !s.text.includes('//@'))).toBe(true);
    expect(new Set(summary.map((s) => s.text)).size).toBe(summary.length);
    expect(summary.map((s) => s.mention)).toContain('1');
    expect(summary.every((s) => original.includes(s.text) || s.text === '太吓人了，星驰汽车刹车失灵')).toBe(true);
  });

  it('leaves hashtags out of the summary: a post of tags and one line gives that line once', () => {
    const tagged = [
      member('1', { text: '#星澜充电宝起火# 地铁上星驰汽车刹车失灵瞬间 #星驰汽车#' }),
      member('2', { text: '地铁上星驰汽车刹车失灵瞬间 #星驰汽车刹车#' }),
      member('3', { text: '#星驰汽车刹车失灵#' }),
    ];
    const summary = eventSummary(tagged, centroid);
    expect(summary.map((s) => s.text)).toEqual(['地铁上星驰汽车刹车失灵瞬间']);
  });
});
