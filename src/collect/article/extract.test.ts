/** Article extraction from realistic Chinese and English pages in testdata/, in several encodings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CollectError } from '../errors.js';
import { extractArticle } from './extract.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', name));
const at = (iso: string) => Date.parse(iso);

describe('extractArticle', () => {
  it('reads a Chinese news page: headline from <h1>, byline spans, date next to the headline', () => {
    const a = extractArticle(fixture('zh-news.html'), { url: 'https://www.nanfang-morning.example.cn/society/x.htm' });
    expect(a.title).toBe('南山区一小区电暖器起火 消防提醒冬季用电安全');
    expect(a.author).toBe('陈堃');
    expect(a.source).toBe('南方晨报');
    // The comment further down says 发布时间：2026-11-21; the header date wins.
    expect(a.published).toBe(at('2026-11-20T00:30:15Z'));
    expect(a.text.split('\n')).toHaveLength(4);
    expect(a.text.startsWith('11月19日晚，本市南山区一居民小区内发生一起电暖器起火事件。')).toBe(true);
    expect(a.text).not.toMatch(/首页|相关新闻|网友评论|责任编辑|广告/);
    expect(a.canonicalUrl).toBe('https://www.nanfang-morning.example.cn/society/2026-11/20/content_771301.htm');
  });

  it('reads an English page: JSON-LD author over a URL-valued article:author, og:site_name', () => {
    const a = extractArticle(fixture('en-news.html'));
    expect(a).toMatchObject({
      title: 'Heater maker apologises after fires',
      author: 'Sam Lee',
      published: at('2026-11-20T04:30:00Z'),
      source: 'Example News',
      lang: 'en',
    });
    expect(a.text.startsWith('Xinglan Appliances apologised on Friday')).toBe(true);
    expect(a.text).not.toContain('Most read');
  });

  it('reads JSON-LD in an @graph with a raw line break, ignoring a sidebar <time> and the WebPage date', () => {
    const a = extractArticle(fixture('jsonld-graph.html'));
    expect(a.title).toBe('星澜电器：已启动XL-2000电暖器免费更换');
    expect(a.author).toBe('张静');
    expect(a.published).toBe(at('2026-11-20T01:00:00Z'));
  });

  it('reads <time datetime> and a rel=author byline', () => {
    const a = extractArticle(fixture('time-tag.html'));
    expect(a.published).toBe(at('2026-11-19T22:00:00Z'));
    expect(a.author).toBe('Jane Doe');
  });

  it('reads a labelled Chinese date, 来源 and 记者 on a table-layout government page', () => {
    const a = extractArticle(fixture('byline-only.html'));
    expect(a).toMatchObject({
      title: '我市开展冬季电器产品质量专项检查',
      author: '王芳',
      source: '市市场监督管理局',
      published: at('2026-11-20T01:15:00Z'),
    });
  });

  it.each(['gbk-notice.html', 'mislabelled-gbk.html'])(
    'decodes %s (GBK bytes, right or wrong label) and reads <meta name=PubDate>',
    (name) => {
      const a = extractArticle(fixture(name));
      expect(a.title).toBe('关于XL-2000型电暖器消费警示的通告');
      expect(a.text).toContain('联系人：陈堃，电话：12315。');
      expect(a.text).toContain('版权所有 © 2026 市市场监督管理局。');
      expect(a.published).toBe(at('2026-11-20T02:00:00Z'));
    },
  );
});

describe('no article', () => {
  function failure(html: string | Uint8Array): CollectError {
    try {
      extractArticle(html);
    } catch (err) {
      if (err instanceof CollectError) return err;
      throw err;
    }
    throw new Error('expected no_article');
  }

  it('a list page is mostly links', () => {
    const err = failure(fixture('list-page.html'));
    expect(err.code).toBe('no_article');
    expect(err.message).toMatch(/^no article: mostly links \(\d+% of the text\), like a list page$/);
  });

  it.each([
    ['', 'no article: the page is empty'],
    ['<html><body><div id="app"></div><script src="/bundle.js"></script></body></html>', 'no article: under 50 characters of body text'],
    [
      '<html><body><form><input name="user"><input type="password"><button>登录</button></form></body></html>',
      'no article: under 50 characters of body text',
    ],
  ])('%j', (html, message) => {
    expect(failure(html).message).toBe(message);
  });

  it('refuses a page with too many elements instead of parsing it', () => {
    const err = failure(`<html><body>${'<div><span>x</span></div>'.repeat(20_000)}</body></html>`);
    expect(err.code).toBe('no_article');
    expect(err.message).toBe('no article: the page has more than 20000 elements');
  });
});
