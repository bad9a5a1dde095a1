/**
 * The one setup every browser test shares: the real server (SQLite, or a fresh PostgreSQL schema), Chromium, and a
 * signed-in page in Chinese or English at a given size, with page errors collected. `describeE2e` skips loudly when
 * Chromium (or, for PostgreSQL, the server) is missing outside CI, as the other tests do.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTestDatabase, hasPostgres, type TestDatabase } from '../../src/testing/backends.js';
import { skipWhen } from '../../src/testing/known-skips.js';
import { browserAvailable, launchChromium } from './browser.js';
import { ensureWebBuilt, repoRoot, type StartOptions, startYuqing, type YuqingServer } from './yuqing-server.js';

export const shots = join(repoRoot, 'test-results');

export type Backend = 'sqlite' | 'postgres';
export type UiLang = 'zh' | 'en';

export interface E2eOptions {
  backend?: Backend;
  env?: StartOptions['env'];
}

export interface SignedInPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and unexpected dialogs of the page; a test ends by expecting it empty. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface PageOptions {
  lang?: UiLang;
  /** Where to land after signing in (default `/`). */
  path?: string;
  viewport?: { width: number; height: number };
}

export interface E2e {
  server: YuqingServer;
  browser: Browser;
  backend: Backend;
  /** A new browser context signed in as the admin, on `path`, in `lang`. */
  signIn(opts?: PageOptions): Promise<SignedInPage>;
}

const loginLabels: Record<UiLang, { username: string; password: string; submit: string }> = {
  zh: { username: '用户名', password: '密码', submit: '登录' },
  en: { username: 'Username', password: 'Password', submit: 'Sign in' },
};

/**
 * `describe` with the shared setup: `fn` receives a getter for the running E2e (set up in beforeAll, torn down in
 * afterAll). The suite name carries the backend.
 */
export function describeE2e(name: string, opts: E2eOptions, fn: (e2e: () => E2e) => void): void {
  const backend = opts.backend ?? 'sqlite';
  const skip = !browserAvailable()
    ? skipWhen(true, 'chromium-absent')
    : skipWhen(backend === 'postgres' && !hasPostgres, 'postgres-absent');
  describe(`${name} [${backend}]`, skip, () => {
    let e2e: E2e | undefined;
    let db: TestDatabase | undefined;
    let browser: Browser | undefined;
    let server: YuqingServer | undefined;

    beforeAll(async () => {
      await mkdir(shots, { recursive: true });
      await ensureWebBuilt();
      if (backend === 'postgres') db = await createTestDatabase('postgres', { migrate: false });
      server = await startYuqing({ ...(db ? { databaseUrl: db.url } : {}), ...(opts.env ? { env: opts.env } : {}) });
      browser = await launchChromium();
      const running = { server, browser };
      e2e = { ...running, backend, signIn: (p) => signIn(running.browser, running.server, p) };
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    fn(() => {
      if (!e2e) throw new Error('the browser test setup did not finish (see beforeAll)');
      return e2e;
    });
  });
}

async function signIn(browser: Browser, server: YuqingServer, opts: PageOptions = {}): Promise<SignedInPage> {
  const lang = opts.lang ?? 'zh';
  const context = await browser.newContext({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    timezoneId: 'Asia/Shanghai',
    viewport: opts.viewport ?? { width: 1440, height: 900 },
  });
  // The app keeps the UI language in localStorage; set it before any page script runs.
  await context.addInitScript((l: string) => window.localStorage.setItem('yuqing.lang', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('dialog', (d) => pageErrors.push(`dialog: ${d.message()}`));
  const path = opts.path ?? '/';
  const labels = loginLabels[lang];
  await page.goto(`${server.url}/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel(labels.username).fill(server.admin.username);
  await page.getByLabel(labels.password, { exact: true }).fill(server.admin.password);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL(`${server.url}${path}`);
  return { page, context, pageErrors, close: () => context.close() };
}

/**
 * Clicks the page's refresh button until `target` shows up: the embedded worker needs a moment to turn an inbox item
 * into a mention, or the collector to finish a pass. Each round waits for the list's answer, not for a fixed time.
 */
export async function refreshUntilVisible(page: Page, target: Locator, refreshLabel: string | RegExp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await target.waitFor({ timeout: 500 }).then(
      () => true,
      () => false,
    );
    if (seen) return;
    if (Date.now() > deadline) throw new Error(`${target.toString()} did not appear within ${timeoutMs} ms`);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/v1/workspaces/'), { timeout: 30_000 }),
      page.getByRole('button', { name: refreshLabel }).click(),
    ]);
  }
}
