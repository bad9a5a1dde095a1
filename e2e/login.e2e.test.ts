/**
 * The whole path in a real browser: the real server on a temp SQLite database, a mention
 * brought in with `bin/yuqing import`, then Chromium signs in and finds it in 舆情信息.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWhen } from '../src/testing/known-skips.js';
import { browserAvailable, launchChromium } from './support/browser.js';
import { ensureWebBuilt, repoRoot, startYuqing, type YuqingServer } from './support/yuqing-server.js';

const shots = join(repoRoot, 'test-results');
const title = '某品牌充电宝起火事件引发关注';
const item = {
  source: 'weibo',
  externalId: 'e2e-1',
  title,
  text: '网友发布视频称，某品牌充电宝在地铁车厢内冒烟起火，乘客紧急疏散。品牌客服表示正在核实。',
  author: '网友甲',
  publishedAt: '2026-11-20T08:00:00+08:00',
  engagement: { reposts: 12, replies: 3, likes: 40 },
};

/** Clicks 刷新 until `row` shows up: the embedded worker needs a moment to turn the inbox item into a mention. */
async function refreshUntilVisible(page: Page, row: Locator, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await row.waitFor({ timeout: 500 }).then(
      () => true,
      () => false,
    );
    if (seen) return;
    if (Date.now() > deadline) throw new Error(`"${title}" did not appear within ${timeoutMs} ms`);
    await Promise.all([page.waitForResponse((r) => r.url().includes('/mentions?')), page.getByRole('button', { name: '刷新' }).click()]);
  }
}

describe('web app in Chromium against the real server', skipWhen(!browserAvailable(), 'chromium-absent'), () => {
  let server: YuqingServer;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    await ensureWebBuilt();
    server = await startYuqing();
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in, shows an imported mention in 舆情信息, and signs out', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    // Signed out, a deep link lands on the login page and remembers where it was going.
    await page.goto(`${server.url}/mentions`);
    await page.waitForURL(/\/login\?next=%2Fmentions/);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.screenshot({ path: join(shots, 'login.png') });

    await page.getByLabel('用户名').fill(server.admin.username);
    await page.getByLabel('密码', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();

    await page.getByLabel('密码', { exact: true }).fill(server.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/mentions`);
    await page.getByText('还没有舆情信息').waitFor();

    const imported = await server.importItems([item]);
    expect(imported, server.output()).toContain('"accepted":1');

    const row = page.locator('.ant-table-row', { hasText: title });
    await refreshUntilVisible(page, row, 20_000).catch((err: Error) => {
      throw new Error(`${err.message}\nserver output:\n${server.output()}`);
    });
    const cells = (await row.textContent()) ?? '';
    for (const shown of ['2026-11-20 08:00', '微博', '网友甲', '12', '40']) expect(cells).toContain(shown);
    await page.getByText('共 1 条').waitFor();

    await page.screenshot({ path: join(shots, 'mentions.png') });
    await page.screenshot({ path: '/tmp/yuqing-mentions.png' });

    await page.getByRole('button', { name: server.admin.username }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
