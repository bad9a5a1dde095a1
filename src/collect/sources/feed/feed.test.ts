/** The feed source type against a local fixture server: items with metadata, conditional GET, GBK decoding. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureContext, startFixtureSite } from '../testkit/fixture-site.js';
import { feedConfigSchema, feedSource } from './index.js';

describe('feed source', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(() => site.close());

  it('collects items with channel, author and links resolved against the channel link, and keeps the validators', async () => {
    const r = await feedSource.collect({ url: site.url('/feed.xml') }, fixtureContext());
    expect(r.items).toHaveLength(2);
    expect(r.items[0]).toMatchObject({
      title: '星澜电器回应电暖器过热投诉',
      url: 'https://news.example.cn/society/2026-11/20/content_1001.htm',
      author: '记者 陈堃',
      channel: 'news',
      externalId: 'news-1001',
      publishedAt: Date.parse('2026-11-20T07:30:00+08:00'),
    });
    expect(r.state).toMatchObject({ etag: '"v1"', lastModified: 'Fri, 20 Nov 2026 00:00:00 GMT' });
  });

  it('sends the stored validators and reports 304 as not modified, keeping them', async () => {
    const r = await feedSource.collect({ url: site.url('/feed.xml') }, fixtureContext({ state: { etag: '"v1"' } }));
    expect(r).toMatchObject({ notModified: true, items: [], state: { etag: '"v1"' } });
  });

  it('decodes a GBK feed to the same text', async () => {
    const r = await feedSource.collect({ url: site.url('/gbk.xml'), channel: 'news' }, fixtureContext());
    expect(r.items[0]?.title).toBe('朱镕基路一小区电暖器起火 无人员伤亡');
    expect(r.items[0]?.text).toContain('版权所有 © 南方晨报');
  });

  it('reports a feed item with no title and no text in the health note instead of dropping it in silence', async () => {
    const r = await feedSource.collect({ url: site.url('/empty-items.xml') }, fixtureContext());
    expect(r.items.map((i) => i.title)).toEqual(['X20 召回进度汇总']);
    expect(r.note).toBe('1 feed item(s) left out: no title and no text');
  });

  it('validates its config, naming the field', () => {
    const bad = feedConfigSchema.safeParse({ url: 'ftp://x' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['url']);
    expect(feedConfigSchema.safeParse({ url: 'https://a.example/feed', extra: 1 }).success).toBe(false);
  });
});

describe('feed source, hostile servers', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(() => site.close());

  it('ends a one-byte-a-second drip at the idle timeout', async () => {
    await expect(feedSource.collect({ url: site.url('/drip.xml') }, fixtureContext())).rejects.toThrow(/no data for 300 ms/);
  });

  it('names invalid XML', async () => {
    await expect(feedSource.collect({ url: site.url('/invalid.xml') }, fixtureContext())).rejects.toThrow(/invalid XML/i);
  });
});
