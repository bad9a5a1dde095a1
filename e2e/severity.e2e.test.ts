/**
 * 等级模型 in a real browser against the real server: the defaults graded on a sample event with its factors in words
 * and numbers, a threshold changed and the try-out following before saving, the model saved and read back after a
 * reload, and a domain's authority tier set over the default table; then the same page in English.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2e, shots } from './support/session.js';

describeE2e('severity model page in Chromium', {}, (e2e) => {
  it('edits the model and the tiers, with the try-out following the unsaved numbers', async () => {
    const { page, pageErrors, close } = await e2e().signIn({ path: '/severity', viewport: { width: 1440, height: 1200 } });

    const explanation = page.getByTestId('severity-explanation');
    await expect
      .poll(() => explanation.textContent())
      .toBe(
        'I 特别重大（88.5 分）：负面 78%，12 家媒体转载，其中中央媒体 1 家；每小时 340 条，较前 12 小时 ×6.1；涉及伤亡、安全，4 个渠道',
      );
    await page.getByText('当前使用默认模型').waitFor();

    // Raise level I's threshold above the sample's score: the try-out says II before anything is saved.
    const levelOne = page.getByLabel('事件等级起点（分） I', { exact: true });
    await levelOne.fill('90');
    await expect.poll(() => explanation.textContent()).toMatch(/^II 重大（88\.5 分）/);
    // A falling order of thresholds is refused on the spot.
    await page.getByLabel('事件等级起点（分） II', { exact: true }).fill('95');
    await page.getByText('thresholds must fall from level I to level III').waitFor();
    expect(await page.getByRole('button', { name: /保\s*存/ }).isDisabled()).toBe(true);
    await page.getByLabel('事件等级起点（分） II', { exact: true }).fill('55');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存，新的评级立即按此模型计算').waitFor();

    await page.reload();
    await expect.poll(() => page.getByLabel('事件等级起点（分） I', { exact: true }).inputValue()).toBe('90');
    await page.getByText(/已由 .+ 于 .+ 修改/).waitFor();

    // The second sample, and a domain of the workspace's own over the default table.
    await page.getByText('学校食堂疑似食物中毒，地方媒体报道').click();
    await expect.poll(() => explanation.textContent()).toMatch(/^II 重大（70 分）：负面 66%，3 家媒体转载；.*涉及未成年人、食品药品/);
    await page.getByLabel('名称', { exact: true }).fill('https://www.thepaper.cn/newsDetail_forward_1');
    await page.getByRole('button', { name: /添\s*加/ }).click();
    const row = page.locator('.ant-table-row', { hasText: 'thepaper.cn' });
    await row.waitFor();
    expect(await row.textContent()).toContain('省级及地方媒体');
    await page.getByText(/默认信源表（\d+ 个域名，\d+ 个账号）/).click();
    await page.getByText(/^people\.com\.cn、/).waitFor({ state: 'visible' });
    await page.screenshot({ path: join(shots, 'severity-model.png'), fullPage: true });
    await page.getByText(/^people\.com\.cn、/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'severity-tiers.png') });
    expect(pageErrors).toEqual([]);
    await close();
  }, 90_000);

  it('shows the page in English', async () => {
    const { page, pageErrors, close } = await e2e().signIn({ lang: 'en', path: '/severity', viewport: { width: 1440, height: 1000 } });
    await expect
      .poll(() => page.getByTestId('severity-explanation').textContent())
      .toMatch(/^(I Extremely serious|II Serious) \(score 88\.5\): 78% negative, carried by 12 media outlets, 1 of them central/);
    await page.getByText('Source authority tiers').waitFor();
    await page.getByText('Casualties', { exact: true }).waitFor();
    await page.screenshot({ path: join(shots, 'severity-model-en.png'), fullPage: false });
    expect(pageErrors).toEqual([]);
    await close();
  }, 60_000);
});
