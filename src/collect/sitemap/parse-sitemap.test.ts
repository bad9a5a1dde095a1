/** Sitemaps: Google News urlsets, indexes, plain-text lists, gzip, and non-sitemaps. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseSitemap } from './parse-sitemap.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', name));
const base = 'https://www.nanfang-morning.example.cn/sitemap-news.xml';

describe('parseSitemap', () => {
  it('reads a Google News sitemap, ignoring image:loc', () => {
    const s = parseSitemap(fixture('news-sitemap.xml'), { baseUrl: base });
    expect(s.kind).toBe('urlset');
    expect(s.entries).toEqual([
      {
        url: 'https://www.nanfang-morning.example.cn/society/2026-11/20/content_771301.htm',
        lastModified: Date.parse('2026-11-20T00:40:00Z'),
        news: {
          title: '南山区一小区电暖器起火 消防提醒冬季用电安全',
          publishedAt: Date.parse('2026-11-20T00:30:15Z'),
          publication: '南方晨报',
          language: 'zh',
          keywords: ['电暖器', '起火', '星澜电器'],
        },
      },
      {
        url: 'https://www.nanfang-morning.example.cn/finance/2026-11/20/content_771250.htm?from=sitemap&v=2',
        lastModified: null,
        news: {
          title: '星澜电器股价午后跳水 & 监管介入',
          publishedAt: Date.parse('2026-11-19T16:00:00Z'),
          publication: '南方晨报',
          language: 'zh',
          keywords: [],
        },
      },
      {
        url: 'https://www.nanfang-morning.example.cn/society/2026-11/19/content_771100.htm',
        lastModified: Date.parse('2026-11-18T16:00:00Z'),
      },
    ]);
  });

  it('reads a sitemap index', () => {
    const s = parseSitemap(fixture('sitemap-index.xml'));
    expect(s.kind).toBe('index');
    expect(s.entries.map((e) => e.url)).toEqual([
      'https://www.nanfang-morning.example.cn/sitemap-news.xml',
      'https://www.nanfang-morning.example.cn/sitemap-2026-11.xml.gz',
    ]);
  });

  it('gunzips a .xml.gz body and caps entries with a note', () => {
    const urls = Array.from({ length: 120 }, (_, i) => `<url><loc>https://example.cn/a/${i}.html</loc></url>`).join('');
    const gz = gzipSync(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
    const s = parseSitemap(gz, { maxEntries: 100 });
    expect(s.entries).toHaveLength(100);
    expect(s.truncated).toEqual({ total: 120, kept: 100 });
  });

  it('refuses a gzip bomb', () => {
    expect(() => parseSitemap(gzipSync(Buffer.alloc(4 * 1024 * 1024)), { maxBytes: 1024 * 1024 })).toThrow(
      'not a sitemap: gunzipped size exceeds 1048576 bytes',
    );
  });

  it('reads a plain-text list of URLs', () => {
    const s = parseSitemap('https://example.cn/a/1.html\n# comment\nhttps://example.cn/a/2.html\n');
    expect(s.entries.map((e) => e.url)).toEqual(['https://example.cn/a/1.html', 'https://example.cn/a/2.html']);
  });

  it.each([
    ['<rss version="2.0"><channel></channel></rss>', 'not a sitemap: XML with root element <rss>'],
    ['hello\nworld', 'not a sitemap: neither XML nor a list of URLs'],
    ['', 'the document is empty'],
  ])('%j is not a sitemap', (input, message) => {
    expect(() => parseSitemap(input)).toThrow(message);
  });
});
