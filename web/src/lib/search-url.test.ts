import { describe, expect, it } from 'vitest';
import { apiTime, emptySearch, newSearch, parseSearch, type SearchState, searchApiParams, searchQueryString } from './search-url.js';

const parse = (qs: string) => parseSearch(new URLSearchParams(qs));

describe('search state in the URL', () => {
  it('leaves defaults out, so the plain page is /search and a query alone is ?q=', () => {
    expect(searchQueryString(emptySearch)).toBe('');
    expect(searchQueryString({ ...emptySearch, q: '华为 OR 荣耀' })).toBe('?q=%E5%8D%8E%E4%B8%BA+OR+%E8%8D%A3%E8%80%80');
  });

  it('round-trips every part of a search', () => {
    const state: SearchState = {
      q: '"充电宝" AND 起火',
      sort: 'reach',
      filters: {
        sentiment: 'negative',
        channel: 'social',
        source: 'weibo',
        topic: '3',
        lang: 'zh',
        region: '北京',
        authorRegion: '广东',
        category: 'safety',
      },
      from: '2026-11-01',
      to: '2026-11-20',
      fold: false,
      exact: true,
      cursor: 'eyJrIjoxfQ',
    };
    const qs = searchQueryString(state);
    expect(qs).toBe(
      '?q=%22%E5%85%85%E7%94%B5%E5%AE%9D%22+AND+%E8%B5%B7%E7%81%AB&sort=reach&from=2026-11-01&to=2026-11-20&channel=social&sentiment=negative&source=weibo&lang=zh&region=%E5%8C%97%E4%BA%AC&authorRegion=%E5%B9%BF%E4%B8%9C&category=safety&topic=3&fold=0&count=exact&cursor=eyJrIjoxfQ',
    );
    expect(parse(qs.slice(1))).toEqual(state);
  });

  it('drops what it does not know instead of sending it to the server', () => {
    expect(parse('sort=loudest&from=yesterday&to=2026-13-40&fold=no&count=some&severity=I&q=%20%20')).toEqual(emptySearch);
    expect(parse('event=0&severity=5').filters).toEqual({});
    expect(parse('event=12&severity=1,2').filters).toEqual({ event: '12', severity: '1,2' });
    expect(parse('fold=0').fold).toBe(false);
    expect(parse('fold=1').fold).toBe(true);
  });

  it('turns days into the browser-zone ISO times the API takes, and passes exact times through', () => {
    const from = apiTime('2026-11-20', 'from');
    const to = apiTime('2026-11-20', 'to');
    expect(new Date(from ?? '').getTime()).toBe(new Date(2026, 10, 20).getTime());
    expect(new Date(to ?? '').getTime()).toBe(new Date(2026, 10, 21).getTime() - 1);
    expect(apiTime('2026-11-20T08:00:00+08:00', 'from')).toBe('2026-11-20T00:00:00.000Z');
    expect(apiTime(undefined, 'to')).toBeUndefined();
  });

  it('asks the API for folded families and a capped count unless told otherwise', () => {
    expect(searchApiParams(emptySearch, 20)).toMatchObject({ sort: 'time', limit: 20, fold: 'true', count: undefined, q: undefined });
    expect(searchApiParams({ ...emptySearch, fold: false, exact: true, filters: { topic: '7' } }, 20)).toMatchObject({
      fold: 'false',
      count: 'exact',
      topic: '7',
    });
  });

  it('starts a new search on the first page with a capped count; a new sort keeps the exact count', () => {
    const onPage3: SearchState = { ...emptySearch, q: '华为', exact: true, cursor: 'c3' };
    expect(newSearch(onPage3, { q: '小米' })).toEqual({ ...emptySearch, q: '小米' });
    expect(newSearch(onPage3, { fold: false })).toEqual({ ...emptySearch, q: '华为', fold: false });
    expect(newSearch(onPage3, { sort: 'reach' })).toEqual({ ...emptySearch, q: '华为', exact: true, sort: 'reach' });
    // Run again unchanged: the first page, still counted exactly.
    expect(newSearch(onPage3, { q: '华为', from: undefined, to: undefined })).toEqual({ ...emptySearch, q: '华为', exact: true });
  });
});
