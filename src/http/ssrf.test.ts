/** SSRF guard through the real client: literal forms of loopback, DNS answers, redirects, and pinning. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from './client.js';
import type { HttpError } from './errors.js';
import { startTestServer, type TestServer } from './testing.js';

let inside: TestServer;
beforeAll(async () => {
  inside = await startTestServer((req, res) => res.end(`hello ${req.headers.host}`));
});
afterAll(() => inside.close());

async function refusal(p: Promise<unknown>): Promise<HttpError> {
  const err = await p.then(
    () => null,
    (e: HttpError) => e,
  );
  if (!err) throw new Error('expected a refusal');
  return err;
}

describe('not allow-listed', () => {
  const client = createHttpClient({ retries: 0 }, { resolve: async () => ['127.0.0.1'] });

  it.each([
    ['127.0.0.1', '127.0.0.1 (loopback)'],
    ['localhost', 'for localhost: it resolves to a loopback address'],
    ['[::ffff:127.0.0.1]', '::ffff:7f00:1 (IPv4-mapped IPv6 of 127.0.0.1, loopback)'],
    ['0x7f.1', '127.0.0.1 (loopback)'],
    ['2130706433', '127.0.0.1 (loopback)'],
    ['017700000001', '127.0.0.1 (loopback)'],
    ['[::1]', '::1 (loopback)'],
    ['0.0.0.0', '0.0.0.0 (unspecified address)'],
  ])('refuses http://%s', async (host, shown) => {
    const before = inside.requests.length;
    const err = await refusal(client.fetch(`http://${host}:${inside.port}/`));
    expect(err.code).toBe('blocked_address');
    expect(err.message).toBe(`blocked address ${shown}`);
    expect(inside.requests.length).toBe(before);
  });

  it('refuses the cloud metadata address', async () => {
    const err = await refusal(client.fetch('http://169.254.169.254/latest/meta-data/'));
    expect(err.message).toBe('blocked address 169.254.169.254 (cloud metadata)');
  });

  it('refuses a host when any of its DNS answers is private', async () => {
    const mixed = createHttpClient({ retries: 0 }, { resolve: async () => ['93.184.216.34', '10.0.0.5'] });
    const err = await refusal(mixed.fetch('http://intranet.example/'));
    expect(err.message).toBe('blocked address for intranet.example: it resolves to a private network address');
    expect(err.message).not.toContain('10.0.0.5');
    expect(err.address).toBe('10.0.0.5');
  });

  it('refuses non-http schemes', async () => {
    const err = await refusal(client.fetch('file:///etc/passwd'));
    expect(err.code).toBe('invalid_url');
    expect(err.message).toContain('only http and https');
  });
});

describe('allow-listed 127.0.0.1', () => {
  it('fetches from an allow-listed address', async () => {
    const client = createHttpClient({ allowCidrs: ['127.0.0.1/32'], retries: 0 });
    const res = await client.fetch(inside.url('/'));
    expect(res.body.toString()).toBe(`hello 127.0.0.1:${inside.port}`);
  });

  it('connects to the address it checked and keeps the Host name', async () => {
    let lookups = 0;
    const client = createHttpClient(
      { allowCidrs: ['127.0.0.1/32'], retries: 0 },
      {
        resolve: async () => {
          lookups++;
          return ['127.0.0.1'];
        },
      },
    );
    const res = await client.fetch(`http://news.example.test:${inside.port}/feed`);
    expect(res.body.toString()).toBe(`hello news.example.test:${inside.port}`);
    expect(lookups).toBe(1);
  });

  it('refuses a redirect to a loopback address that is not allow-listed', async () => {
    const outside = await startTestServer((_req, res) => {
      res.writeHead(302, { location: inside.url('/secret') }).end();
    }, '127.0.0.2');
    try {
      const client = createHttpClient({ allowCidrs: ['127.0.0.2/32'], retries: 0 });
      const before = inside.requests.length;
      const err = await refusal(client.fetch(outside.url('/go')));
      expect(err.code).toBe('blocked_address');
      expect(err.message).toBe('blocked address 127.0.0.1 (loopback)');
      expect(inside.requests.length).toBe(before);
    } finally {
      await outside.close();
    }
  });

  it('refuses a redirect to the metadata address', async () => {
    const bouncer = await startTestServer((_req, res) => {
      res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/iam/' }).end();
    });
    try {
      const client = createHttpClient({ allowCidrs: ['127.0.0.1/32'], retries: 0 });
      const err = await refusal(client.fetch(bouncer.url('/')));
      expect(err.message).toBe('blocked address 169.254.169.254 (cloud metadata)');
    } finally {
      await bouncer.close();
    }
  });
});
