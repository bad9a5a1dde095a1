/** The HTTP client against real local servers: encodings, conditional GET, limits, hostile servers, retries. */
import { createServer, type Server, type Socket } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClientOptions } from './client.js';
import type { HttpError } from './errors.js';
import { type Handler, startTestServer, streamFiller, type TestServer } from './testing.js';

const MB = 1024 * 1024;
const routes = new Map<string, Handler>();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (route) route(req, res);
    else res.writeHead(404).end('no route');
  });
});
afterAll(() => server.close());

const client = (o: HttpClientOptions = {}, sleeps: number[] = []) =>
  createHttpClient(
    { allowCidrs: ['127.0.0.1/32'], retries: 0, ...o },
    {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
    },
  );

async function failure(p: Promise<unknown>): Promise<HttpError> {
  const err = await p.then(
    () => null,
    (e: HttpError) => e,
  );
  if (!err) throw new Error('expected the fetch to fail');
  return err;
}

describe('content', () => {
  const text = '舆情监测 Yuqing '.repeat(200);
  beforeAll(() => {
    routes.set('/gzip', (_q, r) =>
      r.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain; charset=utf-8' }).end(gzipSync(text)),
    );
    routes.set('/br', (_q, r) => r.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(text)));
    routes.set('/deflate', (_q, r) => r.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(text)));
    routes.set('/raw-deflate', (_q, r) => r.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateRawSync(text)));
    routes.set('/echo', (q, r) => r.end(JSON.stringify(q.headers)));
    routes.set('/corrupt', (_q, r) => r.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('this is not gzip data at all')));
    routes.set('/zstd', (_q, r) => r.writeHead(200, { 'content-encoding': 'zstd' }).end('x'));
    routes.set('/hang', () => {});
    routes.set('/cut', (_q, r) => {
      r.writeHead(200, { 'content-length': '1000' });
      r.write('only part of it');
      setTimeout(() => r.destroy(), 20);
    });
  });

  it.each(['/gzip', '/br', '/deflate', '/raw-deflate'])('decodes %s', async (path) => {
    const res = await client().fetch(server.url(path));
    expect(res.body.toString('utf8')).toBe(text);
  });

  it('sends a User-Agent and asks for compression', async () => {
    const res = await client({ userAgent: 'YuqingTest/1' }).fetch(server.url('/echo'));
    const seen = JSON.parse(res.body.toString()) as Record<string, string>;
    expect(seen['user-agent']).toBe('YuqingTest/1');
    expect(seen['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('names a corrupt or unsupported encoding', async () => {
    const corrupt = await failure(client().fetch(server.url('/corrupt')));
    expect(corrupt.code).toBe('bad_content_encoding');
    expect(corrupt.message).toMatch(/^cannot decode gzip body/);
    const zstd = await failure(client().fetch(server.url('/zstd')));
    expect(zstd.message).toBe('unsupported Content-Encoding: zstd');
  });

  it('reports a body cut short by the server, and retries it', async () => {
    const sleeps: number[] = [];
    const err = await failure(client({ retries: 1 }, sleeps).fetch(server.url('/cut')));
    expect(err.code).toBe('connection_failed');
    expect(sleeps).toHaveLength(1);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = client({ idleTimeoutMs: 5_000 }).fetch(server.url('/hang'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const err = await failure(pending);
    expect(err.code).toBe('aborted');
  });

  it('reports content type and final URL', async () => {
    const res = await client().fetch(server.url('/gzip'));
    expect(res.contentType).toBe('text/plain; charset=utf-8');
    expect(res.url).toBe(server.url('/gzip'));
  });
});

describe('conditional GET', () => {
  beforeAll(() => {
    routes.set('/feed', (q, r) => {
      if (q.headers['if-none-match'] === '"v1"' || q.headers['if-modified-since'] === 'Fri, 20 Nov 2026 00:00:00 GMT') {
        r.writeHead(304).end();
        return;
      }
      r.writeHead(200, { etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 00:00:00 GMT' }).end('<rss/>');
    });
  });

  it('returns validators, then 304 when they still match', async () => {
    const c = client();
    const first = await c.fetch(server.url('/feed'));
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"', lastModified: 'Fri, 20 Nov 2026 00:00:00 GMT' });
    const second = await c.fetch(server.url('/feed'), { etag: first.etag });
    expect(second).toMatchObject({ status: 304, notModified: true });
    expect(second.body.length).toBe(0);
    const third = await c.fetch(server.url('/feed'), { lastModified: first.lastModified });
    expect(third.notModified).toBe(true);
  });
});

describe('size limits', () => {
  let filler: { written: () => number } | undefined;
  beforeAll(() => {
    routes.set('/50mb-declared', (_q, r) => {
      r.writeHead(200, { 'content-length': String(50 * MB) });
      filler = streamFiller(r, 50 * MB);
    });
    routes.set('/50mb-chunked', (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/rss+xml' });
      filler = streamFiller(r, 50 * MB);
    });
    // 64 MB of zeros compress to ~64 KB: small on the wire, huge once decoded.
    const bomb = gzipSync(Buffer.alloc(64 * MB), { level: 9 });
    routes.set('/bomb', (_q, r) => r.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) }).end(bomb));
  });

  it('refuses a 50 MB body announced by Content-Length without reading it', async () => {
    const err = await failure(client({ maxBodyBytes: 5 * MB }).fetch(server.url('/50mb-declared')));
    expect(err.code).toBe('body_too_large');
    expect(err.message).toBe('body exceeds 5 MB (server announced 50 MB)');
  });

  it('stops a streamed 50 MB body at 5 MB', async () => {
    const err = await failure(client({ maxBodyBytes: 5 * MB }).fetch(server.url('/50mb-chunked')));
    expect(err.code).toBe('body_too_large');
    expect(err.message).toBe('body exceeds 5 MB');
    expect(filler!.written()).toBeLessThan(20 * MB);
  });

  it('stops a gzip bomb at the decoded limit', async () => {
    const err = await failure(client({ maxBodyBytes: 5 * MB, maxDecodedBytes: 5 * MB }).fetch(server.url('/bomb')));
    expect(err.code).toBe('decoded_too_large');
    expect(err.message).toMatch(/^decompressed body exceeds 5 MB \(from \d+(\.\d)? KB compressed\)$/);
  });
});

describe('redirects', () => {
  beforeAll(() => {
    routes.set('/a', (_q, r) => r.writeHead(302, { location: '/b' }).end());
    routes.set('/b', (_q, r) => r.writeHead(301, { location: '/a' }).end());
    routes.set('/moved', (_q, r) => r.writeHead(308, { location: '/target?x=1' }).end());
    routes.set('/target', (_q, r) => r.end('arrived'));
    routes.set('/ladder', (q, r) => {
      const n = Number(new URL(q.url ?? '', 'http://x').searchParams.get('n') ?? 0);
      r.writeHead(302, { location: `/ladder?n=${n + 1}` }).end();
    });
  });

  it('follows a relative redirect and reports it', async () => {
    const res = await client().fetch(server.url('/moved'));
    expect(res.body.toString()).toBe('arrived');
    expect(res.redirects).toEqual([server.url('/target?x=1')]);
  });

  it('names a redirect loop', async () => {
    const err = await failure(client().fetch(server.url('/a')));
    expect(err.code).toBe('redirect_loop');
    expect(err.message).toBe(`redirect loop after 2 hops (back to ${server.url('/a')})`);
  });

  it('stops an endless chain of new URLs at the limit', async () => {
    const err = await failure(client({ maxRedirects: 5 }).fetch(server.url('/ladder')));
    expect(err.code).toBe('too_many_redirects');
    expect(err.message).toBe(`more than 5 redirects (next: ${server.url('/ladder?n=6')})`);
  });
});

describe('slow and silent servers', () => {
  const timers: NodeJS.Timeout[] = [];
  afterEach(() => {
    for (const t of timers.splice(0)) clearInterval(t);
  });
  beforeAll(() => {
    routes.set('/drip', (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/plain' });
      r.write('x');
      timers.push(setInterval(() => r.write('x'), 1000));
    });
    routes.set('/fast-drip', (_q, r) => {
      r.writeHead(200);
      timers.push(setInterval(() => r.write('x'), 50));
    });
    routes.set('/silent', () => {});
  });

  it('cuts a server dripping one byte a second at the idle timeout', async () => {
    const started = Date.now();
    const err = await failure(client({ idleTimeoutMs: 300 }).fetch(server.url('/drip')));
    expect(err.code).toBe('idle_timeout');
    expect(err.message).toBe('body stalled: no data for 300 ms from 127.0.0.1');
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('cuts a server that never answers', async () => {
    const err = await failure(client({ idleTimeoutMs: 200 }).fetch(server.url('/silent')));
    expect(err.message).toBe('no response for 200 ms from 127.0.0.1');
  });

  it('cuts a drip that stays under the idle timeout at the total timeout', async () => {
    const err = await failure(client({ idleTimeoutMs: 300, totalTimeoutMs: 400 }).fetch(server.url('/fast-drip')));
    expect(err.code).toBe('total_timeout');
    expect(err.message).toBe('request took longer than 400 ms');
  });

  it('times out a connection whose TLS handshake never completes', async () => {
    const sockets: Socket[] = [];
    const mute: Server = createServer((s) => sockets.push(s.on('error', () => {})));
    await new Promise<void>((r) => mute.listen(0, '127.0.0.1', r));
    const { port } = mute.address() as { port: number };
    try {
      const err = await failure(client({ connectTimeoutMs: 200 }).fetch(`https://127.0.0.1:${port}/`));
      expect(err.code).toBe('connect_timeout');
      expect(err.message).toBe('could not connect to 127.0.0.1 within 200 ms');
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => mute.close(() => r()));
    }
  });
});

describe('retries', () => {
  let calls = 0;
  beforeAll(() => {
    routes.set('/flaky', (_q, r) => {
      calls++;
      if (calls <= 2) r.writeHead(503).end('busy');
      else r.end('ok');
    });
    routes.set('/later', (_q, r) => r.writeHead(429, { 'retry-after': '7' }).end());
    routes.set('/much-later', (_q, r) => r.writeHead(503, { 'retry-after': '3600' }).end());
    routes.set('/gone', (_q, r) => {
      calls++;
      r.writeHead(404).end();
    });
  });

  it('retries 503 with exponential backoff and jitter, without waiting in the test', async () => {
    calls = 0;
    const sleeps: number[] = [];
    const res = await client({ retries: 3, retryBaseMs: 1000 }, sleeps).fetch(server.url('/flaky'));
    expect(res.body.toString()).toBe('ok');
    expect(res.attempts).toBe(3);
    // random() = 0.5 puts each delay at 3/4 of its ceiling: 1000 → 750, 2000 → 1500.
    expect(sleeps).toEqual([750, 1500]);
  });

  it('gives up after the last retry with the status in plain words', async () => {
    calls = -10;
    const sleeps: number[] = [];
    const err = await failure(client({ retries: 2 }, sleeps).fetch(server.url('/flaky')));
    expect(err.message).toBe('HTTP 503 Service Unavailable');
    expect(err.status).toBe(503);
    expect(sleeps).toHaveLength(2);
  });

  it('honours Retry-After, and leaves long pauses to the scheduler', async () => {
    const sleeps: number[] = [];
    await failure(client({ retries: 1 }, sleeps).fetch(server.url('/later')));
    expect(sleeps).toEqual([7000]);
    const none: number[] = [];
    const err = await failure(client({ retries: 3 }, none).fetch(server.url('/much-later')));
    expect(none).toEqual([]);
    expect(err.retryAfterMs).toBe(3_600_000);
  });

  it('does not retry a 404', async () => {
    calls = 0;
    const err = await failure(client({ retries: 3 }).fetch(server.url('/gone')));
    expect(err.code).toBe('http_status');
    expect(err.message).toBe('HTTP 404 Not Found');
    expect(calls).toBe(1);
  });

  it('retries a refused connection', async () => {
    const closed = await startTestServer(() => {});
    const url = closed.url('/');
    await closed.close();
    const sleeps: number[] = [];
    const err = await failure(client({ retries: 1 }, sleeps).fetch(url));
    expect(err.code).toBe('connection_failed');
    expect(err.message).toBe('connection refused');
    expect(sleeps).toHaveLength(1);
  });
});
