/** The per-host gate and robots.txt in front of the shared client, with a fake clock and a stub client. */
import { describe, expect, it } from 'vitest';
import { type HttpClient, HttpError, type HttpResponse } from '../http/index.js';
import { createHostGate, createRobotsCache, politeClient, RobotsDisallowed } from './polite-client.js';

function stubClient(bodies: Record<string, string>, log: string[]): HttpClient {
  return {
    async fetch(input) {
      const url = typeof input === 'string' ? input : input.href;
      log.push(url);
      const body = bodies[url];
      if (body === undefined) throw new HttpError('http_status', 'HTTP 404 Not Found', { url, status: 404 });
      return { url, status: 200, body: Buffer.from(body), headers: {}, notModified: false } as Partial<HttpResponse> as HttpResponse;
    },
  };
}

describe('host gate', () => {
  it('runs at most N tasks per host at once, hosts independent', async () => {
    const gate = createHostGate({ perHost: 2, minGapMs: 0, now: () => 0, sleep: async () => {} });
    let active = 0;
    let peak = 0;
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
    };
    await Promise.all([1, 2, 3, 4, 5].map(() => gate.run('a.example', task)));
    expect(peak).toBe(2);
  });

  it('spaces requests to one host by the minimum gap (waits asked of the injected sleep)', async () => {
    let t = 1000;
    const waits: number[] = [];
    const gate = createHostGate({
      perHost: 1,
      minGapMs: 500,
      now: () => t,
      sleep: async (ms) => {
        waits.push(ms);
        t += ms;
      },
    });
    for (let i = 0; i < 3; i++) await gate.run('a.example', async () => {});
    await gate.run('b.example', async () => {});
    expect(waits).toEqual([500, 500]);
  });
});

describe('robots.txt in the polite client', () => {
  it('fetches robots.txt once per origin, refuses disallowed paths, and treats a missing file as allow-all', async () => {
    const log: string[] = [];
    const http = stubClient(
      {
        'https://a.example/robots.txt': 'User-agent: *\nDisallow: /private/',
        'https://a.example/news/1': 'ok',
        'https://b.example/x': 'ok',
      },
      log,
    );
    const gate = createHostGate({ perHost: 4, minGapMs: 0, now: () => 0, sleep: async () => {} });
    const client = politeClient(http, { gate, robots: { cache: createRobotsCache(60_000, () => 0), agent: 'yuqing' } });
    await client.fetch('https://a.example/news/1');
    await expect(client.fetch('https://a.example/private/2')).rejects.toBeInstanceOf(RobotsDisallowed);
    await expect(client.fetch('https://a.example/private/2')).rejects.toThrow('robots.txt of a.example disallows /private/2');
    await client.fetch('https://b.example/x');
    expect(log).toEqual([
      'https://a.example/robots.txt',
      'https://a.example/news/1',
      'https://b.example/robots.txt',
      'https://b.example/x',
    ]);
  });
});
