import { describe, expect, it } from 'vitest';
import { eventApiParams, eventFiltersQueryString, noEventFilters, parseEventFilters } from './url.js';

const parse = (s: string) => parseEventFilters(new URLSearchParams(s));

describe('events list URL', () => {
  it('reads statuses, levels, topic, days, words and sort, and writes them back in one order', () => {
    const f = parse('sort=size&severity=2,1&status=rising,emerging&topic=7&from=2026-01-01&to=2026-01-31&q=%E5%88%B9%E8%BD%A6');
    expect(f).toEqual({
      status: ['rising', 'emerging'],
      severity: [1, 2],
      topic: 7,
      from: '2026-01-01',
      to: '2026-01-31',
      q: '刹车',
      sort: 'size',
    });
    expect(eventFiltersQueryString(f)).toBe(
      '?status=rising%2Cemerging&severity=1%2C2&topic=7&from=2026-01-01&to=2026-01-31&q=%E5%88%B9%E8%BD%A6&sort=size',
    );
    expect(parse(eventFiltersQueryString(f).slice(1))).toEqual(f);
  });

  it('drops malformed values and leaves defaults out', () => {
    expect(parse('status=boiling&severity=0,5,I&topic=-3&from=yesterday&sort=loudest&q=%20')).toEqual(noEventFilters);
    expect(eventFiltersQueryString(noEventFilters)).toBe('');
  });

  it('turns days into the ISO edges of the browser’s days for the API', () => {
    const p = eventApiParams({ ...noEventFilters, from: '2026-01-01', to: '2026-01-02', severity: [1] }, 20);
    expect(p.from).toBe(new Date('2026-01-01T00:00:00').toISOString());
    expect(p.to).toBe(new Date('2026-01-02T23:59:59.999').toISOString());
    expect(p.severity).toEqual([1]);
    expect(p.limit).toBe(20);
    expect('cursor' in p).toBe(false);
  });
});
