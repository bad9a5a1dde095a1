/**
 * Test helper for the search-API source types (Mastodon, Bluesky, Reddit, Hacker News): their testdata, a local
 * server answering with it for the length of a test file, and the collect context their tests pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createHttpClient } from '../../../http/index.js';
import { type Handler, startTestServer, type TestServer } from '../../../http/testing.js';
import { silentLogger } from '../../../log/logger.js';
import type { CollectContext, SourceState } from '../../source-type.js';

/** A file of `<type>/testdata/`. */
export function testdata(type: string, name: string): Buffer {
  return readFileSync(join(import.meta.dirname, '..', type, 'testdata', name));
}

/** A server on 127.0.0.1 started before the file's tests and closed after them. */
export function fixtureServer(handler: Handler): TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(handler);
  });
  afterAll(() => server?.close());
  const started = () => {
    if (!server) throw new Error('the fixture server starts in beforeAll');
    return server;
  };
  return {
    url: (path) => started().url(path),
    get port() {
      return started().port;
    },
    get requests() {
      return started().requests;
    },
    close: () => started().close(),
  };
}

const http = createHttpClient({ allowCidrs: ['127.0.0.1/32'], retries: 0 });

/** The context of one pass: the state the previous pass left, and the workspace's topic keywords. */
export function searchContext(state: SourceState = {}, keywords: string[] = []): CollectContext {
  return { http, now: () => Date.parse('2026-11-20T12:00:00Z'), logger: silentLogger, state, keywords, rsshubBaseUrl: '' };
}
