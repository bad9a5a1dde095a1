/** The site source type: links from a list page, each new article fetched and extracted, seen URLs remembered; Big5 pages decode. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureContext, startFixtureSite } from '../testkit/fixture-site.js';
import { siteSource } from './index.js';

describe('site source', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(() => site.close());

  it('finds article links, extracts each article with author and time, and remembers them', async () => {
    const r = await siteSource.collect({ url: site.url('/list.html') }, fixtureContext());
    expect(r.items.map((i) => i.title)).toEqual(['星澜电器召回部分电暖器', '市场监管部门约谈星澜电器']);
    expect(r.items[0]).toMatchObject({ channel: 'news', publishedAt: Date.parse('2026-11-20T09:00:00+08:00') });
    expect(r.items[0]?.text).toContain('免费退换');
    const again = await siteSource.collect({ url: site.url('/list.html') }, fixtureContext({ state: r.state }));
    expect(again.items).toEqual([]);
  });

  it('follows only links matching a CSS selector', async () => {
    const r = await siteSource.collect({ url: site.url('/list.html'), selector: 'ul.news-list li:first-child a' }, fixtureContext());
    expect(r.items.map((i) => i.title)).toEqual(['星澜电器召回部分电暖器']);
  });

  it('decodes a Big5 article to the same text', async () => {
    const r = await siteSource.collect({ url: site.url('/big5/list.html') }, fixtureContext());
    expect(r.items[0]?.title).toBe('屋邨住戶投訴電暖爐過熱');
    expect(r.items[0]?.text).toContain('啱啱買咗嘅電暖爐用咗兩日就過熱冒煙');
  });

  it('fails with a clear error when no linked page holds an article', async () => {
    await expect(siteSource.collect({ url: site.url('/noarticle/list.html') }, fixtureContext())).rejects.toThrow(
      /no article could be read from 1 page\(s\); .*content_9001\.htm: no article/,
    );
  });
});
