/**
 * A feed on 127.0.0.1 that publishes when told to: RSS with the newest 20 items, an ETag per
 * state (304 on a matching If-None-Match), and failures on demand (status and Retry-After).
 * Used by the freshness tests and the freshness bench; serves only what `publish` added.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PublishingFeed {
  url: string;
  /** Adds one item published at `at` (epoch ms); returns its guid. */
  publish(at: number): string;
  /** Answer every request with this status (and Retry-After seconds) until `recover()`. */
  fail(status: number, retryAfterSeconds?: number): void;
  recover(): void;
  /** Requests served so far, and how many of them were 304s. */
  readonly hits: number;
  readonly notModified: number;
  close(): Promise<void>;
}

const SHOWN = 20;

export async function startPublishingFeed(o: { name?: string } = {}): Promise<PublishingFeed> {
  const name = o.name ?? 'steady';
  const items: { guid: string; at: number }[] = [];
  let failure: { status: number; retryAfter?: number } | null = null;
  let hits = 0;
  let notModified = 0;
  const server: Server = createServer((req, res) => {
    hits++;
    if (failure) {
      res.writeHead(failure.status, failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) });
      res.end('unavailable');
      return;
    }
    const etag = `"${name}-${items.length}"`;
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    res.end(render(name, items.slice(-SHOWN).reverse(), feedUrl));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${name}.xml`;
  return {
    url: feedUrl,
    publish(at) {
      const guid = `${name}-${items.length + 1}`;
      items.push({ guid, at });
      return guid;
    },
    fail(status, retryAfterSeconds) {
      failure = retryAfterSeconds === undefined ? { status } : { status, retryAfter: retryAfterSeconds };
    },
    recover() {
      failure = null;
    },
    get hits() {
      return hits;
    },
    get notModified() {
      return notModified;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const TEMPLATE = readFileSync(new URL('../testdata/publishing-feed.xml', import.meta.url), 'utf8');
const [HEAD = '', ITEM = '', TAIL = ''] = TEMPLATE.split(/<!--\/?item-->\n?/);

function render(name: string, shown: { guid: string; at: number }[], base: string): string {
  const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
  const entries = shown.map((i) => fill(ITEM, { guid: i.guid, base, pubDate: new Date(i.at).toUTCString() })).join('');
  return fill(HEAD, { name, base }) + entries + TAIL;
}
