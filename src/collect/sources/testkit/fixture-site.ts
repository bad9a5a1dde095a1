/**
 * Test helper: a local fixture site on 127.0.0.1 serving the source types' testdata in their real
 * formats and encodings, plus hostile endpoints (invalid XML, 50 MB body, gzip bomb, redirect loop,
 * one-byte-a-second drip, wrong charset label, 100,000-item feed, a page with no article).
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { createHttpClient, type HttpClient } from '../../../http/index.js';
import { startTestServer, streamFiller, type TestServer } from '../../../http/testing.js';
import { silentLogger } from '../../../log/logger.js';
import type { CollectContext } from '../../source-type.js';

const dir = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

let bomb: Buffer | undefined;
/** 64 MB of zeros gzipped (~64 KB on the wire). */
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.alloc(64 * 1024 * 1024));
  return bomb;
}

function hugeFeed(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`<item><title>条目 ${i}</title><link>https://big.example.cn/${i}</link><guid>g${i}</guid></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>big</title>${items.join('')}</channel></rss>`;
}

function listPage(links: string[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>列表</title></head><body><ul>${links
    .map((l, i) => `<li><a href="${l}">新闻标题第${i + 1}条关于电暖器的报道</a></li>`)
    .join('')}</ul></body></html>`;
}

export interface FixtureSite extends TestServer {
  /** Requests per path, to check conditional GET, robots.txt and leases. */
  hits(path: string): number;
}

export async function startFixtureSite(): Promise<FixtureSite> {
  // Built before listening, so no request waits on them.
  const bombBody = gzipBomb();
  const bigFeed = hugeFeed(100_000);
  const drips = new Set<NodeJS.Timeout>();
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  const server = await startTestServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname;
    const xml = 'application/xml';
    const html = 'text/html; charset=utf-8';
    if (p === '/robots.txt') return send(res, 200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
    if (p === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') return send(res, 304, xml, '', { etag: '"v1"' });
      return send(res, 200, xml, read('feed/testdata/news.xml'), { etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 00:00:00 GMT' });
    }
    if (p === '/empty-items.xml') return send(res, 200, xml, read('feed/testdata/empty-items.xml'));
    if (p === '/gbk.xml') return send(res, 200, 'text/xml', iconv.encode(read('feed/testdata/gbk.xml'), 'gb18030'));
    if (p === '/wrong-charset.xml')
      return send(res, 200, 'text/xml; charset=utf-8', iconv.encode(read('feed/testdata/gbk.xml'), 'gb18030'));
    if (p.startsWith('/rsshub/weibo/')) return send(res, 200, 'application/rss+xml', read('rsshub/testdata/weibo.xml'));
    if (p === '/search')
      return send(res, 200, xml, read('search/testdata/results.xml').replaceAll('QUERY', url.searchParams.get('q') ?? ''));
    if (p === '/list.html' || p === '/private/list.html') return send(res, 200, html, read('site/testdata/list.html'));
    if (p === '/society/2026-11/20/content_2001.htm') return send(res, 200, html, read('site/testdata/article-1.html'));
    if (p === '/society/2026-11/20/content_2002.htm') return send(res, 200, html, read('site/testdata/article-2.html'));
    if (p === '/big5/list.html') return send(res, 200, html, listPage(['/big5/2026-11/20/content_3001.htm']));
    if (p === '/big5/2026-11/20/content_3001.htm') {
      return send(res, 200, 'text/html', iconv.encode(read('site/testdata/article-big5.html'), 'big5-hkscs'));
    }
    if (p === '/noarticle/list.html') return send(res, 200, html, listPage(['/noarticle/2026-11/20/content_9001.htm']));
    if (p === '/noarticle/2026-11/20/content_9001.htm') return send(res, 200, html, read('site/testdata/noarticle.html'));
    if (p === '/news-sitemap.xml') return send(res, 200, xml, read('sitemap/testdata/news-sitemap.xml'));
    if (p === '/sitemap-index.xml') return send(res, 200, xml, read('sitemap/testdata/sitemap-index.xml'));
    if (p === '/invalid.xml') return send(res, 200, xml, read('feed/testdata/news.xml').slice(0, 400));
    if (p === '/huge.xml') {
      res.writeHead(200, { 'content-type': xml });
      streamFiller(res, 50 * 1024 * 1024);
      return;
    }
    if (p === '/bomb.xml') return send(res, 200, xml, bombBody, { 'content-encoding': 'gzip' });
    if (p === '/loop-a') return send(res, 302, 'text/plain', '', { location: '/loop-b' });
    if (p === '/loop-b') return send(res, 302, 'text/plain', '', { location: '/loop-a' });
    if (p === '/drip.xml') {
      res.writeHead(200, { 'content-type': xml });
      const t = setInterval(() => {
        if (res.destroyed) {
          clearInterval(t);
          drips.delete(t);
        } else res.write('<');
      }, 1000);
      drips.add(t);
      res.write('<');
      return;
    }
    if (p === '/100k.xml') return send(res, 200, xml, bigFeed);
    send(res, 404, 'text/plain', 'not found');
  });
  return {
    ...server,
    hits: (path) => server.requests.filter((r) => (r.url ?? '').split('?')[0] === path).length,
    async close() {
      for (const t of drips) clearInterval(t);
      await server.close();
    },
  };
}

/** The client tests use: 127.0.0.1 allow-listed explicitly, no retries, a short idle timeout for the drip. */
export function fixtureClient(): HttpClient {
  return createHttpClient({
    allowCidrs: ['127.0.0.1/32'],
    retries: 0,
    idleTimeoutMs: 300,
    totalTimeoutMs: 5000,
    maxBodyBytes: 16 * 1024 * 1024,
  });
}

export function fixtureContext(over: Partial<CollectContext> = {}): CollectContext {
  return {
    http: fixtureClient(),
    now: () => Date.UTC(2026, 10, 20, 2),
    logger: silentLogger,
    state: {},
    keywords: [],
    rsshubBaseUrl: 'http://127.0.0.1:1/rsshub',
    ...over,
  };
}
