/** The session cookie's attributes, in one place: HttpOnly, SameSite=Lax, Path=/, Secure when configured. */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { sessionCookieName } from '../auth/sessions.js';
import type { Config } from '../config/index.js';

export function setSessionCookie(c: Context, config: Pick<Config, 'cookieSecure'>, sessionId: string, ttlMs: number): void {
  setCookie(c, sessionCookieName, sessionId, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: config.cookieSecure,
    maxAge: Math.floor(ttlMs / 1000),
  });
}

export function clearSessionCookie(c: Context, config: Pick<Config, 'cookieSecure'>): void {
  deleteCookie(c, sessionCookieName, { path: '/', httpOnly: true, sameSite: 'Lax', secure: config.cookieSecure });
}
