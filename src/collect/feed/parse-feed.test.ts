/** Feed formats and their real-world sloppiness, from fixtures in testdata/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incomingItemSchema } from '../../domain/incoming-item.js';
import { parseFeed } from './parse-feed.js';
import { feedLines } from './print.js';
import { feedItemToIncoming } from './to-incoming.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', name));
const at = (iso: string) => Date.parse(iso);

describe('RSS 2.0', () => {
  const feed = parseFeed(fixture('rss2-news.xml'), { baseUrl: 'https://finance.example.cn/rss/roll.xml' });

  it('reads the channel', () => {
    expect(feed).toMatchObject({ format: 'rss', title: '示例财经网 - 滚动新闻', link: 'https://finance.example.cn/roll/', lang: 'zh-cn' });
    expect(feed.items).toHaveLength(5);
  });

  it('maps an item with CDATA HTML title, relative link, dc:creator, content:encoded and enclosure', () => {
    expect(feed.items[0]).toEqual({
      externalId: 'finance-a1001',
      url: 'https://finance.example.cn/2026/11/20/a1001.shtml',
      title: '突发：星澜电器回应电暖器起火事件',
      text: '星澜电器今日发布声明，称已成立专项调查组。\n此前，多地消费者在社交媒体反映其电暖器过热起火。',
      author: '财经频道 李明',
      publishedAt: at('2026-11-20T01:30:00Z'),
      media: [{ url: 'https://finance.example.cn/img/a1001.jpg', type: 'image/jpeg' }],
      categories: ['公司', '消费维权'],
    });
  });

  it('reads escaped HTML, author emails, GMT+8 dates without weekday, media:content', () => {
    const item = feed.items[1]!;
    expect(item.title).toBe('监管部门约谈星澜电器 & 要求排查隐患');
    expect(item.text).toBe('市场监管部门今日约谈星澜电器负责人。');
    expect(item.author).toBe('王芳');
    expect(item.publishedAt).toBe(at('2026-11-20T00:15:00Z'));
    expect(item.media.map((m) => m.url)).toEqual(['https://img.example.cn/v/a1002.mp4', 'https://img.example.cn/v/a1002.jpg']);
  });

  it('falls back to dc:date, reads Chinese dates, and leaves unreadable dates null', () => {
    expect(feed.items[2]!.publishedAt).toBe(at('2026-11-20T02:00:00Z'));
    expect(feed.items[3]!.publishedAt).toBe(at('2026-11-20T05:05:00Z'));
    expect(feed.items[4]!.publishedAt).toBeNull();
  });
});

describe('sloppy RSS', () => {
  const feed = parseFeed(fixture('rss2-sloppy.xml'), { baseUrl: 'https://bbs.example.cn/forum/rss.php' });

  it('accepts comments and whitespace before the XML declaration', () => {
    expect(feed.title).toBe('城市论坛 · 热帖');
    expect(feed.link).toBeUndefined();
  });

  it('resolves relative links against the feed URL when the channel has no link', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://bbs.example.cn/forum/thread-88231-1-1.html',
      'https://bbs.example.cn/forum/thread-88231-2-1.html',
      'https://bbs.example.cn/forum/thread-88240-1-1.html',
    ]);
  });

  it('strips escaped HTML from titles and bodies and reads CST and Java-style dates as China time', () => {
    const [first, second, third] = feed.items;
    expect(first!.title).toBe('[热] 小区里的电暖器冒烟了，大家注意');
    expect(first!.text).toBe('昨晚十点左右，楼下邻居家的电暖器冒烟， 消防已到场。\n品牌是星澜。');
    expect(first!.publishedAt).toBe(at('2026-11-19T23:12:44Z'));
    expect(second!.publishedAt).toBe(at('2026-11-20T00:01:00Z'));
    expect(third!.title).toBeUndefined();
    expect(third!.text).toBe('只有正文没有标题的帖子');
  });
});

describe('RSSHub', () => {
  const feed = parseFeed(fixture('rsshub-weibo.xml'), { baseUrl: 'http://rsshub.local:1200/weibo/user/7000000001' });

  it('keeps the full text behind a truncated title, with images as media', () => {
    const item = feed.items[0]!;
    expect(item.title?.endsWith('...')).toBe(true);
    expect(item.text).toContain('即日起，购买型号 XL-2000 的用户可凭订单申请免费退换。');
    expect(item.media).toEqual([{ url: 'https://wx1.sinaimg.cn/large/abc123.jpg', type: 'image' }]);
    expect(item.author).toBe('星澜电器');
  });

  it('undoes double-escaped HTML', () => {
    expect(feed.items[1]!.text).toBe('转发理由：请大家相互转告。\n//@消费者之声: 已收到多起投诉');
  });
});

describe('RSS 1.0 (RDF)', () => {
  const feed = parseFeed(fixture('rdf-blog.rdf'));

  it('maps rdf:about, dc:creator, dc:date, content:encoded', () => {
    expect(feed).toMatchObject({ format: 'rdf', title: 'Consumer Safety Notes', lang: 'en' });
    expect(feed.items[0]).toMatchObject({
      externalId: 'https://blog.example.org/2026/11/heater-recall',
      text: 'Several fires were reported.\nHere is what we know so far.',
      author: 'Jane Doe',
      publishedAt: at('2026-11-20T01:00:00Z'),
      categories: ['recalls'],
    });
    expect(feed.items[1]!.url).toBe('https://blog.example.org/2026/11/what-to-check');
  });
});

describe('Atom', () => {
  const feed = parseFeed(fixture('atom-en.xml'), { baseUrl: 'https://feeds.example.net/business.atom' });

  it('resolves against xml:base, strips HTML titles, prefers published', () => {
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Example News — Business',
      link: 'https://news.example.com/business/',
      lang: 'en',
    });
    expect(feed.items[0]).toMatchObject({
      externalId: 'tag:news.example.com,2026:article-5521',
      url: 'https://news.example.com/business/2026/11/20/heater-maker-apologises',
      title: 'Heater maker apologises after fires',
      text: 'Xinglan Appliances apologised on Friday.\nThe company said it would replace affected units.',
      author: 'Sam Lee',
      publishedAt: at('2026-11-20T04:30:00Z'),
      media: [{ url: 'https://news.example.com/media/heater.jpg', type: 'image/jpeg' }],
    });
  });

  it('reads xhtml content, falls back to updated and to the feed author', () => {
    expect(feed.items[1]).toMatchObject({
      url: 'https://news.example.com/business/2026/11/20/recall-costs',
      text: 'A recall could cost up to 2% of annual revenue.',
      author: 'Example News Desk',
      publishedAt: at('2026-11-20T08:00:00Z'),
    });
  });
});

describe('JSON Feed', () => {
  const feed = parseFeed(fixture('jsonfeed.json'));

  it('maps content_html, relative urls, authors, tags and attachments', () => {
    expect(feed).toMatchObject({ format: 'json', title: '消费者之声', link: 'https://voice.example.cn/', lang: 'zh-CN' });
    expect(feed.items[0]).toMatchObject({
      externalId: '2026-11-20-001',
      url: 'https://voice.example.cn/posts/2026-11-20-001',
      text: '截至今日上午，本平台共收到 137 条相关投诉。\n投诉集中在 XL-2000 型号。',
      author: '张静',
      publishedAt: at('2026-11-20T01:45:00Z'),
      categories: ['投诉', '电暖器'],
      media: [{ url: 'https://voice.example.cn/files/complaints-1120.pdf', type: 'application/pdf' }],
    });
  });

  it('keeps content_text as text, accepts numeric ids, and uses the feed author', () => {
    expect(feed.items[1]).toMatchObject({
      externalId: '20261120002',
      text: '纯文本内容：请勿将电暖器靠近窗帘 <不是标签>。',
      author: '消费者之声编辑部',
      publishedAt: at('2026-11-20T03:00:00Z'),
    });
  });
});

describe('legacy encodings', () => {
  it('decodes a GB2312-declared feed holding GBK and GB18030 characters', () => {
    const feed = parseFeed(fixture('gbk-feed.xml'));
    expect(feed.title).toBe('南方晨报·社会新闻');
    expect(feed.items[0]!.author).toBe('记者 陈堃');
    expect(feed.items[0]!.text).toContain('朱镕基路一小区昨晚发生一起电暖器引发的火情');
    expect(feed.items[1]!.title).toBe('版权声明 © 南方晨报');
  });

  it('decodes a Big5 feed with Hong Kong characters', () => {
    const feed = parseFeed(fixture('big5-feed.xml'));
    expect(feed.items[0]!.title).toBe('屋邨住戶投訴電暖爐過熱');
    expect(feed.items[0]!.text).toBe('有屋邨住戶表示，啱啱買咗嘅電暖爐用咗兩日就冒煙，已向消費者委員會投訴。');
  });

  it('ignores a wrong charset label on UTF-8 bytes', () => {
    const feed = parseFeed(fixture('rss2-news.xml'), { contentType: 'application/rss+xml; charset=gbk' });
    expect(feed.items[0]!.title).toBe('突发：星澜电器回应电暖器起火事件');
  });
});

describe('to IncomingItem and JSON lines', () => {
  const feed = parseFeed(fixture('rss2-news.xml'), { baseUrl: 'https://finance.example.cn/rss/roll.xml' });

  it('every mapped item passes intake validation', () => {
    for (const item of feed.items) {
      const incoming = feedItemToIncoming(item, { source: 'finance.example.cn' });
      expect(incomingItemSchema.safeParse(incoming).success).toBe(true);
    }
  });

  it('skips an item with neither title nor text', () => {
    expect(feedItemToIncoming({ text: '', publishedAt: null, media: [], categories: [] }, { source: 'x' })).toBeNull();
  });

  it('prints ISO dates or null', () => {
    const lines = feedLines(feed);
    expect(lines[0]).toEqual({
      title: '突发：星澜电器回应电暖器起火事件',
      url: 'https://finance.example.cn/2026/11/20/a1001.shtml',
      published: '2026-11-20T01:30:00.000Z',
      author: '财经频道 李明',
      text: '星澜电器今日发布声明，称已成立专项调查组。\n此前，多地消费者在社交媒体反映其电暖器过热起火。',
    });
    expect(lines[4]!.published).toBeNull();
  });
});
