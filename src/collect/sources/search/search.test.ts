/** The search source type: topic keywords and listed keywords become one feed search each, through a {q} template. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureContext, startFixtureSite } from '../testkit/fixture-site.js';
import { searchConfigSchema, searchSource } from './index.js';
import { searchPresets, searchUrl } from './presets.js';

describe('search source', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(() => site.close());

  it('fills {q} URL-encoded; presets are data and are never contacted here', () => {
    expect(searchUrl('https://x.example/s?q={q}&f=rss', '星澜 电器')).toBe(
      'https://x.example/s?q=%E6%98%9F%E6%BE%9C%20%E7%94%B5%E5%99%A8&f=rss',
    );
    for (const p of Object.values(searchPresets)) expect(p.template).toContain('{q}');
  });

  it('searches every keyword (topics first-class, listed ones added) and keeps per-URL validators', async () => {
    const template = `${site.url('/search')}?q={q}`;
    const r = await searchSource.collect({ template, keywords: ['星澜电器'] }, fixtureContext({ keywords: ['电暖器', '星澜电器'] }));
    expect(site.hits('/search')).toBe(2);
    expect(r.items.map((i) => i.title)).toEqual(['星澜电器 相关报道：产品召回进展 - 财经日报', '电暖器 相关报道：产品召回进展 - 财经日报']);
    expect(r.items[0]).toMatchObject({ channel: 'news', platform: `127.0.0.1:${site.port}` });
    expect(Object.keys((r.state.cursor as { validators: object }).validators)).toHaveLength(2);
  });

  it('says so when there is nothing to search for', async () => {
    const r = await searchSource.collect({ template: `${site.url('/search')}?q={q}` }, fixtureContext());
    expect(r.note).toMatch(/no keywords/);
  });

  it('needs a preset or a {q} template', () => {
    expect(searchConfigSchema.safeParse({}).error?.issues[0]?.path).toEqual(['template']);
    expect(searchConfigSchema.safeParse({ template: 'https://x.example/s' }).error?.issues[0]?.path).toEqual(['template']);
    expect(searchConfigSchema.safeParse({ preset: 'bing-news' }).success).toBe(true);
  });
});
