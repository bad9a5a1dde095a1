/** Article links on list pages: automatic detection and CSS selectors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleLinks, siteKey } from './links.js';

const list = readFileSync(join(import.meta.dirname, 'testdata', 'list-page.html'), 'utf8');
const base = 'https://www.nanfang-morning.example.cn/society/';
const articles = [
  'https://www.nanfang-morning.example.cn/society/2026-11/20/content_771301.htm',
  'https://www.nanfang-morning.example.cn/society/2026-11/20/content_771288.htm',
  'https://www.nanfang-morning.example.cn/finance/2026-11/20/content_771250.htm',
  'https://www.nanfang-morning.example.cn/society/2026-11/19/content_771100.htm',
  'https://www.nanfang-morning.example.cn/society/2026/1119/a-warm-winter-guide.html',
];

describe('findArticleLinks', () => {
  it('finds same-site article links automatically, skipping navigation, pagers, tags, files and other sites', () => {
    const links = findArticleLinks(list, base);
    expect(links.map((l) => l.url)).toEqual(articles);
    expect(links[0]!.title).toBe('南山区一小区电暖器起火 消防提醒冬季用电安全');
  });

  it('takes exactly what a CSS selector matches (links or containers of links)', () => {
    expect(findArticleLinks(list, base, '.news-list li').map((l) => l.url)).toEqual(articles);
    expect(findArticleLinks(list, base, '.pager a').map((l) => l.title)).toEqual(['下一页', '10']);
  });

  it('honours <base href>, drops fragments and duplicates', () => {
    const html =
      '<html><head><base href="https://m.example.com/news/"></head><body><a href="2026/11/20/123456.html#top">星澜电器发布致歉声明全文</a><a href="2026/11/20/123456.html">星澜电器发布致歉声明全文</a></body></html>';
    expect(findArticleLinks(html, 'https://example.com/')).toEqual([
      { url: 'https://m.example.com/news/2026/11/20/123456.html', title: '星澜电器发布致歉声明全文' },
    ]);
  });
});

describe('siteKey', () => {
  it.each([
    ['news.sina.com.cn', 'sina.com.cn'],
    ['www.example.com', 'example.com'],
    ['hk-news.example.com.hk', 'example.com.hk'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, key) => {
    expect(siteKey(host)).toBe(key);
  });
});
