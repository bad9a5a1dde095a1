import { describe, expect, it } from 'vitest';
import { facetsBasisText, similarText, totalText } from './search-totals.js';

describe('search totals', () => {
  it('says an exact total as it is, grouped but never rounded', () => {
    expect(totalText('zh', 4, false)).toBe('共 4 条');
    expect(totalText('zh', 12_345, false)).toBe('共 12,345 条');
    expect(totalText('en', 4, false)).toBe('4 results');
    expect(totalText('en', 9_999, false)).toBe('9,999 results');
  });

  it('says a capped total as a lower bound', () => {
    expect(totalText('zh', 10_000, true)).toBe('超过 10,000 条');
    expect(totalText('en', 10_000, true)).toBe('10,000+ results');
  });

  it('says what the facets were counted over', () => {
    expect(facetsBasisText('zh', { kind: 'sample', size: 2000 })).toBe('按最新 2,000 条匹配抽样统计');
    expect(facetsBasisText('en', { kind: 'sample', size: 2000 })).toBe('Counted over a sample of the newest 2,000 matches');
    expect(facetsBasisText('zh', { kind: 'all', size: 37 })).toBe('按全部 37 条匹配统计');
    expect(facetsBasisText('en', { kind: 'all', size: 37 })).toBe('Counted over all 37 matches');
  });

  it('names the copies a folded hit stands for', () => {
    expect(similarText('zh', 3)).toBe('相似 3 条');
    expect(similarText('en', 1_200)).toBe('1,200 similar');
  });
});
