/**
 * 舆情详情 in a real browser: two imported mentions (an original and its repost) go through the real pipeline; a row of
 * 舆情信息 opens the detail, which shows the analysis and the original of the copy, and a sentiment correction applies at once.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWhen } from '../src/testing/known-skips.js';
import { browserAvailable, launchChromium } from './support/browser.js';
import { ensureWebBuilt, repoRoot, startYuqing, type YuqingServer } from './support/yuqing-server.js';

const shots = join(repoRoot, 'test-results');
const text =
  '网友发布视频称，某品牌充电宝在北京地铁车厢内冒烟起火，乘客紧急疏散，现场一度十分混乱。品牌客服表示正在核实情况，将尽快给出处理结果。';
const items = [
  { source: 'weibo', externalId: 'd-1', title: '某品牌充电宝地铁起火', text, author: '网友甲', publishedAt: '2026-11-20T08:00:00+08:00' },
  {
    source: 'weibo',
    externalId: 'd-2',
    text: `太吓人了//@路人乙: ${text} #充电宝起火#`,
    author: '网友丙',
    publishedAt: '2026-11-20T09:30:00+08:00',
    engagement: { reposts: 3, replies: 1, likes: 8 },
  },
];

describe('mention detail in Chromium against the real server', skipWhen(!browserAvailable(), 'chromium-absent'), () => {
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

  it('opens a repost from 舆情信息, shows its original and analysis, and takes a sentiment correction', async () => {
    expect(await server.importItems(items), server.output()).toContain('"accepted":2');
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(`${server.url}/login?next=%2Fmentions`);
    await page.getByLabel('用户名').fill(server.admin.username);
    await page.getByLabel('密码', { exact: true }).fill(server.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/mentions`);

    const repost = page.locator('.ant-table-row', { hasText: '太吓人了' });
    for (let i = 0; i < 40 && !(await repost.isVisible()); i++) {
      await page.getByRole('button', { name: '刷新' }).click();
      await page.waitForTimeout(250);
    }
    await repost.click();
    await page.waitForURL(/\/mentions\/\d+$/);
    await page.getByText('这是一条转载或重复信息').waitFor();
    await page.getByRole('link', { name: '某品牌充电宝地铁起火' }).waitFor();
    await page.getByText('情感倾向').waitFor();

    await page.getByText('负面', { exact: true }).last().click();
    await page.getByText('已人工校正').waitFor();
    await expect(page.getByTestId('corrected-by').textContent()).resolves.toContain('admin');
    await page.screenshot({ path: join(shots, 'mention-detail.png'), fullPage: true });

    await page.getByRole('link', { name: '某品牌充电宝地铁起火' }).click();
    await page.getByText('转载/重复').waitFor();
    await page.getByText('1 条').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
