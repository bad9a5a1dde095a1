/**
 * The Sources page in a real browser against the real server and a local fixture site: add a feed with the form
 * (with its own interval), "fetch now" shows what would be collected, save, and the embedded collector brings it to
 * 正常 with items; at 1440×900 every row's 启用 switch is on top and toggles; pushed and imported sources show names
 * and type labels, never their keys; the same page in English.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../src/collect/sources/testkit/fixture-site.js';
import { describeE2e, refreshUntilVisible, shots } from './support/session.js';

// 127.0.0.1 is allow-listed explicitly for the fixture site.
const collectEnv = {
  YUQING_FETCH_ALLOW_CIDRS: '127.0.0.1/32',
  YUQING_FETCH_RETRIES: '0',
  YUQING_COLLECT_POLL_MS: '200',
  YUQING_COLLECT_PER_HOST_DELAY_MS: '0',
};

const pushed = [
  { source: 'weibo', externalId: 'sp-1', text: '充电宝冒烟了', publishedAt: '2026-11-20T08:00:00+08:00' },
  { source: 'demo:xiaohongshu', externalId: 'sp-2', text: '退换挺快', publishedAt: '2026-11-20T09:00:00+08:00' },
];

/** The element at the centre of `target` is `target` itself or inside it: nothing (a sticky column) covers it. */
async function onTop(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  const handle = await target.elementHandle();
  return page.evaluate(
    ([x, y, el]) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && el !== null && (el === hit || el.contains(hit));
    },
    [box.x + box.width / 2, box.y + box.height / 2, handle] as const,
  );
}

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(async () => {
  await site?.close();
});

describeE2e('sources page in Chromium', { env: collectEnv }, (e2e) => {
  it('adds a feed, fetches now, saves, and shows its health once collected', async () => {
    const { server } = e2e();
    const { page, pageErrors, close } = await e2e().signIn({ path: '/sources' });

    await page.getByRole('button', { name: '添加信息源' }).click();
    await page.getByLabel('名称', { exact: true }).fill('晨报·社会');
    await page.getByLabel('订阅地址（RSS/Atom/JSON Feed）').fill(site.url('/feed.xml'));
    await page.getByRole('button', { name: '立即测试' }).click();
    await page.getByText(/将采集 2 条/).waitFor();
    await page.getByText('星澜电器回应电暖器过热投诉').waitFor();
    await page.getByLabel('采集间隔').click();
    await page.locator('.ant-select-item-option', { hasText: /^1 分钟$/ }).click();
    await page.screenshot({ path: join(shots, 'source-trial.png') });
    await page.getByRole('button', { name: /保\s*存/ }).click();

    const row = page.locator('.ant-table-row', { hasText: '晨报·社会' });
    await row.waitFor();
    await refreshUntilVisible(page, row.getByText('正常'), /刷\s*新/);
    // The pipeline stores what was collected a moment after the collection is reported healthy.
    await refreshUntilVisible(page, row.locator('td').nth(3).getByText('2', { exact: true }), /刷\s*新/);

    // Pushed and imported items make their own sources: shown by name and type label, not by key.
    expect(await server.importItems(pushed), server.output()).toContain('"accepted":2');
    const weibo = page.locator('.ant-table-row', { hasText: '微博' });
    await refreshUntilVisible(page, weibo, /刷\s*新/);
    const demo = page.locator('.ant-table-row', { hasText: '小红书 · 演示' });
    await demo.waitFor();
    await expect(weibo.locator('td').nth(1).textContent()).resolves.toBe('文件导入');
    await expect(weibo.locator('td').first().textContent()).resolves.toBe('微博weibo');
    expect(await page.locator('.ant-table-tbody').getByText('import', { exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(shots, 'sources.png') });

    // Every 启用 switch is visible, on top, and toggles at 1440×900.
    const switches = page.getByRole('switch', { name: '启用' });
    expect(await switches.count()).toBe(3);
    for (const s of await switches.all()) {
      expect(await s.isVisible()).toBe(true);
      expect(await onTop(page, s)).toBe(true);
    }
    const feedSwitch = row.getByRole('switch', { name: '启用' });
    await feedSwitch.click();
    await row.getByText('已暂停').waitFor();
    await expect(feedSwitch.getAttribute('aria-checked')).resolves.toBe('false');
    expect(pageErrors).toEqual([]);
    await close();

    // The same page in English: names and kinds in English too.
    const en = await e2e().signIn({ path: '/sources', lang: 'en' });
    await en.page.locator('.ant-table-row', { hasText: 'Xiaohongshu · demo' }).waitFor();
    await expect(en.page.locator('.ant-table-row', { hasText: 'Weibo' }).locator('td').nth(1).textContent()).resolves.toBe('File import');
    await en.page.locator('.ant-table-row', { hasText: '晨报·社会' }).getByText('Paused').waitFor();
    await en.page.screenshot({ path: join(shots, 'sources-en.png') });
    expect(en.pageErrors).toEqual([]);
    await en.close();
  }, 120_000);
});
