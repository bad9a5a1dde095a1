/** The sitemap source type: news sitemaps and sitemap indexes, newest first, articles extracted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureContext, startFixtureSite } from '../testkit/fixture-site.js';
import { sitemapSource } from './index.js';

describe('sitemap source', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(() => site.close());

  it('reads a news sitemap newest first and extracts each page', async () => {
    const r = await sitemapSource.collect({ url: site.url('/news-sitemap.xml') }, fixtureContext());
    expect(r.items.map((i) => i.title)).toEqual(['市场监管部门约谈星澜电器', '星澜电器召回部分电暖器']);
    expect(r.items[0]?.text).toContain('排查产品质量隐患');
  });

  it('follows a sitemap index and skips URLs already seen', async () => {
    const first = await sitemapSource.collect({ url: site.url('/sitemap-index.xml'), maxArticles: 1 }, fixtureContext());
    expect(first.items.map((i) => i.title)).toEqual(['市场监管部门约谈星澜电器']);
    const second = await sitemapSource.collect({ url: site.url('/sitemap-index.xml') }, fixtureContext({ state: first.state }));
    expect(second.items.map((i) => i.title)).toEqual(['星澜电器召回部分电暖器']);
  });
});
