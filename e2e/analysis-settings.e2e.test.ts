/**
 * 分析设置 in a real browser against the real server: a user-dictionary word added, the default taxonomy listed (seeded
 * on first use), a category created with a query and an invalid query refused; then a mention imported afterwards
 * goes through the pipeline and its detail shows the word as a product and the new category.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2e, refreshUntilVisible, shots } from './support/session.js';

const item = {
  source: 'weibo',
  externalId: 'as-1',
  title: '问界M9车机频繁死机',
  text: '新买的问界M9，车机用了三天就死机两次，中控屏黑屏，希望厂家尽快解决。',
  author: '车主甲',
  publishedAt: '2026-11-20T08:00:00+08:00',
};

describeE2e('analysis settings page in Chromium', {}, (e2e) => {
  it('edits the user dictionary and the taxonomy, and a mention imported afterwards shows both', async () => {
    const { server } = e2e();
    const { page, pageErrors, close } = await e2e().signIn({ path: '/analysis', viewport: { width: 1440, height: 1100 } });

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

    // Now a mention comes in: the pipeline uses the new word and the new category.
    expect(await server.importItems([item]), server.output()).toContain('"accepted":1');
    await page.goto(`${server.url}/mentions`);
    const row = page.locator('.ant-table-row', { hasText: '问界M9车机频繁死机' });
    await refreshUntilVisible(page, row, '刷新');
    await row.getByRole('link', { name: '问界M9车机频繁死机' }).click();
    await page.waitForURL(/\/mentions\/\d+$/);
    await page.getByText('产品 · 问界M9').waitFor();
    await page
      .locator('.ant-descriptions-row', { hasText: '分类' })
      .locator('.ant-tag', { hasText: /^车机$/ })
      .waitFor();
    expect(pageErrors).toEqual([]);
    await close();
  }, 90_000);
});
