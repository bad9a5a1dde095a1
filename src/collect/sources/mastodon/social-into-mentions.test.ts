/**
 * The four open social API types (mastodon, bluesky, reddit, hackernews), end to end on both backends: collected
 * from one local fixture server, through durable intake and the worker, into mentions with channel, platform,
 * engagement, followers and parent pointers.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acceptItems } from '../../../intake/accept.js';
import { silentLogger } from '../../../log/logger.js';
import { seedWorkspace, testConfig } from '../../../pipeline/testkit/seed.js';
import { drainOnce } from '../../../pipeline/worker.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../../testing/backends.js';
import { blueskySource } from '../bluesky/index.js';
import { hackernewsSource } from '../hackernews/index.js';
import { redditSource } from '../reddit/index.js';
import { fixtureServer, searchContext, testdata } from '../testkit/search-api.js';
import { mastodonSource } from './index.js';

const server = fixtureServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const body: Record<string, Buffer> = {
    '/api/v1/timelines/tag/powerbank': testdata('mastodon', 'tag-timeline.json'),
    '/xrpc/app.bsky.feed.searchPosts': testdata('bluesky', 'search-page2.json'),
    '/search.json': testdata('reddit', 'search-page2.json'),
    '/api/v1/search_by_date': testdata('hackernews', 'search-page0.json'),
  };
  const b = body[path];
  if (b) res.writeHead(200, { 'content-type': 'application/json' }).end(b);
  else res.writeHead(404).end();
});
const ctx = () => searchContext({}, ['xinglan']);

describeBackends('open social API sources into mentions', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('stores what each type collects, with its metadata', async () => {
    const base = server.url('/');
    const results = [
      await mastodonSource.collect(mastodonSource.configSchema.parse({ instance: base, tags: ['powerbank'] }), ctx()),
      await blueskySource.collect(blueskySource.configSchema.parse({ appView: base, maxPages: 1 }), ctx()),
      await redditSource.collect(redditSource.configSchema.parse({ baseUrl: base, maxPages: 1 }), ctx()),
      await hackernewsSource.collect(hackernewsSource.configSchema.parse({ baseUrl: base, maxPages: 1 }), ctx()),
    ];
    const items = results.flatMap((r) => r.items).map((raw, ref) => ({ ref, raw }));
    const accepted = await acceptItems(t.db, { workspaceId: ws, origin: 'collector', items });
    expect(accepted).toEqual({ accepted: 7, duplicates: 0, rejected: [] });
    expect(await drainOnce({ db: t.db, config: testConfig(), logger: silentLogger, workerId: 'test' })).toBe(7);
    const rows = await t.db.kysely
      .selectFrom('mentions')
      .select(['external_id', 'platform', 'channel', 'parent_ref', 'likes', 'author_followers'])
      .orderBy('id')
      .execute();
    const norm = rows.map((r) => ({
      ...r,
      likes: r.likes === null ? null : Number(r.likes),
      author_followers: r.author_followers === null ? null : Number(r.author_followers),
    }));
    expect(norm).toMatchObject([
      { platform: 'mastodon', channel: 'social', parent_ref: null, likes: 40, author_followers: 1520 },
      { platform: 'mastodon', parent_ref: '113546789012345678' },
      { platform: 'mastodon', external_id: 'AbX9kQ2mZp7Y', parent_ref: '113546789012345678' },
      { platform: 'bluesky', channel: 'social', likes: 8 },
      { platform: 'reddit', channel: 'forum', parent_ref: 't3_1gxk3c1', likes: 55 },
      { platform: 'hackernews', channel: 'forum', parent_ref: '42191234' },
      { platform: 'hackernews', external_id: '42191234', likes: 231 },
    ]);
  });
});
