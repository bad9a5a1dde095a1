/**
 * Topics and search in a real browser against the real server: a topic written in the query editor (highlighted,
 * with an inline error and a live preview), then the search page with facets and safely highlighted snippets.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWhen } from '../src/testing/known-skips.js';
import { browserAvailable, launchChromium } from './support/browser.js';
import { ensureWebBuilt, repoRoot, startYuqing, type YuqingServer } from './support/yuqing-server.js';

const shots = join(repoRoot, 'test-results');
const hour = 3_600_000;
const items = [
  { title: '华为手机屏幕断裂引发投诉', text: '多名用户投诉华为新款手机屏幕断裂，客服回应正在调查。', source: 'weibo', author: '网友甲' },
  {
    title: '華為回應質量問題',
    text: '华为官方声明：质量问题将尽快处理，消费者可申请退款。',
    source: 'news.example.com',
    author: '科技日报',
  },
  {
    title: 'Huawei phone complaint',
    text: 'Users complained about the Huawei screen <script>alert(1)</script> after the update.',
    source: 'rss',
    author: 'TechDaily',
  },
  { title: '华为招聘工程师', text: '华为发布招聘信息。', source: 'weibo', author: '招聘号' },
  { title: '小米新品发布', text: '小米发布新款手机，网友评论价格合理。', source: 'weibo', author: '网友乙' },
].map((it, i) => ({
  ...it,
  externalId: `s-${i}`,
  publishedAt: new Date(Date.now() - (i + 1) * hour).toISOString(),
  engagement: { likes: 10 * i },
}));

describe('topics and search pages in Chromium', skipWhen(!browserAvailable(), 'chromium-absent'), () => {
  let server: YuqingServer;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    await ensureWebBuilt();
    server = await startYuqing();
    browser = await launchChromium();
    expect(await server.importItems(items)).toContain('"accepted":5');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('edits a topic with highlighting, an inline error and a live preview, then searches with facets', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('dialog', (d) => pageErrors.push(`dialog: ${d.message()}`));

    await page.goto(`${server.url}/login?next=%2Ftopics`);
    await page.getByLabel('用户名').fill(server.admin.username);
    await page.getByLabel('密码', { exact: true }).fill(server.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/topics`);

    await page.getByRole('button', { name: '新建方案' }).click();
    await page.getByLabel('名称').fill('华为投诉');
    const editor = page.getByLabel('query');
    await editor.fill('(华为 OR Huawei AND 投诉');
    await page.getByTestId('query-error').filter({ hasText: 'column 21' }).waitFor();
    await page.screenshot({ path: join(shots, 'topic-error.png') });

    await editor.fill('(华为 OR Huawei) AND (投诉 OR 质量 OR complain*) NOT 招聘');
    await page.getByText('命中 3 条').waitFor();
    await page.screenshot({ path: join(shots, 'topic-preview.png') });
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.ant-table-row', { hasText: '华为投诉' }).waitFor();
    // The items came in before the topic existed: apply it to them.
    await page.getByRole('button', { name: '应用到已有信息' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText('匹配 3 条，新标记 3 条').waitFor();
    await page.screenshot({ path: join(shots, 'topics.png') });

    await page.goto(`${server.url}/search`);
    await page.getByLabel('query').fill('华为 OR huawei');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.getByText('共 4 条').waitFor();
    const marks = await page.locator('mark').count();
    expect(marks).toBeGreaterThan(3);
    expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
    await page.getByText('<script>alert(1)</script>').waitFor();
    await page.getByText('华为投诉 (3)').waitFor();
    await page.getByText('weibo (2)').click();
    await page.getByText('共 2 条').waitFor();
    await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
