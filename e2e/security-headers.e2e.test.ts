/**
 * The web app under its Content-Security-Policy in real Chromium: every page renders with no
 * policy violation (the watcher is proven by an inline script the policy must block), and a
 * page on another origin cannot frame the app.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWhen } from '../src/testing/known-skips.js';
import { browserAvailable, launchChromium } from './support/browser.js';
import { ensureWebBuilt, startYuqing, type YuqingServer } from './support/yuqing-server.js';

interface Violation {
  directive: string;
  blocked: string;
}

/** Records every CSP violation the page reports, and every console error that speaks of the policy. */
async function watchPolicy(page: Page): Promise<{ violations: Violation[]; consoleErrors: string[] }> {
  const violations: Violation[] = [];
  const consoleErrors: string[] = [];
  await page.exposeFunction('__reportViolation', (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(v: Violation): void }).__reportViolation({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
      });
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  return { violations, consoleErrors };
}

describe('security headers in Chromium', skipWhen(!browserAvailable(), 'chromium-absent'), () => {
  let server: YuqingServer;
  let browser: Browser;
  let framer: Server;
  let framerUrl = '';

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startYuqing();
    browser = await launchChromium();
    framer = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>framer</title><iframe id="f" src="${server.url}/login" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    framerUrl = `http://127.0.0.1:${(framer.address() as { port: number }).port}/`;
  }, 90_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (framer ? framer.close(() => resolve()) : resolve()));
    await browser?.close();
    await server?.stop();
  });

  it('renders every page with no policy violation; an injected inline script is blocked', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const watched = await watchPolicy(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    const first = await page.goto(`${server.url}/login`);
    const csp = first?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(first?.headers()['x-frame-options']).toBe('DENY');

    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.getByLabel('用户名').fill(server.admin.username);
    await page.getByLabel('密码', { exact: true }).fill(server.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/(mentions)?$/);

    for (const path of ['/', '/mentions', '/topics', '/search', '/sources', '/analysis']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('.ant-layout-content').waitFor();
      await page.waitForLoadState('networkidle');
    }
    // Menus and pop-ups add their styles when first shown.
    await page.getByRole('button', { name: server.admin.username }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).waitFor();

    expect(watched.violations).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The watcher sees what the policy refuses: an inline script must not run.
    await page.addScriptTag({ content: 'window.__inlineRan = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan === true)).toBe(false);
    await expect.poll(() => watched.violations.map((v) => v.directive)).toContain('script-src-elem');
    await context.close();
  });

  it('cannot be framed by a page on another origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused = page.waitForEvent('console', (m) => /frame-ancestors|X-Frame-Options/i.test(m.text()));
    await page.goto(framerUrl);
    await refused;
    const frame = page.frame({ url: /\/login/ });
    const rendered = frame ? await frame.locator('#root').count() : 0;
    expect(rendered).toBe(0);
    await context.close();
  });
});
