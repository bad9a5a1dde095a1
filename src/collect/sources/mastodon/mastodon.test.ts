/** Mastodon against a local fixture server: hashtag timeline and search, cursors, reblog and reply parents, config errors. */
import { describe, expect, it } from 'vitest';
import { incomingItemSchema } from '../../../domain/incoming-item.js';
import { searchContext as ctx, fixtureServer, testdata } from '../testkit/search-api.js';
import { mastodonSource as mastodon } from './index.js';

const fixture = (name: string) => testdata('mastodon', name);
const server = fixtureServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const json = (body: Buffer | string) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  if (url.pathname === '/api/v1/timelines/tag/powerbank')
    return void json(url.searchParams.has('since_id') ? '[]' : fixture('tag-timeline.json'));
  if (url.pathname === '/api/v2/search')
    return void json(url.searchParams.has('min_id') ? '{"accounts":[],"statuses":[],"hashtags":[]}' : fixture('search.json'));
  if (url.pathname === '/api/v1/timelines/tag/photos') return void json(fixture('tag-media.json'));
  if (url.pathname === '/api/v1/timelines/tag/broken') return void json('<html>maintenance</html>');
  res.writeHead(404).end();
});

describe('mastodon source', () => {
  it('keeps picture-only statuses by their media descriptions or link, and reports an empty one', async () => {
    const config = mastodon.configSchema.parse({ instance: server.url('/'), tags: ['photos'] });
    const { items, note } = await mastodon.collect(config, ctx());
    for (const item of items) expect(incomingItemSchema.safeParse(item).success).toBe(true);
    expect(items.map((i) => [i.text, i.images])).toEqual([
      ['https://social.example/@lina/113546789099990002', ['https://files.social.example/media_attachments/files/113/547/original/a2.jpg']],
      [
        'A Xinglan X20 power bank, its case split open and blackened',
        ['https://files.social.example/media_attachments/files/113/546/original/a1.jpg'],
      ],
    ]);
    expect(note).toBe('1 status(es) left out: no text, content warning or media to keep');
  });

  it('collects a hashtag timeline with engagement, followers and parent pointers, then asks only for newer', async () => {
    const config = mastodon.configSchema.parse({ instance: server.url('/'), tags: ['powerbank'] });
    const first = await mastodon.collect(config, ctx());
    expect(first.items).toHaveLength(3);
    for (const item of first.items) expect(incomingItemSchema.safeParse(item).success).toBe(true);
    const [post, reply, reblog] = first.items;
    expect(post).toMatchObject({
      source: `mastodon:127.0.0.1:${server.port}`,
      externalId: '113546789012345678',
      url: 'https://social.example/@lina/113546789012345678',
      text: 'My #powerbank got hot & started smoking on the train.\nBrand: Xinglan X20. Be careful!',
      author: 'Lina Park (@lina)',
      publishedAt: Date.parse('2026-11-20T09:15:42.123Z'),
      lang: 'en',
      engagement: { reposts: 14, replies: 3, likes: 40 },
      authorFollowers: 1520,
      channel: 'social',
      platform: 'mastodon',
    });
    expect(post?.parent).toBeUndefined();
    expect(reply).toMatchObject({ parent: '113546789012345678', author: '@tom', authorFollowers: 88 });
    expect(reblog).toMatchObject({
      externalId: 'AbX9kQ2mZp7Y',
      parent: '113546789012345678',
      author: 'Safety News Bot (@safetynews@other.example)',
    });
    expect(reblog?.text).toContain('Xinglan X20');
    expect(first.state.cursor).toEqual({ 'tag:powerbank': '113546789012345678' });

    const second = await mastodon.collect(config, ctx(first.state));
    expect(second.items).toEqual([]);
    expect(server.requests.at(-1)?.url).toContain('since_id=113546789012345678');
  });

  it('searches statuses for the topic keywords when no tags are configured', async () => {
    const config = mastodon.configSchema.parse({ instance: server.url('/') });
    const r = await mastodon.collect(config, ctx({}, ['星澜科技']));
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      title: 'Battery fire, video',
      text: '星澜科技的充电宝在地铁上冒烟了，大家注意\n视频见下',
      lang: 'zh',
    });
    expect(server.requests.at(-1)?.url).toMatch(/type=statuses/);
    expect(r.state.cursor).toEqual({ 'q:星澜科技': '113546795555555555' });
    const none = await mastodon.collect(config, ctx());
    expect(none.note).toMatch(/no tags or keywords/);
  });

  it('names a response that is not JSON', async () => {
    const config = mastodon.configSchema.parse({ instance: server.url('/'), tags: ['broken'] });
    await expect(mastodon.collect(config, ctx())).rejects.toThrow(/did not answer with JSON/);
  });

  it('rejects bad config with the field named', () => {
    const r = mastodon.configSchema.safeParse({ instance: 'ftp://x', tags: ['#bad tag'], limit: 99 });
    expect(r.success).toBe(false);
    const fields = r.error?.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['instance', 'tags.0', 'limit']));
  });
});
