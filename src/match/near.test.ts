import { describe, expect, it } from 'vitest';
import { unitsBetween, withinDistance } from './near.js';

describe('unitsBetween', () => {
  it('counts Latin words and Chinese characters, not spaces or punctuation', () => {
    const text = 'ab 华为, cd5e!';
    expect(unitsBetween(text, 0, text.length, 99)).toBe(4); // ab, 华, 为, cd5e
    expect(unitsBetween(text, 2, 7, 99)).toBe(2); // 华, 为
    expect(unitsBetween(text, 2, 8, 99)).toBe(3); // and the start of cd5e
    expect(unitsBetween(text, 1, 3, 99)).toBe(0); // the rest of "ab" is not a new word
  });

  it('counts a surrogate pair once', () => {
    expect(unitsBetween('𠀀a', 0, 3, 99)).toBe(2);
  });

  it('stops counting past the limit', () => {
    expect(unitsBetween('a b c d e f', 0, 11, 2)).toBe(3);
  });
});

describe('withinDistance', () => {
  const text = 'a b c d e';
  it('measures units between occurrences in either order', () => {
    expect(withinDistance(text, [0, 1], [8, 9], 3)).toBe(true);
    expect(withinDistance(text, [0, 1], [8, 9], 2)).toBe(false);
    expect(withinDistance(text, [8, 9], [0, 1], 3)).toBe(true);
  });

  it('needs two occurrences when both sides are the same term', () => {
    expect(withinDistance(text, [0, 1], null, 5)).toBe(false);
    expect(withinDistance(text, [0, 1, 4, 5], null, 1)).toBe(true);
    expect(withinDistance(text, [0, 1, 6, 7], null, 1)).toBe(false);
  });
});
