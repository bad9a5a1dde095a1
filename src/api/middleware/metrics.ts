/** Counts and times every request under its route pattern (never the raw path, to bound label values). */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { httpDuration, httpRequests } from '../../metrics/registry.js';

export function requestMetrics(): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const pattern = routePath(c);
      const route = pattern === '*' || pattern.endsWith('/*') ? 'unmatched' : pattern;
      httpRequests.inc({ method: c.req.method, route, status: String(c.res.status) });
      httpDuration.observe({ method: c.req.method, route }, (performance.now() - started) / 1000);
    }
  };
}
