/** Bluesky search against a local fixture server: cursor paging, `since` on the next pass, mixed time forms, reply parents. */
import { describe, expect, it } from 'vitest';
import { incomingItemSchema } from '../../../domain/incoming-item.js';
import { searchContext as ctx, fixtureServer, testdata } from '../testkit/search-api.js';
import { blueskySource as bluesky } from './index.js';
import { atUriToWeb, blueskyTime } from './parse.js';

const fixture = (name: string) => testdata('bluesky', name);
const server = fixtureServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/xrpc/app.bsky.feed.searchPosts') return void res.writeHead(404).end();
  if (url.searchParams.get('q') === 'media') return void res.writeHead(200).end(fixture('search-media-quote.json'));
  const body = url.searchParams.has('since')
    ? '{"posts":[]}'
    : url.searchParams.get('cursor') === '25'
      ? fixture('search-page2.json')
      : fixture('search-page1.json');
  res.writeHead(200, { 'content-type': 'application/json' }).end(body);
});

describe('bluesky source', () => {
  it('follows the cursor, maps counts and reply parents, and resumes with since', async () => {
    const config = bluesky.configSchema.parse({ appView: server.url('/'), keywords: ['xinglan'] });
    const first = await bluesky.collect(config, ctx());
    expect(first.items.map((i) => i.publishedAt)).toEqual([
      Date.parse('2026-11-20T08:01:02.345Z'),
      Date.parse('2026-11-20T08:05:00Z'),
      Date.parse('2026-11-20T07:59:59.123Z'),
    ]);
    for (const item of first.items) expect(incomingItemSchema.safeParse(item).success).toBe(true);
    expect(first.items[0]).toMatchObject({
      source: 'bluesky',
      externalId: 'at://did:plc:w4xbfzo7kqfes5zb7r6qv3rw/app.bsky.feed.post/3lbyq2xkzfc2a',
      url: 'https://bsky.app/profile/did:plc:w4xbfzo7kqfes5zb7r6qv3rw/post/3lbyq2xkzfc2a',
      author: 'Maya 🌿 (@maya.bsky.social)',
      engagement: { reposts: 9, replies: 4, likes: 31 },
      channel: 'social',
      platform: 'bluesky',
      lang: 'en',
    });
    expect(first.items[1]).toMatchObject({ author: '@jo.example.com', parent: first.items[0]?.externalId });
    expect(first.items[2]).toMatchObject({ text: '星澜科技回应充电宝起火：已成立专项小组调查', lang: 'zh' });
    expect(first.state.cursor).toEqual({ xinglan: '2026-11-20T08:05:00.000Z' });
    // The empty post of page 2 (no text, nothing embedded) is reported, not dropped in silence.
    expect(first.note).toBe('1 post(s) left out: no text, picture, quote or link to keep');

    const second = await bluesky.collect(config, ctx(first.state));
    expect(second.items).toEqual([]);
    expect(server.requests.at(-1)?.url).toContain('since=2026-11-20T08%3A05%3A00.000Z');
  });

  it('keeps posts without text by what they show (alt text, the quoted post, a link), and reports the empty ones', async () => {
    const config = bluesky.configSchema.parse({ appView: server.url('/'), keywords: ['media'], maxPages: 1 });
    const { items, note } = await bluesky.collect(config, ctx());
    for (const item of items) expect(incomingItemSchema.safeParse(item).success).toBe(true);
    expect(items.map((i) => i.text)).toEqual([
      '星澜X20充电宝鼓包变形的照片\n> @maya.bsky.social: Xinglan power bank recall? Mine swelled up overnight. Anyone else?',
      'https://bsky.app/profile/did:plc:q7rk2mtw5yh3ncxv4bz6ldfe/post/3lbz2gnr8jl3y',
      '星澜科技宣布召回X20充电宝\nhttps://news.example.com/2026/11/20/xinglan-recall',
    ]);
    expect(items[0]).toMatchObject({
      parent: 'at://did:plc:w4xbfzo7kqfes5zb7r6qv3rw/app.bsky.feed.post/3lbyq2xkzfc2a',
      images: ['https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:q7rk2mtw5yh3ncxv4bz6ldfe/bafkreia1@jpeg'],
    });
    expect(items[1]?.images).toHaveLength(1);
    expect(note).toBe('1 post(s) left out: no text, picture, quote or link to keep');
  });

  it('uses the topic keywords when the config names none', async () => {
    const config = bluesky.configSchema.parse({ appView: server.url('/'), maxPages: 1 });
    expect((await bluesky.collect(config, ctx({}, ['星澜']))).items).toHaveLength(2);
    expect(server.requests.at(-1)?.url).toContain(`q=${encodeURIComponent('星澜')}`);
    expect((await bluesky.collect(config, ctx())).note).toMatch(/no keywords/);
  });

  it('reads every createdAt form and converts at:// URIs', () => {
    expect(blueskyTime('2026-11-20T08:00:00+0000')).toBe(Date.parse('2026-11-20T08:00:00Z'));
    expect(blueskyTime('2026-11-20T16:00:00+08:00')).toBe(Date.parse('2026-11-20T08:00:00Z'));
    expect(blueskyTime('2026-11-20T08:00:00')).toBe(Date.parse('2026-11-20T08:00:00Z'));
    expect(blueskyTime('yesterday')).toBeNull();
    expect(atUriToWeb('at://did:plc:x/app.bsky.feed.like/1')).toBeNull();
  });

  it('rejects bad config with the field named', () => {
    const r = bluesky.configSchema.safeParse({ appView: 'nope', keywords: [''], maxPages: 0 });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['appView', 'keywords.0', 'maxPages']));
  });
});
