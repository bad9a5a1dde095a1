/** Loose dates: RFC 822 with Chinese-site quirks, ISO 8601, Chinese forms, relative forms. */
import { describe, expect, it } from 'vitest';
import { parseLooseDate } from './dates.js';

const at = (iso: string) => Date.parse(iso);

describe('parseLooseDate', () => {
  it.each([
    ['Fri, 20 Nov 2026 08:00:00 +0800', '2026-11-20T00:00:00Z'],
    ['20 Nov 2026 08:00:00 +0800', '2026-11-20T00:00:00Z'],
    ['Fri, 20 Nov 2026 08:00:00 GMT+8', '2026-11-20T00:00:00Z'],
    ['Fri, 20 Nov 2026 08:00:00 GMT+0800', '2026-11-20T00:00:00Z'],
    ['Fri, 20 Nov 2026 00:00:00 GMT', '2026-11-20T00:00:00Z'],
    ['Fri, 20 Nov 2026 08:00 CST', '2026-11-20T00:00:00Z'],
    ['Fri, 20 Nov 26 00:00:00 Z', '2026-11-20T00:00:00Z'],
    ['Fri, 20 Nov 2026 08:00:00 +0800 (CST)', '2026-11-20T00:00:00Z'],
    ['Friday, 20 November 2026 08:00:00 +08:00', '2026-11-20T00:00:00Z'],
    ['Fri Nov 20 2026 08:00:00 GMT+0800 (China Standard Time)', '2026-11-20T00:00:00Z'],
    ['Fri Nov 20 08:00:00 CST 2026', '2026-11-20T00:00:00Z'],
    ['Thu, 19 Nov 2026 19:00:00 EST', '2026-11-20T00:00:00Z'],
    ['November 20, 2026 8:00 AM', '2026-11-20T00:00:00Z'],
    ['Nov 20, 2026 4:30 pm UTC', '2026-11-20T16:30:00Z'],
    ['2026-11-20T08:00:00+08:00', '2026-11-20T00:00:00Z'],
    ['2026-11-20T08:00:00.123Z', '2026-11-20T08:00:00.123Z'],
    ['2026-11-20T08:00+0800', '2026-11-20T00:00:00Z'],
    ['2026-11-20 08:00:00', '2026-11-20T00:00:00Z'],
    ['2026/11/20 08:00', '2026-11-20T00:00:00Z'],
    ['2026.11.20', '2026-11-19T16:00:00Z'],
    ['2026-11-20', '2026-11-19T16:00:00Z'],
    ['2026年11月20日 08:00', '2026-11-20T00:00:00Z'],
    ['2026年11月20日08:00:30', '2026-11-20T00:00:30Z'],
    ['２０２６年１１月２０日　０８：００', '2026-11-20T00:00:00Z'],
    ['2026年11月20日 下午3:15', '2026-11-20T07:15:00Z'],
    ['2026年11月20日', '2026-11-19T16:00:00Z'],
    ['1795132800', '2026-11-20T00:00:00Z'],
    ['1795132800000', '2026-11-20T00:00:00Z'],
  ])('%s', (input, iso) => {
    expect(parseLooseDate(input)).toBe(at(iso));
  });

  it('takes the default zone from the caller', () => {
    expect(parseLooseDate('2026-11-20 08:00', { defaultOffsetMinutes: 0 })).toBe(at('2026-11-20T08:00:00Z'));
  });

  it.each([
    '',
    'yesterday-ish',
    'Fri, 32 Nov 2026 08:00:00 +0800',
    '2026-02-30',
    '2026-13-01',
    'Nov 2026',
    '0000-00-00 00:00:00',
    '12 Foo 2026',
  ])('rejects %j', (input) => {
    expect(parseLooseDate(input)).toBeNull();
  });

  it('reads relative forms only with a reference time', () => {
    const now = at('2026-11-20T04:00:00Z'); // 12:00 in Beijing
    expect(parseLooseDate('3小时前')).toBeNull();
    expect(parseLooseDate('刚刚', { now })).toBe(now);
    expect(parseLooseDate('3小时前', { now })).toBe(at('2026-11-20T01:00:00Z'));
    expect(parseLooseDate('5 minutes ago', { now })).toBe(at('2026-11-20T03:55:00Z'));
    expect(parseLooseDate('昨天 08:00', { now })).toBe(at('2026-11-19T00:00:00Z'));
    expect(parseLooseDate('11-20 08:00', { now })).toBe(at('2026-11-20T00:00:00Z'));
    expect(parseLooseDate('12-31 08:00', { now })).toBe(at('2025-12-31T00:00:00Z'));
  });
});
