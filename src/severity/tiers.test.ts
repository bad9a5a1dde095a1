import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_TABLE, type TierTable, tierOf } from './tiers.js';

const table = DEFAULT_TIER_TABLE;

describe('tierOf', () => {
  it('finds a listed domain through its subdomains', () => {
    expect(tierOf({ url: 'http://society.people.com.cn/n1/2026/1201/c1008.html' }, table)).toBe('central');
    expect(tierOf({ url: 'https://www.thepaper.cn/newsDetail_forward_1' }, table)).toBe('provincial');
    expect(tierOf({ url: 'https://www.caixin.com/2026-12-01/1.html' }, table)).toBe('industry');
  });

  it('takes a platform account by its name before the platform domain', () => {
    expect(tierOf({ url: 'https://weibo.com/2803301701/P1', author: '人民日报' }, table)).toBe('central');
    expect(tierOf({ url: 'https://weibo.com/1/P2', author: '路人甲', followers: 120 }, table)).toBe('ordinary');
  });

  it('counts a large unlisted account as a KOL, even on a platform domain', () => {
    expect(tierOf({ url: 'https://weibo.com/1/P3', author: '数码博主', followers: 2_500_000 }, table)).toBe('kol');
    expect(tierOf({ author: '某博主', followers: 99_999 }, table)).toBe('ordinary');
  });

  it("lets a workspace's own source entry win", () => {
    const own: TierTable = { ...table, sources: { 'feed:local-daily': 'central' } };
    expect(tierOf({ sourceKey: 'feed:local-daily', url: 'https://weibo.com/x', author: '路人' }, own)).toBe('central');
    expect(tierOf({ sourceKey: 'feed:local-daily', url: 'https://weibo.com/x', author: '路人' }, table)).toBe('ordinary');
  });

  it('treats an unlisted news site as local media and anything else unknown as ordinary', () => {
    expect(tierOf({ url: 'https://news.example-city.cn/a/1', channel: 'news' }, table)).toBe('provincial');
    expect(tierOf({ url: 'https://bbs.example.cn/t/1', channel: 'forum' }, table)).toBe('ordinary');
    expect(tierOf({ url: 'not a url', channel: 'forum' }, table)).toBe('ordinary');
  });

  it('does not take a domain for a longer one that merely ends alike', () => {
    expect(tierOf({ url: 'https://fakepeople.com.cn/x', channel: 'blog' }, table)).toBe('ordinary');
  });
});
