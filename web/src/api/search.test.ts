import { describe, expect, it } from 'vitest';
import { exportUrl, searchBody } from './search.js';

describe('search by POST', () => {
  it('sends the page parameters as the body takes them: numbers for topic and limit, a boolean fold, absent ones left out', () => {
    expect(
      searchBody({ q: '华为 OR 荣耀', sort: 'newest', limit: 20, topic: '3', cursor: undefined, from: '', fold: 'false', count: 'exact' }),
    ).toEqual({ q: '华为 OR 荣耀', sort: 'newest', limit: 20, topic: 3, fold: false, count: 'exact' });
    expect(searchBody({ fold: 'true' })).toEqual({ fold: true });
  });
});

describe('exportUrl', () => {
  it('carries the query and filters but not the page, with the labels language and a time zone', () => {
    const url = new URL(
      exportUrl(
        7,
        { q: '华为 投诉', sort: 'reach', limit: 20, cursor: 'abc', count: 'exact', channel: 'weibo', fold: 'true', from: undefined },
        'en',
      ),
      'http://x',
    );
    expect(url.pathname).toBe('/api/v1/workspaces/7/search/export');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      q: '华为 投诉',
      sort: 'reach',
      channel: 'weibo',
      fold: 'true',
      labels: 'en',
    });
    expect(url.searchParams.has('limit')).toBe(false);
    expect(url.searchParams.has('cursor')).toBe(false);
    expect(url.searchParams.has('count')).toBe(false);
    expect(url.searchParams.get('tz')).toBeTruthy();
  });
});
