/**
 * The caller's address and user agent. The address is the socket's peer; X-Forwarded-For
 * is believed only with `trustProxy`, and then its last entry (the one our proxy added).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';

export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => h !== '');
    const last = hops[hops.length - 1];
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No Node socket behind this request (in-process tests, other runtimes).
    return 'unknown';
  }
}

export function clientInfo(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('client', { ip: clientIp(c, trustProxy), userAgent: c.req.header('user-agent')?.slice(0, 500) ?? null });
    await next();
  };
}
