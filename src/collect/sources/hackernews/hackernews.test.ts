/** Hacker News (Algolia) against a local fixture server: paging, comment parents, points, the created_at_i cursor. */
import { describe, expect, it } from 'vitest';
import { incomingItemSchema } from '../../../domain/incoming-item.js';
import { searchContext as ctx, fixtureServer, testdata } from '../testkit/search-api.js';
import { hackernewsSource as hackernews } from './index.js';

const fixture = (name: string) => testdata('hackernews', name);
const server = fixtureServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/api/v1/search_by_date') return void res.writeHead(404).end();
  const body = url.searchParams.has('numericFilters')
    ? '{"hits":[],"nbHits":0,"page":0,"nbPages":0,"hitsPerPage":100}'
    : fixture(url.searchParams.get('page') === '1' ? 'search-page1.json' : 'search-page0.json');
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
});

describe('hackernews source', () => {
  it('collects stories and comments over two pages, with parents and points, then filters by created_at_i', async () => {
    const config = hackernews.configSchema.parse({ baseUrl: server.url('/') });
    const first = await hackernews.collect(config, ctx({}, ['xinglan']));
    expect(first.items.map((i) => i.externalId)).toEqual(['42191300', '42191234', '42190001']);
    for (const item of first.items) expect(incomingItemSchema.safeParse(item).success).toBe(true);
    const [comment, story, ask] = first.items;
    expect(comment).toMatchObject({
      parent: '42191234',
      author: 'pgroves',
      publishedAt: 1763631612000,
      url: 'https://news.ycombinator.com/item?id=42191300',
      channel: 'forum',
      platform: 'hackernews',
    });
    expect(comment?.text).toBe(
      "The cells in these cheap banks are often B-grade. https://example.com/cells\nI'd wait for the teardown before blaming Xinglan.",
    );
    expect(comment?.title).toBeUndefined();
    expect(story).toMatchObject({
      title: 'Xinglan recalls X20 power banks after fires',
      text: 'https://news.example.com/xinglan-recall',
      engagement: { likes: 231, replies: 57 },
    });
    expect(story?.parent).toBeUndefined();
    expect(ask?.text).toBe('Ask HN: how do you tell a counterfeit Xinglan power bank from a real one?');
    expect(first.state.cursor).toEqual({ xinglan: 1763631612 });
    const sent = new URL(server.requests.at(-1)?.url ?? '', 'http://x').searchParams;
    expect(sent.get('tags')).toBe('(story,comment)');

    const second = await hackernews.collect(config, ctx(first.state, ['xinglan']));
    expect(second.items).toEqual([]);
    expect(new URL(server.requests.at(-1)?.url ?? '', 'http://x').searchParams.get('numericFilters')).toBe('created_at_i>1763631612');
  });

  it('rejects bad config with the field named', () => {
    const r = hackernews.configSchema.safeParse({ tags: 'poll', hitsPerPage: 0 });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['tags', 'hitsPerPage']));
  });
});
