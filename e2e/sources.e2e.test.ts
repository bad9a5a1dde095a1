/**
 * The Sources page in a real browser against the real server and a local fixture site: add a feed with the
 * form, "fetch now" shows what would be collected, save, and the embedded collector brings it to 正常 with items.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../src/collect/sources/testkit/fixture-site.js';
import { skipWhen } from '../src/testing/known-skips.js';
import { browserAvailable, launchChromium } from './support/browser.js';
import { ensureWebBuilt, repoRoot, startYuqing, type YuqingServer } from './support/yuqing-server.js';

const shots = join(repoRoot, 'test-results');
// The server inherits these; 127.0.0.1 is allow-listed explicitly for the fixture site.
const collectEnv = {
  YUQING_FETCH_ALLOW_CIDRS: '127.0.0.1/32',
  YUQING_FETCH_RETRIES: '0',
  YUQING_COLLECT_POLL_MS: '200',
  YUQING_COLLECT_PER_HOST_DELAY_MS: '0',
};

describe('sources page in Chromium', skipWhen(!browserAvailable(), 'chromium-absent'), () => {
  let server: YuqingServer;
  let browser: Browser;
  let site: FixtureSite;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    await ensureWebBuilt();
    site = await startFixtureSite();
    for (const [k, v] of Object.entries(collectEnv)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    server = await startYuqing();
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await browser?.close();
    await server?.stop();
    await site?.close();
  });

  it('adds a feed, fetches now, saves, and shows its health once collected', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(`${server.url}/login?next=%2Fsources`);
    await page.getByLabel('用户名').fill(server.admin.username);
    await page.getByLabel('密码', { exact: true }).fill(server.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/sources`);

    await page.getByRole('button', { name: '添加信息源' }).click();
    await page.getByLabel('名称', { exact: true }).fill('晨报·社会');
    await page.getByLabel('订阅地址（RSS/Atom/JSON Feed）').fill(site.url('/feed.xml'));
    await page.getByRole('button', { name: '立即测试' }).click();
    await page.getByText(/将采集 2 条/).waitFor();
    await page.getByText('星澜电器回应电暖器过热投诉').waitFor();
    await page.screenshot({ path: join(shots, 'source-trial.png') });
    await page.getByRole('button', { name: /保\s*存/ }).click();

    const row = page.locator('.ant-table-row', { hasText: '晨报·社会' });
    await row.waitFor();
    for (let i = 0; i < 50 && !(await row.getByText('正常').isVisible()); i++) {
      await page.getByRole('button', { name: /刷\s*新/ }).click();
      await page.waitForTimeout(300);
    }
    await row.getByText('正常').waitFor();
    expect(await row.locator('td').nth(3).textContent()).toBe('2');
    await page.screenshot({ path: join(shots, 'sources.png') });
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
