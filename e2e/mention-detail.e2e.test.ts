/**
 * 舆情详情 in a real browser: two imported mentions (an original and its repost) go through the real pipeline; a row of
 * 舆情信息 opens the detail, which shows the analysis and the original of the copy, and a sentiment correction applies at once.
 * Corrected to negative, the mention is high-risk: it shows its level, the explanation and the factor table, in Chinese
 * and English, and links to the event clustering put it in.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { MentionDetail } from '../src/api/schemas/mention-detail.js';
import { describeE2e, refreshUntilVisible, shots } from './support/session.js';

/** Reloads the detail until `target` shows up (clustering runs after the mentions are stored); each round waits for the page. */
async function reloadUntilVisible(page: Page, target: Locator, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.locator('h4').first().waitFor({ timeout: 30_000 });
    if (await target.isVisible()) return;
    if (Date.now() > deadline) throw new Error(`${target.toString()} did not appear within ${timeoutMs} ms`);
    await page.reload();
  }
}

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

describeE2e('mention detail in Chromium against the real server', {}, (e2e) => {
  let repostPath = '';

  it('opens a repost from 舆情信息, shows its original and analysis, and takes a sentiment correction', async () => {
    const { server } = e2e();
    expect(await server.importItems(items), server.output()).toContain('"accepted":2');
    const { page, pageErrors, close } = await e2e().signIn({ path: '/mentions', viewport: { width: 1440, height: 1000 } });

    const repost = page.locator('.ant-table-row', { hasText: '太吓人了' });
    await refreshUntilVisible(page, repost, '刷新');
    // The title opens the detail in place; the original is the icon beside it.
    await repost.getByRole('link', { name: /太吓人了/ }).click();
    await page.waitForURL(/\/mentions\/\d+$/);
    repostPath = new URL(page.url()).pathname;
    await page.getByText('这是一条转载或重复信息').waitFor();
    await page.getByRole('alert').getByRole('link', { name: '某品牌充电宝地铁起火' }).waitFor();
    await page.getByText('情感倾向').waitFor();

    await page.getByText('负面', { exact: true }).last().click();
    await page.getByText('已人工校正').waitFor();
    // Corrected to negative: a red bar as long as the corrected score is strong.
    const fill = page.getByTestId('sentiment-bar-fill');
    await expect(fill.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(207, 19, 34)');
    const score = Number(/得分 (-?[\d.]+)/.exec((await page.getByText(/^得分 -?[\d.]/).textContent()) ?? '')?.[1]);
    await expect(page.getByTestId('sentiment-bar').getAttribute('data-percent')).resolves.toBe(String(Math.round(Math.abs(score) * 100)));
    await expect(page.getByTestId('corrected-by').textContent()).resolves.toContain('admin');
    // Negative now, so high-risk: its level appears at once, explained.
    const card = page.getByTestId('mention-severity');
    await card.waitFor();
    const level = await card.getByTestId('severity-tag').getAttribute('data-level');
    const name = ['', 'I 特别重大', 'II 重大', 'III 较大', 'IV 一般'][Number(level)];
    await expect(card.getByTestId('severity-tag').textContent()).resolves.toBe(name);
    await expect(page.getByTestId('mention-severity-explanation').textContent()).resolves.toMatch(
      new RegExp(`^${name}（[\\d.]+ 分）：负面`),
    );
    await expect(card.locator('tbody tr td:first-child').allTextContents()).resolves.toEqual([
      '负面占比',
      '传播量',
      '信源等级',
      '敏感类别',
    ]);
    // The title carries the same tag.
    await expect(page.locator('h4').getByTestId('severity-tag').getAttribute('data-level')).resolves.toBe(level);
    await page.screenshot({ path: join(shots, 'mention-detail.png'), fullPage: true });

    await page.getByRole('alert').getByRole('link', { name: '某品牌充电宝地铁起火' }).click();
    await page.getByText('转载/重复').waitFor();
    await page.getByText('1 条').waitFor();
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('shows the high-risk repost’s level and factors in English, and links to its event', async () => {
    expect(repostPath).toMatch(/^\/mentions\/\d+$/);
    const { page, pageErrors, close } = await e2e().signIn({ lang: 'en', path: repostPath, viewport: { width: 1440, height: 1000 } });
    const answer = page.waitForResponse((r) => r.url().includes(`${repostPath}?lang=en`) && r.ok());
    const eventLink = page.getByTestId('mention-event');
    await reloadUntilVisible(page, eventLink);
    const d = (await (await answer).json()) as MentionDetail;
    const card = page.getByTestId('mention-severity');
    await card.getByText('Severity', { exact: true }).waitFor();
    const names = ['', 'I Extremely serious', 'II Serious', 'III Significant', 'IV General'];
    const level = Number(await card.getByTestId('severity-tag').getAttribute('data-level'));
    expect(level).toBeGreaterThanOrEqual(1);
    await expect(card.getByTestId('severity-tag').textContent()).resolves.toBe(names[level]);
    await expect(page.getByTestId('mention-severity-explanation').textContent()).resolves.toMatch(
      new RegExp(`^${names[level]} \\(score [\\d.]+\\): negative`),
    );
    await expect(card.locator('tbody tr td:first-child').allTextContents()).resolves.toEqual([
      'Negativity',
      'Reach',
      'Source authority',
      'Sensitive categories',
    ]);
    // The default categories are named in the page's language.
    await expect(page.getByTestId('mention-severity-explanation').textContent()).resolves.not.toMatch(/[\u4e00-\u9fff]/);
    await page.getByText('Event', { exact: true }).waitFor();
    await page.screenshot({ path: join(shots, 'mention-detail-en.png'), fullPage: true });
    const href = await eventLink.getAttribute('href');
    expect(href).toMatch(/^\/events\/\d+$/);
    if (d.event) expect(href).toBe(`/events/${d.event.id}`);
    await eventLink.click();
    await page.waitForURL(/\/events\/\d+$/);
    expect(pageErrors).toEqual([]);
    await close();
  });
});
