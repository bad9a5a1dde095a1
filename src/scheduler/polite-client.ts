/**
 * The HTTP client collectors get: the shared client behind a per-host gate (at most N requests at
 * once and a minimum gap between them) and, for crawled pages, the host's robots.txt (cached per host).
 */
import type { FetchOptions, HttpClient, HttpResponse } from '../http/index.js';
import { ALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from './robots.js';

export class RobotsDisallowed extends Error {
  override readonly name = 'RobotsDisallowed';
}

export interface HostGateOptions {
  perHost: number;
  minGapMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Per-host concurrency and rate limit, shared by every source one process collects. */
export interface HostGate {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostGate(o: HostGateOptions): HostGate {
  const hosts = new Map<string, { active: number; waiting: (() => void)[]; nextAt: number }>();
  return {
    async run(host, task) {
      let h = hosts.get(host);
      if (!h) {
        h = { active: 0, waiting: [], nextAt: 0 };
        hosts.set(host, h);
      }
      const slot = h;
      if (slot.active >= o.perHost) await new Promise<void>((resolve) => slot.waiting.push(resolve));
      slot.active++;
      try {
        const wait = slot.nextAt - o.now();
        slot.nextAt = Math.max(o.now(), slot.nextAt) + o.minGapMs;
        if (wait > 0) await o.sleep(wait);
        return await task();
      } finally {
        slot.active--;
        slot.waiting.shift()?.();
        if (slot.active === 0 && slot.waiting.length === 0 && slot.nextAt <= o.now()) hosts.delete(host);
      }
    },
  };
}

export interface RobotsCache {
  rulesFor(origin: string, fetchRobots: () => Promise<RobotsRules>): Promise<RobotsRules>;
}

export function createRobotsCache(ttlMs: number, now: () => number): RobotsCache {
  const cache = new Map<string, { at: number; rules: Promise<RobotsRules> }>();
  return {
    rulesFor(origin, fetchRobots) {
      const hit = cache.get(origin);
      if (hit && now() - hit.at < ttlMs) return hit.rules;
      const rules = fetchRobots().catch(() => ALLOW_ALL);
      cache.set(origin, { at: now(), rules });
      if (cache.size > 1000) cache.delete(cache.keys().next().value ?? '');
      return rules;
    },
  };
}

export interface PoliteOptions {
  gate: HostGate;
  /** Set for crawled source types: pages the host's robots.txt disallows are refused. */
  robots?: { cache: RobotsCache; agent: string };
}

export function politeClient(base: HttpClient, o: PoliteOptions): HttpClient {
  return {
    async fetch(input: string | URL, options: FetchOptions = {}): Promise<HttpResponse> {
      const url = new URL(typeof input === 'string' ? input : input.href);
      if (o.robots) {
        const { cache, agent } = o.robots;
        const rules = await cache.rulesFor(url.origin, async () => {
          // A missing robots.txt (404, or any failure to read it) allows everything.
          const res = await o.gate.run(url.host, () => base.fetch(`${url.origin}/robots.txt`, { retries: 0, maxBodyBytes: 512 * 1024 }));
          return parseRobots(res.body.toString('utf8'), agent);
        });
        if (!isAllowed(rules, url.pathname + url.search)) {
          throw new RobotsDisallowed(`robots.txt of ${url.host} disallows ${url.pathname}`);
        }
      }
      return o.gate.run(url.host, () => base.fetch(url, options));
    },
  };
}
