/** The one outbound HTTP client: SSRF-guarded, size- and time-bounded, following redirects, retrying transient failures. */
import { type Cidr, parseCidr } from './address.js';
import { HttpError } from './errors.js';
import { checkUrl, pinTarget, type Resolver, systemResolver } from './guard.js';
import { requestOnce } from './request.js';
import { backoffMs, isTransientStatus, parseRetryAfter } from './retry.js';

export interface HttpClientOptions {
  /** User-Agent sent on every request. */
  userAgent?: string;
  /** TCP connect plus TLS handshake. */
  connectTimeoutMs?: number;
  /** Longest silence while waiting for headers or between body chunks (the slow-drip guard). */
  idleTimeoutMs?: number;
  /** Whole fetch, redirects and body included; each retry gets a fresh budget. */
  totalTimeoutMs?: number;
  /** Bytes on the wire. */
  maxBodyBytes?: number;
  /** Bytes after gzip/deflate/brotli decoding (the gzip-bomb guard). */
  maxDecodedBytes?: number;
  maxRedirects?: number;
  /** Retries after the first attempt, for transient failures only. */
  retries?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** CIDR ranges the SSRF guard lets through (e.g. `127.0.0.1/32` in tests, an intranet range for a private site). */
  allowCidrs?: readonly string[];
}

export interface HttpClientDeps {
  resolve?: Resolver;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface FetchOptions {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  /** Conditional GET: the ETag and Last-Modified values from the previous response. */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  maxBodyBytes?: number;
  maxDecodedBytes?: number;
  retries?: number;
  /** Called before each retry, for logging. */
  onRetry?: (info: { attempt: number; delayMs: number; error: HttpError }) => void;
}

export interface HttpResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  statusText: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Decoded (decompressed) body; empty for 304 and HEAD. */
  body: Buffer;
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  redirects: string[];
  attempts: number;
  elapsedMs: number;
}

export interface HttpClient {
  fetch(url: string | URL, options?: FetchOptions): Promise<HttpResponse>;
}

export const httpDefaults = {
  userAgent: 'Mozilla/5.0 (compatible; Yuqing/0.1; self-hosted public-opinion monitor)',
  connectTimeoutMs: 10_000,
  idleTimeoutMs: 30_000,
  totalTimeoutMs: 60_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxDecodedBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  retryBaseMs: 1_000,
  retryMaxMs: 30_000,
  allowCidrs: [] as readonly string[],
} satisfies Required<HttpClientOptions>;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const credentialHeaders = ['authorization', 'cookie', 'proxy-authorization'];

export function createHttpClient(options: HttpClientOptions = {}, deps: HttpClientDeps = {}): HttpClient {
  const o = { ...httpDefaults, ...options };
  const allow: Cidr[] = o.allowCidrs.map(parseCidr);
  const resolve = deps.resolve ?? systemResolver;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;

  async function once(input: string | URL, fo: FetchOptions): Promise<Omit<HttpResponse, 'attempts' | 'elapsedMs'>> {
    const deadline = now() + o.totalTimeoutMs;
    let url = checkUrl(typeof input === 'string' ? input : input.href);
    const seen = new Set([url.href]);
    const redirects: string[] = [];
    const headers: Record<string, string> = {
      'user-agent': o.userAgent,
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
      ...lowerKeys(fo.headers ?? {}),
    };
    if (fo.etag) headers['if-none-match'] = fo.etag;
    if (fo.lastModified) headers['if-modified-since'] = fo.lastModified;
    for (;;) {
      const target = await pinTarget(url, allow, resolve);
      const remainingMs = deadline - now();
      if (remainingMs <= 0) throw new HttpError('total_timeout', `request took longer than ${o.totalTimeoutMs} ms`, { url: url.href });
      const hop = await requestOnce({
        url,
        target,
        method: fo.method ?? 'GET',
        headers,
        connectTimeoutMs: o.connectTimeoutMs,
        idleTimeoutMs: o.idleTimeoutMs,
        remainingMs,
        totalTimeoutMs: o.totalTimeoutMs,
        maxBodyBytes: fo.maxBodyBytes ?? o.maxBodyBytes,
        maxDecodedBytes: fo.maxDecodedBytes ?? o.maxDecodedBytes,
        wantsBody: (s) => s >= 200 && s < 300 && s !== 204,
        ...(fo.signal ? { signal: fo.signal } : {}),
      });
      const location = hop.headers.location;
      if (redirectStatuses.has(hop.status) && location) {
        const next = redirectTarget(location, url);
        if (seen.has(next.href)) {
          throw new HttpError('redirect_loop', `redirect loop after ${redirects.length + 1} hops (back to ${next.href})`, {
            url: url.href,
          });
        }
        if (redirects.length >= o.maxRedirects) {
          throw new HttpError('too_many_redirects', `more than ${o.maxRedirects} redirects (next: ${next.href})`, { url: url.href });
        }
        if (next.origin !== url.origin) for (const h of credentialHeaders) delete headers[h];
        seen.add(next.href);
        redirects.push(next.href);
        url = next;
        continue;
      }
      const base = { url: url.href, status: hop.status, statusText: hop.statusText, headers: hop.headers, redirects };
      const meta = {
        etag: hop.headers.etag ?? null,
        lastModified: hop.headers['last-modified'] ?? null,
        contentType: hop.headers['content-type'] ?? null,
      };
      if (hop.status === 304) return { ...base, ...meta, body: hop.body, notModified: true };
      if (hop.status < 200 || hop.status >= 300) {
        const retryAfterMs = parseRetryAfter(hop.headers['retry-after'], now());
        throw new HttpError('http_status', `HTTP ${hop.status}${hop.statusText ? ` ${hop.statusText}` : ''}`, {
          url: url.href,
          status: hop.status,
          retryable: isTransientStatus(hop.status),
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        });
      }
      return { ...base, ...meta, body: hop.body, notModified: false };
    }
  }

  return {
    async fetch(input, fo = {}) {
      const started = now();
      const retries = fo.retries ?? o.retries;
      for (let attempt = 0; ; attempt++) {
        try {
          const r = await once(input, fo);
          return { ...r, attempts: attempt + 1, elapsedMs: now() - started };
        } catch (err) {
          if (!(err instanceof HttpError) || !err.retryable || attempt >= retries || fo.signal?.aborted) throw err;
          // A server asking for a longer pause than we would wait gets it from the scheduler instead.
          if (err.retryAfterMs !== undefined && err.retryAfterMs > o.retryMaxMs) throw err;
          const delayMs = err.retryAfterMs ?? backoffMs(attempt, o.retryBaseMs, o.retryMaxMs, random);
          fo.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
          await sleep(delayMs);
        }
      }
    },
  };
}

function redirectTarget(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new HttpError('invalid_url', `redirect to an invalid URL: ${location.slice(0, 200)}`, { url: from.href });
  }
  next.hash = '';
  return checkUrl(next);
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}
