import { describe, expect, it } from 'vitest';
import { dedupeKey } from './dedupe-key.js';
import { incomingItemSchema, parseTimeInput } from './incoming-item.js';

describe('incoming item', () => {
  it('accepts a full item and rejects unknown fields by name', () => {
    const ok = incomingItemSchema.safeParse({
      source: 'weibo',
      externalId: '1',
      text: '华为手机屏幕断裂',
      publishedAt: '2026-11-20T08:00:00+08:00',
    });
    expect(ok.success).toBe(true);
    const bad = incomingItemSchema.safeParse({ source: 'weibo', text: 'x', colour: 'red' });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('colour');
  });

  it('needs a title or a text, and an http(s) URL', () => {
    const empty = incomingItemSchema.safeParse({ source: 'weibo', text: '  ' });
    expect(empty.error?.issues[0]?.path).toEqual(['text']);
    const url = incomingItemSchema.safeParse({ source: 'weibo', text: 'x', url: 'ftp://a/b' });
    expect(url.error?.issues[0]?.path).toEqual(['url']);
  });

  it('reads ISO times with zones and epoch seconds or milliseconds', () => {
    expect(parseTimeInput('2026-11-20T08:00:00+08:00')).toBe(Date.UTC(2026, 10, 20, 0, 0, 0));
    expect(parseTimeInput(1763596800)).toBe(1763596800000);
    expect(parseTimeInput('1763596800000')).toBe(1763596800000);
    expect(parseTimeInput('2026-11-20 08:00')).toBeNull();
  });

  it('identifies the same item by external id, else by canonical URL', () => {
    const a = { source: 'Weibo', externalId: '9', text: 'a' };
    const b = { source: 'weibo', externalId: '9', text: 'changed' };
    expect(dedupeKey(a)).toBe(dedupeKey(b));
    const u1 = { source: 'news', url: 'https://x.cn/a?utm_medium=1', text: 'a' };
    const u2 = { source: 'news', url: 'https://x.cn/a', text: 'b' };
    expect(dedupeKey(u1)).toBe(dedupeKey(u2));
    expect(dedupeKey({ source: 'other', url: 'https://x.cn/a', text: 'b' })).not.toBe(dedupeKey(u2));
  });
});
