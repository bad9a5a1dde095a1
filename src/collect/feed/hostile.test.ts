/** Hostile and non-feed inputs: each gives a typed error naming the problem; huge feeds are capped with a note. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CollectError } from '../errors.js';
import { parseFeed } from './parse-feed.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', name));

function failure(input: Uint8Array | string, baseUrl?: string): CollectError {
  try {
    parseFeed(input, baseUrl ? { baseUrl } : {});
  } catch (err) {
    if (err instanceof CollectError) return err;
    throw err;
  }
  throw new Error('expected parseFeed to fail');
}

describe('not a feed', () => {
  it.each([
    ['', 'empty', 'the document is empty'],
    ['  \n ', 'empty', 'the document is empty'],
    ['hello world', 'not_a_feed', 'not a feed: no XML or JSON found'],
    [
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>',
      'not_a_feed',
      'not a feed: XML with root element <urlset>',
    ],
    ['<rss></rss>', 'not_a_feed', 'not a feed: a <rss> root without feed elements'],
    ['{"data": [1, 2]}', 'not_a_feed', 'not a feed: JSON without a JSON Feed version, title and items'],
    ['{"version": "https://jsonfeed.org/version/1.1", "title": ', 'invalid_json', 'invalid JSON: Unexpected end of JSON input'],
  ])('%j → %s', (input, code, message) => {
    const err = failure(input);
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
  });

  it('names the feed an HTML page links to', () => {
    const err = failure(fixture('not-a-feed.html'), 'https://finance.example.cn/');
    expect(err.code).toBe('not_a_feed');
    expect(err.message).toBe('not a feed: an HTML page (it links to a feed: https://finance.example.cn/rss/roll.xml)');
  });
});

describe('invalid XML', () => {
  it('a feed cut off mid-element', () => {
    const err = failure(fixture('broken.xml'));
    expect(err.code).toBe('invalid_xml');
    expect(err.message).toBe('invalid XML: Unexpected end of title');
  });

  it('an unclosed attribute, without echoing the document', () => {
    const err = failure(
      `<rss version="2.0"><channel><title>T</title><item><title x="1>A${'x'.repeat(10_000)}</title></item></channel></rss>`,
    );
    expect(err.code).toBe('invalid_xml');
    expect(err.message.length).toBeLessThan(220);
  });

  it('entity definitions are not expanded (no billion laughs)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title><item><title>x</title></item></channel></rss>`;
    const feed = parseFeed(laughs);
    expect(feed.title.length).toBeLessThan(10);
  });

  it('junk printed before the declaration (a PHP warning) is skipped', () => {
    const feed = parseFeed(
      '<br />\n<b>Warning</b>: date(): It is not safe to rely on the system timezone in <b>/var/www/rss.php</b> on line <b>12</b><br />\n<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>',
    );
    expect(feed.items[0]!.title).toBe('A');
  });
});

describe('a feed of 100,000 items', () => {
  const item = (i: number) =>
    `<item><title>第${i}条 星澜电器相关报道</title><link>https://news.example.cn/a/${i}.html</link><guid>n${i}</guid><pubDate>Fri, 20 Nov 2026 08:00:00 +0800</pubDate><description>&lt;p&gt;正文 ${i}：消费者投诉电暖器过热。&lt;/p&gt;</description></item>`;
  const big = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>${Array.from({ length: 100_000 }, (_, i) => item(i)).join('')}</channel></rss>`;

  it('keeps the first 10,000 items by default and says how many there were', () => {
    const started = performance.now();
    const feed = parseFeed(big);
    const ms = performance.now() - started;
    expect(feed.items).toHaveLength(10_000);
    expect(feed.truncated).toEqual({ total: 100_000, kept: 10_000 });
    expect(feed.items[9_999]!.title).toBe('第9999条 星澜电器相关报道');
    expect(ms).toBeLessThan(15_000);
  });

  it('cuts before parsing, so a smaller cap costs less', () => {
    const feed = parseFeed(big, { maxItems: 100 });
    expect(feed.items).toHaveLength(100);
    expect(feed.truncated).toEqual({ total: 100_000, kept: 100 });
    expect(feed.items[99]!.text).toBe('正文 99：消费者投诉电暖器过热。');
  });
});

describe('capping other formats', () => {
  it('caps Atom entries and leaves feeds under the cap untouched', () => {
    const entry = (i: number) => `<entry><id>e${i}</id><title>Entry ${i}</title><updated>2026-11-20T00:00:00Z</updated></entry>`;
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${Array.from({ length: 30 }, (_, i) => entry(i)).join('')}</feed>`;
    expect(parseFeed(atom, { maxItems: 10 })).toMatchObject({ truncated: { total: 30, kept: 10 } });
    expect(parseFeed(atom, { maxItems: 10 }).items.at(-1)!.title).toBe('Entry 9');
    expect(parseFeed(atom).truncated).toBeUndefined();
    expect(parseFeed(atom).items).toHaveLength(30);
  });

  it('caps JSON Feed items after parsing', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: String(i), content_text: `item ${i}` }));
    const feed = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items }), { maxItems: 5 });
    expect(feed.truncated).toEqual({ total: 30, kept: 5 });
  });
});
