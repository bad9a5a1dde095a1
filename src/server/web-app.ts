/**
 * The HTTP front door: API paths go to the API app, everything else is the built web app
 * from `config.webDir`, with index.html for client-side routes. Every answer carries the
 * security headers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { securityHeaders } from './security-headers.js';

const apiPrefixes = ['/api/', '/healthz', '/readyz', '/metrics'];

export function isApiPath(path: string): boolean {
  return apiPrefixes.some((p) => path === p.replace(/\/$/, '') || path.startsWith(p));
}

export interface FetchApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

export interface FrontDoorOptions {
  /** Send Strict-Transport-Security (the deployment is behind HTTPS). */
  hsts?: boolean;
}

export function createFrontDoor(api: FetchApp, webDir: string, options: FrontDoorOptions = {}): Hono {
  const door = new Hono();
  door.use('*', securityHeaders({ hsts: options.hsts ?? false, isApiPath }));
  door.all('*', async (c, next) => (isApiPath(c.req.path) ? api.fetch(c.req.raw, c.env) : next()));
  const indexPath = join(webDir, 'index.html');
  if (!existsSync(indexPath)) {
    door.get('*', (c) =>
      c.text(`The web app is not built (${indexPath} is missing). Run \`npm run build:web\`; the API under /api/v1 works meanwhile.`, 503),
    );
    return door;
  }
  door.use(
    '/assets/*',
    serveStatic({
      root: webDir,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  door.use('*', serveStatic({ root: webDir }));
  const indexHtml = readFileSync(indexPath, 'utf8');
  door.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return door;
}
