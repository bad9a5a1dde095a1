import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url.js';

describe('canonicalUrl', () => {
  it('drops tracking parameters, fragments and default ports, and sorts the rest', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM:443/a/b/?utm_source=x&b=2&a=1&spm=3#top')).toBe('https://news.example.com/a/b?a=1&b=2');
  });
  it('keeps meaningful query parameters and non-default ports', () => {
    expect(canonicalUrl('http://example.com:8080/item?id=42')).toBe('http://example.com:8080/item?id=42');
  });
  it('drops per-crawl tokens, so the same Xiaohongshu note crawled twice is one URL', () => {
    const first = canonicalUrl(
      'https://www.xiaohongshu.com/explore/6738a1b2000000001d03c4e5?xsec_token=ABx9Kq2_Lm0%3D&xsec_source=pc_search',
    );
    const again = canonicalUrl(
      'https://www.xiaohongshu.com/explore/6738a1b2000000001d03c4e5?xsec_token=CDz7Pq1_Tt4%3D&xsec_source=pc_feed',
    );
    expect(first).toBe('https://www.xiaohongshu.com/explore/6738a1b2000000001d03c4e5');
    expect(again).toBe(first);
    expect(canonicalUrl('https://www.bilibili.com/video/BV1xx411c7mD/?spm_id_from=333.337&vd_source=ab12&p=2')).toBe(
      'https://www.bilibili.com/video/BV1xx411c7mD?p=2',
    );
  });
  it('drops a platform-only token name on that platform only', () => {
    expect(canonicalUrl('https://www.douyin.com/video/7439012345678901234?previous_page=app_code_link&did=9')).toBe(
      'https://www.douyin.com/video/7439012345678901234',
    );
    expect(canonicalUrl('https://bbs.example.com/thread?did=9&ts=1')).toBe('https://bbs.example.com/thread?did=9&ts=1');
  });
  it('refuses what is not http(s)', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
