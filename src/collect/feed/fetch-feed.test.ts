/** A feed fetched from a local fixture server: GBK and gzip on the wire, conditional GET, and a page that is not a feed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incomingItemSchema } from '../../domain/incoming-item.js';
import { createHttpClient } from '../../http/index.js';
import { startTestServer, type TestServer } from '../../http/testing.js';
import { CollectError } from '../errors.js';
import { fetchFeed } from './fetch-feed.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', name));
let server: TestServer;
beforeAll(async () => {
  const gbk = gzipSync(fixture('gbk-feed.xml'));
  server = await startTestServer((req, res) => {
    if (req.url === '/society/rss.xml') {
      if (req.headers['if-none-match'] === '"gbk-1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/xml; charset=gb2312', 'content-encoding': 'gzip', etag: '"gbk-1"' }).end(gbk);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('not-a-feed.html'));
    }
  });
});
afterAll(() => server.close());

const client = createHttpClient({ allowCidrs: ['127.0.0.1/32'], retries: 0 });

describe('fetchFeed', () => {
  it('collects items from a gzipped GBK feed, then gets 304 with the ETag', async () => {
    const first = await fetchFeed(client, server.url('/society/rss.xml'), { source: 'nanfang-morning' });
    if (first.notModified) throw new Error('expected a feed');
    expect(first.etag).toBe('"gbk-1"');
    expect(first.items.map((i) => i.title)).toEqual(['消防提醒：冬季使用电暖器谨防火灾', '版权声明 © 南方晨报']);
    for (const item of first.items) expect(incomingItemSchema.safeParse(item).success).toBe(true);
    const second = await fetchFeed(client, server.url('/society/rss.xml'), { source: 'nanfang-morning', etag: first.etag });
    expect(second).toEqual({ notModified: true, etag: '"gbk-1"', lastModified: null });
  });

  it('names an HTML page served instead of a feed', async () => {
    const err = await fetchFeed(client, server.url('/'), { source: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectError);
    expect((err as CollectError).message).toBe(`not a feed: an HTML page (it links to a feed: ${server.url('/rss/roll.xml')})`);
  });
});
