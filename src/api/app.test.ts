/** API plumbing: error shapes, body limits, the OpenAPI document, probes and metrics. */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { createTestDatabase, describeBackends } from '../testing/backends.js';
import { makeMember, makeWorkspace } from '../testing/factories.js';
import { createApp } from './app.js';
import { createHarness, errorCode, type Harness, loginAs, send } from './testing/harness.js';

describeBackends('API plumbing', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { maxBodyBytes: 2048 });
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('answers unknown routes with 404 in the common error shape', async () => {
    const r = await send(h.app, 'GET', '/api/v1/no-such-thing');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: { code: 'not_found', message: 'No route for GET /api/v1/no-such-thing.', status: 404 } });
  });

  it('names the body for malformed JSON and for a body that is not JSON', async () => {
    const bad = await send(h.app, 'POST', '/api/v1/auth/login', { rawBody: '{"username": "a",' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'invalid_request', status: 400, details: [{ field: 'body', problem: 'malformed JSON' }] },
    });
    const text = await send(h.app, 'POST', '/api/v1/auth/login', { rawBody: 'username=a', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(400);
    expect(text.body).toMatchObject({ error: { details: [{ field: 'body' }] } });
  });

  it('names each missing or wrong field', async () => {
    const r = await send(h.app, 'POST', '/api/v1/auth/login', { body: { username: 'a' } });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: 'invalid_request', details: [{ field: 'password' }] } });
    const admin = await makeMember(h.t.db, (await makeWorkspace(h.t.db)).id, 'admin');
    const s = await loginAs(h.app, admin.user.username, admin.password);
    const q = await s.get('/api/v1/workspaces/abc/topics?limit=0');
    expect(q.status).toBe(400);
    const fields = (q.body as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);
    expect(fields).toContain('workspaceId');
  });

  it('refuses bodies over the configured size with 413', async () => {
    const r = await send(h.app, 'POST', '/api/v1/auth/login', { body: { username: 'a', password: 'x'.repeat(4096) } });
    expect(r.status).toBe(413);
    expect(errorCode(r)).toBe('payload_too_large');
  });

  it('hides unexpected errors behind a 500 in the common shape', async () => {
    const app = h.appWith({});
    app.get('/api/v1/boom', () => {
      throw new Error('secret internals');
    });
    const r = await send(app, 'GET', '/api/v1/boom');
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ error: { code: 'internal', message: 'Something went wrong on the server.', status: 500 } });
  });

  it('serves a valid OpenAPI document built from the route schemas', async () => {
    const r = await send(h.app, 'GET', '/api/v1/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.body as {
      info: { title: string; version: string };
      paths: Record<string, Record<string, unknown>>;
      components: { securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }> };
    };
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.info.title).toBe('Yuqing');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'yq_session' });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/workspaces/{workspaceId}/mentions',
        '/api/v1/workspaces/{workspaceId}/topics/{topicId}',
      ]),
    );
    expect(Object.keys(doc.paths['/api/v1/workspaces/{workspaceId}/mentions'] ?? {}).sort()).toEqual(['get', 'post']);
  });

  it('answers the probes: healthz always, readyz only when the database is current and ready() agrees, listing what still starts', async () => {
    expect(await send(h.app, 'GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await send(h.app, 'GET', '/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
    let ready = false;
    const withReady = createApp({ db: h.t.db, config: h.config, logger: silentLogger, ready: async () => ready });
    const notYet = await send(withReady, 'GET', '/readyz');
    expect(notYet.status).toBe(503);
    expect(errorCode(notYet)).toBe('not_ready');
    ready = true;
    expect((await send(withReady, 'GET', '/readyz')).status).toBe(200);
    // What still starts in the background is listed, and does not make the server unready.
    let starting = [{ part: 'pipeline', doing: 'loading the jieba dictionary and the sentiment weights' }];
    const warming = createApp({ db: h.t.db, config: h.config, logger: silentLogger, starting: () => starting });
    expect(await send(warming, 'GET', '/readyz')).toMatchObject({ status: 200, body: { status: 'ready', starting } });
    starting = [];
    expect((await send(warming, 'GET', '/readyz')).body).toEqual({ status: 'ready' });
  });

  it('reports 503 schema_behind when a migration is pending', async () => {
    // An unmigrated SQLite file on both runs: the decision is the same code whatever the backend.
    const bare = await createTestDatabase('sqlite', { migrate: false });
    try {
      const r = await send(createApp({ db: bare.db, config: h.config, logger: silentLogger }), 'GET', '/readyz');
      expect(r.status).toBe(503);
      expect(errorCode(r)).toBe('schema_behind');
    } finally {
      await bare.dispose();
    }
  });

  it('exposes Prometheus metrics: requests by route pattern and the pending inbox sampled at scrape time', async () => {
    const ws = await makeWorkspace(h.t.db);
    await h.t.db.kysely
      .insertInto('inbox')
      .values(
        [0, 1, 2].map((i) => ({
          workspace_id: ws.id,
          dedupe_key: `k${i}`,
          source_key: 's',
          payload: '{}',
          origin: 'test',
          status: i === 2 ? 'done' : 'pending',
          attempts: 0,
          received_at: 1,
        })),
      )
      .execute();
    await send(h.app, 'GET', `/api/v1/workspaces/${ws.id}/topics`);
    const scraped = h.appWith({ metricsToken: 'scrape-secret-1' });
    const r = await send(scraped, 'GET', '/metrics', { headers: { authorization: 'Bearer scrape-secret-1' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = String(r.body);
    expect(text).toMatch(/^yuqing_inbox_pending 2$/m);
    expect(text).toMatch(/yuqing_http_requests_total\{method="GET",route="\/api\/v1\/workspaces\/:workspaceId\/topics",status="401"\} \d+/);
    expect(text).not.toContain(`/workspaces/${ws.id}/`);
  });

  it('keeps /metrics off without a token, and behind the bearer token when one is set', async () => {
    const off = await send(h.app, 'GET', '/metrics');
    expect(off.status).toBe(404);
    expect(String(off.body)).not.toContain('yuqing_');
    const guarded = h.appWith({ metricsToken: 'scrape-secret-2' });
    for (const authorization of [undefined, 'Bearer wrong', 'Bearer scrape-secret-2x', 'scrape-secret-2']) {
      const r = await send(guarded, 'GET', '/metrics', authorization ? { headers: { authorization } } : {});
      expect(r.status, authorization).toBe(401);
      expect(errorCode(r)).toBe('unauthenticated');
    }
    expect((await send(guarded, 'GET', '/metrics', { headers: { authorization: 'Bearer scrape-secret-2' } })).status).toBe(200);
  });
});
