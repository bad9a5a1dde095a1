/**
 * Security headers on every response of the front door. The web app's policy allows only
 * its own scripts (no inline script, no eval); styles may be inline because Ant Design's
 * CSS-in-JS writes <style> elements at run time. API answers get a policy that allows
 * nothing. No page may be framed (frame-ancestors 'none' and X-Frame-Options DENY).
 * HSTS is sent only when the deployment says it is behind HTTPS (YUQING_COOKIE_SECURE).
 */
import type { MiddlewareHandler } from 'hono';

export const webAppPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export interface SecurityHeaderOptions {
  /** Send Strict-Transport-Security (only behind HTTPS). */
  hsts: boolean;
  isApiPath: (path: string) => boolean;
}

export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', options.isApiPath(c.req.path) ? apiPolicy : webAppPolicy);
    h.set('X-Frame-Options', 'DENY');
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (options.hsts) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
