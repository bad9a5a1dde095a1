/**
 * In-process API harness for tests: a fresh database of one backend, the app with an
 * injected clock, and callers that sign in by cookie (sending the CSRF token) or by token.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../../config/index.js';
import { silentLogger } from '../../log/logger.js';
import type { DialectName } from '../../store/dialect.js';
import { createTestDatabase, type TestDatabase, testSettings } from '../../testing/backends.js';
import { type AppDeps, createApp } from '../app.js';
import type { AppEnv } from '../env.js';

export interface Clock {
  now: number;
  advance(ms: number): void;
}

export interface Harness {
  t: TestDatabase;
  config: Config;
  clock: Clock;
  app: OpenAPIHono<AppEnv>;
  /** Times `onItemsAccepted` was called. */
  wakes: { count: number };
  /** Another app over the same database and clock, with some options changed (and its own login throttle). */
  appWith(over: Partial<Config>): OpenAPIHono<AppEnv>;
  dispose(): Promise<void>;
}

export async function createHarness(
  dialect: DialectName,
  over: Partial<Config> = {},
  extra: Partial<Pick<AppDeps, 'ready'>> & { clockStart?: number } = {},
): Promise<Harness> {
  const { clockStart, ...deps } = extra;
  const t = await createTestDatabase(dialect);
  const config: Config = { ...testSettings, logLevel: 'silent', ...over };
  const clock: Clock = {
    now: clockStart ?? Date.UTC(2026, 1, 1, 9, 0, 0),
    advance(ms) {
      this.now += ms;
    },
  };
  const wakes = { count: 0 };
  const appWith = (more: Partial<Config>) =>
    createApp({
      db: t.db,
      config: { ...config, ...more },
      logger: silentLogger,
      now: () => clock.now,
      onItemsAccepted: () => {
        wakes.count += 1;
      },
      ...deps,
    });
  return { t, config, clock, app: appWith({}), wakes, appWith, dispose: () => t.dispose() };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

/** The error code of an error reply, or undefined. */
export function errorCode(reply: Reply): string | undefined {
  const body = reply.body as { error?: { code?: string } } | null;
  return body?.error?.code;
}

export async function send(
  app: OpenAPIHono<AppEnv>,
  method: string,
  path: string,
  opts: { body?: unknown; rawBody?: string; headers?: Record<string, string>; env?: unknown } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  } else if (body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) }, opts.env);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON (metrics)
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

export interface Caller {
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  get(path: string): Promise<Reply>;
}

export interface SessionCaller extends Caller {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API; later calls send the cookie and the CSRF token. */
export async function loginAs(app: OpenAPIHono<AppEnv>, username: string, password: string): Promise<SessionCaller> {
  const reply = await send(app, 'POST', '/api/v1/auth/login', { body: { username, password } });
  if (reply.status !== 200) throw new Error(`login as ${username} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  const setCookie = reply.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  const csrfToken = (reply.body as { csrfToken: string }).csrfToken;
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    send(app, method, path, { body, headers: { cookie, 'x-csrf-token': csrfToken, ...headers } });
  return { cookie, csrfToken, call, get: (path) => call('GET', path) };
}

/** Calls with `Authorization: Bearer <token>`. */
export function withToken(app: OpenAPIHono<AppEnv>, token: string): Caller {
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    send(app, method, path, { body, headers: { authorization: `Bearer ${token}`, ...headers } });
  return { call, get: (path) => call('GET', path) };
}
