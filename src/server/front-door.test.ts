/**
 * The front door over the real API app and a fixture web app: security headers on every
 * answer, HSTS only behind HTTPS, and requests Node's parser refuses answered in the error shape.
 */
import { request } from 'node:http';
import { connect as connectTcp } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../api/app.js';
import { silentLogger } from '../log/logger.js';
import { createTestDatabase, type TestDatabase, testSettings } from '../testing/backends.js';
import { answerClientErrors } from './client-errors.js';
import { apiPolicy, webAppPolicy } from './security-headers.js';
import { createFrontDoor } from './web-app.js';

const webDir = fileURLToPath(new URL('./testdata/web', import.meta.url));

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('front door', () => {
  let t: TestDatabase;
  let door: Hono;
  let hstsDoor: Hono;

  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    const api = createApp({ db: t.db, config: { ...testSettings, logLevel: 'silent' }, logger: silentLogger });
    door = createFrontDoor(api, webDir);
    hstsDoor = createFrontDoor(api, webDir, { hsts: true });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('sends the web app with a policy that allows only its own scripts and forbids framing', async () => {
    for (const path of ['/', '/mentions/12', '/assets/app.js']) {
      const res = await door.request(path);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toBe(webAppPolicy);
      const d = directives(csp);
      expect(d.get('script-src'), path).toEqual(["'self'"]);
      expect(d.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(d.get('object-src'), path).toEqual(["'none'"]);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.has('strict-transport-security'), path).toBe(false);
    }
    expect([...directives(webAppPolicy).entries()].filter(([name, v]) => name !== 'style-src' && v.includes("'unsafe-inline'"))).toEqual(
      [],
    );
    expect(webAppPolicy).not.toContain('unsafe-eval');
  });

  it('sends API answers, errors included, with a policy that allows nothing', async () => {
    for (const [path, status] of [
      ['/healthz', 200],
      ['/api/v1/me', 401],
      ['/api/v1/no-such-route', 404],
    ] as const) {
      const res = await door.request(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-security-policy'), path).toBe(apiPolicy);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('sends HSTS only when the deployment is behind HTTPS', async () => {
    for (const path of ['/', '/healthz']) {
      const res = await hstsDoor.request(path);
      expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
    }
  });

  describe('over real HTTP', () => {
    let base = '';
    let port = 0;
    let close: () => Promise<void>;

    beforeAll(async () => {
      const server = serve({ fetch: door.fetch, hostname: '127.0.0.1', port: 0 });
      answerClientErrors(server, silentLogger);
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      port = (server.address() as { port: number }).port;
      base = `http://127.0.0.1:${port}`;
      close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    });
    afterAll(async () => {
      await close();
    });

    function get(path: string): Promise<{ status: number; type: string; body: string }> {
      return new Promise((resolve, reject) => {
        const req = request(`${base}${path}`, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
        });
        req.on('error', reject);
        req.end();
      });
    }

    it('answers a URL over the 16 KB limit with 431 in the error shape, naming POST for long queries', async () => {
      const q = encodeURIComponent('华为 OR 荣耀 '.repeat(800));
      expect(q.length).toBeGreaterThan(16 * 1024);
      const res = await get(`/api/v1/workspaces/1/search?q=${q}`);
      expect(res.status).toBe(431);
      expect(res.type).toContain('application/json');
      const body = JSON.parse(res.body) as { error: { code: string; status: number; message: string } };
      expect(body.error).toMatchObject({ code: 'headers_too_large', status: 431 });
      expect(body.error.message).toContain('POST');
      // The server still answers afterwards.
      expect((await get('/healthz')).status).toBe(200);
    });

    it('answers malformed HTTP with 400 in the error shape', async () => {
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connectTcp(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => {
          text += chunk;
        });
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 400 /);
      const body = JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)) as { error: { code: string } };
      expect(body.error.code).toBe('invalid_request');
    });
  });
});
