/** Reddit search against a local fixture server: `after` paging, score and comment counts, comment parents, stop at seen posts. */
import { describe, expect, it } from 'vitest';
import { incomingItemSchema } from '../../../domain/incoming-item.js';
import { searchContext as ctx, fixtureServer, testdata } from '../testkit/search-api.js';
import { redditSource as reddit } from './index.js';

const fixture = (name: string) => testdata('reddit', name);
const server = fixtureServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/search.json') return void res.writeHead(429, { 'retry-after': '3600' }).end();
  if (url.searchParams.get('q') === 'leftout') return void res.writeHead(200).end(fixture('search-left-out.json'));
  const page = url.searchParams.get('after') === 't3_1gxk2b9' ? 'search-page2.json' : 'search-page1.json';
  res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(fixture(page));
});

describe('reddit source', () => {
  it('reports results it cannot keep (no text, not a post or comment) in the health note', async () => {
    const config = reddit.configSchema.parse({ baseUrl: server.url('/'), keywords: ['leftout'] });
    const r = await reddit.collect(config, ctx());
    expect(r.items).toHaveLength(1);
    expect(r.note).toBe('2 result(s) left out: neither a post nor a comment, or no title and no text');
  });

  it('pages with after, maps posts and comments, and stops at posts already seen', async () => {
    const config = reddit.configSchema.parse({ baseUrl: server.url('/'), keywords: ['xinglan'] });
    const first = await reddit.collect(config, ctx());
    expect(first.items).toHaveLength(3);
    for (const item of first.items) expect(incomingItemSchema.safeParse(item).success).toBe(true);
    expect(first.items[0]).toMatchObject({
      source: 'reddit',
      externalId: 't3_1gxk3c1',
      title: 'Xinglan power bank overheating & smoking — recall?',
      url: 'https://www.reddit.com/r/gadgets/comments/1gxk3c1/xinglan_power_bank_overheating_smoking_recall/',
      author: 'u/throwaway_volt',
      publishedAt: 1763627400000,
      engagement: { likes: 412, replies: 87 },
      channel: 'forum',
      platform: 'reddit',
    });
    expect(first.items[1]).toMatchObject({ text: 'https://news.example.com/xinglan-fire', engagement: { likes: 0, replies: 0 } });
    expect(first.items[1]?.author).toBeUndefined();
    expect(first.items[2]).toMatchObject({ externalId: 't1_lx9abc1', parent: 't3_1gxk3c1' });
    expect(first.state.cursor).toEqual({ xinglan: 1763627400 });
    expect(server.requests.at(-1)?.url).toMatch(/sort=new.*after=t3_1gxk2b9/);

    const before = server.requests.length;
    const second = await reddit.collect(config, ctx(first.state));
    expect(second.items).toEqual([]);
    expect(server.requests.length - before).toBe(1);
  });

  it('reports a rate limit as an HTTP error', async () => {
    const config = reddit.configSchema.parse({ baseUrl: server.url('/'), subreddit: 'gadgets' });
    await expect(reddit.collect(config, ctx({}, ['x']))).rejects.toThrow(/HTTP 429/);
  });

  it('rejects bad config with the field named', () => {
    const r = reddit.configSchema.safeParse({ subreddit: 'r/bad name', limit: 500 });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['subreddit', 'limit']));
  });
});
