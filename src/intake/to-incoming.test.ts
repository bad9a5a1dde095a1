import { describe, expect, it } from 'vitest';
import { parseCount } from './parse-count.js';
import { fieldFor, toIncoming } from './to-incoming.js';

describe('toIncoming', () => {
  it('maps aliases, moves counts into engagement and fills a missing source', () => {
    const mapped = toIncoming(
      {
        external_id: 12,
        content: '正文',
        published_at: '1769904000',
        parent: 0,
        reposts: '1.2万',
        likes: '',
        Views: '3',
        engagement: { replies: '7' },
      },
      { defaultSource: 'csv' },
    );
    expect(mapped).toEqual({
      ok: true,
      raw: {
        externalId: '12',
        text: '正文',
        publishedAt: '1769904000',
        engagement: { reposts: 12000, views: 3, replies: 7 },
        source: 'csv',
      },
    });
  });

  it('keeps an item’s own source and passes unknown keys on for validation to report', () => {
    expect(toIncoming({ source: 'weibo', text: 'x', mood: 'ok' }, { defaultSource: 'csv' })).toEqual({
      ok: true,
      raw: { source: 'weibo', text: 'x', mood: 'ok' },
    });
  });

  it('names the field of a count it cannot read', () => {
    expect(toIncoming({ source: 's', text: 'x', likes: 'lots' })).toEqual({
      ok: false,
      field: 'likes',
      problem: 'expected a count such as 1234 or 1.2万, got "lots"',
    });
    expect(toIncoming({ source: 's', text: 'x', engagement: { views: -1 } })).toMatchObject({ ok: false, field: 'engagement.views' });
  });

  it('recognises header names case-insensitively, with a stray BOM', () => {
    expect(['\uFEFFSource', 'ExternalID', 'time', 'CONTENT', 'nope'].map(fieldFor)).toEqual([
      'source',
      'externalId',
      'publishedAt',
      'text',
      null,
    ]);
  });
});

describe('parseCount', () => {
  it.each([
    [42, 42],
    ['1,234', 1234],
    ['1.2万', 12000],
    ['3亿', 300000000],
    ['2.5k', 2500],
    ['10w+', 100000],
    ['', undefined],
    [' 7 ', 7],
  ])('%j → %j', (raw, value) => {
    expect(parseCount(raw)).toEqual({ ok: true, value });
  });

  it.each([['abc'], [-1], [1.5], [true]])('refuses %j', (raw) => {
    expect(parseCount(raw).ok).toBe(false);
  });
});
