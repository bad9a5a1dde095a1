/**
 * 舆情详情 in a real browser: two imported mentions (an original and its repost) go through the real pipeline; a row of
 * 舆情信息 opens the detail, which shows the analysis and the original of the copy, and a sentiment correction applies at once.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2e, refreshUntilVisible, shots } from './support/session.js';

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
  it('opens a repost from 舆情信息, shows its original and analysis, and takes a sentiment correction', async () => {
    const { server } = e2e();
    expect(await server.importItems(items), server.output()).toContain('"accepted":2');
    const { page, pageErrors, close } = await e2e().signIn({ path: '/mentions', viewport: { width: 1440, height: 1000 } });

    const repost = page.locator('.ant-table-row', { hasText: '太吓人了' });
    await refreshUntilVisible(page, repost, '刷新');
    // The title opens the detail in place; the original is the icon beside it.
    await repost.getByRole('link', { name: /太吓人了/ }).click();
    await page.waitForURL(/\/mentions\/\d+$/);
    await page.getByText('这是一条转载或重复信息').waitFor();
    await page.getByRole('link', { name: '某品牌充电宝地铁起火' }).waitFor();
    await page.getByText('情感倾向').waitFor();

    await page.getByText('负面', { exact: true }).last().click();
    await page.getByText('已人工校正').waitFor();
    // Corrected to negative: a red bar as long as the corrected score is strong.
    const fill = page.getByTestId('sentiment-bar-fill');
    await expect(fill.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(207, 19, 34)');
    const score = Number(/得分 (-?[\d.]+)/.exec((await page.getByText(/^得分/).textContent()) ?? '')?.[1]);
    await expect(page.getByTestId('sentiment-bar').getAttribute('data-percent')).resolves.toBe(String(Math.round(Math.abs(score) * 100)));
    await expect(page.getByTestId('corrected-by').textContent()).resolves.toContain('admin');
    await page.screenshot({ path: join(shots, 'mention-detail.png'), fullPage: true });

    await page.getByRole('link', { name: '某品牌充电宝地铁起火' }).click();
    await page.getByText('转载/重复').waitFor();
    await page.getByText('1 条').waitFor();
    expect(pageErrors).toEqual([]);
    await close();
  });
});
